import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealPendingAuditEvents } from '../modules/audit/audit.seal.ts';
import { verifyAuditChain } from '../modules/audit/audit.verify.ts';
import { type TestApp, buildTestApp, signIn } from '../test/app.ts';
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
