// The kinds of job this process can run. A module defines its kinds from its own plugin
// (`jobs.define({...})`); `jobs/` knows none of them. A process claims only jobs of the
// kinds it has defined, so a process on older code never takes a kind it cannot run.
import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import type { Ctx } from '../../infra/actor.ts';
import type { UserActor } from '../../infra/actor.ts';

export interface JobProgress {
  done: number;
  total?: number | null;
  /** Rows read so far, for jobs that read a table. */
  rows?: number;
}

/** What a running job's handler gets besides its parameters. */
export interface JobControl {
  jobId: string;
  /** 1 for the first run; a retry or a takeover after a crash has a higher one. */
  attempt: number;
  /** No retry follows this attempt if it fails. */
  lastAttempt: boolean;
  /** Aborted when this process lost the lease (another process may now run the job) or is stopping. */
  signal: AbortSignal;
  /** Written at most twice a second; cheap to call often. */
  progress: (p: JobProgress) => void;
  /**
   * Marks the job succeeded inside the caller's own transaction, so that the work and its
   * completion commit together or not at all: a job whose work committed is never run
   * again. Throws (and so rolls the caller's transaction back) if this attempt no longer
   * holds the job. Handlers whose work is not one transaction just return their result.
   */
  completeIn: (trx: Db, result: unknown) => Promise<void>;
  /**
   * A result that is a file: returns the path to write it to. It is downloaded through
   * GET /api/jobs/:id/file under `name` with `type`, once the job has succeeded.
   */
  resultFile: (name: string, type: string) => Promise<string>;
}

export interface JobKind<P = unknown> {
  /** `<module>.<what>`, e.g. `import.contributions`. */
  kind: string;
  /** Checked when the job starts and again when a process runs it from the database. */
  params: z.ZodType<P>;
  /** Runs in all; a crash (lost lease) counts as a run. Default 3. */
  maxAttempts?: number;
  /**
   * Does the work as the user who started the job (reloaded from the database: a user
   * disabled since cannot run it). An AppError fails the job at once with its message;
   * any other error is retried with backoff until the attempts are used up.
   */
  run: (ctx: Ctx & { actor: UserActor }, params: P, control: JobControl) => Promise<unknown>;
}

export class JobRegistry {
  readonly #kinds = new Map<string, JobKind<never>>();

  define<P>(kind: JobKind<P>): void {
    if (this.#kinds.has(kind.kind)) throw new Error(`Job kind ${kind.kind} is defined twice`);
    this.#kinds.set(kind.kind, kind as unknown as JobKind<never>);
  }

  get(kind: string): JobKind<unknown> | undefined {
    return this.#kinds.get(kind) as JobKind<unknown> | undefined;
  }

  kinds(): string[] {
    return [...this.#kinds.keys()];
  }
}
