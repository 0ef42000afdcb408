// Opens and migrates the configured database for a command, and always closes it.
import { type Config, loadConfig } from '../../server/config.ts';
import { type OpenDatabase, openDatabase } from '../../server/db/connect.ts';
import { migrateToLatest } from '../../server/db/migrator.ts';

export async function withDatabase<T>(work: (database: OpenDatabase, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    await migrateToLatest(database.db);
    return await work(database, config);
  } finally {
    await database.close();
  }
}
