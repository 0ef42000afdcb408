// A fund's projects as the web app reads them, through HTTP: each project (in the fund's answer
// and in its details) carries what the reader may do with it, from the same policies the
// services check; a partner's users report progress and post expenditure on their own
// projects only (403 on another's, 404 where the fund is invisible or the project missing);
// the transactions list filters by donor (400 naming a bad value); the funding status by
// donor or partner names each organisation (the web reads the names there).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx, UserActor } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser, countRows } from '../../test/factories.ts';
import { createFund, createProject, createWindow, postTransaction } from './fund.service.ts';

let t: TestApp;
let agent: Session;
let agentViewer: Session;
let partner: Session;
let partnerViewer: Session;
let otherPartner: Session;
let outsider: Session;
let fundId = '';
let hiddenFundId = '';
let projectId = '';
let otherProjectId = '';
let hiddenProjectId = '';
let germanyId = '';
let netherlandsId = '';
let undpId = '';
const NONE = '00000000-0000-4000-8000-000000000000';

const ctxOf = (u: { id: string; org_id: string; role: UserActor['role']; email: string }): Ctx => ({
  actor: { kind: 'user', userId: u.id, orgId: u.org_id, orgKind: 'organisation', role: u.role, email: u.email },
});
const login = async (orgId: string, role?: UserActor['role']) => signIn(t.app, (await buildUser(t.db, orgId, role)).email, TEST_PASSWORD);

beforeAll(async () => {
  t = await buildTestApp();
  const aaOrg = await buildOrganisation(t.db, { name: 'MPTF Office', kind: 'organisation' });
  germanyId = (await buildOrganisation(t.db, { name: 'Germany', iso3: 'DEU' })).id;
  netherlandsId = (await buildOrganisation(t.db, { name: 'Netherlands', iso3: 'NLD' })).id;
  undpId = (await buildOrganisation(t.db, { name: 'UNDP', kind: 'partner' })).id;
  const unicef = await buildOrganisation(t.db, { name: 'UNICEF', kind: 'partner' });
  const elsewhere = await buildOrganisation(t.db, { name: 'Elsewhere' });
  const aaUser = await buildUser(t.db, aaOrg.id, 'coordinator');
  const agentCtx = ctxOf(aaUser);
  agent = await signIn(t.app, aaUser.email, TEST_PASSWORD);
  agentViewer = await login(aaOrg.id, 'viewer');
  partner = await login(undpId);
  partnerViewer = await login(undpId, 'viewer');
  otherPartner = await login(unicef.id);
  outsider = await login(elsewhere.id);

  const sharing = { marking: 'AMBER' as const, audienceGroupIds: [], audienceOrgIds: [undpId, unicef.id], recipientUserIds: [] };
  const fund = { baseCurrency: 'USD' as const, administrativeAgentOrgId: aaOrg.id, aaFeeBp: 0, indirectCostBp: 700, launchedOn: null };
  fundId = (await createFund(t.db, agentCtx, { ...fund, name: 'Stabilisation fund', sharing })).id;
  // Shared with UNICEF only: UNDP, though its partner, may not see it.
  hiddenFundId = (await createFund(t.db, agentCtx, { ...fund, name: 'Another fund', sharing: { ...sharing, audienceOrgIds: [unicef.id] } })).id;
  const works = await createWindow(t.db, agentCtx, fundId, { code: 'W1', name: 'Public works', purpose: '', sectors: [] });
  const budget = { amountMinor: 50_000_000, currency: 'USD' as const };
  projectId = (await createProject(t.db, agentCtx, fundId, { windowId: works.id, partnerOrgId: undpId, title: 'Water network, Tikrit', budget })).id;
  otherProjectId = (await createProject(t.db, agentCtx, fundId, { windowId: null, partnerOrgId: unicef.id, title: 'Schools, Ramadi', budget })).id;
  hiddenProjectId = (await createProject(t.db, agentCtx, hiddenFundId, { windowId: null, partnerOrgId: undpId, title: 'Police station, Baiji', budget })).id;

  const post = (id: string, input: Parameters<typeof postTransaction>[3]) => postTransaction(t.db, agentCtx, id, input);
  await post(fundId, { kind: 'pledge', valueDate: '2015-05-20', donorOrgId: germanyId, amount: { amountMinor: 20_000_000, currency: 'USD' } });
  await post(fundId, { kind: 'deposit', valueDate: '2015-06-10', donorOrgId: germanyId, windowId: works.id, amount: { amountMinor: 10_000_000, currency: 'USD' } });
  const wrong = await post(fundId, { kind: 'deposit', valueDate: '2015-06-11', donorOrgId: germanyId, windowId: null, amount: { amountMinor: 1_000, currency: 'USD' } });
  await post(fundId, { kind: 'reversal', valueDate: '2015-06-12', reversesId: wrong.id });
  await post(fundId, { kind: 'deposit', valueDate: '2015-06-12', donorOrgId: netherlandsId, windowId: null, amount: { amountMinor: 8_000_000, currency: 'USD' } });
  await post(fundId, { kind: 'allocation', valueDate: '2015-07-01', projectId, amount: { amountMinor: 6_000_000, currency: 'USD' } });
  await post(fundId, { kind: 'transfer', valueDate: '2015-07-02', projectId, amount: { amountMinor: 5_000_000, currency: 'USD' } });
  await post(fundId, { kind: 'allocation', valueDate: '2015-07-01', projectId: otherProjectId, amount: { amountMinor: 2_000_000, currency: 'USD' } });
  await post(fundId, { kind: 'transfer', valueDate: '2015-07-03', projectId: otherProjectId, amount: { amountMinor: 1_000_000, currency: 'USD' } });

  const described = await agent.inject({
    method: 'PUT',
    url: `/api/funds/${fundId}/projects/${projectId}/details`,
    payload: { iatiIdentifier: 'XM-DAC-41114-FFS-00001', sector: '14030', status: 2, plannedStart: '2015-07-01', plannedEnd: '2016-06-30' },
  });
  expect(described.statusCode, described.body).toBe(200);
});
afterAll(async () => t?.close());

const report = { reportedOn: '2015-12-31', body: 'Three kilometres of water mains laid', women: 1200, men: 1100, girls: 800, boys: 750 };
const expenditure = (project: string, amountMinor = 1_000_00) => ({ kind: 'expenditure', valueDate: '2015-10-01', projectId: project, amount: { amountMinor, currency: 'USD' } });
const postTx = (s: Session, fund: string, payload: object) =>
  s.inject({ method: 'POST', url: `/api/funds/${fund}/transactions`, payload, headers: { 'idempotency-key': randomUUID() } });
const postReport = (s: Session, fund: string, project: string, payload: object = report) =>
  s.inject({ method: 'POST', url: `/api/funds/${fund}/projects/${project}/reports`, payload });

describe("a project's abilities", () => {
  const abilitiesIn = async (s: Session) => {
    const res = await s.inject({ method: 'GET', url: `/api/funds/${fundId}` });
    expect(res.statusCode, res.body).toBe(200);
    const projects = res.json().projects as { id: string; abilities: Record<string, boolean> }[];
    return { own: projects.find((p) => p.id === projectId)!.abilities, other: projects.find((p) => p.id === otherProjectId)!.abilities };
  };

  it('tells the partner it may report and post expenditure on its own project only, and the agent that it may describe and post', async () => {
    expect(await abilitiesIn(partner)).toEqual({
      own: { update: false, report: true, postExpenditure: true },
      other: { update: false, report: false, postExpenditure: false },
    });
    expect(await abilitiesIn(agent)).toEqual({
      own: { update: true, report: false, postExpenditure: true },
      other: { update: true, report: false, postExpenditure: true },
    });
    const none = { update: false, report: false, postExpenditure: false };
    expect(await abilitiesIn(partnerViewer)).toEqual({ own: none, other: none });
    expect(await abilitiesIn(agentViewer)).toEqual({ own: none, other: none });
  });

  it("gives the same answer in the project's details", async () => {
    const asPartner = await partner.inject({ method: 'GET', url: `/api/funds/${fundId}/projects/${projectId}/details` });
    expect(asPartner.statusCode, asPartner.body).toBe(200);
    expect(asPartner.json().abilities).toEqual({ update: false, report: true, postExpenditure: true });
    const asOther = await otherPartner.inject({ method: 'GET', url: `/api/funds/${fundId}/projects/${projectId}/details` });
    expect(asOther.json().abilities).toEqual({ update: false, report: false, postExpenditure: false });
    const asAgent = await agent.inject({ method: 'GET', url: `/api/funds/${fundId}/projects/${projectId}/details` });
    expect(asAgent.json().abilities).toEqual({ update: true, report: false, postExpenditure: true });
  });

  it('matches what the server then allows: every ability the answer gives is granted, every one it withholds refused', async () => {
    for (const s of [partner, partnerViewer, otherPartner, agent, agentViewer]) {
      const { own } = await abilitiesIn(s);
      expect((await postReport(s, fundId, projectId)).statusCode).toBe(own.report ? 201 : 403);
      expect((await postTx(s, fundId, expenditure(projectId, 1))).statusCode).toBe(own.postExpenditure ? 201 : 403);
    }
  });
});

describe("a partner's reports and expenditure", () => {
  it('posts both on its own project: the report shows on the project, the expenditure in the ledger', async () => {
    const filed = await postReport(partner, fundId, projectId, { ...report, reportedOn: '2016-03-31', women: 1500 });
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json()).toMatchObject({ reportedOn: '2016-03-31', women: 1500, orgId: undpId });
    const details = await agent.inject({ method: 'GET', url: `/api/funds/${fundId}/projects/${projectId}/details` });
    expect(details.json().beneficiaries).toEqual({ women: 1500, men: 1100, girls: 800, boys: 750, asOf: '2016-03-31' });

    const spent = await postTx(partner, fundId, expenditure(projectId, 250_000));
    expect(spent.statusCode, spent.body).toBe(201);
    expect(spent.json()).toMatchObject({ kind: 'expenditure', projectId, partnerOrgId: undpId, amount: { amountMinor: 250_000 } });
    const list = await partner.inject({ method: 'GET', url: `/api/funds/${fundId}/transactions?projectId=${projectId}&kind=expenditure` });
    expect(list.json().items.map((x: { id: string }) => x.id)).toContain(spent.json().id);
  });

  it("is refused (403) on another partner's project, and changes nothing", async () => {
    const reports = await countRows(t.db, 'fund_project_report');
    const transactions = await countRows(t.db, 'fund_transaction');
    for (const res of [
      await postReport(partner, fundId, otherProjectId),
      await postTx(partner, fundId, expenditure(otherProjectId)),
      await postReport(otherPartner, fundId, projectId),
      await postTx(otherPartner, fundId, expenditure(projectId)),
    ]) {
      expect(res.statusCode, res.body).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect(await countRows(t.db, 'fund_project_report')).toBe(reports);
    expect(await countRows(t.db, 'fund_transaction')).toBe(transactions);
  });

  it('answers 404 where the project is invisible (its fund hidden from the partner) exactly as for a missing one', async () => {
    const hiddenReport = await postReport(partner, hiddenFundId, hiddenProjectId);
    const missingReport = await postReport(partner, NONE, hiddenProjectId);
    expect(hiddenReport.statusCode).toBe(404);
    expect(missingReport.statusCode).toBe(404);
    expect(hiddenReport.json().detail).toBe(missingReport.json().detail);
    const hiddenSpend = await postTx(partner, hiddenFundId, expenditure(hiddenProjectId));
    const missingSpend = await postTx(partner, NONE, expenditure(hiddenProjectId));
    expect(hiddenSpend.statusCode).toBe(404);
    expect(hiddenSpend.json().detail).toBe(missingSpend.json().detail);
    // A project that is not in the fund is as missing.
    expect((await postReport(partner, fundId, NONE)).statusCode).toBe(404);
    expect((await partner.inject({ method: 'GET', url: `/api/funds/${hiddenFundId}/projects/${hiddenProjectId}/details` })).statusCode).toBe(404);
    expect((await outsider.inject({ method: 'POST', url: `/api/funds/${fundId}/projects/${projectId}/reports`, payload: report })).statusCode).toBe(404);
  });

  it('refuses bad input with a 400 naming the field', async () => {
    const bad = await postReport(partner, fundId, projectId, { ...report, boys: 1.5 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toContain('body.boys');
    const noBody = await postReport(partner, fundId, projectId, { ...report, body: '' });
    expect(noBody.statusCode).toBe(400);
    expect(noBody.json().errors.map((e: { path: string }) => e.path)).toContain('body.body');
  });
});

describe('the transactions of one donor', () => {
  it("lists the donor's pledges, deposits and their reversals, and nothing else", async () => {
    const res = await agent.inject({ method: 'GET', url: `/api/funds/${fundId}/transactions?donor=${germanyId}` });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { kind: string; donorOrgId: string }[];
    expect(items.map((x) => x.kind)).toEqual(['reversal', 'deposit', 'deposit', 'pledge']);
    expect(new Set(items.map((x) => x.donorOrgId))).toEqual(new Set([germanyId]));
    const dutch = await agent.inject({ method: 'GET', url: `/api/funds/${fundId}/transactions?donor=${netherlandsId}&kind=deposit` });
    expect(dutch.json().items).toHaveLength(1);
    const nobody = await agent.inject({ method: 'GET', url: `/api/funds/${fundId}/transactions?donor=${undpId}` });
    expect(nobody.json().items).toEqual([]);
  });

  it('refuses a donor that is not an id (400 naming it), and hides the fund as before (404)', async () => {
    const bad = await agent.inject({ method: 'GET', url: `/api/funds/${fundId}/transactions?donor=Germany` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toContain('query.donor');
    expect((await outsider.inject({ method: 'GET', url: `/api/funds/${fundId}/transactions?donor=${germanyId}` })).statusCode).toBe(404);
  });
});

describe('the funding status by donor and by partner', () => {
  it('names each organisation (the donor page and the overview read the names there)', async () => {
    const byDonor = await partner.inject({ method: 'GET', url: `/api/funds/${fundId}/status?by=donor` });
    expect(byDonor.statusCode, byDonor.body).toBe(200);
    const names = Object.fromEntries((byDonor.json().groups as { key: string | null; name: string | null }[]).map((g) => [g.key ?? 'none', g.name]));
    expect(names).toMatchObject({ [germanyId]: 'Germany', [netherlandsId]: 'Netherlands', none: null });
    const byPartner = await partner.inject({ method: 'GET', url: `/api/funds/${fundId}/status?by=partner` });
    expect((byPartner.json().groups as { key: string; name: string }[]).find((g) => g.key === undpId)?.name).toBe('UNDP');
  });
});
