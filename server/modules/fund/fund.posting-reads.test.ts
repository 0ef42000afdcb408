// Postings whose requests arrive together are read together (fund.posting-reads.ts, ADR 0042):
// one statement per reader, and still each posting read under its own reader's rule — a fund
// hidden from one reader is missing for that reader's reads only, a missing fund or a window of
// another fund for its own read only —; a statement that fails for one read is made again read
// by read, so the others are answered and the bad one gets its own error; and inside a
// transaction a read is made on it, at once.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import type { UserActor } from '../../infra/actor.ts';
import { depositPayload, fundOverHttp } from './fund.fixture.ts';
import { postingReadCounts, readPostingContext } from './fund.posting-reads.ts';

let t: TestApp;
let aa: Session;
let outsider: Session;
let aaOrgId = '';
let partnerOrgId = '';
let donorId = '';
let aaActor: UserActor;
let outsiderActor: UserActor;

beforeAll(async () => {
  t = await buildTestApp();
  aaOrgId = (await buildOrganisation(t.db, { name: 'MPTF Office', kind: 'organisation' })).id;
  partnerOrgId = (await buildOrganisation(t.db, { name: 'UNDP', kind: 'partner' })).id;
  donorId = (await buildOrganisation(t.db, { name: 'Germany', iso3: 'DEU' })).id;
  const outsiderOrgId = (await buildOrganisation(t.db, { name: 'Not in the audience', kind: 'organisation' })).id;
  const aaUser = await buildUser(t.db, aaOrgId);
  const outsiderUser = await buildUser(t.db, outsiderOrgId);
  aa = await signIn(t.app, aaUser.email, TEST_PASSWORD);
  outsider = await signIn(t.app, outsiderUser.email, TEST_PASSWORD);
  const actorOf = (u: typeof aaUser, orgKind: UserActor['orgKind']): UserActor => ({ kind: 'user', userId: u.id, orgId: u.org_id, orgKind, role: u.role, email: u.email });
  aaActor = actorOf(aaUser, 'organisation');
  outsiderActor = actorOf(outsiderUser, 'organisation');
});
afterAll(async () => t?.close());

async function buildFund(name: string) {
  const { id, windowIds } = await fundOverHttp(aa, { name, aaOrgId, audienceOrgIds: [partnerOrgId, donorId], windows: ['Public works'] });
  return { id, windowId: windowIds[0]! };
}

const post = (who: Session, fundId: string, payload: object) =>
  who.inject({ method: 'POST', url: `/api/funds/${fundId}/transactions`, payload, headers: { 'idempotency-key': randomUUID() } });

describe('posting reads gathered', () => {
  it('postings sent at once each get their own answer: their own reader, fund and window', async () => {
    const fund = await buildFund('Reads fund');
    const deposit = (amountMinor: number, extra: object = {}) => depositPayload({ donorOrgId: donorId, windowId: fund.windowId }, amountMinor, extra);
    const before = { ...postingReadCounts };
    const [a, b, c, hidden, missing, otherWindow] = await Promise.all([
      post(aa, fund.id, deposit(100, { description: 'a' })),
      post(aa, fund.id, deposit(200, { description: 'b' })),
      post(aa, fund.id, deposit(300, { description: 'c' })),
      post(outsider, fund.id, deposit(400)),
      post(aa, randomUUID(), deposit(500)),
      post(aa, fund.id, deposit(600, { windowId: randomUUID() })),
    ]);
    for (const [res, description, amountMinor] of [
      [a, 'a', 100],
      [b, 'b', 200],
      [c, 'c', 300],
    ] as const) {
      expect(res!.statusCode, res!.body).toBe(201);
      expect(res!.json()).toMatchObject({ description, amount: { amountMinor } });
    }
    // Hidden from the outsider: exactly as missing, though read beside postings that see it.
    expect(hidden!.statusCode, hidden!.body).toBe(404);
    expect(missing!.statusCode, missing!.body).toBe(404);
    expect(hidden!.json().message).toBe(missing!.json().message);
    expect(otherWindow!.statusCode, otherWindow!.body).toBe(400);
    expect(otherWindow!.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.windowId']);
    expect(postingReadCounts.reads - before.reads).toBe(6);
  });

  it('reads made in one turn are made by one statement per reader, each with its own answer', async () => {
    const fund = await buildFund('Gathered reads fund');
    const before = { ...postingReadCounts };
    const [seen, seenWindow, otherWindow, missing, hidden, hiddenWindow] = await Promise.all([
      readPostingContext(t.db, aaActor, { fundId: fund.id }),
      readPostingContext(t.db, aaActor, { fundId: fund.id, windowId: fund.windowId }),
      readPostingContext(t.db, aaActor, { fundId: fund.id, windowId: randomUUID() }),
      readPostingContext(t.db, aaActor, { fundId: randomUUID() }),
      readPostingContext(t.db, outsiderActor, { fundId: fund.id }),
      readPostingContext(t.db, outsiderActor, { fundId: fund.id, windowId: fund.windowId }),
    ]);
    expect(postingReadCounts.reads - before.reads).toBe(6);
    expect(postingReadCounts.statements - before.statements).toBe(2);
    expect(seen).toMatchObject({ id: fund.id, name: 'Gathered reads fund', window_found: null, project: null });
    expect(seenWindow).toMatchObject({ id: fund.id, window_found: true });
    expect(otherWindow).toMatchObject({ id: fund.id, window_found: false });
    expect(missing).toBeUndefined();
    // Hidden from the outsider, read in the same turn as aa's reads that see it.
    expect(hidden).toBeUndefined();
    expect(hiddenWindow).toBeUndefined();
  });

  it('a read whose statement fails is made again alone: the others are answered, it gets its own error', async () => {
    const fund = await buildFund('Failing read fund');
    const [good, bad] = await Promise.allSettled([
      readPostingContext(t.db, aaActor, { fundId: fund.id, windowId: fund.windowId }),
      readPostingContext(t.db, aaActor, { fundId: 'not-a-uuid' }),
    ]);
    expect(good.status).toBe('fulfilled');
    expect((good as PromiseFulfilledResult<{ id: string; window_found: boolean } | undefined>).value).toMatchObject({ id: fund.id, window_found: true });
    expect(bad.status).toBe('rejected');
    expect(String((bad as PromiseRejectedResult).reason)).toMatch(/uuid/);
  });

  it('inside a transaction, reads on that transaction at once: it sees what the transaction wrote', async () => {
    await t.db.transaction().execute(async (trx) => {
      const id = randomUUID();
      await sql`INSERT INTO fund (id, owner_org_id, name, base_currency, aa_fee_bp, indirect_cost_bp, marking, created_by)
        SELECT ${id}, ${aaOrgId}, 'Uncommitted fund', 'USD', 0, 0, 'GREEN', ${aaActor.userId}`.execute(trx);
      expect(await readPostingContext(trx, { kind: 'system' }, { fundId: id })).toMatchObject({ id, name: 'Uncommitted fund' });
      expect(await readPostingContext(t.db, { kind: 'system' }, { fundId: id })).toBeUndefined();
    });
  });
});
