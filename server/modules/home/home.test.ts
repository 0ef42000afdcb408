// The home through HTTP: the organisation's figures, open needs in its lines of effort, what
// changed since the last visit — every part under the sharing rule — and the coalition's figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { itRequiresSignIn } from '../../test/contract.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import { createFrameworkNodeIn, createWorkingGroupIn } from '../framework/framework.service.ts';

let t: TestApp;
let uk: Session;
let us: Session;
let admin: Session;
let ukOrgId = '';
let usOrgId = '';
let reliefId = '';
let reliefObjectiveId = '';
let securityId = '';
const ids: Record<string, string> = {};

const contribution = (over: Record<string, unknown>) => ({
  frameworkNodeId: reliefObjectiveId,
  type: 'humanitarian_aid',
  description: 'Winter shelter kits',
  money: { amountMinor: 250_000_00, currency: 'USD' },
  sharing: { marking: 'GREEN' },
  ...over,
});
const need = (over: Record<string, unknown>) => ({
  frameworkNodeId: reliefId,
  type: 'humanitarian_aid',
  description: 'Shelter for displaced families',
  quantity: { value: 12000, unit: 'kits' },
  priority: 'high',
  sharing: { marking: 'GREEN' },
  ...over,
});

async function post(s: Session, url: string, payload: Record<string, unknown>) {
  const res = await s.inject({ method: 'POST', url, payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}
const home = async (s: Session) => {
  const res = await s.inject({ method: 'GET', url: '/api/home' });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

beforeAll(async () => {
  t = await buildTestApp();
  const ukOrg = await buildOrganisation(t.db, { name: 'United Kingdom', iso3: 'GBR' });
  const usOrg = await buildOrganisation(t.db, { name: 'United States', iso3: 'USA' });
  const sec = await buildOrganisation(t.db, { name: 'Secretariat', kind: 'secretariat' });
  ukOrgId = ukOrg.id;
  usOrgId = usOrg.id;
  await t.db.transaction().execute(async (trx) => {
    reliefId = (await createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'relief', name: 'Humanitarian relief', description: '', position: 0 })).id;
    reliefObjectiveId = (
      await createFrameworkNodeIn(trx, systemCtx, { parentId: reliefId, kind: 'objective', code: 'relief.shelter', name: 'Shelter', description: '', position: 0 })
    ).id;
    securityId = (await createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'security', name: 'Security', description: '', position: 1 })).id;
    await createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'finance', name: 'Finance', description: '', position: 2 });
    // The United Kingdom co-leads security's working group: security is one of its lines though it has no contribution there.
    await createWorkingGroupIn(trx, systemCtx, { name: 'Security WG', lineId: securityId, formedOn: null, coLeadOrgIds: [ukOrg.id], memberOrgIds: [] });
  });
  uk = await signIn(t.app, (await buildUser(t.db, ukOrg.id)).email, TEST_PASSWORD);
  us = await signIn(t.app, (await buildUser(t.db, usOrg.id)).email, TEST_PASSWORD);
  admin = await signIn(t.app, (await buildUser(t.db, sec.id, 'admin')).email, TEST_PASSWORD);

  ids.ukCommitted = await post(uk, '/api/contributions', contribution({ status: 'committed' }));
  ids.ukDelivered = await post(uk, '/api/contributions', contribution({ status: 'delivered', money: { amountMinor: 1_000_00, currency: 'GBP' } }));
  ids.ukPledged = await post(uk, '/api/contributions', contribution({ sharing: { marking: 'AMBER' } }));
  ids.usGreen = await post(us, '/api/contributions', contribution({ description: 'US visible kits' }));
  // Hidden from the United Kingdom: a RED one and an AMBER one shared with nobody.
  ids.usRed = await post(us, '/api/contributions', contribution({ description: 'US hidden RED', status: 'committed', sharing: { marking: 'RED' } }));
  ids.usAmber = await post(us, '/api/contributions', contribution({ description: 'US hidden AMBER', sharing: { marking: 'AMBER' } }));
  ids.reliefNeed = await post(us, '/api/needs', need({}));
  ids.securityNeed = await post(us, '/api/needs', need({ frameworkNodeId: securityId, description: 'Radios', priority: 'critical' }));
  ids.hiddenNeed = await post(us, '/api/needs', need({ description: 'Hidden need', sharing: { marking: 'AMBER' } }));
  ids.financeNeed = await post(us, '/api/needs', need({ description: 'Not in a UK line', frameworkNodeId: (await lineId('finance'))! }));
});
afterAll(async () => t?.close());

async function lineId(code: string) {
  return (await t.db.selectFrom('framework_node').select('id').where('code', '=', code).executeTakeFirst())?.id;
}

itRequiresSignIn(() => t, { home: { method: 'GET', url: () => '/api/home' } });

describe('GET /api/home', () => {
  it("gives the organisation's contributions by status and its committed and delivered money per currency", async () => {
    const h = await home(uk);
    expect(h.organisation).toEqual({ id: ukOrgId, name: 'United Kingdom' });
    expect(h.contributions.byStatus).toEqual({ pledged: 1, committed: 1, delivered: 1, cancelled: 0 });
    expect(h.contributions.money).toEqual([
      { status: 'committed', amountMinor: '25000000', currency: 'USD' },
      { status: 'delivered', amountMinor: '100000', currency: 'GBP' },
    ]);
    expect(h.needs).toEqual({ total: 0, open: 0 });
    expect(h.coalition).toBeNull();
  });

  it('gives the open needs of the lines the organisation contributes to or co-leads, most urgent first', async () => {
    const h = await home(uk);
    expect(h.lines).toEqual([
      { id: reliefId, code: 'relief', name: 'Humanitarian relief', contributes: true, coLeads: false },
      { id: securityId, code: 'security', name: 'Security', contributes: false, coLeads: true },
    ]);
    expect(h.openNeeds.total).toBe(2);
    expect(h.openNeeds.items.map((n: { id: string }) => n.id)).toEqual([ids.securityNeed, ids.reliefNeed]);
    expect(h.openNeeds.items[1]).toMatchObject({ organisation: 'United States', unmetQuantity: '12000.0000', unit: 'kits', unmetAmountMinor: null, priority: 'high' });
  });

  it('counts needs of its own organisation, open while part is unmet', async () => {
    const h = await home(us);
    expect(h.needs).toEqual({ total: 4, open: 4 });
    // Its own RED and AMBER rows are its own to see.
    expect(h.contributions.byStatus).toEqual({ pledged: 2, committed: 1, delivered: 0, cancelled: 0 });
  });

  it("never shows a hidden row's events in what changed, not even in the count", async () => {
    const h = await home(uk);
    expect(h.firstVisit).toBe(true);
    const seen = h.changes.items.map((c: { entityId: string }) => c.entityId);
    for (const hidden of [ids.usRed, ids.usAmber, ids.hiddenNeed]) expect(seen).not.toContain(hidden);
    // Exactly the visible rows' creations: 3 of the UK's, 1 US contribution, 3 US needs.
    const visible = [ids.ukCommitted, ids.ukDelivered, ids.ukPledged, ids.usGreen, ids.reliefNeed, ids.securityNeed, ids.financeNeed];
    expect(h.changes.total).toBe(visible.length);
    expect(h.changes.more).toBe(false);
    expect([...seen].sort()).toEqual([...visible].sort());
    expect(h.changes.items[0]).toMatchObject({ entity: 'need', action: 'need.create', organisation: { id: usOrgId, name: 'United States' } });
    // To the United States: its own hidden rows are its to see, the United Kingdom's AMBER one is not.
    const own = await home(us);
    expect(own.changes.total).toBe(visible.length - 1 + 3);
    expect(own.changes.items.map((c: { entityId: string }) => c.entityId)).not.toContain(ids.ukPledged);
  });

  it('shows what changed since the visit before this one', async () => {
    const earlier = new Date(Date.now() - 2 * 3600_000);
    await t.db
      .updateTable('home_visit')
      .set({ last_seen_at: earlier, previous_seen_at: null })
      .where('user_id', '=', (await userOf(uk))!)
      .execute();
    const newId = await post(us, '/api/contributions', contribution({ description: 'After the last visit' }));
    const h = await home(uk);
    expect(h.firstVisit).toBe(false);
    expect(new Date(h.since).getTime()).toBe(earlier.getTime());
    // Everything above happened after `earlier` too; a reload within the visit keeps the same "since".
    expect(h.changes.items[0].entityId).toBe(newId);
    const again = await home(uk);
    expect(again.since).toBe(h.since);
  });

  it("takes a row out of what changed, count included, once it leaves the reader's sight", async () => {
    const before = await home(uk);
    expect(before.changes.items.map((c: { entityId: string }) => c.entityId)).toContain(ids.usGreen);
    const res = await us.inject({ method: 'PATCH', url: `/api/contributions/${ids.usGreen}`, payload: { sharing: { marking: 'AMBER' } } });
    expect(res.statusCode, res.body).toBe(200);
    const after = await home(uk);
    expect(after.changes.items.map((c: { entityId: string }) => c.entityId)).not.toContain(ids.usGreen);
    // Its creation and its change are both gone: one fewer than before, not one more.
    expect(after.changes.total).toBe(before.changes.total - 1);
  });

  it('gives the secretariat the coalition-wide figures under its rule', async () => {
    const h = await home(admin);
    expect(h.coalition).toMatchObject({ members: 2, meetingsUpcoming: 0, actionItemsOverdue: 0 });
    // The secretariat reads AMBER rows, not another's RED one.
    const relief = h.coalition.contributionsByLine.find((l: { id: string }) => l.id === reliefId);
    expect(relief.count).toBe(6);
    expect(h.coalition.openNeeds).toBe(4);
  });
});

async function userOf(s: Session) {
  const me = await s.inject({ method: 'GET', url: '/api/auth/session' });
  return me.json().user?.id as string | undefined;
}

describe('GET /api/audit filters', () => {
  it('filters by actor organisation, action and days', async () => {
    const res = await admin.inject({ method: 'GET', url: `/api/audit?actorOrgId=${usOrgId}&action=need.create&limit=50` });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { actorOrgId: string; action: string }[];
    expect(items).toHaveLength(4);
    for (const e of items) expect(e).toMatchObject({ actorOrgId: usOrgId, action: 'need.create' });
    const today = new Date().toISOString().slice(0, 10);
    expect((await admin.inject({ method: 'GET', url: `/api/audit?from=${today}&to=${today}&action=need.create` })).json().items).toHaveLength(4);
    expect((await admin.inject({ method: 'GET', url: '/api/audit?from=2001-01-01&to=2001-01-02' })).json().items).toHaveLength(0);
  });

  it('refuses bad filters naming the field', async () => {
    const bad = await admin.inject({ method: 'GET', url: '/api/audit?actorOrgId=nope' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('query.actorOrgId');
    const order = await admin.inject({ method: 'GET', url: '/api/audit?from=2020-02-02&to=2020-02-01' });
    expect(order.statusCode).toBe(400);
    expect(order.json().errors[0].path).toBe('query.to');
  });
});
