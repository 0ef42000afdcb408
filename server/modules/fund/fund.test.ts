// The pooled fund's ledger through HTTP: every route's 401/403/400, each kind's entries, each
// refusal's reason, reversal, visibility, the funding status; and the database's own guards
// (append-only, entries balanced at commit).
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { type RouteCase, expectForbidden, expectInvalid, itRequiresSignIn, request } from '../../test/contract.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser, countRows } from '../../test/factories.ts';

let t: TestApp;
let aa: Session; // a focal point of the administrative agent
let aaViewer: Session;
let admin: Session; // the secretariat's admin
let partner: Session; // a focal point of the implementing partner
let otherPartner: Session;
let outsider: Session; // a member state, not in the audience
let aaOrgId = '';
let donorId = '';
let donor2Id = '';
let partnerOrgId = '';
let otherPartnerOrgId = '';
let fundId = '';
let windowId = '';
let projectId = '';
let otherProjectId = '';
const NONE = '00000000-0000-4000-8000-000000000000';

/** Every POST carries a new Idempotency-Key, as the web app sends one (idempotency is tested in its own module). */
const keyed = (s: Session): Session => ({ ...s, inject: (opts) => s.inject({ ...opts, headers: { 'idempotency-key': randomUUID(), ...(opts.headers ?? {}) } }) });
const signInKeyed = async (email: string) => keyed(await signIn(t.app, email, TEST_PASSWORD));

beforeAll(async () => {
  t = await buildTestApp();
  const aaOrg = await buildOrganisation(t.db, { name: 'MPTF Office', kind: 'organisation' });
  aaOrgId = aaOrg.id;
  const secretariat = await buildOrganisation(t.db, { name: 'Secretariat', kind: 'secretariat' });
  donorId = (await buildOrganisation(t.db, { name: 'Germany', iso3: 'DEU' })).id;
  donor2Id = (await buildOrganisation(t.db, { name: 'Netherlands', iso3: 'NLD' })).id;
  const partnerOrg = await buildOrganisation(t.db, { name: 'UNDP', kind: 'partner' });
  partnerOrgId = partnerOrg.id;
  const other = await buildOrganisation(t.db, { name: 'UNICEF', kind: 'partner' });
  otherPartnerOrgId = other.id;
  const outsiderOrg = await buildOrganisation(t.db, { name: 'Atlantis', iso3: 'ATL' });
  aa = await signInKeyed((await buildUser(t.db, aaOrg.id)).email);
  aaViewer = await signInKeyed((await buildUser(t.db, aaOrg.id, 'viewer')).email);
  admin = await signInKeyed((await buildUser(t.db, secretariat.id, 'admin')).email);
  partner = await signInKeyed((await buildUser(t.db, partnerOrg.id)).email);
  otherPartner = await signInKeyed((await buildUser(t.db, other.id)).email);
  outsider = await signInKeyed((await buildUser(t.db, outsiderOrg.id)).email);
});
afterAll(async () => t?.close());

const fund = () => ({
  name: 'Funding Facility for Stabilization',
  baseCurrency: 'USD',
  administrativeAgentOrgId: aaOrgId,
  aaFeeBp: 100,
  indirectCostBp: 700,
  launchedOn: '2015-05-15',
  // AMBER: the AA, the partners and the donors named in the audience read it.
  sharing: { marking: 'AMBER', audienceOrgIds: [partnerOrgId, otherPartnerOrgId, donorId, donor2Id] },
});

const routes = {
  list: { method: 'GET', url: () => '/api/funds' },
  create: { method: 'POST', url: () => '/api/funds', payload: fund },
  get: { method: 'GET', url: () => `/api/funds/${fundId || NONE}` },
  window: { method: 'POST', url: () => `/api/funds/${fundId || NONE}/windows`, payload: () => ({ code: 'W1', name: 'Public works and light infrastructure', sectors: ['14030'] }) },
  project: {
    method: 'POST',
    url: () => `/api/funds/${fundId || NONE}/projects`,
    payload: () => ({ windowId, partnerOrgId, title: 'Water network, Tikrit', budget: { amountMinor: 5_000_000_00, currency: 'USD' } }),
  },
  transactions: { method: 'GET', url: () => `/api/funds/${fundId || NONE}/transactions` },
  post: {
    method: 'POST',
    url: () => `/api/funds/${fundId || NONE}/transactions`,
    payload: () => ({ kind: 'deposit', valueDate: '2015-06-01', donorOrgId: donorId, windowId, amount: { amountMinor: 1_000_00, currency: 'USD' } }),
    headers: () => ({ 'idempotency-key': randomUUID() }),
  },
  status: { method: 'GET', url: () => `/api/funds/${fundId || NONE}/status` },
} satisfies Record<string, RouteCase>;

const post = (s: Session, payload: Record<string, unknown>) =>
  s.inject({ method: 'POST', url: `/api/funds/${fundId}/transactions`, payload, headers: { 'idempotency-key': randomUUID() } });
const entriesOf = (res: { json: () => { entries: { account: string; amountMinor: string }[] } }) => res.json().entries.map((e) => [e.account, e.amountMinor] as [string, string]);

describe('fund routes without a session', () => {
  itRequiresSignIn(() => t, routes);
});

describe('funds, windows and projects', () => {
  it('creates a fund for its administrative agent; an admin may name any, others only their own', async () => {
    await expectForbidden(partner, routes.create, t, 'fund');
    await expectForbidden(aaViewer, routes.create, t, 'fund');
    await expectInvalid(aa, { ...routes.create, payload: () => ({ ...fund(), aaFeeBp: 10_001 }) }, t, 'fund', 'body.aaFeeBp');
    await expectInvalid(aa, { ...routes.create, payload: () => ({ ...fund(), baseCurrency: 'XYZ' }) }, t, 'fund', 'body.baseCurrency');
    await expectInvalid(aa, { ...routes.create, payload: () => ({ ...fund(), surprise: 1 }) }, t, 'fund', 'body.surprise');
    await expectInvalid(admin, { ...routes.create, payload: () => ({ ...fund(), administrativeAgentOrgId: NONE }) }, t, 'fund', 'body.administrativeAgentOrgId');
    const res = await aa.inject(request(routes.create));
    expect(res.statusCode, res.body).toBe(201);
    fundId = res.json().id;
    expect(res.json()).toMatchObject({ administrativeAgent: { id: aaOrgId, name: 'MPTF Office' }, aaFeeBp: 100, abilities: { manage: true, post: true } });
    const byAdmin = await admin.inject({ ...request(routes.create), payload: { ...fund(), name: 'Second fund' } });
    expect(byAdmin.statusCode, byAdmin.body).toBe(201);
    const audit = await t.db.selectFrom('audit_event').select('action').where('entity_id', '=', fundId).execute();
    expect(audit.map((a) => a.action)).toEqual(['fund.create']);
  });

  it('adds windows and projects (the AA or an admin), each reference checked', async () => {
    await expectForbidden(partner, routes.window, t, 'fund_window');
    await expectForbidden(aaViewer, routes.window, t, 'fund_window');
    await expectInvalid(aa, { ...routes.window, payload: () => ({ code: 'W 1', name: 'x' }) }, t, 'fund_window', 'body.code');
    await expectInvalid(aa, { ...routes.window, payload: () => ({ code: 'W1', name: 'x', sectors: ['1403'] }) }, t, 'fund_window', 'body.sectors.0');
    const w = await aa.inject(request(routes.window));
    expect(w.statusCode, w.body).toBe(201);
    windowId = w.json().id;
    const again = await admin.inject(request(routes.window));
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0].path).toBe('body.code');

    await expectForbidden(partner, routes.project, t, 'fund_project');
    await expectInvalid(aa, { ...routes.project, payload: () => ({ ...routes.project.payload(), windowId: NONE }) }, t, 'fund_project', 'body.windowId');
    await expectInvalid(aa, { ...routes.project, payload: () => ({ ...routes.project.payload(), partnerOrgId: NONE }) }, t, 'fund_project', 'body.partnerOrgId');
    await expectInvalid(aa, { ...routes.project, payload: () => ({ ...routes.project.payload(), title: '' }) }, t, 'fund_project', 'body.title');
    const p = await aa.inject(request(routes.project));
    expect(p.statusCode, p.body).toBe(201);
    projectId = p.json().id;
    expect(p.json()).toMatchObject({ window: { id: windowId, code: 'W1' }, partner: { id: partnerOrgId, name: 'UNDP' } });
    const other = await admin.inject({
      ...request(routes.project),
      payload: { ...routes.project.payload(), windowId: null, partnerOrgId: otherPartnerOrgId, title: 'Police stations' },
    });
    otherProjectId = other.json().id;
    const detail = await partner.inject(request(routes.get));
    expect(detail.statusCode).toBe(200);
    expect(detail.json().windows).toEqual([expect.objectContaining({ id: windowId, code: 'W1', sectors: ['14030'] })]);
    expect(detail.json().projects).toHaveLength(2);
    expect(detail.json().abilities).toEqual({ manage: false, post: false });
  });

  it('hides a fund, its transactions and status from who may not read it: 404 like a missing one', async () => {
    for (const r of [routes.get, routes.transactions, routes.status, routes.post, routes.window, routes.project]) {
      const res = await outsider.inject(request(r));
      const missing = await outsider.inject({ ...request(r), url: r.url().replace(fundId, NONE) });
      expect(res.statusCode, r.url()).toBe(404);
      expect(res.json().detail).toBe(missing.json().detail);
    }
    const list = await outsider.inject(request(routes.list));
    expect(list.json().items).toEqual([]);
    expect((await partner.inject(request(routes.list))).json().items.map((f: { id: string }) => f.id)).toContain(fundId);
  });
});

describe('postings: each kind and its entries', () => {
  it('a deposit debits the window, credits the donor and takes the AA fee (1 %, half to even)', async () => {
    await expectForbidden(partner, routes.post, t, 'fund_transaction');
    await expectForbidden(aaViewer, routes.post, t, 'fund_transaction');
    const res = await post(aa, { kind: 'deposit', valueDate: '2015-06-01', donorOrgId: donorId, windowId, amount: { amountMinor: 10_000_050, currency: 'USD' } });
    expect(res.statusCode, res.body).toBe(201);
    // 1 % of 100,000.50 is 1,000.005: half to even gives 1,000.00.
    expect(entriesOf(res)).toEqual([
      [`aa:window:${windowId}`, '10000050'],
      [`source:donor:${donorId}`, '-10000050'],
      ['fee:aa', '100000'],
      [`aa:window:${windowId}`, '-100000'],
    ]);
    const odd = await post(aa, { kind: 'deposit', valueDate: '2015-06-02', donorOrgId: donor2Id, windowId: null, amount: { amountMinor: 150, currency: 'USD' } });
    // 1.5 → 2 (half to even), on the unearmarked pool.
    expect(entriesOf(odd)).toEqual([
      ['aa:window:unearmarked', '150'],
      [`source:donor:${donor2Id}`, '-150'],
      ['fee:aa', '2'],
      ['aa:window:unearmarked', '-2'],
    ]);
    const audit = await t.db.selectFrom('audit_event').select('action').where('entity_id', '=', fundId).where('action', '=', 'fund.deposit').execute();
    expect(audit).toHaveLength(2);
  });

  it('a deposit in another currency records the original amount and the rate', async () => {
    const res = await post(admin, {
      kind: 'deposit',
      valueDate: '2015-07-01',
      donorOrgId: donorId,
      windowId,
      amount: { amountMinor: 1_000_000_00, currency: 'EUR' },
      rate: '1.0850',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ amount: { amountMinor: 1_085_000_00, currency: 'USD' }, original: { amountMinor: 1_000_000_00, currency: 'EUR', rate: '1.0850' } });
    expect(entriesOf(res)[0]).toEqual([`aa:window:${windowId}`, '108500000']);
    const jpy = await post(aa, {
      kind: 'deposit',
      valueDate: '2015-07-01',
      donorOrgId: donorId,
      windowId,
      amount: { amountMinor: 1_000_000, currency: 'JPY' },
      rate: '0.00812345',
    });
    // 1,000,000 JPY × 0.00812345 = 8,123.45 USD.
    expect(jpy.json().amount.amountMinor).toBe(812_345);
    await expectInvalid(aa, { ...routes.post, payload: () => ({ ...routes.post.payload(), amount: { amountMinor: 100, currency: 'EUR' } }) }, t, 'fund_transaction', 'body.rate');
    await expectInvalid(aa, { ...routes.post, payload: () => ({ ...routes.post.payload(), rate: '1.1' }) }, t, 'fund_transaction', 'body.rate');
    await expectInvalid(
      aa,
      { ...routes.post, payload: () => ({ kind: 'fee', feeKind: 'bank', valueDate: '2015-07-01', windowId, amount: { amountMinor: 100, currency: 'EUR' } }) },
      t,
      'fund_transaction',
      'body.amount.currency',
    );
  });

  it('pledges and commitments are memorandum pairs, off the cash books', async () => {
    const p = await post(aa, { kind: 'pledge', valueDate: '2015-05-20', donorOrgId: donor2Id, amount: { amountMinor: 5_000_000_00, currency: 'USD' } });
    expect(entriesOf(p)).toEqual([
      [`pledge:donor:${donor2Id}:receivable`, '500000000'],
      [`pledge:donor:${donor2Id}`, '-500000000'],
    ]);
    const c = await post(aa, { kind: 'commitment', valueDate: '2015-05-25', donorOrgId: donor2Id, amount: { amountMinor: 4_000_000_00, currency: 'USD' } });
    expect(entriesOf(c)).toEqual([
      [`commitment:donor:${donor2Id}:receivable`, '400000000'],
      [`commitment:donor:${donor2Id}`, '-400000000'],
    ]);
  });

  it('allocation, transfer, expenditure, interest, refunds and fees move the accounts the kind says', async () => {
    const alloc = await post(aa, { kind: 'allocation', valueDate: '2015-08-01', projectId, amount: { amountMinor: 500_000_00, currency: 'USD' } });
    expect(alloc.statusCode, alloc.body).toBe(201);
    expect(entriesOf(alloc)).toEqual([
      [`aa:project:${projectId}`, '50000000'],
      [`aa:window:${windowId}`, '-50000000'],
    ]);
    expect(alloc.json()).toMatchObject({ windowId, projectId, partnerOrgId });
    const transfer = await post(aa, { kind: 'transfer', valueDate: '2015-08-02', projectId, amount: { amountMinor: 400_000_00, currency: 'USD' } });
    expect(entriesOf(transfer)).toEqual([
      [`partner:${partnerOrgId}:project:${projectId}`, '40000000'],
      [`aa:project:${projectId}`, '-40000000'],
    ]);
    // The partner reports on its own project.
    const spent = await post(partner, { kind: 'expenditure', valueDate: '2015-09-30', projectId, amount: { amountMinor: 250_000_00, currency: 'USD' } });
    expect(spent.statusCode, spent.body).toBe(201);
    expect(entriesOf(spent)).toEqual([
      [`use:expenditure:project:${projectId}`, '25000000'],
      [`partner:${partnerOrgId}:project:${projectId}`, '-25000000'],
    ]);
    const pInterest = await post(partner, { kind: 'interest', valueDate: '2015-09-30', projectId, amount: { amountMinor: 1_00, currency: 'USD' } });
    expect(entriesOf(pInterest)).toEqual([
      [`partner:${partnerOrgId}:project:${projectId}`, '100'],
      ['source:interest:partner', '-100'],
    ]);
    const fInterest = await post(aa, { kind: 'interest', valueDate: '2015-09-30', windowId, amount: { amountMinor: 5_00, currency: 'USD' } });
    expect(entriesOf(fInterest)).toEqual([
      [`aa:window:${windowId}`, '500'],
      ['source:interest:fund', '-500'],
    ]);
    const back = await post(partner, { kind: 'refund', valueDate: '2015-10-01', projectId, amount: { amountMinor: 10_000_00, currency: 'USD' } });
    expect(entriesOf(back)).toEqual([
      [`aa:project:${projectId}`, '1000000'],
      [`partner:${partnerOrgId}:project:${projectId}`, '-1000000'],
    ]);
    const toDonor = await post(aa, { kind: 'refund', valueDate: '2015-10-02', donorOrgId: donorId, windowId, amount: { amountMinor: 1_000_00, currency: 'USD' } });
    expect(entriesOf(toDonor)).toEqual([
      [`source:donor:${donorId}`, '100000'],
      [`aa:window:${windowId}`, '-100000'],
    ]);
    const fee = await post(aa, { kind: 'fee', valueDate: '2015-10-03', feeKind: 'bank', windowId, amount: { amountMinor: 25_00, currency: 'USD' } });
    expect(entriesOf(fee)).toEqual([
      ['fee:bank', '2500'],
      [`aa:window:${windowId}`, '-2500'],
    ]);
  });

  it('a partner posts only its own reports, on its own projects', async () => {
    const onOther = { kind: 'expenditure', valueDate: '2015-10-01', projectId: otherProjectId, amount: { amountMinor: 1, currency: 'USD' } };
    await expectForbidden(partner, { ...routes.post, payload: () => onOther }, t, 'fund_transaction');
    await expectForbidden(otherPartner, { ...routes.post, payload: () => ({ ...onOther, projectId }) }, t, 'fund_transaction');
    await expectForbidden(partner, { ...routes.post, payload: () => ({ ...onOther, projectId, kind: 'transfer' }) }, t, 'fund_transaction');
    await expectForbidden(
      partner,
      { ...routes.post, payload: () => ({ kind: 'interest', valueDate: '2015-10-01', windowId, amount: { amountMinor: 1, currency: 'USD' } }) },
      t,
      'fund_transaction',
    );
  });

  it('refuses a field the kind does not take, a missing one, and references outside the fund, naming each', async () => {
    const base = { valueDate: '2015-10-01', amount: { amountMinor: 1, currency: 'USD' } };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, kind: 'allocation' }, 'body.projectId'],
      [{ ...base, kind: 'allocation', projectId, donorOrgId: donorId }, 'body.donorOrgId'],
      [{ ...base, kind: 'deposit', windowId }, 'body.donorOrgId'],
      [{ ...base, kind: 'deposit', donorOrgId: NONE, windowId }, 'body.donorOrgId'],
      [{ ...base, kind: 'deposit', donorOrgId: donorId, windowId: NONE }, 'body.windowId'],
      [{ ...base, kind: 'transfer', projectId: NONE }, 'body.projectId'],
      [{ ...base, kind: 'refund', projectId, windowId }, 'body.windowId'],
      [{ ...base, kind: 'refund', projectId, donorOrgId: donorId }, 'body.donorOrgId'],
      [{ ...base, kind: 'refund', windowId }, 'body.projectId'],
      [{ ...base, kind: 'interest', projectId, windowId }, 'body.windowId'],
      [{ ...base, kind: 'fee', windowId }, 'body.feeKind'],
      [{ ...base, kind: 'fee', windowId, feeKind: 'Bank!' }, 'body.feeKind'],
      [{ kind: 'transfer', projectId, valueDate: '2015-10-01' }, 'body.amount'],
      [{ ...base, kind: 'transfer', projectId, amount: { amountMinor: 0, currency: 'USD' } }, 'body.amount.amountMinor'],
      [{ ...base, kind: 'transfer', projectId, amount: { amountMinor: 1e16, currency: 'USD' } }, 'body.amount.amountMinor'],
      [{ ...base, kind: 'transfer', projectId, valueDate: '2015-02-30' }, 'body.valueDate'],
      [{ ...base, kind: 'reversal', reversesId: NONE }, 'body.amount'],
      [{ kind: 'reversal', valueDate: '2015-10-01', reversesId: NONE }, 'body.reversesId'],
      [{ ...base, kind: 'bribe' }, 'body.kind'],
    ];
    for (const [payload, path] of cases) await expectInvalid(aa, { ...routes.post, payload: () => payload }, t, 'fund_transaction', path);
  });
});

describe('refusals: never overdraw, each with its reason', () => {
  const refused = async (s: Session, payload: Record<string, unknown>, reason: string | RegExp) => {
    const entries = await countRows(t.db, 'fund_entry');
    const audit = await countRows(t.db, 'audit_event');
    const res = await post(s, payload);
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().detail).toMatch(reason);
    expect(await countRows(t.db, 'fund_entry')).toBe(entries);
    expect(await countRows(t.db, 'audit_event')).toBe(audit);
  };
  const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });

  it('an allocation beyond what the window has unallocated', async () => {
    const balance = await t.db
      .selectFrom('fund_balance')
      .select((eb) => eb.fn.sum<string>('balance_minor').as('balance_minor'))
      .where('fund_id', '=', fundId)
      .where('account', '=', `aa:window:${windowId}`)
      .executeTakeFirstOrThrow();
    const has = BigInt(balance.balance_minor);
    const major = (n: bigint) => `${(n / 100n).toLocaleString('en')}.${(n % 100n).toString().padStart(2, '0')}`;
    await refused(
      aa,
      { kind: 'allocation', valueDate: '2015-11-01', projectId, amount: usd(Number(has) + 1) },
      `window W1 has ${major(has)} USD unallocated, the allocation asks ${major(has + 1n)}`,
    );
    // Nothing in the unearmarked pool for the other project beyond 1.48 USD.
    await refused(
      admin,
      { kind: 'allocation', valueDate: '2015-11-01', projectId: otherProjectId, amount: usd(2_000_00) },
      'window unearmarked has 1.48 USD unallocated, the allocation asks 2,000.00',
    );
  });

  it('a transfer beyond the allocation, an expenditure beyond the partner’s balance, a refund beyond either', async () => {
    // Allocated 500,000 − transferred 400,000 + refunded 10,000 = 110,000.00 with the AA.
    await refused(
      aa,
      { kind: 'transfer', valueDate: '2015-11-01', projectId, amount: usd(110_000_01) },
      'project Water network, Tikrit has 110,000.00 USD allocated with the administrative agent, the transfer asks 110,000.01',
    );
    // Transferred 400,000 − spent 250,000 + interest 1 − refunded 10,000 = 140,001.00 with the partner.
    await refused(
      partner,
      { kind: 'expenditure', valueDate: '2015-11-01', projectId, amount: usd(140_001_01) },
      "the partner's balance on project Water network, Tikrit is 140,001.00 USD, the expenditure asks 140,001.01",
    );
    await refused(
      partner,
      { kind: 'refund', valueDate: '2015-11-01', projectId, amount: usd(140_001_01) },
      /the partner's balance on project Water network, Tikrit is 140,001.00 USD/,
    );
    await refused(
      aa,
      { kind: 'refund', valueDate: '2015-11-01', donorOrgId: donor2Id, windowId, amount: usd(151) },
      'the donor has contributed 1.50 USD net, the refund asks 1.51',
    );
  });

  it('a fee beyond the window', async () => {
    await refused(
      aa,
      { kind: 'fee', valueDate: '2015-11-01', feeKind: 'audit', windowId: null, amount: usd(149) },
      'window unearmarked has 1.48 USD unallocated, the fee asks 1.49',
    );
  });
});

describe('reversal: the only correction', () => {
  it('posts the negated entries once; a second reversal, a reversal of a reversal or one that would overdraw is refused', async () => {
    const fee = await post(aa, { kind: 'fee', valueDate: '2015-12-01', feeKind: 'audit', windowId, amount: { amountMinor: 7_00, currency: 'USD' } });
    const feeId = fee.json().id;
    await expectForbidden(partner, { ...routes.post, payload: () => ({ kind: 'reversal', valueDate: '2015-12-02', reversesId: feeId }) }, t, 'fund_transaction');
    const rev = await post(aa, { kind: 'reversal', valueDate: '2015-12-02', reversesId: feeId, description: 'charged twice' });
    expect(rev.statusCode, rev.body).toBe(201);
    expect(entriesOf(rev)).toEqual([
      ['fee:audit', '-700'],
      [`aa:window:${windowId}`, '700'],
    ]);
    expect(rev.json()).toMatchObject({ kind: 'reversal', reversesId: feeId, amount: { amountMinor: 700 }, windowId, feeKind: 'audit' });
    const list = await aa.inject({ method: 'GET', url: `/api/funds/${fundId}/transactions?kind=fee&limit=50` });
    expect(list.json().items.find((x: { id: string }) => x.id === feeId).reversedBy).toBe(rev.json().id);

    const twice = await post(aa, { kind: 'reversal', valueDate: '2015-12-02', reversesId: feeId });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toContain('reversed already');
    await expectInvalid(
      aa,
      { ...routes.post, payload: () => ({ kind: 'reversal', valueDate: '2015-12-02', reversesId: rev.json().id }) },
      t,
      'fund_transaction',
      'body.reversesId',
    );

    // Reversing the first deposit would take back more than the window still has unallocated.
    const deposits = await aa.inject({ method: 'GET', url: `/api/funds/${fundId}/transactions?kind=deposit&limit=50` });
    const first = deposits.json().items.find((x: { amount: { amountMinor: number } }) => x.amount.amountMinor === 1_085_000_00);
    const transfer = await post(aa, { kind: 'allocation', valueDate: '2015-12-03', projectId, amount: { amountMinor: 500_000_00, currency: 'USD' } });
    expect(transfer.statusCode, transfer.body).toBe(201);
    const overdraw = await post(aa, { kind: 'reversal', valueDate: '2015-12-04', reversesId: first.id });
    expect(overdraw.statusCode).toBe(409);
    // The window's net: the deposit less its 1 % fee, which the reversal gives back.
    expect(overdraw.json().detail).toMatch(/^window W1 has [\d,.]+ USD unallocated, the reversal asks 1,074,150.00$/);
  });
});

describe('lists and the funding status', () => {
  it('pages the transactions newest first, with filters', async () => {
    const page1 = await aa.inject({ method: 'GET', url: `/api/funds/${fundId}/transactions?limit=3` });
    expect(page1.statusCode).toBe(200);
    const seqs = page1.json().items.map((x: { seq: string }) => Number(x.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    const page2 = await aa.inject({ method: 'GET', url: `/api/funds/${fundId}/transactions?limit=3&cursor=${page1.json().nextCursor}` });
    expect(Number(page2.json().items[0].seq)).toBeLessThan(seqs[2]);
    const byProject = await partner.inject({ method: 'GET', url: `/api/funds/${fundId}/transactions?projectId=${projectId}&limit=100` });
    expect(byProject.json().items.every((x: { projectId: string }) => x.projectId === projectId)).toBe(true);
    const bad = await aa.inject({ method: 'GET', url: `/api/funds/${fundId}/transactions?cursor=nope` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('query.cursor');
    const badKind = await aa.inject({ method: 'GET', url: `/api/funds/${fundId}/transactions?kind=bribe` });
    expect(badKind.json().errors[0].path).toBe('query.kind');
  });

  it('gives the MPTF Gateway figures, whose identities hold, in total and by group', async () => {
    const res = await partner.inject(request(routes.status));
    expect(res.statusCode, res.body).toBe(200);
    const f = res.json().total;
    const n = (k: string) => BigInt(f[k]);
    expect(f).toMatchObject({
      pledged: '500000000',
      committed: '400000000',
      // 100,000.50 + 1.50 + 1,085,000.00 + 8,123.45
      deposits: String(10_000_050 + 150 + 108_500_000 + 812_345),
      refundsToDonors: '100000',
      interestFund: '500',
      interestPartners: '100',
      transfers: '40000000',
      refundsFromPartners: '1000000',
      netFunded: '39000000',
      expenditure: '25000000',
      directCosts: '2500',
    });
    expect(n('contributions')).toBe(n('deposits') - n('refundsToDonors'));
    expect(n('sources')).toBe(n('contributions') + n('interestFund') + n('interestPartners'));
    expect(n('uses')).toBe(n('netFunded') + n('aaFees') + n('directCosts'));
    expect(n('balanceWithAA')).toBe(n('contributions') + n('interestFund') - n('netFunded') - n('aaFees') - n('directCosts'));
    expect(n('balanceWithPartners')).toBe(n('netFunded') + n('interestPartners') - n('expenditure'));
    expect(f.deliveryRate).toBe('0.6410'); // 250,000 / 390,000
    const byWindow = (await aa.inject({ method: 'GET', url: `/api/funds/${fundId}/status?by=window` })).json().groups;
    expect(byWindow.map((g: { key: string | null }) => g.key).sort()).toEqual([null, windowId].sort());
    const sum = (k: string) => byWindow.reduce((s: bigint, g: { figures: Record<string, string> }) => s + BigInt(g.figures[k]!), 0n);
    expect(sum('contributions')).toBe(n('contributions'));
    expect(sum('balanceWithAA')).toBe(n('balanceWithAA'));
    const byDonor = (await aa.inject({ method: 'GET', url: `/api/funds/${fundId}/status?by=donor` })).json().groups;
    expect(byDonor.find((g: { key: string }) => g.key === donor2Id).figures.pledged).toBe('500000000');
    const q3 = (await aa.inject({ method: 'GET', url: `/api/funds/${fundId}/status?from=2015-07-01&to=2015-09-30&by=period` })).json();
    expect(q3.groups.map((g: { key: string }) => g.key)).toEqual(['2015-Q3']);
    const bad = await aa.inject({ method: 'GET', url: `/api/funds/${fundId}/status?by=planet` });
    expect(bad.json().errors[0].path).toBe('query.by');
    const backwards = await aa.inject({ method: 'GET', url: `/api/funds/${fundId}/status?from=2016-01-01&to=2015-01-01` });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0].path).toBe('query.to');
  });
});

describe('the database guards the books', () => {
  it('refuses to update, delete or truncate posted transactions and entries, even to the owner', async () => {
    for (const statement of [
      sql`UPDATE fund_entry SET amount_minor = amount_minor + 1`,
      sql`DELETE FROM fund_entry`,
      sql`UPDATE fund_transaction SET description = 'changed'`,
      sql`DELETE FROM fund_transaction`,
      sql`TRUNCATE fund_entry`,
    ])
      await expect(statement.execute(t.db)).rejects.toThrow(/append-only/);
    // The app's role is refused before the trigger, by its grants (fund.roles.test.ts).
    await expect(sql`UPDATE fund_entry SET amount_minor = amount_minor + 1`.execute(t.appDb)).rejects.toThrow(/permission denied/);
  });

  it('refuses at commit a transaction whose entries do not sum to zero per currency', async () => {
    const before = await countRows(t.db, 'fund_transaction');
    await expect(
      t.db.transaction().execute(async (trx) => {
        const { id } = await trx
          .insertInto('fund_transaction')
          .values({ fund_id: fundId, kind: 'fee', value_date: '2016-01-01', fee_kind: 'bank', window_id: windowId, amount_minor: 5 })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('fund_entry')
          .values([
            { transaction_id: id, fund_id: fundId, account: 'fee:bank', currency: 'USD', amount_minor: 5 },
            { transaction_id: id, fund_id: fundId, account: `aa:window:${windowId}`, currency: 'USD', amount_minor: -4 },
          ])
          .execute();
        // Each statement succeeds: the check waits for the commit.
      }),
    ).rejects.toThrow(/does not balance: its USD entries sum to 1/);
    expect(await countRows(t.db, 'fund_transaction')).toBe(before);
  });
});
