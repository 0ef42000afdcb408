// Jobs: long work (an import, an export, a briefing) that runs after the request that
// started it has been answered, in whichever app process claims it (jobs.worker.ts), with
// its progress and result in the database for its starter to poll. Only the starter ever
// sees a job (jobs.policy.ts).
import { join } from 'node:path';
import type { Db } from '../../db/database.ts';
import type { Ctx } from '../../infra/actor.ts';
import { notFound } from '../../infra/errors.ts';
import { authorizeUser } from '../../infra/policy.ts';
import { jobsPolicy } from './jobs.policy.ts';
import * as q from './jobs.queries.ts';
import type { JobKind, JobRegistry } from './jobs.registry.ts';
import type { JobOut } from './jobs.schema.ts';

export type { JobOut } from './jobs.schema.ts';

/**
 * What a module holds to define its job kinds and start jobs (implemented by the worker,
 * `jobs.worker.ts`, one per app process; modules receive it as a plugin option).
 */
export interface JobsHandle {
  define<P>(kind: JobKind<P>): void;
  start(ctx: Ctx, kind: string, params: unknown, opts?: { total?: number | null }): Promise<JobOut>;
}

/** Where a job's files live: one folder per attempt, so a stale attempt never overwrites the winner's. */
export const jobDir = (dataDir: string, jobId: string) => join(dataDir, 'jobs', jobId);
export const jobAttemptFile = (dataDir: string, jobId: string, attempt: number) => join(jobDir(dataDir, jobId), String(attempt), 'result');

/** Queues a job of a defined kind for `ctx`'s user; any process that can run the kind may take it. */
export async function startJob(db: Db, ctx: Ctx, registry: JobRegistry, kind: string, params: unknown, opts: { total?: number | null } = {}) {
  authorizeUser(ctx.actor, jobsPolicy, 'start');
  const definition = registry.get(kind);
  // A kind or parameters the code itself got wrong: a bug, not the user's input.
  if (!definition) throw new Error(`No job kind ${kind} is defined`);
  const checked = definition.params.parse(params);
  return await q.insertJob(db, { kind, params: checked, total: opts.total ?? null, createdBy: ctx.actor.userId, maxAttempts: definition.maxAttempts ?? 3 });
}

type JobRow = NonNullable<Awaited<ReturnType<typeof q.findOwnJob>>>;

function toJobOut(job: JobRow): JobOut {
  const hasFile = job.file_name !== null && job.file_type !== null && job.file_size !== null;
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    progress: { done: Number(job.progress_done), total: job.progress_total === null ? null : Number(job.progress_total), rows: Number(job.rows_read) },
    attempts: job.attempts,
    result: job.result ?? null,
    file: hasFile ? { name: job.file_name!, type: job.file_type!, size: Number(job.file_size), url: `/api/jobs/${job.id}/file` } : null,
    error: job.error,
    createdAt: job.created_at.toISOString(),
    updatedAt: job.updated_at.toISOString(),
    finishedAt: job.finished_at?.toISOString() ?? null,
  };
}

/** Loads a job its reader started, with its parameters (for a module's follow-up, like an import's commit); 404 otherwise. */
export async function getOwnJob(db: Db, ctx: Ctx, id: string) {
  authorizeUser(ctx.actor, jobsPolicy, 'read');
  const job = await q.findOwnJob(db, id, ctx.actor.userId);
  if (!job) throw notFound('Job');
  return { ...toJobOut(job), params: job.params };
}

export async function getJob(db: Db, ctx: Ctx, id: string): Promise<JobOut> {
  const { params: _params, ...job } = await getOwnJob(db, ctx, id);
  return job;
}

/** A succeeded job's file, for its starter; 404 for anyone else and for a job without one. */
export async function getJobFile(db: Db, ctx: Ctx, dataDir: string, id: string) {
  authorizeUser(ctx.actor, jobsPolicy, 'read');
  const job = await q.findOwnJob(db, id, ctx.actor.userId);
  if (job?.status !== 'succeeded' || job.file_name === null || job.file_type === null) throw notFound('Job file');
  return { path: jobAttemptFile(dataDir, job.id, job.attempts), name: job.file_name, type: job.file_type, size: Number(job.file_size) };
}
