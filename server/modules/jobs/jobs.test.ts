// Jobs in one process, on a real database: kinds defined from outside jobs/, owner-only
// status and files, retries with backoff, leases and their fencing, retention.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Ctx } from '../../infra/actor.ts';
import { AppError } from '../../infra/errors.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import { jobDir } from './jobs.service.ts';
import { Jobs } from './jobs.worker.ts';
import { waitForJob } from '../../test/upload.ts';

let t: TestApp;
let owner: Session;
let colleague: Session;
let secretariatAdmin: Session;
let ownerCtx: Ctx;
const silent = { error: () => {}, warn: () => {} };

const userCtx = (u: { id: string; org_id: string; role: 'admin' | 'coordinator' | 'focal_point' | 'viewer'; email: string }): Ctx => ({
  actor: { kind: 'user', userId: u.id, orgId: u.org_id, orgKind: 'state', role: u.role, email: u.email },
});

const REPORT = 'Briefing: water trucking in Anbar\n'.repeat(100);
let flakyRuns = 0;

beforeAll(async () => {
  t = await buildTestApp();
  const org = await buildOrganisation(t.db);
  const secretariat = await buildOrganisation(t.db, { kind: 'secretariat' });
  const user = await buildUser(t.db, org.id);
  ownerCtx = userCtx(user);
  owner = await signIn(t.app, user.email, TEST_PASSWORD);
  colleague = await signIn(t.app, (await buildUser(t.db, org.id, 'admin')).email, TEST_PASSWORD);
  secretariatAdmin = await signIn(t.app, (await buildUser(t.db, secretariat.id, 'admin')).email, TEST_PASSWORD);

  // Kinds defined the way a module defines its own, with no change to jobs/.
  t.app.jobs.define({
    kind: 'fixture.briefing',
    params: z.object({ place: z.string() }),
    run: async (_ctx, params, control) => {
      control.progress({ done: 1, total: 2 });
      await writeFile(await control.resultFile(`briefing – ${params.place}.txt`, 'text/plain; charset=utf-8'), REPORT);
      return { place: params.place, bytes: REPORT.length };
    },
  });
  t.app.jobs.define({
    kind: 'fixture.flaky',
    params: z.object({}),
    run: async (_ctx, _params, control) => {
      flakyRuns++;
      if (control.attempt === 1) throw new Error('connection reset');
      return { attempt: control.attempt };
    },
  });
  t.app.jobs.define({
    kind: 'fixture.refused',
    params: z.object({}),
    run: async () => {
      throw new AppError('validation_failed', 'file: no row of HXL hashtags');
    },
  });
});
afterAll(async () => t?.close());

const waitFor = waitForJob;
async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const jobRow = (id: string) => t.db.selectFrom('job').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

/** A second worker on the same database, as another process would run it; it looks for work only when kicked. */
function otherProcess(run: (attempt: number) => Promise<unknown>, leaseSeconds = 30) {
  const jobs = new Jobs(t.db, { dataDir: t.config.dataDir, leaseSeconds, retentionDays: 7, log: silent, pollMs: 3_600_000 });
  jobs.define({ kind: 'fixture.gate', params: z.object({}), run: (_ctx, _p, control) => run(control.attempt) });
  jobs.startWorker();
  return jobs;
}

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { open, opened };
}

describe('jobs', () => {
  it('runs a kind a module defined, and gives its file to its starter with download headers', async () => {
    const started = await t.app.jobs.start(ownerCtx, 'fixture.briefing', { place: 'Anbar' });
    // It may have finished already: the starting process runs it at once.
    expect(started).toMatchObject({ kind: 'fixture.briefing', attempts: expect.any(Number) });
    const job = await waitFor(owner, started.id);
    expect(job).toMatchObject({
      status: 'succeeded',
      attempts: 1,
      result: { place: 'Anbar', bytes: REPORT.length },
      file: { name: 'briefing – Anbar.txt', type: 'text/plain; charset=utf-8', size: REPORT.length, url: `/api/jobs/${started.id}/file` },
    });
    const file = await owner.inject({ method: 'GET', url: job.file.url });
    expect(file.statusCode).toBe(200);
    expect(file.body).toBe(REPORT);
    expect(file.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(file.headers['content-length']).toBe(String(REPORT.length));
    expect(file.headers['content-disposition']).toBe(`attachment; filename="briefing _ Anbar.txt"; filename*=UTF-8''briefing%20%E2%80%93%20Anbar.txt`);
    expect(file.headers['cache-control']).toBe('private, no-store');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
  });

  it('shows a job and its file to its starter only: anyone else gets the 404 of a job that does not exist', async () => {
    const { id } = await t.app.jobs.start(ownerCtx, 'fixture.briefing', { place: 'Salah ad-Din' });
    await waitFor(owner, id);
    const missing = crypto.randomUUID();
    const shape = (body: string) => {
      const { requestId: _r, instance: _i, ...rest } = JSON.parse(body);
      return rest;
    };
    for (const reader of [colleague, secretariatAdmin]) {
      for (const suffix of ['', '/file']) {
        const res = await reader.inject({ method: 'GET', url: `/api/jobs/${id}${suffix}` });
        const none = await reader.inject({ method: 'GET', url: `/api/jobs/${missing}${suffix}` });
        expect(res.statusCode).toBe(404);
        expect(shape(res.body)).toEqual(shape(none.body));
      }
    }
    expect((await t.app.inject({ method: 'GET', url: `/api/jobs/${id}` })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: `/api/jobs/${id}/file` })).statusCode).toBe(401);
    const bad = await owner.inject({ method: 'GET', url: '/api/jobs/not-an-id' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('params.id');
  });

  it('a job without a file answers 404 for its file', async () => {
    const { id } = await t.app.jobs.start(ownerCtx, 'fixture.refused', {});
    await waitFor(owner, id);
    expect((await owner.inject({ method: 'GET', url: `/api/jobs/${id}/file` })).statusCode).toBe(404);
  });

  it('fails at once with its message on an AppError; retries an unexpected error after a backoff', async () => {
    const refused = await waitFor(owner, (await t.app.jobs.start(ownerCtx, 'fixture.refused', {})).id);
    expect(refused).toMatchObject({ status: 'failed', attempts: 1, error: 'file: no row of HXL hashtags' });

    const { id } = await t.app.jobs.start(ownerCtx, 'fixture.flaky', {});
    const waiting = await until('the retry to be scheduled', async () => {
      const job = await jobRow(id);
      return job.status === 'queued' && job.attempts === 1 && job;
    });
    expect(waiting.last_error).toBe('connection reset');
    const { rows } = await sql<{ wait: number }>`SELECT extract(epoch FROM run_after - now())::float AS wait FROM job WHERE id = ${id}`.execute(t.db);
    expect(rows[0]!.wait).toBeGreaterThan(3);
    expect(rows[0]!.wait).toBeLessThanOrEqual(5);
    expect(flakyRuns).toBe(1);
    // Time passes (the backoff is not waited for in a test).
    await t.db
      .updateTable('job')
      .set({ run_after: new Date(0) })
      .where('id', '=', id)
      .execute();
    t.app.jobs.kick();
    expect(await waitFor(owner, id)).toMatchObject({ status: 'succeeded', attempts: 2, result: { attempt: 2 }, error: null });
    expect(flakyRuns).toBe(2);
  });

  it('leaves a job alone while its lease lives; takes it over once it has passed; only the new attempt completes it', async () => {
    const first = gate();
    const runs: string[] = [];
    const a = otherProcess(async (attempt) => {
      runs.push(`a${attempt}`);
      await first.opened;
      return { by: 'a' };
    });
    let b: Jobs | undefined;
    try {
      const { id } = await a.start(ownerCtx, 'fixture.gate', {});
      await until('a to run the job', async () => runs.includes('a1'));
      b = otherProcess(async (attempt) => {
        runs.push(`b${attempt}`);
        return { by: 'b' };
      });
      b.kick();
      await new Promise((r) => setTimeout(r, 300));
      expect(await jobRow(id)).toMatchObject({ status: 'running', attempts: 1, lease_owner: a.owner });

      // a stalls past its lease (a pause, a lost network): b may now take the job over.
      await t.db.updateTable('job').set({ lease_until: sql<Date>`now() - interval '1 second'` }).where('id', '=', id).execute();
      b.kick();
      const done = await waitFor(owner, id);
      expect(done).toMatchObject({ status: 'succeeded', attempts: 2, result: { by: 'b' } });
      expect(runs).toEqual(['a1', 'b2']);

      // a wakes up and finishes: its result is discarded, the job stays b's.
      first.open();
      await new Promise((r) => setTimeout(r, 300));
      expect(await jobRow(id)).toMatchObject({ status: 'succeeded', attempts: 2, lease_owner: b.owner, result: { by: 'b' } });
    } finally {
      first.open();
      await a.stop();
      await b?.stop();
    }
  });

  it('rolls back the work of a handler that completes in its transaction after its lease was taken over', async () => {
    await sql`CREATE TABLE IF NOT EXISTS fixture_effect (job_id uuid NOT NULL, attempt int NOT NULL)`.execute(t.db);
    const ready = gate();
    const a = new Jobs(t.db, { dataDir: t.config.dataDir, leaseSeconds: 30, retentionDays: 7, log: silent, pollMs: 3_600_000 });
    let outcome: unknown;
    a.define({
      kind: 'fixture.gate',
      params: z.object({}),
      run: async (_ctx, _p, control) => {
        await ready.opened;
        try {
          await t.db.transaction().execute(async (trx) => {
            await sql`INSERT INTO fixture_effect VALUES (${control.jobId}, ${control.attempt})`.execute(trx);
            await control.completeIn(trx, { by: 'a' });
          });
          outcome = 'committed';
        } catch (err) {
          outcome = err;
          throw err;
        }
      },
    });
    a.startWorker();
    try {
      const { id } = await a.start(ownerCtx, 'fixture.gate', {});
      await until('a to run the job', async () => (await jobRow(id)).status === 'running');
      // Another process took the job over (attempt 2) while a was still working.
      await t.db.updateTable('job').set({ attempts: 2, lease_owner: 'elsewhere' }).where('id', '=', id).execute();
      ready.open();
      await until('a to finish', async () => outcome !== undefined);
      expect(String(outcome)).toMatch(/no longer holds its lease/);
      expect((await sql`SELECT * FROM fixture_effect WHERE job_id = ${id}`.execute(t.db)).rows).toEqual([]);
      expect(await jobRow(id)).toMatchObject({ status: 'running', attempts: 2, lease_owner: 'elsewhere', result: null });
    } finally {
      ready.open();
      await a.stop();
    }
  });

  it('hands a running job back when its process stops, and the stop costs the job no attempt', async () => {
    const never = gate();
    const a = otherProcess(async () => await never.opened);
    let b: Jobs | undefined;
    try {
      const { id } = await a.start(ownerCtx, 'fixture.gate', {});
      await until('a to run the job', async () => (await jobRow(id)).status === 'running');
      await a.stop(100);
      expect(await jobRow(id)).toMatchObject({ status: 'queued', attempts: 1, max_attempts: 4, lease_until: null });
      // Started after the job (a worker looks for work as it starts), so that only a ran it first.
      b = otherProcess(async (attempt) => ({ by: 'b', attempt }));
      expect(await waitFor(owner, id)).toMatchObject({ status: 'succeeded', attempts: 2, result: { by: 'b', attempt: 2 } });
    } finally {
      never.open();
      await b?.stop();
    }
  });

  it('hands a job back at once when its handler stops on the abort signal', async () => {
    const jobs = new Jobs(t.db, { dataDir: t.config.dataDir, leaseSeconds: 30, retentionDays: 7, log: silent, pollMs: 3_600_000 });
    jobs.define({
      kind: 'fixture.gate',
      params: z.object({}),
      run: (_ctx, _p, control) => new Promise((_resolve, reject) => control.signal.addEventListener('abort', () => reject(new Error('aborted')))),
    });
    jobs.startWorker();
    let id: string | undefined;
    try {
      ({ id } = await jobs.start(ownerCtx, 'fixture.gate', {}));
      await until('the job to run', async () => (await jobRow(id!)).status === 'running');
      const stopping = Date.now();
      await jobs.stop(10_000);
      expect(Date.now() - stopping).toBeLessThan(5_000);
      expect(await jobRow(id)).toMatchObject({ status: 'queued', attempts: 1, max_attempts: 4, lease_until: null, error: null });
    } finally {
      await jobs.stop();
      // Nobody else here runs it: out of the way of the next tests' workers.
      if (id) await t.db.deleteFrom('job').where('id', '=', id).execute();
    }
  });

  it('does not start the handler of a job claimed just before a stop: the job goes back untouched, and the stop is not held', async () => {
    let ran = 0;
    // One job at a time: with a free slot, the worker's claim loop would look for a second job
    // before the stop could abort, and a slow empty claim would let the handler start first.
    const jobs = new Jobs(t.db, { dataDir: t.config.dataDir, leaseSeconds: 30, retentionDays: 7, log: silent, pollMs: 3_600_000, concurrency: 1 });
    jobs.define({ kind: 'fixture.gate', params: z.object({}), run: async () => ++ran });
    const { id } = await t.db
      .insertInto('job')
      .values({ kind: 'fixture.gate', status: 'queued', params: '{}', created_by: ownerCtx.actor.kind === 'user' ? ownerCtx.actor.userId : '', max_attempts: 3 })
      .returning('id')
      .executeTakeFirstOrThrow();
    // The worker checks the job's starter before it runs the handler: holding the users'
    // table keeps the job claimed but its handler not yet started while the stop comes.
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    const holder = t.db.transaction().execute(async (trx) => {
      await sql`LOCK TABLE app_user IN ACCESS EXCLUSIVE MODE`.execute(trx);
      locked();
      await released;
    });
    try {
      await isLocked;
      jobs.startWorker();
      await until('the job to be claimed', async () => (await jobRow(id)).status === 'running');
      const stopping = Date.now();
      const stopped = jobs.stop(10_000);
      release();
      await holder;
      await stopped;
      expect(Date.now() - stopping).toBeLessThan(5_000);
      expect(ran).toBe(0);
      expect(await jobRow(id)).toMatchObject({ status: 'queued', attempts: 1, max_attempts: 4, lease_until: null, error: null });
    } finally {
      release();
      await holder.catch(() => {});
      await jobs.stop();
      await t.db.deleteFrom('job').where('id', '=', id).execute();
    }
  });

  it('does not take over a job it runs itself when its own heartbeat is late; the next heartbeat keeps it', async () => {
    const running = gate();
    let runs = 0;
    const a = otherProcess(async () => {
      runs++;
      await running.opened;
      return { by: 'a' };
    }, 3);
    try {
      const { id } = await a.start(ownerCtx, 'fixture.gate', {});
      await until('a to run the job', async () => runs === 1);
      // a's lease passes while a still runs the job (its heartbeat late), and a looks for work.
      await t.db.updateTable('job').set({ lease_until: sql<Date>`now() - interval '1 second'` }).where('id', '=', id).execute();
      a.kick();
      await until('the next heartbeat', async () => (await jobRow(id)).lease_until! > new Date());
      expect(runs).toBe(1);
      expect(await jobRow(id)).toMatchObject({ status: 'running', attempts: 1, lease_owner: a.owner });
      running.open();
      expect(await waitFor(owner, id)).toMatchObject({ status: 'succeeded', attempts: 1, result: { by: 'a' } });
    } finally {
      running.open();
      await a.stop();
    }
  });

  it('does not run again a job that was interrupted as often as it may run', async () => {
    let ran = 0;
    const b = otherProcess(async () => ++ran);
    try {
      const { id } = await t.db
        .insertInto('job')
        .values({
          kind: 'fixture.gate',
          status: 'running',
          params: '{}',
          created_by: ownerCtx.actor.kind === 'user' ? ownerCtx.actor.userId : '',
          attempts: 3,
          max_attempts: 3,
          lease_until: new Date(Date.now() - 1000),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      b.kick();
      expect(await waitFor(owner, id)).toMatchObject({ status: 'failed', attempts: 4, error: expect.stringContaining('interrupted 3 times') });
      expect(ran).toBe(0);
    } finally {
      await b.stop();
    }
  });

  it('fails the job of a user disabled since it was started, without running it', async () => {
    const org = await buildOrganisation(t.db);
    const user = await buildUser(t.db, org.id);
    await t.db.updateTable('app_user').set({ disabled: true }).where('id', '=', user.id).execute();
    let ran = 0;
    const b = otherProcess(async () => ++ran);
    try {
      const { id } = await b.start(userCtx(user), 'fixture.gate', {});
      const job = await until('the job to fail', async () => {
        const row = await jobRow(id);
        return row.status === 'failed' && row;
      });
      expect(job.error).toBe('The user who started this job can no longer sign in.');
      expect(ran).toBe(0);
    } finally {
      await b.stop();
    }
  });

  it('deletes finished jobs and their files after the retention time', async () => {
    const kept = await waitFor(owner, (await t.app.jobs.start(ownerCtx, 'fixture.briefing', { place: 'Ninewa' })).id);
    const old = await waitFor(owner, (await t.app.jobs.start(ownerCtx, 'fixture.briefing', { place: 'Diyala' })).id);
    expect(existsSync(jobDir(t.config.dataDir, old.id))).toBe(true);
    await t.db.updateTable('job').set({ finished_at: sql<Date>`now() - interval '8 days'` }).where('id', '=', old.id).execute();
    await t.app.jobs.sweep();
    expect(await t.db.selectFrom('job').select('id').where('id', 'in', [kept.id, old.id]).execute()).toEqual([{ id: kept.id }]);
    expect(existsSync(jobDir(t.config.dataDir, old.id))).toBe(false);
    expect(existsSync(jobDir(t.config.dataDir, kept.id))).toBe(true);
  });
});
