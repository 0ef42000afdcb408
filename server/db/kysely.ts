// The app's Kysely on a pg pool, and a raw-client transaction on that pool. Apart from
// connect.ts (opening the database) so that roles.ts, which connect.ts calls to prepare
// the database, can open a Kysely without importing connect.ts back.
import { createHash } from 'node:crypto';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database.ts';

// pg returns int8 and numeric as strings; we keep them so, and parse money and counts
// deliberately where they are read, never through floats. Dates (no time) stay strings.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

const pools = new WeakMap<Kysely<Database>, pg.Pool>();

/**
 * A statement whose text starts with this comment is prepared once per connection and then
 * only bound and executed: PostgreSQL parses and plans it once (ADR 0027). For hot statements
 * whose text is fixed (parameters only, no text built from values), never for others: each
 * distinct text stays prepared for the connection's life.
 */
export const PREPARED = '/* prepared */';

/** Makes the pool's clients run a statement marked PREPARED as a named prepared statement (its name: a hash of its text). */
export function preparedStatements(pool: pg.Pool): pg.Pool {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    // Bumped when a schema change (a column's type) makes the connection's prepared statements
    // answer 'cached plan must not change result type': they are prepared again under new names.
    let generation = 0;
    const named = (text: string) => `p${createHash('sha1').update(text).digest('base64url')}${generation ? `_${generation}` : ''}`;
    client.query = ((text: unknown, values?: unknown, callback?: unknown) => {
      if (typeof text !== 'string' || !text.startsWith(PREPARED) || !Array.isArray(values)) return query(text, values, callback);
      if (callback) return query({ name: named(text), text, values }, callback);
      return (query({ name: named(text), text, values }) as Promise<unknown>).catch((e: { code?: string; message?: string }) => {
        if (e?.code !== '0A000' || !e.message?.includes('cached plan')) throw e;
        generation++;
        // Once more, prepared anew (in a transaction the failure has aborted it: this then fails too, and the next one succeeds).
        return query({ name: named(text), text, values });
      });
    }) as typeof client.query;
  });
  return pool;
}

export function createKysely(url: string, maxConnections = 20): Kysely<Database> {
  const pool = preparedStatements(new pg.Pool({ connectionString: url, max: maxConnections }));
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
