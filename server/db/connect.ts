// Opens the database: the server named by DATABASE_URL, or the embedded one in DATA_DIR;
// migrates it as its owner, then connects as the app's own role.
import type { Kysely } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.ts';
import type { Database } from './database.ts';
import { startEmbeddedServer } from './embedded.ts';
import { createKysely } from './kysely.ts';
import { prepareDatabase } from './roles.ts';

export { createKysely, withClientTransaction } from './kysely.ts';

export interface OpenDatabase {
  /** The app's connection: its own role, which owns no table (server/db/roles.ts). */
  db: Kysely<Database>;
  url: string;
  /** The owner's URL, for migrations only. */
  ownerUrl: string;
  /** Migrations applied while opening. */
  applied: string[];
  /** Where the data lives, to print at start. */
  location: string;
  close: () => Promise<void>;
}

async function ensureDatabase(adminUrl: string, name: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

export async function openDatabase(config: Config): Promise<OpenDatabase> {
  // Migrations and grants run as the owner, on a connection closed before the app's opens.
  if (config.databaseUrl) {
    const { appUrl, applied } = await prepareDatabase(config.databaseUrl, config.databaseAppUrl);
    const db = createKysely(appUrl);
    return { db, url: appUrl, ownerUrl: config.databaseUrl, applied, location: 'DATABASE_URL', close: () => db.destroy() };
  }
  const server = await startEmbeddedServer(config.dataDir, config.embeddedPgPort);
  try {
    await ensureDatabase(server.url('postgres'), 'entente');
    const { appUrl, applied } = await prepareDatabase(server.url('entente'), config.databaseAppUrl);
    const db = createKysely(appUrl);
    return {
      db,
      url: appUrl,
      ownerUrl: server.url('entente'),
      applied,
      location: `embedded PostgreSQL in ${server.dataDirectory}`,
      close: async () => {
        await db.destroy();
        await server.stop();
      },
    };
  } catch (err) {
    await server.stop().catch(() => {});
    throw err;
  }
}
