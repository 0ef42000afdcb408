// An account's balance spread over slot rows (migration 0021, ADR 0015): what adds to a window
// waits for nobody, what draws on it queues on slot 0, and a posting that waited there counts
// the deposits committed meanwhile before it refuses anything.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../infra/actor.ts';
import { type TestDatabase, freshDatabase } from '../../test/database.ts';
import { buildOrganisation } from '../../test/factories.ts';
import { ledgerFixture } from './fund.fixture.ts';
import { balancesOf, checkLedger, createProject, postTransaction } from './fund.service.ts';

let t: TestDatabase;
let ctx: Ctx;
let fundId = '';
let windowId = '';
let projectId = '';
let donorId = '';
const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' as const });

beforeAll(async () => {
  t = await freshDatabase();
  ({ ctx, fundId, windowId } = await ledgerFixture(t));
  const partnerOrg = await buildOrganisation(t.db, { name: 'UNDP', kind: 'partner' });
  donorId = (await buildOrganisation(t.db, { name: 'Germany' })).id;
  projectId = (await createProject(t.appDb, ctx, fundId, { windowId, partnerOrgId: partnerOrg.id, title: 'Police station', budget: usd(1) })).id;
});
afterAll(async () => t?.drop());

const deposit = (amountMinor: number) =>
  postTransaction(t.appDb, ctx, fundId, { kind: 'deposit', valueDate: '2016-01-01', donorOrgId: donorId, windowId, amount: usd(amountMinor) });
const allocate = (amountMinor: number) => postTransaction(t.appDb, ctx, fundId, { kind: 'allocation', valueDate: '2016-01-02', projectId, amount: usd(amountMinor) });
const windowBalance = async () => (await balancesOf(t.db, fundId)).find((b) => b.account === `aa:window:${windowId}`)?.balance_minor;

describe('balances over slot rows', () => {
  it('puts what adds to an account in slots 1–63 and what draws on it in slot 0; the balance is their sum', async () => {
    await deposit(1000);
    await allocate(100);
    const { rows } = await sql<{ slot: number; balance: string }>`
      SELECT slot, balance_minor::text AS balance FROM fund_balance WHERE fund_id = ${fundId} AND account = ${`aa:window:${windowId}`} ORDER BY slot`.execute(t.db);
    expect(rows[0]).toEqual({ slot: 0, balance: '-100' });
    expect(rows.slice(1).every((r) => r.slot >= 1 && r.slot <= 63)).toBe(true);
    expect(await windowBalance()).toBe('900');
  });

  it('a deposit is not held up by a posting holding the window’s slot 0', async () => {
    await t.db.transaction().execute(async (trx) => {
      await sql`SELECT 1 FROM fund_balance WHERE fund_id = ${fundId} AND slot = 0 FOR UPDATE`.execute(trx);
      await deposit(1);
    });
    expect(await windowBalance()).toBe('901');
  });

  it('an allocation that waited on slot 0 counts the deposit committed while it waited', async () => {
    // 901 in the window; the allocation asks 1,500: it fits only with the deposit of 1,000 that commits while it waits.
    let allocation: ReturnType<typeof allocate> | undefined;
    await t.db.transaction().execute(async (trx) => {
      await sql`SELECT 1 FROM fund_balance WHERE fund_id = ${fundId} AND account = ${`aa:window:${windowId}`} AND slot = 0 FOR UPDATE`.execute(trx);
      allocation = allocate(1500);
      allocation.catch(() => {});
      for (let i = 0; ; i++) {
        const { rows } = await sql<{ n: string }>`
          SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%INSERT INTO fund_transaction%'`.execute(t.db);
        if (Number(rows[0]!.n) > 0) break;
        if (i > 400) throw new Error('the allocation never waited on slot 0');
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      await deposit(1000);
    });
    const posted = await allocation!;
    expect(posted.amount.amountMinor).toBe(1500);
    expect(await windowBalance()).toBe('401');
    expect(await checkLedger(t.db)).toBeNull();
  });

  it('still refuses what the window does not hold, naming what it has', async () => {
    await expect(allocate(402)).rejects.toThrow('window W1 has 4.01 USD unallocated, the allocation asks 4.02');
    expect(await windowBalance()).toBe('401');
  });
});
