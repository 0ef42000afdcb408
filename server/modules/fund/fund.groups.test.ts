// Postings written together by one statement (fund.writer.ts, ADR 0041), probed as an attacker
// would: several users' keyed postings in one group, one of them refused, each still gets its
// own answer (never a 409 "still in progress" for a key never used: the group's statement's
// locks are released before its postings are written again) and its key is stored under its
// own user with its own body (a refused one's key stays free); one key sent many times at once posts once; a transaction reversed twice at once
// is reversed once; postings that only fit together (a transfer and a refund of one project,
// neither possible on its own) are not let through by the group's summed check; and a
// statement stuck on another transaction's row lock does not hold up another fund's postings.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import { depositPayload, fundOverHttp } from './fund.fixture.ts';
import { checkLedger } from './fund.service.ts';
import { writerCounts } from './fund.writer.ts';

let t: TestApp;
let aa: Session;
let aa2: Session;
let aaUser = '';
let aa2User = '';
let partner: Session;
let aaOrgId = '';
let partnerOrgId = '';
let donorId = '';

interface Fund {
  id: string;
  windowId: string;
  otherWindowId: string;
}

async function buildFund(name: string): Promise<Fund> {
  const { id, windowIds } = await fundOverHttp(aa, { name, aaOrgId, audienceOrgIds: [partnerOrgId, donorId], windows: ['Public works', 'Health'] });
  return { id, windowId: windowIds[0]!, otherWindowId: windowIds[1]! };
}

async function buildProject(fund: Fund, title: string) {
  const res = await aa.inject({
    method: 'POST',
    url: `/api/funds/${fund.id}/projects`,
    payload: { windowId: fund.windowId, partnerOrgId, title, budget: { amountMinor: 1, currency: 'USD' } },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

const post = (who: Session, fundId: string, payload: object, key: string = randomUUID()) =>
  who.inject({ method: 'POST', url: `/api/funds/${fundId}/transactions`, payload, headers: { 'idempotency-key': key } });
const deposit = (fund: Fund, amountMinor: number, extra: object = {}) => depositPayload({ donorOrgId: donorId, windowId: fund.windowId }, amountMinor, extra);
/** A deposit to the fund's other window: postings sent first so that the ones after them wait for a statement and are written together. */
const pacer = (fund: Fund) => post(aa, fund.id, deposit(fund, 1, { windowId: fund.otherWindowId }));
const onProject = (kind: string, projectId: string, amountMinor: number, extra: object = {}) => ({
  kind,
  valueDate: '2016-01-02',
  projectId,
  amount: { amountMinor, currency: 'USD' },
  ...extra,
});

const storedKey = async (userId: string, key: string) =>
  (await sql<{ body: string; status: number }>`SELECT body, status FROM idempotency_key WHERE user_id = ${userId} AND key = ${key}`.execute(t.db)).rows[0];
const auditOf = async (transactionId: string) =>
  (await sql<{ actor_user_id: string; action: string }>`SELECT actor_user_id, action FROM audit_event WHERE after->>'transactionId' = ${transactionId}`.execute(t.db)).rows;

beforeAll(async () => {
  t = await buildTestApp();
  const aaOrg = await buildOrganisation(t.db, { name: 'MPTF Office', kind: 'organisation' });
  aaOrgId = aaOrg.id;
  const partnerOrg = await buildOrganisation(t.db, { name: 'UNDP', kind: 'partner' });
  partnerOrgId = partnerOrg.id;
  donorId = (await buildOrganisation(t.db, { name: 'Germany', iso3: 'DEU' })).id;
  const u1 = await buildUser(t.db, aaOrg.id);
  const u2 = await buildUser(t.db, aaOrg.id);
  aaUser = u1.id;
  aa2User = u2.id;
  aa = await signIn(t.app, u1.email, TEST_PASSWORD);
  aa2 = await signIn(t.app, u2.email, TEST_PASSWORD);
  partner = await signIn(t.app, (await buildUser(t.db, partnerOrg.id)).email, TEST_PASSWORD);
});
afterAll(async () => t?.close());

describe('postings written together', () => {
  it('two users in one group, some refused: each gets its own answer, keys stored under their own user and body, refused keys free', async () => {
    const fund = await buildFund('Groups fund');
    const project = await buildProject(fund, 'Roads');
    expect((await post(aa, fund.id, deposit(fund, 1000))).statusCode).toBe(201);
    const regroupedBefore = writerCounts.regrouped;
    let sawRegroup = false;
    for (let round = 0; round < 8; round++) {
      const k = Array.from({ length: 6 }, () => randomUUID());
      const [, , ok1, overdraft, badDonor, ok2, sameKeyOtherUser, forbidden] = await Promise.all([
        pacer(fund),
        pacer(fund),
        post(aa, fund.id, deposit(fund, 500, { description: `aa ${round}` }), k[0]),
        post(aa2, fund.id, onProject('allocation', project, 1_000_000_000), k[1]),
        post(aa, fund.id, deposit(fund, 300, { donorOrgId: randomUUID() }), k[2]),
        post(aa2, fund.id, deposit(fund, 700, { description: `aa2 ${round}` }), k[3]),
        // aa2 sends aa's key with another body: keys are per user, so this is aa2's own first use.
        post(aa2, fund.id, deposit(fund, 900, { description: `aa2 same key ${round}` }), k[0]),
        post(partner, fund.id, deposit(fund, 5), k[4]),
      ]);
      expect(ok1!.statusCode, ok1!.body).toBe(201);
      expect(ok1!.json()).toMatchObject({ description: `aa ${round}`, amount: { amountMinor: 500 } });
      expect(ok2!.statusCode, ok2!.body).toBe(201);
      expect(ok2!.json()).toMatchObject({ description: `aa2 ${round}`, amount: { amountMinor: 700 } });
      expect(sameKeyOtherUser!.statusCode, sameKeyOtherUser!.body).toBe(201);
      expect(sameKeyOtherUser!.json()).toMatchObject({ description: `aa2 same key ${round}`, amount: { amountMinor: 900 } });
      expect(overdraft!.statusCode, overdraft!.body).toBe(409);
      expect(overdraft!.body).toMatch(/window W1 has [\d.,]+ USD unallocated, the allocation asks 10,000,000\.00/);
      expect(overdraft!.body).not.toContain('aa ');
      expect(badDonor!.statusCode, badDonor!.body).toBe(400);
      expect(badDonor!.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.donorOrgId']);
      expect([403, 404]).toContain(forbidden!.statusCode);

      // Each key under its own user with its own answer; the refused ones stored nothing.
      expect(JSON.parse((await storedKey(aaUser, k[0]!))!.body)).toEqual(ok1!.json());
      expect(JSON.parse((await storedKey(aa2User, k[0]!))!.body)).toEqual(sameKeyOtherUser!.json());
      expect(JSON.parse((await storedKey(aa2User, k[3]!))!.body)).toEqual(ok2!.json());
      expect(await storedKey(aa2User, k[1]!)).toBeUndefined();
      expect(await storedKey(aaUser, k[2]!)).toBeUndefined();
      expect(await storedKey(aa2User, k[2]!)).toBeUndefined();
      // A refused key may be sent again, for another request.
      const again = await post(aa2, fund.id, onProject('allocation', project, 1), k[1]);
      expect(again.statusCode, again.body).toBe(201);
      // A replay gives the first answer, to its own user only.
      const replay = await post(aa, fund.id, deposit(fund, 500, { description: `aa ${round}` }), k[0]);
      expect(replay.statusCode).toBe(201);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(replay.json()).toEqual(ok1!.json());
      // One audit event per posting, with its own actor.
      for (const [res, user] of [
        [ok1!, aaUser],
        [ok2!, aa2User],
        [sameKeyOtherUser!, aa2User],
        [again, aa2User],
      ] as const) {
        const events = await auditOf(res.json().id);
        expect(events).toEqual([{ actor_user_id: user, action: `fund.${res.json().kind}` }]);
      }
      if (writerCounts.regrouped > regroupedBefore) sawRegroup = true;
    }
    // The groups met their refusals at least once (else this test proved nothing about groups).
    expect(sawRegroup).toBe(true);
    expect(await checkLedger(t.db)).toBeNull();
  }, 30_000);

  it('one key sent many times at once posts once: identical answers, 422 for another body', async () => {
    const fund = await buildFund('Keys fund');
    const key = randomUUID();
    const send = async (amount: number) => {
      for (;;) {
        const res = await post(aa, fund.id, deposit(fund, amount, { description: 'once' }), key);
        if (res.statusCode !== 409) return res;
        expect(res.json().errors[0].path).toBe('headers.idempotency-key');
        await new Promise((r) => setTimeout(r, 5 + Math.random() * 10));
      }
    };
    const results = await Promise.all([pacer(fund), ...Array.from({ length: 12 }, (_, i) => send(i % 4 === 3 ? 999 : 100))]);
    // Whichever body came first owns the key: its requests all get its one answer, the others a 422.
    const sent = results.slice(1).map((r, i) => ({ r, amount: i % 4 === 3 ? 999 : 100 }));
    const won = sent.find((x) => x.r.statusCode === 201)!;
    expect(won, 'one request posted').toBeDefined();
    for (const { r, amount } of sent) {
      if (amount === won.amount) {
        expect(r.statusCode, r.body).toBe(201);
        expect(r.body).toBe(won.r.body);
      } else expect(r.statusCode, r.body).toBe(422);
    }
    const { rows } = await sql<{ n: string }>`SELECT count(*) AS n FROM fund_transaction WHERE fund_id = ${fund.id} AND description = 'once'`.execute(t.db);
    expect(Number(rows[0]!.n)).toBe(1);
    expect(await checkLedger(t.db)).toBeNull();
  });

  it('a transaction reversed several times at once is reversed once; the others are told it was', async () => {
    const fund = await buildFund('Reversals fund');
    const other = await buildFund('Other fund');
    const dep = await post(aa, fund.id, deposit(fund, 400));
    expect(dep.statusCode, dep.body).toBe(201);
    const id = dep.json().id;
    const reverse = (f: Fund, who = aa) => post(who, f.id, { kind: 'reversal', valueDate: '2016-01-03', reversesId: id });
    const results = await Promise.all([pacer(fund), reverse(fund), reverse(fund, aa2), reverse(fund), reverse(fund, aa2), reverse(other)]);
    const reversals = results.slice(1, 5);
    expect(reversals.filter((r) => r.statusCode === 201)).toHaveLength(1);
    for (const r of reversals.filter((r) => r.statusCode !== 201)) {
      expect(r.statusCode, r.body).toBe(409);
      expect(r.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.reversesId']);
    }
    expect(results[5]!.statusCode).toBe(400);
    expect(results[5]!.json().errors[0]).toMatchObject({ path: 'body.reversesId', message: 'no such transaction in this fund' });
    expect(await checkLedger(t.db)).toBeNull();
  });

  it('a transfer and a refund of one project, neither possible alone, are refused even when written together', async () => {
    const fund = await buildFund('Cycle fund');
    const project = await buildProject(fund, 'Wells');
    // The project has nothing with the agent and its partner nothing: a transfer (agent → partner) and a
    // refund (partner → agent) each overdraw on their own, in either order; summed together they net to zero.
    const both: number[] = [];
    for (let round = 0; round < 6; round++) {
      const [, , transfer, refund] = await Promise.all([
        pacer(fund),
        pacer(fund),
        post(aa, fund.id, onProject('transfer', project, 100)),
        post(aa2, fund.id, onProject('refund', project, 100)),
      ]);
      expect([201, 409]).toContain(transfer!.statusCode);
      expect([201, 409]).toContain(refund!.statusCode);
      if (transfer!.statusCode === 201 || refund!.statusCode === 201) both.push(round);
    }
    // Each serial order overdraws one of them: no round may accept either.
    expect(both).toEqual([]);
    expect(await checkLedger(t.db)).toBeNull();
  });

  it("a RED project stays missing for a colleague whose posting shares a group with the author's", async () => {
    const fund = await buildFund('Hidden fund');
    const SECRET = 'Secret safe houses';
    const red = await buildProject(fund, SECRET);
    const details = await aa.inject({
      method: 'PUT',
      url: `/api/funds/${fund.id}/projects/${red}/details`,
      payload: { iatiIdentifier: 'XM-1-RED', sector: '15132', status: 2, plannedStart: '2016-01-01', plannedEnd: '2016-12-31', marking: 'RED' },
    });
    expect(details.statusCode, details.body).toBe(200);
    expect((await post(aa, fund.id, deposit(fund, 1000))).statusCode).toBe(201);
    const alloc = await post(aa, fund.id, onProject('allocation', red, 100));
    expect(alloc.statusCode, alloc.body).toBe(201);
    const keys = [randomUUID(), randomUUID(), randomUUID()];
    const [, , authorOverdraft, blindPost, blindReversal, missing] = await Promise.all([
      pacer(fund),
      pacer(fund),
      post(aa, fund.id, onProject('transfer', red, 1_000_000)),
      post(aa2, fund.id, onProject('allocation', red, 1), keys[0]),
      post(aa2, fund.id, { kind: 'reversal', valueDate: '2016-01-03', reversesId: alloc.json().id }, keys[1]),
      post(aa2, fund.id, onProject('allocation', randomUUID(), 1), keys[2]),
    ]);
    expect(authorOverdraft!.statusCode, authorOverdraft!.body).toBe(409);
    expect(authorOverdraft!.body).toContain(SECRET);
    // Exactly as a project or transaction that does not exist; nothing of the RED project in the colleague's answers; no key kept.
    expect(blindPost!.statusCode, blindPost!.body).toBe(400);
    expect(blindPost!.json().errors).toEqual(missing!.json().errors);
    expect(blindReversal!.statusCode, blindReversal!.body).toBe(400);
    expect(blindReversal!.json().errors[0]).toMatchObject({ path: 'body.reversesId', message: 'no such transaction in this fund' });
    for (const r of [blindPost!, blindReversal!, missing!]) {
      expect(r.body).not.toContain(SECRET);
      expect(r.body).not.toContain(red);
    }
    for (const k of keys) expect(await storedKey(aa2User, k)).toBeUndefined();
    expect(await checkLedger(t.db)).toBeNull();
  });

  it("a statement stuck on another transaction's row lock does not hold up another fund's postings", async () => {
    const stuck = await buildFund('Stuck fund');
    const free = await buildFund('Free fund');
    const project = await buildProject(stuck, 'Schools');
    expect((await post(aa, stuck.id, deposit(stuck, 10_000))).statusCode).toBe(201);
    // An allocation creates the window's slot 0 (the row allocations lock).
    expect((await post(aa, stuck.id, onProject('allocation', project, 1))).statusCode).toBe(201);
    let release!: () => void;
    const released = new Promise<void>((r) => {
      release = r;
    });
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => {
      locked = r;
    });
    // Another transaction (an import, say) holds the stuck fund's balance rows for a while.
    const holder = t.db.transaction().execute(async (trx) => {
      await sql`SELECT 1 FROM fund_balance WHERE fund_id = ${stuck.id} AND slot = 0 FOR UPDATE`.execute(trx);
      locked();
      await Promise.race([released, new Promise((r) => setTimeout(r, 3000))]);
    });
    await isLocked;
    try {
      const first = post(aa, stuck.id, onProject('allocation', project, 1));
      // Wait until that allocation's statement is waiting for the lock.
      for (let i = 0; i < 500; i++) {
        const { rows } = await sql<{ n: string }>`SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock'`.execute(t.db);
        if (Number(rows[0]!.n) > 0) break;
        await new Promise((r) => setTimeout(r, 2));
      }
      const started = performance.now();
      const blocked = [post(aa, stuck.id, onProject('allocation', project, 1)), post(aa2, stuck.id, onProject('allocation', project, 1))];
      const freeAnswer = await post(aa2, free.id, deposit(free, 42));
      const ms = performance.now() - started;
      console.info(`another fund's posting behind a stuck statement: ${ms.toFixed(0)} ms`);
      expect(freeAnswer.statusCode, freeAnswer.body).toBe(201);
      expect(ms).toBeLessThan(500);
      release();
      await holder;
      for (const res of await Promise.all([first, ...blocked])) expect(res.statusCode, res.body).toBe(201);
    } finally {
      release();
      await holder;
    }
    expect(await checkLedger(t.db)).toBeNull();
  }, 20_000);
});
