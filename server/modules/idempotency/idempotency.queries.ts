import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { PREPARED } from '../../db/kysely.ts';

/**
 * Takes the key's lock for this transaction, without waiting, and reads its stored answer,
 * in one statement (ADR 0016): `locked` is false when another transaction holds the lock,
 * i.e. a request with the same key is still running. The lock is released at commit or
 * rollback, and by PostgreSQL when the connection of a dead process drops. The answer is
 * read in the statement's snapshot, which may predate the lock: an answer committed between
 * the two is missed here, and caught by `saveKey` (the caller then starts again and replays it).
 */
export async function lockAndFindKey(trx: Db, userId: string, key: string, ttlHours: number) {
  const { rows } = await sql<{ locked: boolean; request_hash: string | null; status: number | null; body: string | null }>`${sql.raw(PREPARED)}
    SELECT l.locked, k.request_hash, k.status, k.body
    FROM (SELECT pg_try_advisory_xact_lock(hashtextextended(${`idempotency:${userId}:${key}`}::text, 0)) AS locked OFFSET 0) l
    LEFT JOIN idempotency_key k ON l.locked AND k.user_id = ${userId}::uuid AND k.key = ${key}::text AND k.created_at > now() - make_interval(hours => ${ttlHours}::int)`.execute(
    trx,
  );
  const row = rows[0]!;
  return { locked: row.locked, stored: row.request_hash === null ? undefined : { request_hash: row.request_hash, status: row.status!, body: row.body } };
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
  const { rows } = await sql<{ key: string }>`${sql.raw(PREPARED)}
    INSERT INTO idempotency_key AS k (user_id, key, request_hash, status, body)
    VALUES (${row.userId}::uuid, ${row.key}::text, ${row.requestHash}::text, ${row.status}::int, ${row.body}::text)
    ON CONFLICT (user_id, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, status = EXCLUDED.status, body = EXCLUDED.body, created_at = now()
      WHERE k.created_at <= now() - make_interval(hours => ${ttlHours}::int)
    RETURNING k.key`.execute(trx);
  return rows.length > 0;
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

// ---------------------------------------------------------------- keys inside the caller's one statement (ADR 0041)

/** SQLSTATEs the keys' parts of a statement raise (migration 0040's `entente_raise`). */
export const KEY_IN_PROGRESS = 'EK409';
export const KEY_TAKEN = 'EK001';

/** One request's key, as a statement writing several requests' changes at once claims it. */
export interface KeyClaim {
  userId: string;
  key: string;
  requestHash: string;
}

/**
 * The CTE `idempotency_lock` (one row): the keys' locks for the statement's transaction, taken
 * without waiting; one held by another transaction (a request with the same key still
 * running) stops the statement with KEY_IN_PROGRESS. The caller's first write reads from it,
 * so that the locks come before anything else the statement does. No keys: no lock.
 */
export function lockKeysCte(claims: KeyClaim[]) {
  return sql`idempotency_lock AS (
    SELECT CASE WHEN coalesce(bool_and(pg_try_advisory_xact_lock(hashtextextended(n, 0))), true) THEN true
      ELSE entente_raise(${KEY_IN_PROGRESS}::text, 'a request with this idempotency key is still in progress')::boolean END AS locked
    FROM unnest(${claims.map((c) => `idempotency:${c.userId}:${c.key}`)}::text[]) n
  )`;
}

/**
 * The CTE `idempotency_answer (user_id, key, body)`: each claim's answer stored under its key,
 * its body from `bodies` (a SELECT of user_id, key, body over the caller's own CTEs). A live
 * answer stored already (by a request committed since) is left alone — `keysFree` then stops
 * the statement with KEY_TAKEN; an expired one is replaced, as `saveKey` does.
 */
export function storeAnswersCte(claims: KeyClaim[], status: number, bodies: RawBuilder<unknown>, ttlHours: number) {
  return sql`idempotency_answer AS (
    INSERT INTO idempotency_key AS k (user_id, key, request_hash, status, body)
    SELECT c.user_id, c.key, c.request_hash, ${status}::int, a.body
    FROM unnest(${claims.map((c) => c.userId)}::uuid[], ${claims.map((c) => c.key)}::text[], ${claims.map((c) => c.requestHash)}::text[]) AS c (user_id, key, request_hash)
    JOIN (${bodies}) AS a (user_id, key, body) ON a.user_id = c.user_id AND a.key = c.key
    ON CONFLICT (user_id, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, status = EXCLUDED.status, body = EXCLUDED.body, created_at = now()
      WHERE k.created_at <= now() - make_interval(hours => ${ttlHours}::int)
    RETURNING k.user_id, k.key, k.body
  )`;
}

/** A condition for the statement: every claim's answer was stored, else KEY_TAKEN stops it. */
export const keysFree = (claims: KeyClaim[]) =>
  sql<boolean>`(SELECT CASE WHEN count(*) = ${claims.length}::int THEN true
    ELSE entente_raise(${KEY_TAKEN}::text, 'an idempotency key was taken by another request')::boolean END FROM idempotency_answer)`;
