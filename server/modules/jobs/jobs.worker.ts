// Runs jobs in this process. Every app process runs one `Jobs`: it claims jobs of the kinds
// it defines with a lease (jobs.queries.ts: claimJob), keeps the lease alive with a
// heartbeat while the handler runs, and finishes the job only while it still holds it.
// A process that dies stops its heartbeat; once the lease has passed, another process
// takes the job over. No process ever touches a job whose lease is alive. See ADR 0007.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database, Db } from '../../db/database.ts';
import type { Ctx } from '../../infra/actor.ts';
import * as q from './jobs.queries.ts';
import { JobRegistry, type JobControl, type JobProgress } from './jobs.registry.ts';
import { getJob, type JobsHandle, jobAttemptFile, jobDir, startJob } from './jobs.service.ts';

export interface JobsOptions {
  dataDir: string;
  /** How long a claim lasts without a heartbeat; a dead process's job waits this long at most. */
  leaseSeconds: number;
  /** Finished jobs (and their files) are deleted after this many days. */
  retentionDays: number;
  /** Jobs this process runs at once. */
  concurrency?: number;
  /** How often to look for work besides its own kicks; by default a third of the lease, at most 2 s. */
  pollMs?: number;
  log: { error: (obj: object, msg: string) => void; warn: (obj: object, msg: string) => void };
}

/** Thrown into a handler's transaction when this attempt no longer holds its job. */
export class LeaseLostError extends Error {
  constructor(jobId: string) {
    super(`Job ${jobId}: this process no longer holds its lease`);
  }
}

const PROGRESS_EVERY_MS = 500;
const SWEEP_EVERY_MS = 60 * 60_000;
/** Backoff before retry n (1, 2, …): 5 s, 20 s, 80 s, … at most ten minutes. */
export const retryDelaySeconds = (attempt: number) => Math.min(600, 5 * 4 ** (attempt - 1));

interface Running {
  attempt: number;
  abort: AbortController;
  done: Promise<void>;
}

export class Jobs extends JobRegistry implements JobsHandle {
  /** Names this process in `job.lease_owner`. */
  readonly owner = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  readonly #db: Kysely<Database>;
  readonly #opts: Required<Omit<JobsOptions, 'pollMs'>> & Pick<JobsOptions, 'pollMs'>;
  readonly #running = new Map<string, Running>();
  #poller: NodeJS.Timeout | undefined;
  #sweeper: NodeJS.Timeout | undefined;
  #stopped = true;
  /** The claim loop in flight, if any: stop() waits for it, so no claim lands after a stop. */
  #claiming: Promise<void> | undefined;
  #again = false;

  constructor(db: Kysely<Database>, opts: JobsOptions) {
    super();
    this.#db = db;
    this.#opts = { concurrency: 2, ...opts };
  }

  /** Queues a job and wakes this process's worker, so the job usually runs here at once. */
  async start(ctx: Ctx, kind: string, params: unknown, opts: { total?: number | null } = {}) {
    const { id } = await startJob(this.#db, ctx, this, kind, params, opts);
    this.kick();
    return await getJob(this.#db, ctx, id);
  }

  /** Jobs this process is running now. */
  get runningCount(): number {
    return this.#running.size;
  }

  startWorker(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    // Polling finds jobs queued by other processes, retries whose time has come and
    // leases that have passed; a third of the lease keeps a takeover prompt.
    const pollMs = this.#opts.pollMs ?? Math.max(100, Math.min(2000, (this.#opts.leaseSeconds * 1000) / 3));
    this.#poller = setInterval(() => this.kick(), pollMs);
    this.#poller.unref();
    this.#sweeper = setInterval(() => void this.sweep(), SWEEP_EVERY_MS);
    this.#sweeper.unref();
    void this.sweep();
    this.kick();
  }

  /** Claims jobs until this process is busy or none is ready. */
  kick(): void {
    if (this.#stopped) return;
    if (this.#claiming) {
      this.#again = true;
      return;
    }
    this.#claiming = (async () => {
      // Yield first: with every slot busy the loop below awaits nothing, and the finally
      // would clear #claiming before this assignment set it, leaving it set for good — no
      // job claimed again by this process.
      await Promise.resolve();
      try {
        do {
          this.#again = false;
          while (!this.#stopped && this.#running.size < this.#opts.concurrency) {
            const job = await q.claimJob(this.#db, { kinds: this.kinds(), owner: this.owner, leaseSeconds: this.#opts.leaseSeconds, running: [...this.#running.keys()] });
            if (!job) break;
            this.#launch(job);
          }
        } while (this.#again && !this.#stopped);
      } catch (err) {
        if (!this.#stopped) this.#opts.log.error({ err }, 'claiming a job failed');
      } finally {
        this.#claiming = undefined;
      }
    })();
  }

  /**
   * Stops claiming, asks running handlers to stop, waits up to `graceMs` for them, and
   * hands back the jobs still running so another process takes them at once.
   */
  async stop(graceMs = 5000): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    clearInterval(this.#poller);
    clearInterval(this.#sweeper);
    await this.#claiming;
    for (const r of this.#running.values()) r.abort.abort(new Error('stopping'));
    const all = Promise.all([...this.#running.values()].map((r) => r.done));
    await Promise.race([all, new Promise((resolve) => setTimeout(resolve, graceMs).unref())]);
    for (const [id, r] of this.#running) await q.releaseJob(this.#db, id, r.attempt).catch(() => {});
  }

  /** Deletes finished jobs past the retention time and their files. */
  async sweep(): Promise<void> {
    try {
      const ids = await q.deleteFinishedJobs(this.#db, this.#opts.retentionDays);
      for (const id of ids) await rm(jobDir(this.#opts.dataDir, id), { recursive: true, force: true });
    } catch (err) {
      if (!this.#stopped) this.#opts.log.error({ err }, 'sweeping finished jobs failed');
    }
  }

  #launch(job: q.ClaimedJob): void {
    const abort = new AbortController();
    const running: Running = { attempt: job.attempts, abort, done: Promise.resolve() };
    this.#running.set(job.id, running);
    running.done = this.#run(job, abort)
      // After stop() the pool may be closed under a handler that outlived the grace time.
      .catch((err) => {
        if (!this.#stopped) this.#opts.log.error({ err, jobId: job.id }, 'job bookkeeping failed');
      })
      .finally(() => {
        this.#running.delete(job.id);
        this.kick();
      });
  }

  async #run(job: q.ClaimedJob, abort: AbortController): Promise<void> {
    const { id, attempts: attempt } = job;
    const db = this.#db;
    const log = this.#opts.log;
    const definition = this.get(job.kind)!;

    // A job that was taken over more often than it may run keeps killing its process (a
    // file that exhausts memory, say): it is not run again.
    if (attempt > job.max_attempts) {
      await q.failJob(db, id, attempt, `This job was interrupted ${job.max_attempts} times (its server stopped while it ran); it was not run again.`, null);
      return;
    }
    const starter = await q.findActiveStarter(db, job.created_by);
    if (!starter) {
      await q.failJob(db, id, attempt, 'The user who started this job can no longer sign in.', null);
      return;
    }
    const params = definition.params.safeParse(job.params);
    if (!params.success) {
      log.error({ jobId: id, issues: params.error.issues }, 'job parameters no longer valid');
      await q.failJob(db, id, attempt, 'The job failed; see the server log.', null);
      return;
    }
    // Stopped while the checks above ran: a handler given a signal already aborted would
    // never hear of it (an 'abort' listener added now is never called), and would hold the
    // stop for its whole grace time. The job goes back untouched instead.
    if (abort.signal.aborted) {
      await q.releaseJob(db, id, attempt);
      return;
    }
    const ctx = {
      actor: { kind: 'user' as const, userId: starter.id, orgId: starter.org_id, orgKind: starter.org_kind, role: starter.role, email: starter.email },
      requestId: `job:${id}`,
    };

    const heartbeat = setInterval(
      () => {
        q.extendLease(db, id, attempt, this.#opts.leaseSeconds)
          .then((held) => {
            if (!held) abort.abort(new LeaseLostError(id));
          })
          // A failed heartbeat is not a lost lease: the next one may pass, and finishing is fenced anyway.
          .catch((err) => log.warn({ err, jobId: id }, 'job heartbeat failed'));
      },
      (this.#opts.leaseSeconds * 1000) / 3,
    );

    let file: { path: string; name: string; type: string } | null = null;
    let completedIn = false;
    let lastProgress = 0;
    let pendingProgress: Promise<unknown> = Promise.resolve();
    const fileInfo = async (): Promise<q.JobFile | null> => (file ? { name: file.name, type: file.type, size: (await stat(file.path)).size } : null);
    const control: JobControl = {
      jobId: id,
      attempt,
      lastAttempt: attempt >= job.max_attempts,
      signal: abort.signal,
      progress: (p: JobProgress) => {
        const now = Date.now();
        if (now - lastProgress < PROGRESS_EVERY_MS) return;
        lastProgress = now;
        pendingProgress = q.writeProgress(db, id, attempt, p).catch((err) => log.warn({ err, jobId: id }, 'job progress not written'));
      },
      completeIn: async (trx: Db, result: unknown) => {
        await pendingProgress;
        if (!(await q.completeJob(trx, id, attempt, result, await fileInfo()))) throw new LeaseLostError(id);
        completedIn = true;
      },
      resultFile: async (name: string, type: string) => {
        const path = jobAttemptFile(this.#opts.dataDir, id, attempt);
        await mkdir(dirname(path), { recursive: true });
        file = { path, name, type };
        return path;
      },
    };

    try {
      const result = await definition.run(ctx, params.data, control);
      await pendingProgress;
      if (completedIn || (await q.completeJob(db, id, attempt, result, await fileInfo()))) {
        await this.#removeOtherAttempts(id, attempt);
      } else {
        log.warn({ jobId: id, attempt }, 'job finished after its lease was taken over; its result was discarded');
        await rm(dirname(jobAttemptFile(this.#opts.dataDir, id, attempt)), { recursive: true, force: true });
      }
    } catch (err) {
      await pendingProgress;
      if (err instanceof LeaseLostError || abort.signal.reason instanceof LeaseLostError) {
        log.warn({ jobId: id, attempt }, 'job lease lost; another process runs it');
        return;
      }
      // An AppError is the user's problem (a file without hashtags): retrying cannot help.
      const userFacing = typeof (err as { status?: unknown }).status === 'number' && (err as Error).message;
      if (userFacing) {
        await q.failJob(db, id, attempt, (err as Error).message, null);
      } else if (abort.signal.aborted) {
        // Stopping, and the handler gave up in time: hand the job back for another process.
        await q.releaseJob(db, id, attempt);
        return;
      } else if (attempt < job.max_attempts) {
        log.error({ err, jobId: id, attempt }, 'job failed; it will be retried');
        await q.retryJob(db, id, attempt, retryDelaySeconds(attempt), String((err as Error)?.message ?? err));
        return;
      } else {
        log.error({ err, jobId: id, attempt }, 'job failed');
        await q.failJob(db, id, attempt, 'The job failed; see the server log.', String((err as Error)?.message ?? err));
      }
      await rm(jobDir(this.#opts.dataDir, id), { recursive: true, force: true });
    } finally {
      clearInterval(heartbeat);
    }
  }

  async #removeOtherAttempts(id: string, attempt: number) {
    const dir = jobDir(this.#opts.dataDir, id);
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) if (name !== String(attempt)) await rm(`${dir}/${name}`, { recursive: true, force: true });
  }
}
