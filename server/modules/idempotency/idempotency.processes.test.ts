// Crash safety of idempotency keys (ADR 0016): an app process killed (SIGKILL) in the middle
// of a keyed request leaves nothing — its change and its key were in one transaction, which
// PostgreSQL rolls back when the connection drops — so the client's retry, to another
// process, runs the request, exactly once, and a further retry replays that answer.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase, freshDatabase } from '../../test/database.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import { FIXTURE_TABLE } from './test/idempotency.fixture.ts';
import { type AppProcess, postWithKey, signInAt, startAppProcess, until } from './test/processes.ts';

const FIXTURE = resolve(import.meta.dirname, 'test/app-process.fixture.ts');
const PATH = '/api/test/idempotent-effects';

let database: TestDatabase;
let dataDir: string;
let email: string;
const processes: AppProcess[] = [];

beforeAll(async () => {
  database = await freshDatabase();
  dataDir = mkdtempSync(join(tmpdir(), 'entente-idem-proc-'));
  await FIXTURE_TABLE.execute(database.db);
  email = (await buildUser(database.db, (await buildOrganisation(database.db)).id)).email;
});
afterAll(async () => {
  for (const p of processes) await p.kill();
  await database?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

const start = async (holdMs: number) => {
  const p = await startAppProcess(FIXTURE, { DATABASE_URL: database.url, DATA_DIR: dataDir, HOLD_MS: String(holdMs) });
  processes.push(p);
  return p;
};
const advisoryLocks = async () =>
  Number(
    (
      await sql<{
        n: string;
      }>`SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`.execute(
        database.db,
      )
    ).rows[0]!.n,
  );
const effects = async () => (await sql<{ pid: number }>`SELECT pid FROM test_idempotent_effect ORDER BY id`.execute(database.db)).rows;

describe('a process killed mid-request', () => {
  it('leaves nothing: the retry to another process runs the request once, and the next retry replays it', async () => {
    const first = await start(60_000);
    const s = await signInAt(first.base, email, TEST_PASSWORD);
    const key = 'crash-1';
    const body = { amount: 99 };
    const aborted = new AbortController();
    const inFlight = postWithKey(first.base, s, PATH, key, body, aborted.signal).catch((err: Error) => err);
    // The change is made and the key locked, in a transaction the process holds open.
    await until('the request to be in flight', async () => (await advisoryLocks()) === 1);
    await first.kill();
    expect(await inFlight).toBeInstanceOf(Error);
    // PostgreSQL sees the connection drop and rolls back: no change, no key, no lock.
    await until('the killed transaction to be rolled back', async () => (await advisoryLocks()) === 0);
    expect(await effects()).toEqual([]);
    expect((await sql<{ n: string }>`SELECT count(*) AS n FROM idempotency_key`.execute(database.db)).rows[0]!.n).toBe('0');

    // The client retries, the same request under the same key, to a process that does not hold it.
    const second = await start(0);
    const retry = await postWithKey(second.base, s, PATH, key, body);
    expect(retry.status, retry.text).toBe(201);
    expect(retry.replayed).toBe(false);
    expect(JSON.parse(retry.text)).toMatchObject({ amount: 99, pid: second.child.pid });
    const again = await postWithKey(second.base, s, PATH, key, body);
    expect(again).toEqual({ status: 201, text: retry.text, replayed: true });
    expect(await effects()).toEqual([{ pid: second.child.pid }]);
    await second.stop();
  }, 180_000);
});
