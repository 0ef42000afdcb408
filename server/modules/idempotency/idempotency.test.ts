// Idempotency keys on a fixture route (test/idempotency.fixture.ts), through real HTTP
// (app.inject) on a real database: a retry replays the first answer byte for byte, the same
// key with another body is a 422, a duplicate in flight a 409, a missing or malformed key a
// 400 naming the header; keys are per user; a refused request stores nothing; old keys expire.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { type Session, signIn } from '../../test/app.ts';
import { type TestDatabase, freshDatabase } from '../../test/database.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser, countRows } from '../../test/factories.ts';
import { purgeExpiredKeys } from './idempotency.service.ts';
import { COUNTER_TABLE, FIXTURE_TABLE, idempotencyFixture } from './test/idempotency.fixture.ts';

let database: TestDatabase;
let app: FastifyInstance;
let dataDir: string;
let alice: Session;
let bob: Session;

beforeAll(async () => {
  database = await freshDatabase();
  await FIXTURE_TABLE.execute(database.db);
  await sql`GRANT SELECT, INSERT ON test_idempotent_effect TO ${sql.id(new URL(database.appUrl).username)}`.execute(database.db);
  await COUNTER_TABLE.execute(database.db);
  await sql`GRANT SELECT, UPDATE ON test_idempotent_counter TO ${sql.id(new URL(database.appUrl).username)}`.execute(database.db);
  await sql`GRANT USAGE ON SEQUENCE test_idempotent_effect_id_seq TO ${sql.id(new URL(database.appUrl).username)}`.execute(database.db);
  dataDir = mkdtempSync(join(tmpdir(), 'entente-idem-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', LOAD_DEMO: 'false', SESSION_REUSE_MS: '0', CHECK_RESPONSES: 'true' });
  app = await buildApp(config, database.appDb, { logger: false, modules: [idempotencyFixture(database.appDb)] });
  await app.ready();
  const org = await buildOrganisation(database.db);
  alice = await signIn(app, (await buildUser(database.db, org.id)).email, TEST_PASSWORD);
  bob = await signIn(app, (await buildUser(database.db, org.id)).email, TEST_PASSWORD);
});
afterAll(async () => {
  await app?.close();
  await database?.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const URL_ = '/api/test/idempotent-effects';
const post = (s: Session, key: string | undefined, payload: unknown) =>
  s.inject({ method: 'POST', url: URL_, payload: payload as object, headers: key === undefined ? {} : { 'idempotency-key': key } });
const effects = () => countRows(database.db, 'test_idempotent_effect' as never);
const keys = () => countRows(database.db, 'idempotency_key');
let n = 0;
const newKey = () => `key-${Date.now()}-${++n}`;

async function untilInFlight(count = 1) {
  for (let i = 0; i < 200; i++) {
    const { rows } = await sql<{ n: string }>`SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND granted`.execute(database.db);
    if (Number(rows[0]!.n) >= count) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('no request in flight');
}

describe('Idempotency-Key', () => {
  it('is required, once, as 1 to 255 printable ASCII characters: a 400 naming the header, nothing written', async () => {
    const before = await effects();
    for (const key of [undefined, '', 'x'.repeat(256), 'clé', 'tab\there']) {
      const res = await post(alice, key, { amount: 1 });
      expect(res.statusCode, `${key}: ${res.body}`).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('headers.idempotency-key');
    }
    expect(await effects()).toBe(before);
    expect(await keys()).toBe(0);
    // The longest key and every printable character are fine.
    expect((await post(alice, 'x'.repeat(255), { amount: 1 })).statusCode).toBe(201);
    expect((await post(alice, ' !"#$%&\'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~', { amount: 1 })).statusCode).toBe(201);
  });

  it('answers a retry with the first answer, byte for byte, and makes the change once', async () => {
    const key = newKey();
    const before = await effects();
    const first = await post(alice, key, { amount: 42, note: 'a' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    // The same body with its keys in another order is the same request.
    const again = await alice.inject({ method: 'POST', url: URL_, headers: { 'idempotency-key': key, 'content-type': 'application/json' }, payload: '{"note":"a","amount":42}' });
    expect(again.statusCode).toBe(201);
    expect(again.body).toBe(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await effects()).toBe(before + 1);
  });

  it('refuses the same key with another request (422 naming the header), and changes nothing', async () => {
    const key = newKey();
    expect((await post(alice, key, { amount: 10 })).statusCode).toBe(201);
    const before = await effects();
    const other = await post(alice, key, { amount: 11 });
    expect(other.statusCode, other.body).toBe(422);
    expect(other.json()).toMatchObject({ status: 422, code: 'unprocessable', errors: [{ path: 'headers.idempotency-key' }] });
    expect(await effects()).toBe(before);
    // Another URL under the same key is another request too.
    expect((await alice.inject({ method: 'POST', url: `${URL_}?x=1`, payload: { amount: 10 }, headers: { 'idempotency-key': key } })).statusCode).not.toBe(201);
    expect(await effects()).toBe(before);
  });

  it('scopes keys to their user: another user’s same key is a new request, and replays nothing of the first', async () => {
    const key = newKey();
    const a = await post(alice, key, { amount: 5 });
    const b = await post(bob, key, { amount: 5 });
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.json().id).not.toBe(a.json().id);
    expect(b.headers['idempotent-replayed']).toBeUndefined();
    // Nor does the same key with another body collide across users.
    expect((await post(bob, newKey(), { amount: 6 })).statusCode).toBe(201);
  });

  it('refuses a duplicate while the first is still in flight (409, Retry-After), then replays the first', async () => {
    const key = newKey();
    const before = await effects();
    const first = post(alice, key, { amount: 7, holdMs: 1500 });
    await untilInFlight();
    const dup = await post(alice, key, { amount: 7, holdMs: 1500 });
    expect(dup.statusCode, dup.body).toBe(409);
    expect(dup.headers['retry-after']).toBe('1');
    expect(dup.json()).toMatchObject({ code: 'conflict', errors: [{ path: 'headers.idempotency-key' }] });
    const done = await first;
    expect(done.statusCode).toBe(201);
    const later = await post(alice, key, { amount: 7, holdMs: 1500 });
    expect(later.statusCode).toBe(201);
    expect(later.body).toBe(done.body);
    expect(await effects()).toBe(before + 1);
  });

  it('stores nothing for a refused request: the key is still unused', async () => {
    const key = newKey();
    const refused = await post(alice, key, { amount: -1 });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].path).toBe('body.amount');
    const ok = await post(alice, key, { amount: 1 });
    expect(ok.statusCode).toBe(201);
    expect(ok.headers['idempotent-replayed']).toBeUndefined();
  });

  it('forgets keys after 24 hours: an expired key runs anew, and the purge deletes expired keys only', async () => {
    const key = newKey();
    const first = await post(alice, key, { amount: 3 });
    await sql`UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE key = ${key}`.execute(database.db);
    const again = await post(alice, key, { amount: 4 });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().id).not.toBe(first.json().id);
    await sql`UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE key = ${key}`.execute(database.db);
    const live = await keys();
    expect(await purgeExpiredKeys(database.appDb)).toBe(1);
    expect(await keys()).toBe(live - 1);
  });

  it('makes exactly one change for each of 300 requests each sent three times at once, and gives the three the same answer (1,000 on the fund route: fund.idempotency.test.ts)', async () => {
    const before = await effects();
    const started = Date.now();
    const requests = Array.from({ length: 300 }, (_, i) => ({ key: `burst-${i}-${newKey()}`, amount: i }));
    // Each request three times at once; a duplicate finding the first in flight gets a 409 and retries, as a client does.
    let conflicts = 0;
    const send = async (r: { key: string; amount: number }) => {
      for (;;) {
        const res = await post(alice, r.key, { amount: r.amount });
        if (res.statusCode !== 409) return res;
        conflicts++;
        await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
      }
    };
    const answers = await Promise.all(requests.map((r) => Promise.all([send(r), send(r), send(r)])));
    const ms = Date.now() - started;
    for (const [a, b, c] of answers) {
      expect(a!.statusCode, a!.body).toBe(201);
      expect(b!.body).toBe(a!.body);
      expect(c!.body).toBe(a!.body);
    }
    expect(await effects()).toBe(before + 300);
    expect(new Set(answers.map(([a]) => a!.json().id)).size).toBe(300);
    console.info(`900 keyed requests (300 distinct) in ${ms} ms, ${conflicts} answered 409 and retried`);
  }, 120_000);

  it('runs serializable work again when it fails to serialize: every request counted once', async () => {
    const bump = (key: string) => alice.inject({ method: 'POST', url: '/api/test/idempotent-counter', headers: { 'idempotency-key': key } });
    const send = async (key: string) => {
      for (;;) {
        const res = await bump(key);
        if (res.statusCode !== 409) return res;
        await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 50));
      }
    };
    const keysSent = Array.from({ length: 20 }, () => newKey());
    const answers = await Promise.all(keysSent.map(send));
    expect(
      answers.map((a) => a.statusCode),
      answers[0]!.body,
    ).toEqual(keysSent.map(() => 200));
    // Each request saw a different count: none was applied twice, none lost.
    expect(answers.map((a) => a.json().n).sort((a, b) => a - b)).toEqual(keysSent.map((_, i) => i + 1));
    const { rows } = await sql<{ n: number }>`SELECT n FROM test_idempotent_counter WHERE id = 1`.execute(database.db);
    expect(rows[0]!.n).toBe(20);
    const replay = await bump(keysSent[0]!);
    expect(replay.body).toBe(answers[0]!.body);
  });
});
