// Postings at the same time, on a real pool of connections: the ordered balance locks let
// exactly as many through as the balance allows, the others are refused with the reason, and
// the ledger checks clean afterwards. Reversals of one transaction race: exactly one wins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../infra/actor.ts';
import { AppError } from '../../infra/errors.ts';
import { type TestDatabase, freshDatabase } from '../../test/database.ts';
import { buildOrganisation } from '../../test/factories.ts';
import { ledgerFixture } from './fund.fixture.ts';
import { checkLedger, createProject, postTransaction } from './fund.service.ts';
import { fundingStatus } from './fund.reports.ts';

let t: TestDatabase;
let ctx: Ctx;
let fundId = '';
let windowId = '';
let donorId = '';
const projects: string[] = [];
/** What the first test's race allocated to projects[0] (which of the 64 got through is up to the race). */
let allocatedToFirst = 0;

beforeAll(async () => {
  t = await freshDatabase();
  ({ ctx, fundId, windowId } = await ledgerFixture(t));
  const partnerOrg = await buildOrganisation(t.db, { name: 'UNDP', kind: 'partner' });
  donorId = (await buildOrganisation(t.db, { name: 'Germany' })).id;
  for (let i = 0; i < 4; i++)
    projects.push((await createProject(t.appDb, ctx, fundId, { windowId, partnerOrgId: partnerOrg.id, title: `Project ${i}`, budget: { amountMinor: 1, currency: 'USD' } })).id);
});
afterAll(async () => t?.drop());

const settle = async <T>(work: Promise<T>) =>
  work.then(
    (value) => ({ value, error: undefined }),
    (error: unknown) => ({ value: undefined, error }),
  );

describe('concurrent postings', () => {
  it('let through exactly what the window holds, across projects, and refuse the rest with the reason', async () => {
    await postTransaction(t.appDb, ctx, fundId, { kind: 'deposit', valueDate: '2016-01-01', donorOrgId: donorId, windowId, amount: { amountMinor: 10_000, currency: 'USD' } });
    // 64 allocations of 250 against 10,000: 40 fit.
    const results = await Promise.all(
      Array.from({ length: 64 }, (_, i) =>
        settle(postTransaction(t.appDb, ctx, fundId, { kind: 'allocation', valueDate: '2016-01-02', projectId: projects[i % 4]!, amount: { amountMinor: 250, currency: 'USD' } })),
      ),
    );
    const refused = results.filter((r) => r.error);
    expect(results.length - refused.length).toBe(40);
    allocatedToFirst = results.filter((r, i) => i % 4 === 0 && !r.error).length * 250;
    for (const r of refused) {
      expect(r.error).toBeInstanceOf(AppError);
      expect((r.error as AppError).message).toBe('window W1 has 0.00 USD unallocated, the allocation asks 2.50');
    }
    expect(await checkLedger(t.db)).toBeNull();
    const status = await fundingStatus(t.appDb, ctx, fundId);
    expect(status.total).toMatchObject({ allocations: '10000', balanceWithAA: '10000' });
  });

  it('transfers and expenditure racing on one project never overdraw it', async () => {
    const project = projects[0]!; // allocatedToFirst (a multiple of 250) is with the AA
    expect(allocatedToFirst).toBeGreaterThan(0);
    const work = Array.from({ length: 30 }, (_, i) =>
      settle(
        postTransaction(t.appDb, ctx, fundId, {
          kind: i % 2 ? 'expenditure' : 'transfer',
          valueDate: '2016-01-03',
          projectId: project,
          amount: { amountMinor: 200, currency: 'USD' },
        }),
      ),
    );
    const results = await Promise.all(work);
    const ok = results.filter((r) => !r.error).map((r) => r.value!);
    const transferred = ok.filter((x) => x.kind === 'transfer').length * 200;
    const spent = ok.filter((x) => x.kind === 'expenditure').length * 200;
    expect(transferred).toBeLessThanOrEqual(allocatedToFirst);
    // Every transfer that fitted got through: 15 asked for 200 each.
    expect(transferred).toBe(Math.min(15, Math.floor(allocatedToFirst / 200)) * 200);
    expect(spent).toBeLessThanOrEqual(transferred);
    expect(await checkLedger(t.db)).toBeNull();
  });

  it('reversals of one transaction racing: exactly one wins, the others are told it is reversed already', async () => {
    const fee = await postTransaction(t.appDb, ctx, fundId, { kind: 'interest', valueDate: '2016-01-04', windowId, amount: { amountMinor: 700, currency: 'USD' } });
    const results = await Promise.all(
      Array.from({ length: 12 }, () => settle(postTransaction(t.appDb, ctx, fundId, { kind: 'reversal', valueDate: '2016-01-05', reversesId: fee.id }))),
    );
    expect(results.filter((r) => !r.error)).toHaveLength(1);
    for (const r of results.filter((x) => x.error)) {
      expect((r.error as AppError).status).toBe(409);
      expect((r.error as AppError).message).toContain('reversed already');
    }
    expect(await checkLedger(t.db)).toBeNull();
  });
});
