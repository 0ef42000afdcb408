// Opens the database: the server named by DATABASE_URL, or the embedded one in DATA_DIR;
// migrates it as its owner, then connects as the app's own role.
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.ts';
import type { Database } from './database.ts';
import { startEmbeddedServer } from './embedded.ts';
import { prepareDatabase } from './roles.ts';

// pg returns int8 and numeric as strings; we keep them so, and parse money and counts
// deliberately where they are read, never through floats. Dates (no time) stay strings.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

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

const pools = new WeakMap<Kysely<Database>, pg.Pool>();

export function createKysely(url: string, maxConnections = 20): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, max: maxConnections });
  // An idle client losing its server (a restart) must not crash the process.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  pools.set(db, pool);
  return db;
}

/**
 * A transaction on one raw pg client, for what Kysely cannot do — COPY FROM STDIN — with
 * a Kysely bound to the same client for everything else. Commits when `work` returns,
 * rolls back when it throws or asks to (a dry run).
 */
export async function withClientTransaction<T>(db: Kysely<Database>, work: (tx: { client: pg.PoolClient; db: Kysely<Database>; rollback: () => void }) => Promise<T>): Promise<T> {
  const pool = pools.get(db);
  if (!pool) throw new Error('withClientTransaction needs a Kysely made by createKysely');
  const client = await pool.connect();
  // Kysely on this one client: connect() hands it out, release() keeps it for us.
  const bound = new Kysely<Database>({
    dialect: new PostgresDialect({
      pool: {
        connect: async () => ({ query: (...args: unknown[]) => (client.query as (...a: unknown[]) => unknown)(...args), release: () => {} }),
        end: async () => {},
      } as unknown as pg.Pool,
    }),
  });
  let rollbackWanted = false;
  let broken = false;
  try {
    await client.query('BEGIN');
    const result = await work({ client, db: bound, rollback: () => (rollbackWanted = true) });
    await client.query(rollbackWanted ? 'ROLLBACK' : 'COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => (broken = true));
    throw err;
  } finally {
    client.release(broken);
  }
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
