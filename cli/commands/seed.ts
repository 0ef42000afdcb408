import { Command } from 'commander';
import { DEMO_PASSWORD, isDatabaseEmpty, loadDemo } from '../../server/seed/demo.ts';
import { withDatabase } from './database.ts';

export const seedCommand = () =>
  new Command('seed')
    .description('Load data into an empty database')
    .requiredOption('--demo', 'the founding example: the coalition around the London meeting of 22 January 2015')
    .action(async () => {
      await withDatabase(async ({ db }, config) => {
        if (!(await isDatabaseEmpty(db))) {
          console.error('The database already holds organisations; the demo loads only into an empty one.');
          process.exitCode = 1;
          return;
        }
        const { members } = await loadDemo(db, config.demoFile);
        console.log(`Loaded the demo: ${members} members. Demo users' password: ${DEMO_PASSWORD}`);
      });
    });
