// What the fund's ledger tests start from: an administrative agent's focal point (who may
// post), and a fund it administers with one window. Tests only; the tests that post through
// HTTP build their cast with server/test/visibility.ts or their own users, and their fund
// with `fundOverHttp`.
import { expect } from 'vitest';
import type { Ctx } from '../../infra/actor.ts';
import type { Session } from '../../test/app.ts';
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

/**
 * An AMBER USD fund created through the API by the agent's session `aa`, shared with
 * `audienceOrgIds`, with one window per name (W1, W2, …): `windowIds` in the order given.
 */
export async function fundOverHttp(aa: Session, fund: { name: string; aaOrgId: string; audienceOrgIds: string[]; windows: string[] }) {
  const created = await aa.inject({
    method: 'POST',
    url: '/api/funds',
    payload: { name: fund.name, baseCurrency: 'USD', administrativeAgentOrgId: fund.aaOrgId, aaFeeBp: 0, sharing: { marking: 'AMBER', audienceOrgIds: fund.audienceOrgIds } },
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  const windowIds: string[] = [];
  for (const [i, name] of fund.windows.entries()) {
    const window = await aa.inject({ method: 'POST', url: `/api/funds/${id}/windows`, payload: { code: `W${i + 1}`, name } });
    expect(window.statusCode, window.body).toBe(201);
    windowIds.push(window.json().id as string);
  }
  return { id, windowIds };
}

/** The body of a USD deposit of `amountMinor` from the donor into the window, dated 2016-01-01; `extra` adds or overrides fields. */
export const depositPayload = (to: { donorOrgId: string; windowId: string }, amountMinor: number, extra: object = {}) => ({
  kind: 'deposit',
  valueDate: '2016-01-01',
  donorOrgId: to.donorOrgId,
  windowId: to.windowId,
  amount: { amountMinor, currency: 'USD' },
  ...extra,
});
