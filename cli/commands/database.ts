// Opens and migrates the configured database for a command, and always closes it.
import { type Config, loadConfig } from '../../server/config.ts';
import { type OpenDatabase, openDatabase } from '../../server/db/connect.ts';
import { migrateToLatest } from '../../server/db/migrator.ts';
import { sealPendingAuditEvents } from '../../server/modules/audit/audit.seal.ts';

export async function withDatabase<T>(work: (database: OpenDatabase, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    await migrateToLatest(database.db);
    const result = await work(database, config);
    // What the command wrote is chained before it exits.
    await sealPendingAuditEvents(database.db);
    return result;
  } finally {
    await database.close();
  }
}
