import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealPendingAuditEvents } from '../modules/audit/audit.seal.ts';
import { verifyAuditChain } from '../modules/audit/audit.verify.ts';
import { FUND_DEMO_NAME, loadFundDemo } from '../modules/fund/fund.demo.ts';
import { checkLedger, ledgerSize } from '../modules/fund/fund.service.ts';
import { type TestApp, buildTestApp, signIn } from '../test/app.ts';
import { runCli } from '../test/cli.ts';
import { DEMO_PASSWORD, DEMO_USERS, loadDemo } from './demo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  await loadDemo(t.db, resolve(import.meta.dirname, 'coalition-2015.json'));
});
afterAll(async () => t?.close());

describe('the demo coalition', () => {
  it('has 62 members, the secretariat and UNDP as a partner', async () => {
    const admin = await signIn(t.app, 'admin@secretariat.demo', DEMO_PASSWORD);
    const members = await admin.inject({ method: 'GET', url: '/api/organisations?status=member&limit=200' });
    expect(members.json().items).toHaveLength(62);
    const panama = members.json().items.find((o: { name: string }) => o.name === 'Panama');
    expect(panama.joinedOn).toBe('2015-02-05');
    const partners = await admin.inject({ method: 'GET', url: '/api/organisations?kind=partner' });
    expect(partners.json().items.map((o: { shortName: string }) => o.shortName)).toEqual(['UNDP']);
  });

  it('has the small group of 21, seven lines of effort and the working groups with co-leads', async () => {
    const s = await signIn(t.app, 'focal@uk.demo', DEMO_PASSWORD);
    const groups = await s.inject({ method: 'GET', url: '/api/groups?kind=small_group' });
    expect(groups.json().items[0].memberCount).toBe(21);
    const tree = await s.inject({ method: 'GET', url: '/api/framework' });
    expect(tree.json()).toHaveLength(7);
    const wgs = await s.inject({ method: 'GET', url: '/api/working-groups' });
    const finance = wgs.json().find((w: { name: string }) => w.name.startsWith('Counter-ISIL Finance'));
    expect(finance.coLeads.map((c: { name: string }) => c.name)).toEqual(['Italy', 'Saudi Arabia', 'United States']);
    expect(finance.formedOn).toBe('2015-03-19');
  });

  it('gives every demo user a password hash with its own salt', async () => {
    const rows = await t.db.selectFrom('app_user').select('password_hash').execute();
    expect(rows).toHaveLength(DEMO_USERS.length);
    // PHC string: $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>
    const salts = rows.map((r) => r.password_hash.split('$')[4]);
    expect(rows.every((r) => r.password_hash.startsWith('$argon2id$v=19$m=19456,t=2,p=1$'))).toBe(true);
    expect(new Set(salts).size).toBe(DEMO_USERS.length);
    expect(new Set(rows.map((r) => r.password_hash)).size).toBe(DEMO_USERS.length);
  });

  it('lets every demo user sign in, and audits the load', async () => {
    for (const u of DEMO_USERS) await signIn(t.app, u.email, DEMO_PASSWORD);
    await sealPendingAuditEvents(t.db);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, pending: 0 });
  });
});

describe('the demo’s who-does-what-where', () => {
  it('has the brigades goal with its gap, and the camps shared with the small group only', async () => {
    const iraq = await signIn(t.app, 'focal@iq.demo', DEMO_PASSWORD);
    const needs = (await iraq.inject({ method: 'GET', url: '/api/needs' })).json().items;
    const brigades = needs.find((n: { description: string }) => n.description === 'Raise 12 new Iraqi brigades');
    // The UK's 2 are only pledged; the US's 4 are committed.
    expect(brigades.gap).toMatchObject({ committed: { quantity: '4' }, unmet: { quantity: '8' } });
    const returns = needs.find((n: { description: string }) => n.description.startsWith('Relief kits for families returning'));
    expect(returns).toMatchObject({ organisation: { name: 'Germany' }, workingGroup: { name: 'Stabilization Working Group' }, location: { code: 'IQ-SD' } });
    const camps = (await iraq.inject({ method: 'GET', url: '/api/contributions?type=training&limit=50' })).json().items;
    expect(camps.filter((c: { description: string }) => c.description.includes('camp'))).toHaveLength(3);
    const panama = await signIn(t.app, 'viewer@pa.demo', DEMO_PASSWORD);
    const outside = (await panama.inject({ method: 'GET', url: '/api/contributions?type=training&limit=50' })).json().items;
    expect(outside.filter((c: { description: string }) => c.description.includes('camp'))).toHaveLength(0);
  });
});

describe('the demo’s stabilisation fund', () => {
  const demoFile = () => resolve(import.meta.dirname, 'coalition-2015.json');
  const orgIds = async () => new Map((await t.db.selectFrom('organisation').select(['id', 'name']).execute()).map((o) => [o.name, o.id]));
  const fundOf = async (session: Awaited<ReturnType<typeof signIn>>) => {
    const funds = (await session.inject({ method: 'GET', url: '/api/funds' })).json().items;
    const fund = funds.find((f: { name: string }) => f.name === FUND_DEMO_NAME);
    expect(fund).toBeDefined();
    return (await session.inject({ method: 'GET', url: `/api/funds/${fund.id}` })).json();
  };

  it('is the FFIS, administered by UNDP, GREEN for every member, with its three windows and illustrative projects', async () => {
    const fund = await fundOf(await signIn(t.app, 'focal@de.demo', DEMO_PASSWORD));
    expect(fund).toMatchObject({ baseCurrency: 'USD', administrativeAgent: { name: 'United Nations Development Programme' }, launchedOn: '2015-06-11', aaFeeBp: 100 });
    expect(fund.sharing.marking).toBe('GREEN');
    expect(fund.windows.map((w: { code: string }) => w.code)).toEqual(['W1-PUBLIC-WORKS', 'W2-LIVELIHOODS', 'W3-CAPACITY']);
    expect(fund.windows.every((w: { sectors: string[]; purpose: string }) => w.sectors.length > 0 && w.purpose.includes('Demo'))).toBe(true);
    // Five projects; Germany's focal point sees four: the police project is AMBER, for UNDP and the secretariat.
    expect(fund.projects).toHaveLength(4);
    for (const p of fund.projects) expect(p.title).toMatch(/^Illustrative demo project: /);
    expect((await fundOf(await signIn(t.app, 'admin@secretariat.demo', DEMO_PASSWORD))).projects).toHaveLength(5);
  });

  it('holds the two documented payments and nothing else from donors: Germany 11,000,000 and the United States 8,300,000 USD', async () => {
    const germany = await signIn(t.app, 'focal@de.demo', DEMO_PASSWORD);
    const fund = await fundOf(germany);
    const status = (await germany.inject({ method: 'GET', url: `/api/funds/${fund.id}/status?by=donor` })).json();
    expect(status.total).toMatchObject({ pledged: '0', committed: '1930000000', deposits: '1930000000', contributions: '1930000000', aaFees: '19300000' });
    const orgs = await orgIds();
    const byDonor = Object.fromEntries(
      status.groups.filter((g: { key: string | null }) => g.key !== null).map((g: { key: string; figures: { deposits: string } }) => [g.key, g.figures.deposits]),
    );
    expect(byDonor).toEqual({ [orgs.get('Germany')!]: '1100000000', [orgs.get('United States')!]: '830000000' });
    // What the fund holds, with UNDP and with the partner, plus what was spent and the fee, is what was paid in.
    const total = status.total;
    expect(BigInt(total.balanceWithAA) + BigInt(total.balanceWithPartners) + BigInt(total.expenditure) + BigInt(total.aaFees)).toBe(1_930_000_000n);
    expect(BigInt(total.allocations)).toBeLessThanOrEqual(BigInt(total.contributions) - BigInt(total.aaFees));

    const transactions = (await germany.inject({ method: 'GET', url: `/api/funds/${fund.id}/transactions?limit=100` })).json().items;
    const fromDonors = transactions.filter((x: { kind: string }) => x.kind === 'commitment' || x.kind === 'deposit');
    expect(fromDonors.map((x: { kind: string; valueDate: string; amount: { amountMinor: number } }) => [x.kind, x.valueDate, x.amount.amountMinor]).sort()).toEqual([
      ['commitment', '2015-07-30', 830_000_000],
      ['commitment', '2015-12-22', 1_100_000_000],
      ['deposit', '2015-07-30', 830_000_000],
      ['deposit', '2015-12-22', 1_100_000_000],
    ]);
    // Every other posting is the demo's invention, and says so.
    const others = transactions.filter((x: { kind: string }) => x.kind !== 'commitment' && x.kind !== 'deposit');
    expect(others.length).toBeGreaterThan(0);
    for (const x of others) expect(x.description).toMatch(/^Illustrative demo data: /);
  });

  it('passes entente fund check once loaded', async () => {
    expect(await checkLedger(t.db)).toBeNull();
    // 2 commitments, 2 deposits, and for the 5 projects their allocations, transfers, expenditure and 1 refund.
    expect(Number((await ledgerSize(t.db)).transactions)).toBe(20);
    const check = await runCli(['fund', 'check'], { DATABASE_URL: t.url });
    expect(check.stderr).toBe('');
    expect(check).toMatchObject({ code: 0 });
    expect(check.stdout).toContain('Fund ledger verified: 20 transactions');
  });

  it('labels every project description and progress report as illustrative, and keeps the AMBER project to UNDP and the secretariat', async () => {
    const undp = await signIn(t.app, 'focal@undp.demo', DEMO_PASSWORD);
    const fund = await fundOf(undp);
    const germany = await signIn(t.app, 'focal@de.demo', DEMO_PASSWORD);
    const secretariat = await signIn(t.app, 'coordinator@secretariat.demo', DEMO_PASSWORD);
    const markings: string[] = [];
    for (const p of fund.projects) {
      const url = `/api/funds/${fund.id}/projects/${p.id}`;
      const details = (await undp.inject({ method: 'GET', url: `${url}/details` })).json();
      expect(details.description).toMatch(/^Illustrative demo project, not a real FFIS project: /);
      expect(details.locationName).toBe('Salah ad Din');
      expect(details.beneficiaries).not.toBeNull();
      const reports = (await undp.inject({ method: 'GET', url: `${url}/reports` })).json();
      expect(reports.length).toBeGreaterThan(0);
      for (const r of reports) expect(r.body).toMatch(/^Illustrative demo report: /);
      markings.push(details.marking);
      if (details.marking === 'AMBER') {
        expect((await germany.inject({ method: 'GET', url: `${url}/details` })).statusCode).toBe(404);
        expect((await secretariat.inject({ method: 'GET', url: `${url}/details` })).statusCode).toBe(200);
      } else expect((await germany.inject({ method: 'GET', url: `${url}/details` })).statusCode).toBe(200);
    }
    expect(markings.sort()).toEqual(['AMBER', 'GREEN', 'GREEN', 'GREEN', 'GREEN']);
    // The flows Germany may pass on leave the AMBER project out; UNDP's keep it.
    const flows = async (s: typeof undp) => (await s.inject({ method: 'GET', url: `/api/funds/${fund.id}/flows.csv` })).body;
    expect(await flows(undp)).toContain('police stations');
    expect(await flows(germany)).not.toContain('police stations');
    const iati = await undp.inject({ method: 'GET', url: `/api/funds/${fund.id}/iati.xml` });
    expect(iati.statusCode).toBe(200);
    expect(iati.body).toContain('XM-DAC-41114-DEMO-FFIS');
  });

  it('is not loaded twice', async () => {
    const before = await ledgerSize(t.db);
    const orgs = await orgIds();
    const users = new Map((await t.db.selectFrom('app_user').select(['id', 'email']).execute()).map((u) => [u.email, u.id]));
    const again = await t.db
      .transaction()
      .execute((trx) => loadFundDemo(trx, { actor: { kind: 'system' } }, demoFile(), { orgId: (n) => orgs.get(n)!, userId: (e) => users.get(e)! }));
    expect(again).toBeNull();
    expect(await ledgerSize(t.db)).toEqual(before);
    expect((await t.db.selectFrom('fund').select('id').execute()).length).toBe(1);
  });
});
