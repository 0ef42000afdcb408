// The `entente` command line.
import { Command, CommanderError } from 'commander';
import { ConfigError, loadConfig } from '../server/config.ts';
import { EmbeddedStartError } from '../server/db/embedded.ts';
import { DatabaseRoleError } from '../server/db/roles.ts';
import { auditCommand } from './commands/audit.ts';
import { exportCommand } from './commands/export.ts';
import { fundCommand } from './commands/fund.ts';
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
program.addCommand(fundCommand());

/**
 * One line saying what failed and what to do, never a stack trace (LOG_LEVEL=debug shows
 * it, with PostgreSQL's own output when the embedded server would not start).
 */
function explain(err: unknown): string {
  const e = err as NodeJS.ErrnoException & { details?: string };
  const first = (e?.message ?? String(err)).split('\n')[0]!.trim();
  if (err instanceof EmbeddedStartError || err instanceof DatabaseRoleError) return first;
  switch (e?.code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'ETIMEDOUT':
      return `Cannot reach the database (${e.code}): start it, or correct DATABASE_URL.`;
    case '28P01':
    case '28000':
      return `The database refused the login (${first}): correct the user or password in DATABASE_URL (or DATABASE_APP_URL).`;
    case '3D000':
      return `${first}: create it, or correct the database name in DATABASE_URL.`;
    case 'EADDRINUSE':
      return `The port is taken (${first}): stop what uses it, or set PORT to another.`;
    case 'EACCES':
    case 'EPERM':
      return `Permission denied (${first}): run from a directory you can write to, or set DATA_DIR to one.`;
  }
  return `${first}. Run again with LOG_LEVEL=debug for the details.`;
}

function debugWanted(): boolean {
  try {
    return ['debug', 'trace'].includes(loadConfig().logLevel);
  } catch {
    return false;
  }
}

function fail(err: unknown): never {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(2);
  }
  console.error(`entente: ${explain(err)}`);
  if (debugWanted()) {
    const e = err as Error & { details?: string };
    console.error(e?.stack ?? String(err));
    if (e?.details) console.error(e.details);
  }
  process.exit(1);
}

// A failure outside the command's own promise chain (an event emitter, a timer) is no
// less a failure: the same one line.
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode);
  fail(err);
}
