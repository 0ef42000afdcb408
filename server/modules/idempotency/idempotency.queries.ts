import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

/**
 * Takes the key's lock for this transaction, without waiting: false when another transaction
 * holds it, i.e. a request with the same key is still running. Released at commit or
 * rollback, and by PostgreSQL when the connection of a dead process drops.
 */
export async function tryLockKey(trx: Db, userId: string, key: string): Promise<boolean> {
  const { rows } = await sql<{ locked: boolean }>`SELECT pg_try_advisory_xact_lock(hashtextextended(${`idempotency:${userId}:${key}`}, 0)) AS locked`.execute(trx);
  return rows[0]?.locked === true;
}

/** The stored answer to the key, unless it is older than `ttlHours` (then it counts as unused). */
export async function findKey(db: Db, userId: string, key: string, ttlHours: number) {
  return await db
    .selectFrom('idempotency_key')
    .select(['request_hash', 'status', 'body'])
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .where('created_at', '>', sql<Date>`now() - make_interval(hours => ${ttlHours})`)
    .executeTakeFirst();
}

/**
 * Stores the answer, in the transaction that made the change. An expired row of the same key
 * is replaced; a live one is left alone and false returned (another transaction stored it
 * after this one's snapshot: the caller starts again and replays it).
 */
export async function saveKey(trx: Db, row: { userId: string; key: string; requestHash: string; status: number; body: string | null }, ttlHours: number): Promise<boolean> {
  const saved = await trx
    .insertInto('idempotency_key')
    .values({ user_id: row.userId, key: row.key, request_hash: row.requestHash, status: row.status, body: row.body })
    .onConflict((oc) =>
      oc
        .columns(['user_id', 'key'])
        .doUpdateSet({ request_hash: row.requestHash, status: row.status, body: row.body, created_at: sql<Date>`now()` })
        .where('idempotency_key.created_at', '<=', sql<Date>`now() - make_interval(hours => ${ttlHours})`),
    )
    .returning('key')
    .executeTakeFirst();
  return saved !== undefined;
}

/** Deletes up to `limit` keys older than `ttlHours`, skipping rows another transaction holds; returns how many. */
export async function purgeExpiredKeys(db: Db, ttlHours: number, limit: number): Promise<number> {
  const { rows } = await sql<{ n: string }>`
    WITH gone AS (
      DELETE FROM idempotency_key WHERE (user_id, key) IN (
        SELECT user_id, key FROM idempotency_key
        WHERE created_at <= now() - make_interval(hours => ${ttlHours})
        ORDER BY created_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)
      RETURNING 1)
    SELECT count(*) AS n FROM gone`.execute(db);
  return Number(rows[0]?.n ?? 0);
}
