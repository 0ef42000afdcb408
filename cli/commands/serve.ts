import { Command } from 'commander';
import { main } from '../../server/main.ts';

export const serveCommand = () =>
  new Command('serve').description('Migrate the database, load the demo on first start (LOAD_DEMO), serve the API and the web app').action(async () => {
    await main();
  });
