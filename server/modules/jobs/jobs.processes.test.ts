// The acceptance test of ADR 0007: two app processes on one database. A job started through
// the first is taken over by the second only once the first is killed and its lease has
// passed, and it completes exactly once; a process that starts fails nobody's running job.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase, freshDatabase } from '../../test/database.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';

const FIXTURE = resolve(import.meta.dirname, 'test/app-process.fixture.ts');
// Long enough that a busy CI machine's stalls (seconds, at times) do not pass a lease.
const LEASE_SECONDS = 5;

let database: TestDatabase;
let dataDir: string;
let email: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  database = await freshDatabase();
  dataDir = mkdtempSync(join(tmpdir(), 'entente-jobs-'));
  const org = await buildOrganisation(database.db);
  email = (await buildUser(database.db, org.id)).email;
  // What the fixture's job kind records: every run it starts, and its one side effect.
  await sql`CREATE TABLE test_job_run (job_id uuid NOT NULL, attempt int NOT NULL, pid int NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp())`.execute(database.db);
  await sql`CREATE TABLE test_job_effect (job_id uuid NOT NULL, attempt int NOT NULL, pid int NOT NULL)`.execute(database.db);
});

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await database?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function startProcess(): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE], {
    env: { ...process.env, DATABASE_URL: database.url, DATA_DIR: dataDir, LOAD_DEMO: 'false', LOG_LEVEL: 'warn', JOB_LEASE_SECONDS: String(LEASE_SECONDS) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  const port = await new Promise<number>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`app process did not start: ${out}`)), 60_000);
    const onData = (c: Buffer) => {
      out += c;
      const m = /listening on (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        done(Number(m[1]));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', () => fail(new Error(`app process exited: ${out}`)));
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

async function signInAt(base: string) {
  const res = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  expect(res.status).toBe(200);
  return { cookie: res.headers.get('set-cookie')!.split(';')[0]!, csrfToken: ((await res.json()) as { csrfToken: string }).csrfToken };
}

type Session = Awaited<ReturnType<typeof signInAt>>;

async function startSleepJob(base: string, s: Session, steps: number, stepsOnRetry: number, stepMs: number): Promise<string> {
  const res = await fetch(`${base}/api/test/sleep-jobs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrfToken },
    body: JSON.stringify({ steps, stepsOnRetry, stepMs }),
  });
  expect(res.status, await res.clone().text()).toBe(202);
  return ((await res.json()) as { id: string }).id;
}

const jobRow = (id: string) => database.db.selectFrom('job').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('two app processes on one database', () => {
  it('the second finishes, once, the job of the first after it is killed; neither fails the other’s running jobs', async () => {
    const first = await startProcess();
    const s = await signInAt(first.base);
    // 45 s of work, nine leases: the first process must keep its lease alive, and is still
    // running it when the second has started (a start takes seconds on a busy machine). The
    // second process, taking over, needs only 2 s.
    const jobId = await startSleepJob(first.base, s, 450, 20, 100);
    const firstPid = first.child.pid!;
    await until('the first process to run the job', async () => {
      const job = await jobRow(jobId);
      return job.status === 'running' && job.lease_owner?.includes(`:${firstPid}:`) && Number(job.progress_done) > 0;
    });

    // A second process starting now fails nothing and takes nothing while the lease lives.
    const second = await startProcess();
    const secondPid = second.child.pid!;
    const otherJobId = await startSleepJob(second.base, s, 5, 5, 100);
    await new Promise((r) => setTimeout(r, LEASE_SECONDS * 1000 * 1.5));
    const meanwhile = await jobRow(jobId);
    expect(meanwhile).toMatchObject({ status: 'running', attempts: 1, error: null });
    expect(meanwhile.lease_owner).toContain(`:${firstPid}:`);
    const other = await until('the other job to finish', async () => {
      const job = await jobRow(otherJobId);
      return job.status !== 'queued' && job.status !== 'running' && job;
    });
    expect(other).toMatchObject({ status: 'succeeded', attempts: 1 });

    // Killed mid-job: no heartbeat any more, and the second process takes over after the lease.
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    const { rows: killedAt } = await sql<{ now: Date }>`SELECT clock_timestamp() AS now`.execute(database.db);
    expect((await jobRow(jobId)).status).toBe('running');

    // The session lives in the database: the same cookie reads the job through the second process.
    const finished = await until('the job to finish in the second process', async () => {
      const res = await fetch(`${second.base}/api/jobs/${jobId}`, { headers: { cookie: s.cookie } });
      const job = (await res.json()) as { status: string; attempts: number; result: unknown };
      return job.status === 'succeeded' || job.status === 'failed' ? job : undefined;
    });
    expect(finished).toMatchObject({ status: 'succeeded', attempts: 2, result: { pid: secondPid, attempt: 2 } });

    const runs = await sql<{ attempt: number; pid: number; at: Date }>`SELECT attempt, pid, at FROM test_job_run WHERE job_id = ${jobId} ORDER BY attempt`.execute(database.db);
    expect(runs.rows.map((r) => [r.attempt, r.pid])).toEqual([
      [1, firstPid],
      [2, secondPid],
    ]);
    // Taken over only once the lease had passed: the last heartbeat was at most a third of a lease before the kill.
    expect(runs.rows[1]!.at.getTime() - killedAt[0]!.now.getTime()).toBeGreaterThanOrEqual(((LEASE_SECONDS * 2) / 3) * 1000 - 250);
    const effects = await sql<{ attempt: number; pid: number }>`SELECT attempt, pid FROM test_job_effect WHERE job_id = ${jobId}`.execute(database.db);
    expect(effects.rows).toEqual([{ attempt: 2, pid: secondPid }]);

    second.child.kill('SIGTERM');
    await new Promise((r) => second.child.once('exit', r));
  }, 120_000);
});
