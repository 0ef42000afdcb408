// Test fixture, never shipped: a route that creates a row under an Idempotency-Key, written
// the way a module's route wires the key (schema header, withIdempotency around the one
// transaction), with a hold to keep a request in flight. Its table is created by the tests
// (FIXTURE_TABLE), or by the app-process fixture for the crash test.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../../db/database.ts';
import { ctxOf } from '../../../infra/auth.ts';
import { invalid } from '../../../infra/errors.ts';
import { problems } from '../../../infra/openapi.ts';
import { idempotencyHeaders } from '../idempotency.schema.ts';
import { idempotentRequest, replayedHeaders, withIdempotency } from '../idempotency.service.ts';

export const FIXTURE_TABLE = sql`
  CREATE TABLE test_idempotent_effect (
    id bigserial PRIMARY KEY,
    user_id uuid NOT NULL,
    amount bigint NOT NULL,
    pid int NOT NULL,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp()
  )`;

/** A counter read and written back under SERIALIZABLE: concurrent requests fail to serialize and are run again. */
export const COUNTER_TABLE = sql`CREATE TABLE test_idempotent_counter (id int PRIMARY KEY, n int NOT NULL); INSERT INTO test_idempotent_counter VALUES (1, 0)`;

const effectBody = z.object({
  amount: z.number().int(),
  /** Milliseconds the transaction stays open after its change (a request in flight). */
  holdMs: z.number().int().min(0).max(60_000).optional(),
  note: z.string().max(100).optional(),
});
const effectOut = z.object({ id: z.string(), amount: z.number().int(), pid: z.number().int(), createdAt: z.string() });

/** `holdMs`: how long every request is held open (the crash test's first process), besides the body's own. */
export function idempotencyFixture(db: Kysely<Database>, opts: { holdMs?: number } = {}) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.post('/api/test/idempotent-effects', {
      schema: { headers: idempotencyHeaders, body: effectBody, response: { 201: effectOut, ...problems(400, 401, 409, 422) } },
      handler: async (req, reply) => {
        const answer = await withIdempotency(db, ctxOf(req), idempotentRequest(req), async (trx) => {
          // A refusal inside the work: nothing is stored, the key stays unused.
          if (req.body.amount < 0) throw invalid('body.amount', 'must not be negative');
          const actor = ctxOf(req).actor;
          const row = await sql<{ id: string; created_at: Date }>`
            INSERT INTO test_idempotent_effect (user_id, amount, pid)
            VALUES (${actor.kind === 'user' ? actor.userId : null}, ${req.body.amount}, ${process.pid}) RETURNING id, created_at`.execute(trx);
          const hold = req.body.holdMs ?? opts.holdMs ?? 0;
          if (hold) await new Promise((resolve) => setTimeout(resolve, hold));
          const { id, created_at } = row.rows[0]!;
          return { status: 201, body: { id, amount: req.body.amount, pid: process.pid, createdAt: created_at.toISOString() } };
        });
        return reply
          .code(answer.status as 201)
          .headers(replayedHeaders(answer))
          .send(answer.body);
      },
    });
    r.post('/api/test/idempotent-counter', {
      schema: { headers: idempotencyHeaders, response: { 200: z.object({ n: z.number().int() }), ...problems(400, 401, 409, 422) } },
      handler: async (req, reply) => {
        const answer = await withIdempotency(
          db,
          ctxOf(req),
          idempotentRequest(req),
          async (trx) => {
            const { rows } = await sql<{ n: number }>`SELECT n FROM test_idempotent_counter WHERE id = 1`.execute(trx);
            await new Promise((resolve) => setTimeout(resolve, 5));
            await sql`UPDATE test_idempotent_counter SET n = ${rows[0]!.n + 1} WHERE id = 1`.execute(trx);
            return { status: 200, body: { n: rows[0]!.n + 1 } };
          },
          { isolation: 'serializable', attempts: 10 },
        );
        return reply
          .code(answer.status as 200)
          .headers(replayedHeaders(answer))
          .send(answer.body);
      },
    });
  };
}
