// Jobs: long work that runs in the server process after the request that started it
// has been answered, with its progress in the database for the web app to poll. A job
// that a stopped server left running is marked failed at the next start; its work was
// one transaction, so it left nothing behind.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database, Db } from '../../db/database.ts';
import type { Ctx } from '../../infra/actor.ts';
import { notFound } from '../../infra/errors.ts';
import { assertSignedIn } from '../../infra/policy.ts';

export const jobOut = z.object({
  id: z.uuid(),
  kind: z.string(),
  status: z.enum(['queued', 'running', 'succeeded', 'failed']),
  progress: z.object({ done: z.number(), total: z.number().nullable(), rows: z.number() }),
  result: z.unknown(),
  error: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type JobOut = z.infer<typeof jobOut>;

export interface JobControl {
  progress: (done: number, rows: number) => void;
}

export async function createJob(db: Db, ctx: Ctx, kind: string, params: unknown, total: number | null) {
  assertSignedIn(ctx.actor);
  return await db
    .insertInto('job')
    .values({ kind, status: 'queued', params: JSON.stringify(params), progress_total: total, created_by: ctx.actor.userId })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Runs `work` in the background; progress is written at most every half second. */
export function runJob(db: Kysely<Database>, jobId: string, work: (control: JobControl) => Promise<unknown>, log: (err: unknown) => void) {
  let last = 0;
  let pending: Promise<unknown> = Promise.resolve();
  const control: JobControl = {
    progress: (done, rows) => {
      const now = Date.now();
      if (now - last < 500) return;
      last = now;
      pending = db.updateTable('job').set({ progress_done: done, rows_read: rows, updated_at: new Date() }).where('id', '=', jobId).execute().catch(log);
    },
  };
  void (async () => {
    await db.updateTable('job').set({ status: 'running', updated_at: new Date() }).where('id', '=', jobId).execute();
    try {
      const result = await work(control);
      await pending;
      await db.updateTable('job').set({ status: 'succeeded', result: JSON.stringify(result), updated_at: new Date() }).where('id', '=', jobId).execute();
    } catch (err) {
      await pending;
      const message = (err as { status?: number; message?: string }).status && (err as Error).message ? (err as Error).message : 'The job failed; nothing was written. See the server log.';
      if (!(err as { status?: number }).status) log(err);
      await db.updateTable('job').set({ status: 'failed', error: message, updated_at: new Date() }).where('id', '=', jobId).execute().catch(log);
    }
  })().catch(log);
}

export async function getJob(db: Db, ctx: Ctx, id: string): Promise<JobOut> {
  assertSignedIn(ctx.actor);
  // A job is its starter's: its report may name rows others may not see.
  const job = await db.selectFrom('job').selectAll().where('id', '=', id).where('created_by', '=', ctx.actor.userId).executeTakeFirst();
  if (!job) throw notFound('Job');
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    progress: { done: Number(job.progress_done), total: job.progress_total === null ? null : Number(job.progress_total), rows: Number(job.rows_read) },
    result: job.result ?? null,
    error: job.error,
    createdAt: job.created_at.toISOString(),
    updatedAt: job.updated_at.toISOString(),
  };
}

export async function jobParams(db: Db, ctx: Ctx, id: string) {
  assertSignedIn(ctx.actor);
  const job = await db.selectFrom('job').select(['params', 'kind', 'status']).where('id', '=', id).where('created_by', '=', ctx.actor.userId).executeTakeFirst();
  if (!job) throw notFound('Job');
  return job;
}

export async function failInterruptedJobs(db: Db) {
  await db
    .updateTable('job')
    .set({ status: 'failed', error: 'The server stopped while this job ran; nothing was written. Run it again.', updated_at: new Date() })
    .where('status', 'in', ['queued', 'running'])
    .execute();
}
