// The fund's reports through HTTP on a small fixture whose figures are computed by hand, to
// the cent: the funding status in total and by window, donor, partner, project and period,
// over spans that cut months; a RED project counting for nobody who may not see it; the
// summary's catch-up changing no answer and never making one stale; donors' statements
// (JSON and CSV) and who may read them; every route's 401/403/400/404.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { type RouteCase, itRequiresSignIn } from '../../test/contract.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import { TAIL_LIMIT, checkStatusSummary, refreshStatusSummary, summaryCatchUp } from './fund.reports.ts';

let t: TestApp;
let aa: Session; // the administrative agent's focal point, author of the RED project
let aaViewer: Session;
let admin: Session; // the secretariat's admin
let secretariatViewer: Session;
let donor1: Session; // Germany's viewer
let donor2: Session; // the Netherlands' focal point
let partner: Session;
let outsider: Session; // not in the fund's audience
let aaOrgId = '';
let donor1Id = '';
let donor2Id = '';
let partnerOrgId = '';
let outsiderOrgId = '';
let fundId = '';
let hiddenFundId = '';
let windowId = '';
let projectA = '';
let projectB = ''; // RED: only its author (the AA's focal point) sees it
let reversedDeposit = '';
const NONE = '00000000-0000-4000-8000-000000000000';

const post = async (payload: Record<string, unknown>) => {
  const res = await aa.inject({ method: 'POST', url: `/api/funds/${fundId}/transactions`, payload, headers: { 'idempotency-key': randomUUID() } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
};
const get = async (s: Session, url: string) => {
  const res = await s.inject({ method: 'GET', url });
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res.json();
};
const status = (s: Session, query = '') => get(s, `/api/funds/${fundId}/status${query}`);

beforeAll(async () => {
  t = await buildTestApp();
  const aaOrg = await buildOrganisation(t.db, { name: 'MPTF Office', kind: 'organisation' });
  aaOrgId = aaOrg.id;
  const secretariat = await buildOrganisation(t.db, { name: 'Secretariat', kind: 'secretariat' });
  donor1Id = (await buildOrganisation(t.db, { name: 'Germany', iso3: 'DEU' })).id;
  donor2Id = (await buildOrganisation(t.db, { name: 'Netherlands', iso3: 'NLD' })).id;
  partnerOrgId = (await buildOrganisation(t.db, { name: 'UNDP', kind: 'partner' })).id;
  outsiderOrgId = (await buildOrganisation(t.db, { name: 'Atlantis', iso3: 'ATL' })).id;
  const session = async (orgId: string, role: 'admin' | 'focal_point' | 'viewer' = 'focal_point') => signIn(t.app, (await buildUser(t.db, orgId, role)).email, TEST_PASSWORD);
  aa = await session(aaOrgId);
  aaViewer = await session(aaOrgId, 'viewer');
  admin = await session(secretariat.id, 'admin');
  secretariatViewer = await session(secretariat.id, 'viewer');
  donor1 = await session(donor1Id, 'viewer');
  donor2 = await session(donor2Id);
  partner = await session(partnerOrgId);
  outsider = await session(outsiderOrgId);

  const fund = (marking: string) => ({
    name: `Stabilisation fund ${marking}`,
    baseCurrency: 'USD',
    administrativeAgentOrgId: aaOrgId,
    aaFeeBp: 100,
    launchedOn: '2015-05-15',
    sharing: { marking, audienceOrgIds: [donor1Id, donor2Id, partnerOrgId] },
  });
  const created = await aa.inject({ method: 'POST', url: '/api/funds', payload: fund('AMBER') });
  expect(created.statusCode, created.body).toBe(201);
  fundId = created.json().id;
  hiddenFundId = (await aa.inject({ method: 'POST', url: '/api/funds', payload: fund('RED') })).json().id;
  windowId = (await aa.inject({ method: 'POST', url: `/api/funds/${fundId}/windows`, payload: { code: 'W1', name: 'Public works' } })).json().id;
  const project = async (title: string, window: string | null) =>
    (
      await aa.inject({
        method: 'POST',
        url: `/api/funds/${fundId}/projects`,
        payload: { windowId: window, partnerOrgId, title, budget: { amountMinor: 100_000_00, currency: 'USD' } },
      })
    ).json().id as string;
  projectA = await project('Water network, Tikrit', windowId);
  projectB = await project('Confidential police support', null);
  const details = await aa.inject({
    method: 'PUT',
    url: `/api/funds/${fundId}/projects/${projectB}/details`,
    payload: { iatiIdentifier: 'XM-DAC-41114-B', sector: '15132', status: 2, plannedStart: '2015-10-01', plannedEnd: '2016-12-31', marking: 'RED' },
  });
  expect(details.statusCode, details.body).toBe(200);

  // The fixture (aaFeeBp 100: 1 % of each deposit, half to even).
  await post({ kind: 'pledge', valueDate: '2015-05-20', donorOrgId: donor1Id, amount: { amountMinor: 500_000_00, currency: 'USD' } });
  await post({ kind: 'commitment', valueDate: '2015-05-25', donorOrgId: donor1Id, amount: { amountMinor: 400_000_00, currency: 'USD' } });
  // 100,000.50: fee 1,000.005 → 1,000.00.
  await post({ kind: 'deposit', valueDate: '2015-06-10', donorOrgId: donor1Id, windowId, amount: { amountMinor: 100_000_50, currency: 'USD' }, description: 'First tranche' });
  // EUR 1,000,000.00 at 1.0850 = USD 1,085,000.00: fee 10,850.00.
  await post({ kind: 'deposit', valueDate: '2015-06-15', donorOrgId: donor2Id, windowId: null, amount: { amountMinor: 1_000_000_00, currency: 'EUR' }, rate: '1.0850' });
  await post({ kind: 'interest', valueDate: '2015-07-01', windowId, amount: { amountMinor: 500_00, currency: 'USD' } });
  await post({ kind: 'allocation', valueDate: '2015-07-10', projectId: projectA, amount: { amountMinor: 60_000_00, currency: 'USD' } });
  await post({ kind: 'transfer', valueDate: '2015-07-20', projectId: projectA, amount: { amountMinor: 50_000_00, currency: 'USD' } });
  await post({ kind: 'expenditure', valueDate: '2015-08-05', projectId: projectA, amount: { amountMinor: 20_000_00, currency: 'USD' } });
  await post({ kind: 'refund', valueDate: '2015-08-31', projectId: projectA, amount: { amountMinor: 1_000_00, currency: 'USD' } });
  await post({ kind: 'fee', valueDate: '2015-09-30', feeKind: 'bank', windowId: null, amount: { amountMinor: 25_00, currency: 'USD' } });
  await post({ kind: 'allocation', valueDate: '2015-10-01', projectId: projectB, amount: { amountMinor: 30_000_00, currency: 'USD' } });
  await post({ kind: 'transfer', valueDate: '2015-10-02', projectId: projectB, amount: { amountMinor: 10_000_00, currency: 'USD' } });
  await post({ kind: 'refund', valueDate: '2015-11-15', donorOrgId: donor1Id, windowId, amount: { amountMinor: 500_00, currency: 'USD' } });
  // 8,123.45: fee 81.2345 → 81.23; reversed on 1 December.
  reversedDeposit = await post({ kind: 'deposit', valueDate: '2015-11-20', donorOrgId: donor1Id, windowId, amount: { amountMinor: 8_123_45, currency: 'USD' } });
  await post({ kind: 'reversal', valueDate: '2015-12-01', reversesId: reversedDeposit });
});
afterAll(async () => t?.close());

/** The figures of the whole fund for a reader who sees every project (computed by hand). */
const ALL = {
  pledged: '50000000',
  committed: '40000000',
  deposits: '118500050', // 100,000.50 + 1,085,000.00 + 8,123.45 − 8,123.45
  refundsToDonors: '50000',
  contributions: '118450050',
  interestFund: '50000',
  interestPartners: '0',
  sources: '118500050',
  allocations: '9000000', // 60,000 + 30,000
  transfers: '6000000', // 50,000 + 10,000
  refundsFromPartners: '100000',
  netFunded: '5900000',
  aaFees: '1185000', // 1,000.00 + 10,850.00 + 81.23 − 81.23
  directCosts: '2500',
  uses: '7087500',
  expenditure: '2000000',
  balanceWithAA: '111412550', // 1,184,500.50 + 500 − 59,000 − 11,850 − 25
  balanceWithPartners: '3900000',
  deliveryRate: '0.3390', // 20,000 / 59,000
};
/** The same for a reader who may not see the RED project B (its allocation and transfer count nowhere). */
const WITHOUT_B = {
  ...ALL,
  allocations: '6000000',
  transfers: '5000000',
  netFunded: '4900000',
  uses: '6087500',
  balanceWithAA: '112412550',
  balanceWithPartners: '2900000',
  deliveryRate: '0.4082', // 20,000 / 49,000
};

const routes = {
  status: { method: 'GET', url: () => `/api/funds/${fundId || NONE}/status` },
  statement: { method: 'GET', url: () => `/api/funds/${fundId || NONE}/donors/${donor1Id || NONE}/statement` },
  statementCsv: { method: 'GET', url: () => `/api/funds/${fundId || NONE}/donors/${donor1Id || NONE}/statement.csv` },
} satisfies Record<string, RouteCase>;

describe('fund reports without a session', () => {
  itRequiresSignIn(() => t, routes);
});

describe('the funding status', () => {
  it('gives the Gateway figures to the cent, a RED project counting only for who may see it', async () => {
    expect((await status(aa)).total).toEqual(ALL);
    for (const reader of [admin, donor1, partner, aaViewer]) expect((await status(reader)).total).toEqual(WITHOUT_B);
  });

  it('groups by window, donor, partner and project, the groups adding up to the total', async () => {
    const byWindow = await status(aa, '?by=window');
    const w1 = byWindow.groups.find((g: { key: string }) => g.key === windowId);
    expect(w1.name).toBe('Public works');
    // W1: 100,000.50 + 8,123.45 − 8,123.45 paid in, 500 refunded, 500 interest, 60,000 allocated and 50,000 transferred to A (1,000 back), 1,000.00 fee.
    expect(w1.figures).toMatchObject({ contributions: '9950050', interestFund: '50000', allocations: '6000000', netFunded: '4900000', aaFees: '100000' });
    expect(BigInt(w1.figures.balanceWithAA)).toBe(9_950_050n + 50_000n - 4_900_000n - 100_000n);
    for (const k of ['contributions', 'balanceWithAA', 'balanceWithPartners', 'netFunded', 'aaFees', 'directCosts'] as const)
      expect(
        byWindow.groups.reduce((s: bigint, g: { figures: Record<string, string> }) => s + BigInt(g.figures[k]!), 0n),
        k,
      ).toBe(BigInt(ALL[k]));

    const byDonor = await status(donor1, '?by=donor');
    const germany = byDonor.groups.find((g: { key: string }) => g.key === donor1Id);
    expect(germany.name).toBe('Germany');
    expect(germany.figures).toMatchObject({
      pledged: '50000000',
      committed: '40000000',
      deposits: '10000050',
      refundsToDonors: '50000',
      contributions: '9950050',
      aaFees: '100000',
    });
    const netherlands = byDonor.groups.find((g: { key: string }) => g.key === donor2Id);
    expect(netherlands.figures).toMatchObject({ deposits: '108500000', contributions: '108500000', aaFees: '1085000', pledged: '0' });

    const byProject = await status(aa, '?by=project');
    expect(byProject.groups.map((g: { name: string | null }) => g.name).sort()).toEqual(['Confidential police support', 'Water network, Tikrit', null].sort());
    // The donor sees no group, no name and no amount of the RED project.
    const seenByDonor = await status(donor1, '?by=project');
    expect(seenByDonor.groups.map((g: { key: string | null }) => g.key)).not.toContain(projectB);
    expect(JSON.stringify(seenByDonor)).not.toContain('Confidential');
    const a = seenByDonor.groups.find((g: { key: string }) => g.key === projectA).figures;
    expect(a).toMatchObject({
      allocations: '6000000',
      transfers: '5000000',
      refundsFromPartners: '100000',
      expenditure: '2000000',
      balanceWithPartners: '2900000',
      deliveryRate: '0.4082',
    });

    const byPartner = await status(partner, '?by=partner');
    expect(byPartner.groups.find((g: { key: string }) => g.key === partnerOrgId)).toMatchObject({ name: 'UNDP', figures: { netFunded: '4900000' } });
  });

  it('groups by month, quarter and year of the value date, and reads a span or a day "as of"', async () => {
    const quarters = await status(aa, '?by=period');
    expect(quarters.groups.map((g: { key: string }) => g.key)).toEqual(['2015-Q2', '2015-Q3', '2015-Q4']);
    expect(quarters.groups[0].figures).toMatchObject({ pledged: '50000000', committed: '40000000', contributions: '118500050', aaFees: '1185000' });
    expect(quarters.groups[2].figures).toMatchObject({ contributions: '-50000', allocations: '3000000', transfers: '1000000' });
    const months = await status(aa, '?by=period&period=month');
    expect(months.groups.map((g: { key: string }) => g.key)).toEqual(['2015-05', '2015-06', '2015-07', '2015-08', '2015-09', '2015-10', '2015-11', '2015-12']);
    expect(months.groups.at(-1).figures).toMatchObject({ deposits: '-812345', aaFees: '-8123' });
    const years = await status(aa, '?by=period&period=year');
    expect(years.groups).toEqual([{ key: '2015', name: null, figures: ALL }]);

    const q3 = await status(aa, '?from=2015-07-01&to=2015-09-30');
    expect(q3.total).toMatchObject({
      contributions: '0',
      interestFund: '50000',
      allocations: '6000000',
      transfers: '5000000',
      refundsFromPartners: '100000',
      expenditure: '2000000',
      directCosts: '2500',
    });
    expect(q3.total.balanceWithAA).toBe(String(50_000 - 5_000_000 + 100_000 - 2_500));
    const asOf = await status(aa, '?asOf=2015-06-14');
    expect(asOf).toMatchObject({ from: null, to: '2015-06-14', total: { pledged: '50000000', contributions: '10000050', aaFees: '100000', balanceWithAA: '9900050' } });
  });

  it('refuses a bad query naming the field, and answers a hidden or missing fund with the same 404', async () => {
    for (const [query, field] of [
      ['?by=planet', 'query.by'],
      ['?by=period&period=week', 'query.period'],
      ['?by=donor&period=month', 'query.period'],
      ['?from=2016-01-01&to=2015-01-01', 'query.to'],
      ['?from=2016-02-30', 'query.from'],
      ['?to=2016-01-01&asOf=2016-01-01', 'query.asOf'],
      ['?from=2016-01-01&asOf=2015-01-01', 'query.asOf'],
    ]) {
      const res = await aa.inject({ method: 'GET', url: `/api/funds/${fundId}/status${query}` });
      expect(res.statusCode, query).toBe(400);
      expect(res.json().errors[0].path, query).toBe(field);
    }
    const hidden = await donor1.inject({ method: 'GET', url: `/api/funds/${hiddenFundId}/status?by=donor` });
    const missing = await donor1.inject({ method: 'GET', url: `/api/funds/${NONE}/status?by=donor` });
    expect([hidden.statusCode, missing.statusCode]).toEqual([404, 404]);
    expect(hidden.json().detail).toBe(missing.json().detail);
    expect((await outsider.inject({ method: 'GET', url: `/api/funds/${fundId}/status` })).statusCode).toBe(404);
  });
});

describe('the summary', () => {
  const queries = [
    '',
    '?by=window',
    '?by=donor',
    '?by=partner',
    '?by=project',
    '?by=period&period=month',
    '?from=2015-06-12',
    '?to=2015-11-19',
    '?from=2015-06-12&to=2015-11-19&by=period',
    '?from=2015-07-01&to=2015-09-30',
    '?from=2015-08-03&to=2015-08-20',
    '?asOf=2015-10-01&by=project',
  ];

  it('changes no answer when it catches up, and a posting after it shows at once (never stale)', async () => {
    const before = await Promise.all(queries.flatMap((q) => [status(aa, q), status(donor1, q)]));
    const watermark = async () => (await t.db.selectFrom('fund_status_watermark').select('seq').executeTakeFirstOrThrow()).seq;
    expect(await watermark()).toBe('0');
    const result = await refreshStatusSummary(t.db);
    expect(result.done).toBe(true);
    expect(Number(await watermark())).toBeGreaterThanOrEqual(15);
    expect(
      Number(
        (
          await t.db
            .selectFrom('fund_status_month')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBeGreaterThan(0);
    const after = await Promise.all(queries.flatMap((q) => [status(aa, q), status(donor1, q)]));
    expect(after).toEqual(before);

    // The tail: a posting after the watermark, into a month the summary holds already.
    await post({ kind: 'interest', valueDate: '2015-07-15', windowId, amount: { amountMinor: 1_00, currency: 'USD' } });
    expect((await status(aa)).total.interestFund).toBe('50100');
    expect((await status(aa, '?from=2015-07-15&to=2015-07-15')).total.interestFund).toBe('100');
    expect((await status(aa, '?from=2015-07-01&to=2015-07-31')).total.interestFund).toBe('50100');
    await refreshStatusSummary(t.db);
    expect((await status(aa)).total.interestFund).toBe('50100');
    expect((await status(aa, '?from=2015-07-16')).total.interestFund).toBe('0');
    await post({ kind: 'reversal', valueDate: '2015-07-15', reversesId: (await get(aa, `/api/funds/${fundId}/transactions?kind=interest&limit=1`)).items[0].id });
    expect((await status(aa)).total).toEqual(ALL);
  });

  it('does not pass a posting still running: it waits for it, or gives up and moves nothing', async () => {
    const conn = await t.db
      .transaction()
      .execute(async (trx) => {
        // A transaction that has drawn its number and not committed: the summary must wait for it.
        await trx
          .insertInto('fund_transaction')
          .values({ fund_id: fundId, kind: 'interest', value_date: '2015-07-02', window_id: windowId, amount_minor: 1, created_by: null })
          .execute();
        const gaveUp = await refreshStatusSummary(t.db, { waitMs: 200 });
        expect(gaveUp.done).toBe(false);
        throw new Error('rolled back');
      })
      .catch((e: Error) => e.message);
    expect(conn).toBe('rolled back');
    expect((await refreshStatusSummary(t.db)).done).toBe(true);
    expect((await status(aa)).total).toEqual(ALL);
  });
});

describe("donors' statements", () => {
  const url = (donor: string, query = '', fund = fundId) => `/api/funds/${fund}/donors/${donor}/statement${query}`;

  it("lists the donor's transactions with their fees, and its balances at the opening and the closing, to the cent", async () => {
    const s = await get(donor1, url(donor1Id, '?from=2015-06-01&to=2015-11-30'));
    expect(s).toMatchObject({ fundId, donor: { id: donor1Id, name: 'Germany' }, currency: 'USD', from: '2015-06-01', to: '2015-11-30' });
    expect(s.opening).toEqual({
      pledged: '50000000',
      committed: '40000000',
      deposits: '0',
      refunds: '0',
      contributions: '0',
      aaFees: '0',
      interestShare: '0',
      directCostsShare: '0',
      balance: '0',
    });
    // Contributions 100,000.50 + 8,123.45 − 500 = 107,623.95 of the fund's 1,192,623.95: 500 × that = 45.12 of interest, 25 × that = 2.26 of direct costs.
    expect(s.closing).toEqual({
      pledged: '50000000',
      committed: '40000000',
      deposits: '10812395',
      refunds: '50000',
      contributions: '10762395',
      aaFees: '108123',
      interestShare: '4512',
      directCostsShare: '226',
      balance: '10658558',
    });
    expect(s.lines.map((l: { kind: string; valueDate: string; amountMinor: string; aaFeeMinor: string }) => [l.kind, l.valueDate, l.amountMinor, l.aaFeeMinor])).toEqual([
      ['deposit', '2015-06-10', '10000050', '100000'],
      ['refund', '2015-11-15', '-50000', '0'],
      ['deposit', '2015-11-20', '812345', '8123'],
    ]);
    expect(s.lines[0].description).toBe('First tranche');

    const whole = await get(aa, url(donor1Id));
    expect(whole.lines.map((l: { kind: string }) => l.kind)).toEqual(['pledge', 'commitment', 'deposit', 'refund', 'deposit', 'reversal']);
    expect(whole.lines.at(-1)).toMatchObject({ reversedKind: 'deposit', reversesId: reversedDeposit, amountMinor: '-812345', aaFeeMinor: '-8123' });
    expect(whole.closing).toMatchObject({ contributions: '9950050', aaFees: '100000' });

    const netherlands = await get(donor2, url(donor2Id));
    expect(netherlands.lines).toEqual([
      expect.objectContaining({ kind: 'deposit', amountMinor: '108500000', original: { amountMinor: '100000000', currency: 'EUR', rate: '1.0850' }, aaFeeMinor: '1085000' }),
    ]);
  });

  it('is read by the donor, the administrative agent and the secretariat only; another donor gets 403', async () => {
    for (const reader of [donor1, aa, aaViewer, admin, secretariatViewer]) expect((await reader.inject({ method: 'GET', url: url(donor1Id) })).statusCode).toBe(200);
    for (const reader of [donor2, partner]) {
      const res = await reader.inject({ method: 'GET', url: url(donor1Id) });
      expect(res.statusCode).toBe(403);
      expect((await reader.inject({ method: 'GET', url: `${url(donor1Id)}.csv` })).statusCode).toBe(403);
    }
    expect((await donor1.inject({ method: 'GET', url: url(donor2Id) })).statusCode).toBe(403);
    // A fund the reader may not see: 404 like a missing one, before any question of who they are.
    const hidden = await outsider.inject({ method: 'GET', url: url(outsiderOrgId) });
    const missing = await outsider.inject({ method: 'GET', url: url(outsiderOrgId, '', NONE) });
    expect([hidden.statusCode, missing.statusCode]).toEqual([404, 404]);
    expect(hidden.json().detail).toBe(missing.json().detail);
    expect((await donor1.inject({ method: 'GET', url: url(donor1Id, '', hiddenFundId) })).json().detail).toBe(missing.json().detail);
    // An organisation that never gave to the fund has no statement.
    expect((await admin.inject({ method: 'GET', url: url(outsiderOrgId) })).statusCode).toBe(404);
    expect((await admin.inject({ method: 'GET', url: url(NONE) })).statusCode).toBe(404);
  });

  it('refuses a bad query or id naming the field', async () => {
    for (const [u, field] of [
      [url(donor1Id, '?from=2015-12-01&to=2015-01-01'), 'query.to'],
      [url(donor1Id, '?from=yesterday'), 'query.from'],
      [url(donor1Id, '?to=2015-13-01'), 'query.to'],
      [url('germany'), 'params.orgId'],
      [`${url(donor1Id, '?to=2015-13-01')}`.replace('/statement', '/statement.csv'), 'query.to'],
    ]) {
      const res = await aa.inject({ method: 'GET', url: u });
      expect(res.statusCode, u).toBe(400);
      expect(res.json().errors[0].path, u).toBe(field);
    }
  });

  it('downloads as CSV through the project writer: opening, lines, closing', async () => {
    const res = await donor1.inject({ method: 'GET', url: `${url(donor1Id)}.csv?from=2015-06-01&to=2015-11-30` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toContain('statement.csv');
    const rows = Papa.parse<string[]>(res.body.trim()).data;
    expect(rows[0]![0]).toBe('Date');
    expect(rows[1]![0]).toBe('#date');
    expect(rows.slice(2).map((r) => [r[0], r[2], r[4], r[9]])).toEqual([
      ['2015-05-31', 'opening balance', '0.00', '0.00'],
      ['2015-06-10', 'deposit', '100000.50', '1000.00'],
      // A cell starting with - is quoted with ' by the writer (no spreadsheet formula).
      ['2015-11-15', 'refund', "'-500.00", '0.00'],
      ['2015-11-20', 'deposit', '8123.45', '81.23'],
      ['2015-11-30', 'closing balance', '106585.58', '1081.23'],
    ]);
  });

  it('writes the statement file in the language asked for: its headers and balance rows, the figures the same', async () => {
    const csv = async (query: string, headers: Record<string, string> = {}) => {
      const res = await donor1.inject({ method: 'GET', url: `${url(donor1Id)}.csv?from=2015-06-01&to=2015-11-30${query}`, headers });
      expect(res.statusCode, res.body).toBe(200);
      return Papa.parse<string[]>(res.body.trim()).data;
    };
    const [en, fr, ar] = [await csv(''), await csv('&lang=fr'), await csv('', { 'accept-language': 'ar' })];
    expect(fr[0]!.slice(0, 3)).toEqual(['Date', 'Transaction', 'Nature']);
    expect(ar[0]![0]).toBe('التاريخ');
    expect([fr[1], ar[1]]).toEqual([en[1], en[1]]);
    expect(fr.slice(2).map((r) => r[2])).toEqual(["solde d'ouverture", 'versement', 'remboursement', 'versement', 'solde de clôture']);
    expect(ar.slice(2).map((r) => r[2])).toEqual(['الرصيد الافتتاحي', 'إيداع', 'استرداد', 'إيداع', 'الرصيد الختامي']);
    // The whole statement ends with the reversal of a deposit, named in each language.
    const last = async (query: string) => {
      const res = await donor1.inject({ method: 'GET', url: `${url(donor1Id)}.csv?to=2015-12-31${query}` });
      expect(res.statusCode, res.body).toBe(200);
      return Papa.parse<string[]>(res.body.trim()).data.at(-2)![2];
    };
    expect([await last(''), await last('&lang=fr'), await last('&lang=ar')]).toEqual(['reversal of deposit', 'contrepassation : versement', 'عكس قيد: إيداع']);
    expect(ar.at(-1)![2]).toBe('الرصيد الختامي');
    expect(fr.slice(2).map((r) => [r[0], r[4], r[9]])).toEqual(en.slice(2).map((r) => [r[0], r[4], r[9]]));
    const bad = await donor1.inject({ method: 'GET', url: `${url(donor1Id)}.csv?lang=xx` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('query.lang');
  });
});

// Last: these add interest the figures above do not count.
describe('the summary, left behind', () => {
  /** `count` fund interest transactions of 0.01 in July 2015, inserted in one statement as the ledger takes them (the balances are not the point here). */
  const bulkInterest = (count: number) =>
    sql`
    WITH t AS (
      INSERT INTO fund_transaction (fund_id, kind, value_date, window_id, amount_minor)
      SELECT ${fundId}, 'interest', date '2015-07-01' + (n % 31), ${windowId}, 1 FROM generate_series(1, ${count}::int) n
      RETURNING id
    )
    INSERT INTO fund_entry (transaction_id, fund_id, account, currency, amount_minor)
    SELECT t.id, ${fundId}, x.account, 'USD', x.amount FROM t CROSS JOIN (VALUES (${`aa:window:${windowId}`}, 1), ('source:interest:fund', -1)) AS x (account, amount)`.execute(
      t.db,
    );
  const watermark = async () => (await t.db.selectFrom('fund_status_watermark').select('seq').executeTakeFirstOrThrow()).seq;
  const lastSeq = async () =>
    (
      await t.db
        .selectFrom('fund_transaction')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .executeTakeFirstOrThrow()
    ).seq;

  it('is caught up by a report that finds a long tail, after its answer', async () => {
    await bulkInterest(TAIL_LIMIT);
    const before = await watermark();
    const s = await status(aa);
    expect(s.total.interestFund).toBe(String(50_000 + TAIL_LIMIT));
    await summaryCatchUp();
    expect(await watermark()).not.toBe(before);
    expect(await watermark()).toBe(String(await lastSeq()));
    expect(await status(aa)).toEqual(s);
  });

  it('answers the same while a catch-up moves the watermark under it, batch after batch', async () => {
    await bulkInterest(300);
    const expected = await Promise.all([status(aa), status(donor1, '?by=donor'), status(aa, '?from=2015-07-10&to=2015-12-31&by=period&period=month')]);
    expect(expected[0].total.interestFund).toBe(String(50_000 + TAIL_LIMIT + 300));
    const reads: Promise<unknown>[] = [];
    const catchUp = refreshStatusSummary(t.db, { batch: 5 });
    for (let i = 0; i < 8; i++) reads.push(Promise.all([status(aa), status(donor1, '?by=donor'), status(aa, '?from=2015-07-10&to=2015-12-31&by=period&period=month')]));
    expect((await catchUp).done).toBe(true);
    for (const read of await Promise.all(reads)) expect(read).toEqual(expected);
    expect(await watermark()).toBe(String(await lastSeq()));
  });

  it('equals the ledger up to the watermark, which the check verifies and a tampered row breaks', async () => {
    expect(await checkStatusSummary(t.db)).toBeNull();
    await bulkInterest(3); // a tail is not a difference
    expect(await checkStatusSummary(t.db)).toBeNull();
    const tampered = t.db.transaction().execute(async (trx) => {
      await trx.updateTable('fund_status_day').set({ aa: sql`aa + 1` }).where('fund_id', '=', fundId).where('day', '=', '2015-07-10').where('kind', '=', 'allocation').execute();
      expect(await checkStatusSummary(trx)).toMatch(/^fund .*, day 2015-07-10, allocation: the summary by day says/);
      await trx
        .updateTable('fund_status_month')
        .set({ aa: sql`aa + 1` })
        .where('fund_id', '=', fundId)
        .where('month', '=', '2015-07-01')
        .where('kind', '=', 'allocation')
        .execute();
      expect(await checkStatusSummary(trx)).toMatch(/^fund .*, month 2015-07-01, allocation: the summary by month says/);
      throw new Error('rolled back');
    });
    await expect(tampered).rejects.toThrow('rolled back');
    expect(await checkStatusSummary(t.db)).toBeNull();
  });
});
