// The app's Kysely on a pg pool, and a raw-client transaction on that pool. Apart from
// connect.ts (opening the database) so that roles.ts, which connect.ts calls to prepare
// the database, can open a Kysely without importing connect.ts back.
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database.ts';

// pg returns int8 and numeric as strings; we keep them so, and parse money and counts
// deliberately where they are read, never through floats. Dates (no time) stay strings.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

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
