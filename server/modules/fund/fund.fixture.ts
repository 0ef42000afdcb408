// What the fund's ledger tests start from: an administrative agent's focal point (who may
// post), and a fund it administers with one window. Tests only; the tests that post through
// HTTP build their cast with server/test/visibility.ts instead.
import type { Ctx } from '../../infra/actor.ts';
import type { TestDatabase } from '../../test/database.ts';
import { buildOrganisation, buildUser } from '../../test/factories.ts';
import type { FundInput } from './fund.schema.ts';
import { createFund, createWindow } from './fund.service.ts';

export interface LedgerFixture {
  ctx: Ctx;
  aaOrgId: string;
  fundId: string;
  windowId: string;
}

/** The agent "MPTF Office", its focal point as `ctx`, and a GREEN USD fund with window W1 (no AA fee, 7 % indirect cost unless `fund` says otherwise). */
export async function ledgerFixture(t: TestDatabase, fund: Partial<FundInput> = {}): Promise<LedgerFixture> {
  const aaOrg = await buildOrganisation(t.db, { name: 'MPTF Office', kind: 'organisation' });
  const user = await buildUser(t.db, aaOrg.id);
  const ctx: Ctx = { actor: { kind: 'user', userId: user.id, orgId: aaOrg.id, orgKind: 'organisation', role: 'focal_point', email: user.email } };
  const fundId = (
    await createFund(t.appDb, ctx, {
      name: 'Stabilisation fund',
      baseCurrency: 'USD',
      administrativeAgentOrgId: aaOrg.id,
      aaFeeBp: 0,
      indirectCostBp: 700,
      launchedOn: null,
      sharing: { marking: 'GREEN', audienceGroupIds: [], audienceOrgIds: [], recipientUserIds: [] },
      ...fund,
    })
  ).id;
  const windowId = (await createWindow(t.appDb, ctx, fundId, { code: 'W1', name: 'Public works', purpose: '', sectors: [] })).id;
  return { ctx, aaOrgId: aaOrg.id, fundId, windowId };
}
