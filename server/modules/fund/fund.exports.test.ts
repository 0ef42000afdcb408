// The fund's IATI 2.03 file and FTS-style flows, through HTTP: the IATI file validates against
// the official XSD (test-data/iati-2.03, with xmllint-wasm) and every code it writes is in its
// IATI codelist; the flows CSV, parsed back, totals the ledger's funding status; a reader who
// may not see the fund gets 404, and a RED project is in neither file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { fromMinorUnits } from '../../../common/money.ts';
import type { Ctx, UserActor } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import { createFund, createProject, createWindow, postTransaction } from './fund.service.ts';
import { fundingStatus } from './fund.reports.ts';
import { DAC_SECTORS } from './fund.projects.sectors.ts';

const DATA = join(import.meta.dirname, 'test-data', 'iati-2.03');
const read = (name: string) => readFileSync(join(DATA, name), 'utf8');

/** The active codes of an IATI codelist file. */
function codes(list: string, activeOnly = true): Set<string> {
  const xml = read(join('codelists', `${list}.xml`));
  const found = new Set<string>();
  for (const m of xml.matchAll(/<codelist-item([^>]*)>\s*<code>([^<]+)<\/code>/g)) if (!activeOnly || !/status="withdrawn"/.test(m[1]!)) found.add(m[2]!.trim());
  return found;
}

async function validateIati(xml: string) {
  const file = (fileName: string) => ({ fileName, contents: read(fileName) });
  return await validateXML({
    xml: { fileName: 'export.xml', contents: xml },
    schema: file('iati-activities-schema.xsd'),
    preload: [file('iati-common.xsd'), file('xml.xsd')],
  });
}

const attrs = (xml: string, element: string, attr: string) => [...xml.matchAll(new RegExp(`<${element}\\b[^>]*\\s${attr}="([^"]*)"`, 'g'))].map((m) => m[1]!);

let t: TestApp;
let agent: Session;
let outsider: Session;
let partner: Session;
let otherPartner: Session;
let agentCtx: Ctx;
let fundId = '';
let redFundId = '';
let projectId = '';
let redProjectId = '';
let bareProjectId = '';

const actorOf = (u: { id: string; org_id: string; role: UserActor['role']; email: string }, orgKind: UserActor['orgKind']): Ctx => ({
  actor: { kind: 'user', userId: u.id, orgId: u.org_id, orgKind, role: u.role, email: u.email },
});

beforeAll(async () => {
  t = await buildTestApp();
  const aaOrg = await buildOrganisation(t.db, { name: 'MPTF Office <AA> & Co', kind: 'organisation' });
  const germany = await buildOrganisation(t.db, { name: 'Germany', iso3: 'DEU' });
  const netherlands = await buildOrganisation(t.db, { name: 'Netherlands', iso3: 'NLD' });
  const undp = await buildOrganisation(t.db, { name: 'UNDP', kind: 'partner' });
  const unmas = await buildOrganisation(t.db, { name: 'UNMAS', kind: 'partner' });
  const other = await buildOrganisation(t.db, { name: 'Elsewhere' });
  const aaUser = await buildUser(t.db, aaOrg.id, 'coordinator');
  agentCtx = actorOf(aaUser, 'organisation');
  agent = await signIn(t.app, aaUser.email, TEST_PASSWORD);
  outsider = await signIn(t.app, (await buildUser(t.db, other.id)).email, TEST_PASSWORD);
  partner = await signIn(t.app, (await buildUser(t.db, undp.id)).email, TEST_PASSWORD);
  otherPartner = await signIn(t.app, (await buildUser(t.db, unmas.id)).email, TEST_PASSWORD);
  const iraq = await t.db.insertInto('location').values({ parent_id: null, level: 'country', code: 'IQ', name: 'Iraq' }).returning('id').executeTakeFirstOrThrow();
  const tikrit = await t.db
    .insertInto('location')
    .values({ parent_id: iraq.id, level: 'community', code: 'IQ-SD-TIK-01', name: 'Tikrit centre', latitude: 34.6, longitude: 43.68 })
    .returning('id')
    .executeTakeFirstOrThrow();

  // AMBER, shared with the partners: the outsider does not see it.
  const sharing = { marking: 'AMBER' as const, audienceGroupIds: [], audienceOrgIds: [undp.id, unmas.id], recipientUserIds: [] };
  const fund = await createFund(t.db, agentCtx, {
    name: 'Funding Facility for Stabilization',
    baseCurrency: 'USD',
    administrativeAgentOrgId: aaOrg.id,
    aaFeeBp: 100,
    indirectCostBp: 700,
    launchedOn: '2015-06-01',
    sharing,
  });
  fundId = fund.id;
  redFundId = (
    await createFund(t.db, agentCtx, {
      name: 'Red fund',
      baseCurrency: 'USD',
      administrativeAgentOrgId: aaOrg.id,
      aaFeeBp: 0,
      indirectCostBp: 0,
      launchedOn: null,
      sharing: { ...sharing, marking: 'RED' },
    })
  ).id;
  const works = await createWindow(t.db, agentCtx, fundId, { code: 'W1', name: 'Public works and light infrastructure', purpose: '', sectors: ['23630', '14030'] });
  const project = (windowId: string | null, partnerOrgId: string, title: string) =>
    createProject(t.db, agentCtx, fundId, { windowId, partnerOrgId, title, budget: { amountMinor: 50_000_000, currency: 'USD' } });
  projectId = (await project(works.id, undp.id, 'Tikrit police station & water network')).id;
  redProjectId = (await project(null, unmas.id, 'Clearance of explosive hazards (confidential)')).id;
  bareProjectId = (await project(null, undp.id, 'Not yet described')).id;

  const post = (input: Parameters<typeof postTransaction>[3]) => postTransaction(t.db, agentCtx, fundId, input);
  await post({ kind: 'pledge', valueDate: '2015-05-20', donorOrgId: germany.id, amount: { amountMinor: 20_000_000, currency: 'USD' } });
  await post({ kind: 'commitment', valueDate: '2015-05-25', donorOrgId: germany.id, amount: { amountMinor: 15_000_000, currency: 'USD' } });
  await post({ kind: 'deposit', valueDate: '2015-06-10', donorOrgId: germany.id, windowId: works.id, amount: { amountMinor: 10_000_000, currency: 'EUR' }, rate: '1.1' });
  await post({ kind: 'deposit', valueDate: '2015-06-12', donorOrgId: netherlands.id, windowId: null, amount: { amountMinor: 8_000_000, currency: 'USD' } });
  const wrong = await post({ kind: 'deposit', valueDate: '2015-06-13', donorOrgId: netherlands.id, windowId: null, amount: { amountMinor: 1_000_000, currency: 'USD' } });
  await post({ kind: 'reversal', valueDate: '2015-06-14', reversesId: wrong.id, description: 'Posted twice' });
  await post({ kind: 'interest', valueDate: '2015-06-30', windowId: null, amount: { amountMinor: 12_345, currency: 'USD' } });
  await post({ kind: 'allocation', valueDate: '2015-07-01', projectId, amount: { amountMinor: 6_000_000, currency: 'USD' } });
  await post({ kind: 'transfer', valueDate: '2015-07-02', projectId, amount: { amountMinor: 5_000_000, currency: 'USD' } });
  await post({ kind: 'expenditure', valueDate: '2015-08-01', projectId, amount: { amountMinor: 3_000_000, currency: 'USD' } });
  await post({ kind: 'refund', valueDate: '2015-09-01', projectId, amount: { amountMinor: 250_000, currency: 'USD' } });
  await post({ kind: 'allocation', valueDate: '2015-07-01', projectId: redProjectId, amount: { amountMinor: 2_000_000, currency: 'USD' } });
  await post({ kind: 'transfer', valueDate: '2015-07-03', projectId: redProjectId, amount: { amountMinor: 1_500_000, currency: 'USD' } });
  await post({ kind: 'refund', valueDate: '2015-10-01', donorOrgId: netherlands.id, windowId: null, amount: { amountMinor: 100_000, currency: 'USD' } });
  await post({ kind: 'fee', valueDate: '2015-10-02', feeKind: 'bank', windowId: null, amount: { amountMinor: 5_000, currency: 'USD' } });

  const put = (id: string, body: object) => agent.inject({ method: 'PUT', url: `/api/funds/${fundId}/projects/${id}/details`, payload: body });
  const described = await put(projectId, {
    iatiIdentifier: 'XM-DAC-41114-FFS-00001',
    description: 'Rehabilitation of the police station and the water network',
    sector: '15132',
    locationId: tikrit.id,
    status: 2,
    plannedStart: '2015-07-01',
    plannedEnd: '2016-06-30',
    actualStart: '2015-07-05',
  });
  expect(described.statusCode, described.body).toBe(200);
  expect(
    (await put(redProjectId, { iatiIdentifier: 'XM-DAC-41114-FFS-00002', sector: '15250', status: 2, plannedStart: '2015-07-01', plannedEnd: '2016-06-30', marking: 'RED' }))
      .statusCode,
  ).toBe(200);
});
afterAll(async () => t?.close());

describe('GET /api/funds/:id/iati.xml', () => {
  it('is refused (409) until the fund has an IATI publisher', async () => {
    const res = await agent.inject({ method: 'GET', url: `/api/funds/${fundId}/iati.xml` });
    expect(res.statusCode).toBe(409);
  });

  it('validates against the IATI 2.03 XSD, writes only codes of its codelists, and leaves the RED project out', async () => {
    const set = await agent.inject({
      method: 'PUT',
      url: `/api/funds/${fundId}/iati`,
      payload: { reportingOrgRef: 'XM-DAC-41114', reportingOrgType: '40', activityIdentifier: 'XM-DAC-41114-FFS', recipientCountry: 'IQ' },
    });
    expect(set.statusCode, set.body).toBe(200);
    const res = await agent.inject({ method: 'GET', url: `/api/funds/${fundId}/iati.xml` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/xml/);
    const xml = res.body;
    const result = await validateIati(xml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(xml).toContain('<iati-activities version="2.03"');

    // Codes against the codelists.
    const typeCodes = attrs(xml, 'transaction-type', 'code');
    expect(typeCodes.length).toBeGreaterThan(0);
    for (const code of typeCodes) expect(codes('TransactionType')).toContain(code);
    for (const code of attrs(xml, 'activity-status', 'code')) expect(codes('ActivityStatus')).toContain(code);
    for (const code of attrs(xml, 'participating-org', 'role')) expect(codes('OrganisationRole')).toContain(code);
    for (const code of attrs(xml, 'activity-date', 'type')) expect(codes('ActivityDateType')).toContain(code);
    for (const code of attrs(xml, 'recipient-country', 'code')) expect(codes('Country')).toContain(code);
    for (const code of attrs(xml, 'value', 'currency')) expect(codes('Currency')).toContain(code);
    for (const vocabulary of attrs(xml, 'sector', 'vocabulary')) expect(vocabulary).toBe('1');
    for (const code of attrs(xml, 'sector', 'code')) expect(codes('Sector')).toContain(code);
    expect(new Set(attrs(xml, 'participating-org', 'role'))).toEqual(new Set(['1', '2', '3', '4']));
    expect(attrs(xml, 'sector', 'code')).toEqual(['15132']);

    // The mapping: deposits 1, pledge 13, commitment 11, allocation 2, transfer 3, expenditure 4.
    expect(new Set(typeCodes)).toEqual(new Set(['1', '2', '3', '4', '11', '13']));
    // The other-currency deposit is written in what was paid, converted at its value date.
    expect(xml).toMatch(/<value currency="EUR" value-date="2015-06-10">100000.00<\/value>/);
    // A reversal is the reversed transaction's code with the opposite value.
    expect(xml).toMatch(/<value currency="USD" value-date="2015-06-14">-10000.00<\/value>/);
    // The agent's 1 % fee on each deposit, posted with it, is the fund's expenditure beside it (and negated with its reversal).
    expect(xml).toMatch(
      /<transaction ref="[0-9a-f-]+:aa-fee">\s*<transaction-type code="4"\/>\s*<transaction-date iso-date="2015-06-10"\/>\s*<value currency="USD" value-date="2015-06-10">1100.00<\/value>/,
    );
    expect(xml).toMatch(
      /<transaction ref="[0-9a-f-]+:aa-fee">\s*<transaction-type code="4"\/>\s*<transaction-date iso-date="2015-06-14"\/>\s*<value currency="USD" value-date="2015-06-14">-100.00<\/value>/,
    );
    // Escaped, not concatenated.
    expect(xml).toContain('MPTF Office &lt;AA&gt; &amp; Co');
    expect(xml).toContain('Tikrit police station &amp; water network');

    // RED project: absent with its transactions; a project without details is not publishable yet.
    expect(xml).not.toContain('explosive hazards');
    expect(xml).not.toContain('XM-DAC-41114-FFS-00002');
    expect(xml).not.toContain('Not yet described');
    const transactionRefs = attrs(xml, 'transaction', 'ref').filter((ref) => !ref.endsWith(':aa-fee'));
    const redTransactions = await t.db.selectFrom('fund_transaction').select('id').where('project_id', '=', redProjectId).execute();
    for (const { id } of redTransactions) expect(transactionRefs).not.toContain(id);
    // Every other transaction is in exactly one activity.
    expect(new Set(transactionRefs).size).toBe(transactionRefs.length);
    const all = await t.db.selectFrom('fund_transaction').select('id').where('fund_id', '=', fundId).execute();
    expect(transactionRefs.length).toBe(all.length - redTransactions.length);
  });

  it('answers 404 to a reader who may not see the fund, as for a missing one, and 401 without a session', async () => {
    const hidden = await outsider.inject({ method: 'GET', url: `/api/funds/${fundId}/iati.xml` });
    const missing = await outsider.inject({ method: 'GET', url: '/api/funds/00000000-0000-4000-8000-000000000000/iati.xml' });
    expect(hidden.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(hidden.json().detail).toBe(missing.json().detail);
    expect((await t.app.inject({ method: 'GET', url: `/api/funds/${fundId}/iati.xml` })).statusCode).toBe(401);
    expect((await agent.inject({ method: 'GET', url: '/api/funds/not-a-uuid/iati.xml' })).statusCode).toBe(400);
  });

  it('never exports a RED fund, even to its author (403), and 404 to others', async () => {
    expect((await agent.inject({ method: 'GET', url: `/api/funds/${redFundId}/iati.xml` })).statusCode).toBe(403);
    expect((await agent.inject({ method: 'GET', url: `/api/funds/${redFundId}/flows.csv` })).statusCode).toBe(403);
    expect((await outsider.inject({ method: 'GET', url: `/api/funds/${redFundId}/flows.csv` })).statusCode).toBe(404);
  });
});

describe('GET /api/funds/:id/flows.csv', () => {
  it('parsed back, totals the ledger: contributions, net funded, pledged and committed; no amount twice; no RED project', async () => {
    const res = await agent.inject({ method: 'GET', url: `/api/funds/${fundId}/flows.csv` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const [header, tags, ...rows] = Papa.parse<string[]>(res.body.trim(), { skipEmptyLines: true }).data;
    expect(header![0]).toBe('Flow id');
    expect(tags![0]).toBe('#meta+id');
    const col = (name: string) => header!.indexOf(name);
    const cents = (v: string) => BigInt(v.replace('.', ''));
    const total = (pred: (r: string[]) => boolean) => rows.filter(pred).reduce((sum, r) => sum + cents(r[col('Amount USD')]!), 0n);
    const paid = (r: string[]) => r[col('Status')] === 'paid';
    const type = (name: string) => (r: string[]) => r[col('Flow type')] === name;
    const toFund = (r: string[]) => r[col('Destination organisation')] === 'Funding Facility for Stabilization';

    const status = await fundingStatus(t.db, agentCtx, fundId);
    const ledger = status.total;
    // The RED project's transfer is in the ledger but not in the file: compare without it.
    const redTransfer = 1_500_000n;
    expect(total((r) => paid(r) && type('contribution')(r)) - total((r) => paid(r) && type('refund')(r) && !toFund(r))).toBe(BigInt(ledger.contributions));
    expect(total((r) => paid(r) && type('transfer')(r)) - total((r) => paid(r) && type('refund')(r) && toFund(r))).toBe(BigInt(ledger.netFunded) - redTransfer);
    expect(total((r) => r[col('Status')] === 'pledge')).toBe(BigInt(ledger.pledged));
    expect(total((r) => r[col('Status')] === 'commitment')).toBe(BigInt(ledger.committed));
    // New money is only what donors paid in; the transfer is a child of the pool's deposits.
    expect(total((r) => paid(r) && r[col('New money')] === 'yes')).toBe(BigInt(ledger.deposits));
    const transfer = rows.find(type('transfer'))!;
    const germanDeposit = rows.find((r) => paid(r) && r[col('Source organisation')] === 'Germany')!;
    expect(transfer[col('Parent flow')]).toBe(germanDeposit[col('Flow id')]);
    expect(germanDeposit[col('Original amount')]).toBe('100000.00');
    expect(germanDeposit[col('Original currency')]).toBe('EUR');
    expect(germanDeposit[col('Amount USD')]).toBe(fromMinorUnits(11_000_000, 'USD'));
    // A reversed deposit and its reversal cancel: neither is a flow; ids are unique.
    const ids = rows.map((r) => r[col('Flow id')]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(res.body).not.toContain('explosive hazards');
  });

  it('answers 404 to a reader who may not see the fund', async () => {
    expect((await outsider.inject({ method: 'GET', url: `/api/funds/${fundId}/flows.csv` })).statusCode).toBe(404);
  });
});

describe('project details', () => {
  it('refuses a sector outside the IATI Sector codelist, naming the field, and an outsider gets 404', async () => {
    const body = { iatiIdentifier: 'XM-DAC-41114-FFS-00003', sector: '99999', status: 1, plannedStart: '2016-01-01', plannedEnd: '2016-12-31' };
    const bad = await agent.inject({ method: 'PUT', url: `/api/funds/${fundId}/projects/${bareProjectId}/details`, payload: body });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('sector');
    const badStatus = await agent.inject({ method: 'PUT', url: `/api/funds/${fundId}/projects/${bareProjectId}/details`, payload: { ...body, sector: '14030', status: 7 } });
    expect(badStatus.statusCode).toBe(400);
    expect(badStatus.body).toContain('status');
    expect((await outsider.inject({ method: 'PUT', url: `/api/funds/${fundId}/projects/${bareProjectId}/details`, payload: { ...body, sector: '14030' } })).statusCode).toBe(404);
  });

  it('takes its sector codes from the IATI Sector codelist (the active ones)', () => {
    expect(new Set(DAC_SECTORS.keys())).toEqual(codes('Sector'));
    for (const code of ['15132', '15185', '14030', '23630', '15250']) expect(DAC_SECTORS.has(code)).toBe(true);
  });
});

describe('progress reports and the IATI publisher', () => {
  const report = { reportedOn: '2015-12-31', body: 'Police station handed over; 3 km of water mains laid', women: 1200, men: 1100, girls: 800, boys: 750 };

  it("lets the project's partner report, and shows its latest figures on the project", async () => {
    const res = await partner.inject({ method: 'POST', url: `/api/funds/${fundId}/projects/${projectId}/reports`, payload: report });
    expect(res.statusCode, res.body).toBe(201);
    const later = await partner.inject({
      method: 'POST',
      url: `/api/funds/${fundId}/projects/${projectId}/reports`,
      payload: { ...report, reportedOn: '2016-03-31', women: 1500 },
    });
    expect(later.statusCode).toBe(201);
    const details = await agent.inject({ method: 'GET', url: `/api/funds/${fundId}/projects/${projectId}/details` });
    expect(details.statusCode).toBe(200);
    expect(details.json().beneficiaries).toEqual({ women: 1500, men: 1100, girls: 800, boys: 750, asOf: '2016-03-31' });
    expect(details.json().sectorName).toBe('Police');
    const list = await agent.inject({ method: 'GET', url: `/api/funds/${fundId}/projects/${projectId}/reports` });
    expect(list.json().map((r: { reportedOn: string }) => r.reportedOn)).toEqual(['2016-03-31', '2015-12-31']);
  });

  it('refuses another partner (403), the agent (403), an outsider (404), no session (401) and a bad count (400 naming it)', async () => {
    const url = `/api/funds/${fundId}/projects/${projectId}/reports`;
    expect((await otherPartner.inject({ method: 'POST', url, payload: report })).statusCode).toBe(403);
    expect((await agent.inject({ method: 'POST', url, payload: report })).statusCode).toBe(403);
    expect((await outsider.inject({ method: 'POST', url, payload: report })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url, payload: report })).statusCode).toBe(401);
    const bad = await partner.inject({ method: 'POST', url, payload: { ...report, girls: -1 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('girls');
  });

  it("lets only the fund's management set its publisher and describe projects (403 for a partner)", async () => {
    const publisher = { reportingOrgRef: 'XM-DAC-41114', reportingOrgType: '40', activityIdentifier: 'XM-DAC-41114-FFS', recipientCountry: 'IQ' };
    expect((await partner.inject({ method: 'PUT', url: `/api/funds/${fundId}/iati`, payload: publisher })).statusCode).toBe(403);
    const mismatch = await agent.inject({ method: 'PUT', url: `/api/funds/${fundId}/iati`, payload: { ...publisher, activityIdentifier: 'XX-1-FFS' } });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.body).toContain('activityIdentifier');
    const details = { iatiIdentifier: 'XM-DAC-41114-FFS-00009', sector: '15185', status: 1, plannedStart: '2016-01-01', plannedEnd: '2016-12-31' };
    expect((await partner.inject({ method: 'PUT', url: `/api/funds/${fundId}/projects/${bareProjectId}/details`, payload: details })).statusCode).toBe(403);
    const taken = await agent.inject({
      method: 'PUT',
      url: `/api/funds/${fundId}/projects/${bareProjectId}/details`,
      payload: { ...details, iatiIdentifier: 'XM-DAC-41114-FFS-00001' },
    });
    expect(taken.statusCode).toBe(409);
  });

  it("answers 404 to a manager of the fund who may not see a RED project's details, as for a missing project, and changes nothing", async () => {
    const aaOrgId = agentCtx.actor.kind === 'user' ? agentCtx.actor.orgId : '';
    const otherAgent = await signIn(t.app, (await buildUser(t.db, aaOrgId, 'coordinator')).email, TEST_PASSWORD);
    const body = { iatiIdentifier: 'XM-DAC-41114-FFS-00077', sector: '15250', status: 5, plannedStart: '2015-07-01', plannedEnd: '2016-06-30', marking: 'GREEN' };
    const red = await otherAgent.inject({ method: 'PUT', url: `/api/funds/${fundId}/projects/${redProjectId}/details`, payload: body });
    const missing = await otherAgent.inject({ method: 'PUT', url: `/api/funds/${fundId}/projects/00000000-0000-4000-8000-000000000000/details`, payload: body });
    expect(red.statusCode).toBe(404);
    expect(red.json().detail).toBe(missing.json().detail);
    const row = await t.db.selectFrom('fund_project_detail').select(['marking', 'status']).where('id', '=', redProjectId).executeTakeFirstOrThrow();
    expect(row).toEqual({ marking: 'RED', status: 2 });
  });

  it('hides a RED project from a partner who is not among its recipients, as a missing one', async () => {
    // The project is missing on every path for them (fund.attack.test.ts), so its details answer as a project that does not exist.
    const red = await partner.inject({ method: 'GET', url: `/api/funds/${fundId}/projects/${redProjectId}/details` });
    const none = await partner.inject({ method: 'GET', url: `/api/funds/${fundId}/projects/00000000-0000-4000-8000-000000000000/details` });
    expect(red.statusCode).toBe(404);
    expect(none.statusCode).toBe(404);
    expect(red.json().detail).toBe(none.json().detail);
  });
});
