// Idempotency keys for POSTs that create something that must not be created twice (a money
// transaction): the client sends `Idempotency-Key`, and a retry of the same request gets the
// first answer back — same status, same body — instead of a second change. ADR 0016.
//
// One transaction holds everything: the key's advisory lock (a duplicate still running is a
// 409 at once) and the look-up of a stored answer (same request: replayed; another request
// under the same key: 422), in one statement; the guarded work; and the stored answer. So a
// process that dies mid-request leaves nothing — no change, no key — and the retry runs the
// request afresh.
import { createHash } from 'node:crypto';
import type { Kysely, RawBuilder, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { Ctx } from '../../infra/actor.ts';
import { canonicalJson } from '../../infra/canonical-json.ts';
import { AppError, invalid } from '../../infra/errors.ts';
import { authorizeUser } from '../../infra/policy.ts';
import { idempotencyPolicy } from './idempotency.policy.ts';
import * as q from './idempotency.queries.ts';
import { IDEMPOTENCY_KEY, IDEMPOTENCY_KEY_MESSAGE } from './idempotency.schema.ts';

/** How long a key's answer is kept and replayed; an older key counts as unused. */
export const IDEMPOTENCY_TTL_HOURS = 24;
/** A process purges expired keys after a write at most this often (ADR 0016: no job needed). */
const PURGE_EVERY_MS = 60_000;
const PURGE_BATCH = 1000;
/** PostgreSQL's answers that mean "run the transaction again": serialization failure, deadlock. */
const RETRYABLE = new Set(['40001', '40P01']);
const HEADER = 'headers.idempotency-key';

/** What the key guards: the request as it arrived (the key as the header gave it). */
export interface IdempotentRequest {
  key: string | string[] | undefined;
  method: string;
  /** The path and query as sent: a key is bound to one URL. */
  url: string;
  /** The body as validated (a replay compares its canonical JSON). */
  body: unknown;
}

export interface IdempotentAnswer<T = unknown> {
  status: number;
  body: T;
}

export interface IdempotencyOptions {
  /** The guarded work's isolation; serializable work is retried on serialization failures. */
  isolation?: 'read committed' | 'repeatable read' | 'serializable';
  /** Runs of the transaction in all before a 409 asks the client to retry (default 5). */
  attempts?: number;
}

export function requestHash(req: Pick<IdempotentRequest, 'method' | 'url' | 'body'>): string {
  return createHash('sha256')
    .update(`${req.method.toUpperCase()}\n${req.url}\n${canonicalJson(req.body)}`)
    .digest('hex');
}

/** The key from the header, or a 400 naming it (missing, sent twice, or not 1–255 printable ASCII). */
export function keyOf(header: IdempotentRequest['key']): string {
  if (header === undefined || header === '') throw invalid(HEADER, `is required: ${IDEMPOTENCY_KEY_MESSAGE}`);
  if (Array.isArray(header)) throw invalid(HEADER, 'must be sent once');
  if (!IDEMPOTENCY_KEY.test(header)) throw invalid(HEADER, IDEMPOTENCY_KEY_MESSAGE);
  return header;
}

/** The parts of an HTTP request the key guards (a Fastify request fits). */
export function idempotentRequest(req: { headers: Record<string, string | string[] | undefined>; method: string; url: string; body: unknown }): IdempotentRequest {
  return { key: req.headers['idempotency-key'], method: req.method, url: req.url, body: req.body };
}

/** The header a replayed answer carries (the body and status are the first answer's). */
export const replayedHeaders = (answer: { replayed: boolean }): Record<string, string> => (answer.replayed ? { 'idempotent-replayed': 'true' } : {});

class KeyTaken extends Error {}

/** The work's refusal, carried out of a transaction whose look-up may predate the key's lock (the first statement's snapshot, or the whole transaction's). */
class Refused extends Error {
  constructor(readonly refusal: AppError) {
    super(refusal.message);
  }
}

const mismatch = () =>
  new AppError('unprocessable', `${HEADER}: was already used for a different request; send a new key for a new request`, [
    { path: HEADER, message: 'was already used for a different request' },
  ]);

const inProgress = () =>
  new AppError(
    'conflict',
    `${HEADER}: a request with this key is still in progress; retry it once that one has finished`,
    [{ path: HEADER, message: 'a request with this key is still in progress' }],
    { 'retry-after': '1' },
  );

const tooManyConflicts = () =>
  new AppError(
    'conflict',
    `${HEADER}: the request met too many concurrent changes; retry it with the same key`,
    [{ path: HEADER, message: 'the request met too many concurrent changes; retry it' }],
    { 'retry-after': '1' },
  );

/** The requester's claim on the key: may they use keys at all, which key (a 400 if malformed), and the request's hash. */
function claimOf(ctx: Ctx, req: IdempotentRequest) {
  authorizeUser(ctx.actor, idempotencyPolicy, 'use');
  return { userId: ctx.actor.userId, key: keyOf(req.key), hash: requestHash(req) };
}

/** A stored answer given again: the same request's, or a 422 when the key was used for another. */
function replayOf<T>(stored: { request_hash: string; status: number; body: string | null }, hash: string) {
  if (stored.request_hash !== hash) throw mismatch();
  return { status: stored.status, body: (stored.body === null ? undefined : JSON.parse(stored.body)) as T, replayed: true };
}

let lastPurge = 0;

/**
 * Runs `work` at most once per (user, key): in one transaction with the key's lock and its
 * stored answer. Returns the answer and whether it is a replay. A refusal thrown by `work`
 * (an AppError) rolls everything back and stores nothing: the same key may be sent again.
 */
export async function withIdempotency<T>(
  db: Kysely<Database>,
  ctx: Ctx,
  req: IdempotentRequest,
  work: (trx: Transaction<Database>) => Promise<IdempotentAnswer<T>>,
  opts: IdempotencyOptions = {},
): Promise<IdempotentAnswer<T> & { replayed: boolean }> {
  const { userId, key, hash } = claimOf(ctx, req);
  const attempts = opts.attempts ?? 5;
  const isolation = opts.isolation ?? 'read committed';

  for (let attempt = 1; ; attempt++) {
    try {
      const answer = await db
        .transaction()
        .setIsolationLevel(isolation)
        .execute(async (trx) => {
          const { locked, stored } = await q.lockAndFindKey(trx, userId, key, IDEMPOTENCY_TTL_HOURS);
          if (!locked) throw inProgress();
          if (stored) {
            return replayOf<T>(stored, hash);
          }
          let done: IdempotentAnswer<T>;
          try {
            done = await work(trx);
          } catch (err) {
            throw err instanceof AppError ? new Refused(err) : err;
          }
          const body = done.body === undefined ? null : JSON.stringify(done.body);
          // Stored as the client will read it: a replay parses this text, not the live objects.
          if (!(await q.saveKey(trx, { userId, key, requestHash: hash, status: done.status, body }, IDEMPOTENCY_TTL_HOURS))) throw new KeyTaken();
          return { status: done.status, body: (body === null ? undefined : JSON.parse(body)) as T, replayed: false };
        });
      if (!answer.replayed) purgeNow(db);
      return answer;
    } catch (err) {
      if (err instanceof Refused) {
        // Under a snapshot taken before the key's lock was free, the work may have been refused
        // for want of what the first request with this key did (its transaction committed in
        // between): that request's answer is the one to give.
        const stored = await q.findKey(db, userId, key, IDEMPOTENCY_TTL_HOURS);
        if (!stored) throw err.refusal;
        return replayOf<T>(stored, hash);
      }
      const code = (err as { code?: unknown }).code;
      const again = err instanceof KeyTaken || (typeof code === 'string' && RETRYABLE.has(code));
      if (!again) throw err;
      if (attempt >= attempts) throw tooManyConflicts();
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * 2 ** attempt));
    }
  }
}

export type { KeyClaim } from './idempotency.queries.ts';

/**
 * The keys' parts of a write that is one statement, for one request or several written
 * together (ADR 0041): the statement starts with `lock(claims)` among its CTEs — its first
 * write reading `FROM idempotency_lock` — stores each answer with `storeAnswers` (the CTE
 * `idempotency_answer (user_id, key, body)`), and makes its balances' writes wait on
 * `free(claims)`, which stops it if another request's answer is already under a key.
 */
export const keysInStatement = {
  lock: (claims: q.KeyClaim[]) => q.lockKeysCte(claims),
  storeAnswers: (claims: q.KeyClaim[], status: number, bodies: RawBuilder<unknown>) => q.storeAnswersCte(claims, status, bodies, IDEMPOTENCY_TTL_HOURS),
  free: (claims: q.KeyClaim[]) => q.keysFree(claims),
};

/**
 * `withIdempotency` for work that writes in one statement committing on its own (no BEGIN, no
 * COMMIT: two round trips fewer, and the key's lookup only when needed), with `keysInStatement`
 * and the claim it is given. The statement takes the key's lock and stores the answer with its
 * change, so it is all or nothing as before; a
 * request whose key already has an answer learns it when that statement stops (KEY_TAKEN) or
 * is refused (a refusal may come from what the first request did), and gets the first answer.
 */
export async function withIdempotentStatement<T>(
  db: Kysely<Database>,
  ctx: Ctx,
  req: IdempotentRequest,
  work: (claim: q.KeyClaim) => Promise<{ status: number; storedBody: string }>,
  opts: Pick<IdempotencyOptions, 'attempts'> = {},
): Promise<IdempotentAnswer<T> & { replayed: boolean }> {
  const { userId, key, hash } = claimOf(ctx, req);
  const attempts = opts.attempts ?? 5;
  const claim: q.KeyClaim = { userId, key, requestHash: hash };
  /** The first request's answer, if one is stored under the key (another request under it: 422). */
  const firstAnswer = async () => {
    const stored = await q.findKey(db, userId, key, IDEMPOTENCY_TTL_HOURS);
    if (!stored) return null;
    return replayOf<T>(stored, hash);
  };

  for (let attempt = 1; ; attempt++) {
    try {
      const done = await work(claim);
      purgeNow(db);
      return { status: done.status, body: JSON.parse(done.storedBody) as T, replayed: false };
    } catch (err) {
      // A refusal may be for want of what the first request with this key did: its answer then.
      if (err instanceof AppError) {
        const first = await firstAnswer();
        if (first) return first;
        throw err;
      }
      const code = (err as { code?: unknown }).code;
      if (code === q.KEY_IN_PROGRESS) throw inProgress();
      if (code === q.KEY_TAKEN) {
        const first = await firstAnswer();
        if (first) return first;
        // Stored, then expired since: the request runs afresh.
      } else if (!(typeof code === 'string' && RETRYABLE.has(code))) throw err;
      if (attempt >= attempts) throw tooManyConflicts();
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * 2 ** attempt));
    }
  }
}

/** Deletes expired keys, at most once a minute per process, without holding up the answer. */
function purgeNow(db: Kysely<Database>) {
  const now = Date.now();
  if (now - lastPurge < PURGE_EVERY_MS) return;
  lastPurge = now;
  // A purge that fails (the database going away) is retried by the next one.
  void purgeExpiredKeys(db).catch(() => {});
}

/** Deletes every key older than IDEMPOTENCY_TTL_HOURS, in batches; returns how many. */
export async function purgeExpiredKeys(db: Kysely<Database>): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await q.purgeExpiredKeys(db, IDEMPOTENCY_TTL_HOURS, PURGE_BATCH);
    total += n;
    if (n < PURGE_BATCH) return total;
  }
}
