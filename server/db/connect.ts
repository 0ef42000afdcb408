// Opens the database: the server named by DATABASE_URL, or the embedded one in DATA_DIR.
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.ts';
import type { Database } from './database.ts';
import { startEmbeddedServer } from './embedded.ts';

// pg returns int8 and numeric as strings; we keep them so, and parse money and counts
// deliberately where they are read, never through floats. Dates (no time) stay strings.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export interface OpenDatabase {
  db: Kysely<Database>;
  url: string;
  close: () => Promise<void>;
}

export function createKysely(url: string, maxConnections = 20): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, max: maxConnections });
  // An idle client losing its server (a restart) must not crash the process.
  pool.on('error', () => {});
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
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
  if (config.databaseUrl) {
    const db = createKysely(config.databaseUrl);
    return { db, url: config.databaseUrl, close: () => db.destroy() };
  }
  const server = await startEmbeddedServer(config.dataDir, config.embeddedPgPort);
  try {
    await ensureDatabase(server.url('postgres'), 'entente');
  } catch (err) {
    await server.stop();
    throw err;
  }
  const db = createKysely(server.url('entente'));
  return {
    db,
    url: server.url('entente'),
    close: async () => {
      await db.destroy();
      await server.stop();
    },
  };
}
