// Issue 12's idempotency acceptance on the fund's own route, POST /api/funds/:id/transactions
// (the mechanism itself is tested on a fixture route in idempotency/): 1,000 postings each
// sent three times at once under one key make exactly 1,000 transactions and three identical
// answers; the same key with another amount is a 422; no key a 400; a duplicate while the
// first is still posting a 409.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser, countRows } from '../../test/factories.ts';
import { checkLedger } from './fund.service.ts';

let t: TestApp;
let aa: Session;
let donorId = '';
let fundId = '';
let windowId = '';

beforeAll(async () => {
  t = await buildTestApp();
  const aaOrg = await buildOrganisation(t.db, { name: 'MPTF Office', kind: 'organisation' });
  const partnerOrg = await buildOrganisation(t.db, { name: 'UNDP', kind: 'partner' });
  donorId = (await buildOrganisation(t.db, { name: 'Germany', iso3: 'DEU' })).id;
  aa = await signIn(t.app, (await buildUser(t.db, aaOrg.id)).email, TEST_PASSWORD);
  const fund = await aa.inject({
    method: 'POST',
    url: '/api/funds',
    payload: {
      name: 'Stabilisation fund',
      baseCurrency: 'USD',
      administrativeAgentOrgId: aaOrg.id,
      aaFeeBp: 100,
      sharing: { marking: 'AMBER', audienceOrgIds: [partnerOrg.id, donorId] },
    },
  });
  expect(fund.statusCode, fund.body).toBe(201);
  fundId = fund.json().id;
  const window = await aa.inject({ method: 'POST', url: `/api/funds/${fundId}/windows`, payload: { code: 'W1', name: 'Public works' } });
  expect(window.statusCode, window.body).toBe(201);
  windowId = window.json().id;
});
afterAll(async () => t?.close());

const deposit = (amountMinor: number) => ({ kind: 'deposit', valueDate: '2015-06-01', donorOrgId: donorId, windowId, amount: { amountMinor, currency: 'USD' } });
const post = (key: string | undefined, payload: unknown) =>
  aa.inject({ method: 'POST', url: `/api/funds/${fundId}/transactions`, payload: payload as object, headers: key === undefined ? {} : { 'idempotency-key': key } });
const transactions = () => countRows(t.db, 'fund_transaction');

describe('POST /api/funds/:id/transactions with an Idempotency-Key', () => {
  it('requires the key: a 400 naming headers.idempotency-key, nothing posted', async () => {
    const before = await transactions();
    for (const key of [undefined, '', 'é', 'k'.repeat(256)]) {
      const res = await post(key, deposit(100));
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('headers.idempotency-key');
    }
    expect(await transactions()).toBe(before);
  });

  it('posts 1,000 transactions each sent three times at once under its key exactly once, with three identical answers', async () => {
    const before = await transactions();
    const started = Date.now();
    let conflicts = 0;
    // A client retries a 409 "still in progress" after a moment, as the web app does.
    const send = async (key: string, amount: number) => {
      for (;;) {
        const res = await post(key, deposit(amount));
        if (res.statusCode !== 409 || res.json().errors?.[0]?.path !== 'headers.idempotency-key') return res;
        conflicts++;
        await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
      }
    };
    const answers = await Promise.all(
      Array.from({ length: 1000 }, (_, i) => {
        const key = randomUUID();
        return Promise.all([send(key, 1000 + i), send(key, 1000 + i), send(key, 1000 + i)]);
      }),
    );
    const ms = Date.now() - started;
    for (const [a, b, c] of answers) {
      expect(a!.statusCode, a!.body).toBe(201);
      expect(b!.body).toBe(a!.body);
      expect(c!.body).toBe(a!.body);
    }
    expect(new Set(answers.map(([a]) => a!.json().id)).size).toBe(1000);
    expect(await transactions()).toBe(before + 1000);
    expect(await checkLedger(t.db)).toBeNull();
    console.info(`fund: 3,000 keyed postings (1,000 distinct) in ${ms} ms; ${conflicts} answered 409 (in flight) and retried`);
  }, 300_000);

  it('refuses the same key with another amount (422 naming the header), posting nothing', async () => {
    const key = randomUUID();
    const first = await post(key, deposit(500));
    expect(first.statusCode, first.body).toBe(201);
    const before = await transactions();
    const other = await post(key, deposit(501));
    expect(other.statusCode, other.body).toBe(422);
    expect(other.json()).toMatchObject({ code: 'unprocessable', errors: [{ path: 'headers.idempotency-key' }] });
    expect(await transactions()).toBe(before);
    const again = await post(key, deposit(500));
    expect(again.statusCode).toBe(201);
    expect(again.body).toBe(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
  });

  it('refuses a duplicate while the first is still posting (409), then replays the first', async () => {
    const key = randomUUID();
    const before = await transactions();
    let first: ReturnType<typeof post> | undefined;
    // The test holds every slot row of the donor's account (as zero rows of its own, or locked
    // ones): the first posting's statement takes its key's lock, then waits there for the row
    // it adds the deposit to (ADR 0041: the key's lock comes first in the statement).
    await t.db.transaction().execute(async (trx) => {
      await sql`
        INSERT INTO fund_balance AS b (fund_id, account, currency, slot, balance_minor)
        SELECT ${fundId}::uuid, ${`source:donor:${donorId}`}, 'USD', s, 0 FROM generate_series(0, 63) s
        ON CONFLICT (fund_id, account, currency, slot) DO UPDATE SET balance_minor = b.balance_minor`.execute(trx);
      first = post(key, deposit(700));
      for (let i = 0; ; i++) {
        const { rows } = await sql<{ n: string }>`
          SELECT count(*) AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database
          WHERE l.locktype = 'advisory' AND l.granted AND d.datname = current_database()`.execute(t.db);
        if (Number(rows[0]!.n) > 0) break;
        if (i > 400) throw new Error('the first posting never took its key');
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      const dup = await post(key, deposit(700));
      expect(dup.statusCode, dup.body).toBe(409);
      expect(dup.headers['retry-after']).toBe('1');
      expect(dup.json().errors[0].path).toBe('headers.idempotency-key');
    });
    const done = await first!;
    expect(done.statusCode, done.body).toBe(201);
    const later = await post(key, deposit(700));
    expect(later.body).toBe(done.body);
    expect(await transactions()).toBe(before + 1);
  });
});
