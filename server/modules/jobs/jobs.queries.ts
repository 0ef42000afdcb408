// The job table. Every change to a claimed job names the attempt that claimed it (the
// fencing token): a process whose lease was taken over changes nothing.
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { organisationsAs } from '../members/members.sql.ts';
import { usersAs } from '../users/users.sql.ts';
import type { JobProgress } from './jobs.registry.ts';

export interface ClaimedJob {
  id: string;
  kind: string;
  params: unknown;
  attempts: number;
  max_attempts: number;
  created_by: string;
}

export async function insertJob(db: Db, job: { kind: string; params: unknown; total: number | null; createdBy: string; maxAttempts: number }) {
  return await db
    .insertInto('job')
    .values({ kind: job.kind, status: 'queued', params: JSON.stringify(job.params), progress_total: job.total, created_by: job.createdBy, max_attempts: job.maxAttempts })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/**
 * Takes one job of these kinds this process can run: a queued one whose time has come, or a
 * running one whose lease has passed (its process died or stalled). SKIP LOCKED lets processes
 * claim side by side without waiting on each other; the claim raises the attempt number.
 * `running` names the jobs the claiming process runs itself: a lease
 * of its own that passed means only that its heartbeat was late (a stalled event loop, a slow
 * database), and taking the job over from itself would run it twice in one process.
 */
export async function claimJob(db: Db, claim: { kinds: string[]; owner: string; leaseSeconds: number; running: string[] }): Promise<ClaimedJob | undefined> {
  if (claim.kinds.length === 0) return undefined;
  const { rows } = await sql<ClaimedJob>`
    UPDATE job SET status = 'running', attempts = attempts + 1, lease_owner = ${claim.owner},
           lease_until = now() + make_interval(secs => ${claim.leaseSeconds}), updated_at = now()
    WHERE id = (
      SELECT id FROM job
      WHERE kind = ANY(${claim.kinds}::text[])
        AND ((status = 'queued' AND run_after <= now()) OR (status = 'running' AND lease_until < now()))
        AND id <> ALL(${claim.running}::uuid[])
      ORDER BY run_after, created_at
      LIMIT 1
      FOR UPDATE SKIP LOCKED)
    RETURNING id, kind, params, attempts, max_attempts, created_by`.execute(db);
  return rows[0];
}

const held = (id: string, attempt: number) => sql<boolean>`id = ${id} AND attempts = ${attempt} AND status = 'running'`;

/** The heartbeat: false when this attempt no longer holds the job. */
export async function extendLease(db: Db, id: string, attempt: number, leaseSeconds: number): Promise<boolean> {
  const { rows } = await sql`
    UPDATE job SET lease_until = now() + make_interval(secs => ${leaseSeconds})
    WHERE ${held(id, attempt)} RETURNING id`.execute(db);
  return rows.length > 0;
}

export async function writeProgress(db: Db, id: string, attempt: number, p: JobProgress) {
  await db
    .updateTable('job')
    .set({
      progress_done: p.done,
      ...(p.total !== undefined ? { progress_total: p.total } : {}),
      ...(p.rows !== undefined ? { rows_read: p.rows } : {}),
      updated_at: new Date(),
    })
    .where(held(id, attempt))
    .execute();
}

export interface JobFile {
  name: string;
  type: string;
  size: number;
}

export async function completeJob(db: Db, id: string, attempt: number, result: unknown, file: JobFile | null): Promise<boolean> {
  const done = await db
    .updateTable('job')
    .set({
      status: 'succeeded',
      result: JSON.stringify(result ?? null),
      file_name: file?.name ?? null,
      file_type: file?.type ?? null,
      file_size: file?.size ?? null,
      lease_until: null,
      finished_at: sql<Date>`now()`,
      updated_at: new Date(),
    })
    .where(held(id, attempt))
    .returning('id')
    .executeTakeFirst();
  return done !== undefined;
}

export async function retryJob(db: Db, id: string, attempt: number, delaySeconds: number, lastError: string): Promise<boolean> {
  const done = await db
    .updateTable('job')
    .set({ status: 'queued', lease_until: null, run_after: sql<Date>`now() + make_interval(secs => ${delaySeconds})`, last_error: lastError, updated_at: new Date() })
    .where(held(id, attempt))
    .returning('id')
    .executeTakeFirst();
  return done !== undefined;
}

export async function failJob(db: Db, id: string, attempt: number, error: string, lastError: string | null): Promise<boolean> {
  const done = await db
    .updateTable('job')
    .set({ status: 'failed', error, last_error: lastError, lease_until: null, finished_at: sql<Date>`now()`, updated_at: new Date() })
    .where(held(id, attempt))
    .returning('id')
    .executeTakeFirst();
  return done !== undefined;
}

/**
 * A process that stops cleanly hands its job back at once instead of letting the lease run
 * out. The attempt number stays (it is the fence); the attempt is given back instead.
 */
export async function releaseJob(db: Db, id: string, attempt: number): Promise<boolean> {
  const done = await db
    .updateTable('job')
    .set({ status: 'queued', lease_until: null, run_after: new Date(0), max_attempts: sql<number>`max_attempts + 1`, updated_at: new Date() })
    .where(held(id, attempt))
    .returning('id')
    .executeTakeFirst();
  return done !== undefined;
}

/** The job, if `userId` started it: for anyone else it does not exist. */
export async function findOwnJob(db: Db, id: string, userId: string) {
  return await db.selectFrom('job').selectAll().where('id', '=', id).where('created_by', '=', userId).executeTakeFirst();
}

/** Jobs finished before the retention time, deleted; their ids, so their files go too. */
export async function deleteFinishedJobs(db: Db, retentionDays: number): Promise<string[]> {
  const rows = await db.deleteFrom('job').where('finished_at', '<', sql<Date>`now() - make_interval(days => ${retentionDays})`).returning('id').execute();
  return rows.map((r) => r.id);
}

/** Who started a job, as they would be signed in now (undefined if gone or disabled). */
export async function findActiveStarter(db: Db, userId: string) {
  return await db
    .selectFrom(usersAs('u'))
    .innerJoin(organisationsAs('o'), 'o.id', 'u.org_id')
    .select(['u.id', 'u.org_id', 'o.kind as org_kind', 'u.role', 'u.email'])
    .where('u.id', '=', userId)
    .where('u.disabled', '=', false)
    .executeTakeFirst();
}
