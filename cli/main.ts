// The `entente` command line.
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../server/config.ts';
import { auditCommand } from './commands/audit.ts';
import { exportCommand } from './commands/export.ts';
import { importCommand } from './commands/import.ts';
import { migrateCommand } from './commands/migrate.ts';
import { seedCommand } from './commands/seed.ts';
import { serveCommand } from './commands/serve.ts';
import { userCommand } from './commands/user.ts';

const program = new Command('entente')
  .description('Entente: a coordination platform for coalitions.\nConfiguration comes from environment variables (see README.md).')
  .showHelpAfterError()
  .exitOverride();

program.addCommand(serveCommand());
program.addCommand(migrateCommand());
program.addCommand(seedCommand());
program.addCommand(userCommand());
program.addCommand(importCommand());
program.addCommand(exportCommand());
program.addCommand(auditCommand());

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode);
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(2);
  }
  console.error(`entente: ${(err as Error).message}`);
  process.exit(1);
}
