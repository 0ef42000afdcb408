import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { expectForbidden, expectInvalid, itRequiresSignIn, request } from '../../test/contract.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser, countRows } from '../../test/factories.ts';

let t: TestApp;
let admin: Session;
let focal: Session;
let lineId = '';
let wgId = '';
const orgs: string[] = [];

beforeAll(async () => {
  t = await buildTestApp();
  const secretariat = await buildOrganisation(t.db, { kind: 'secretariat' });
  for (let i = 0; i < 3; i++) orgs.push((await buildOrganisation(t.db)).id);
  admin = await signIn(t.app, (await buildUser(t.db, secretariat.id, 'admin')).email, TEST_PASSWORD);
  focal = await signIn(t.app, (await buildUser(t.db, orgs[0]!, 'focal_point')).email, TEST_PASSWORD);
});
afterAll(async () => t?.close());

const routes = {
  tree: { method: 'GET' as const, url: () => '/api/framework' },
  createNode: { method: 'POST' as const, url: () => '/api/framework/nodes', payload: () => ({ kind: 'line', code: 'finance', name: 'Finance' }) },
  updateNode: { method: 'PATCH' as const, url: () => `/api/framework/nodes/${lineId || '00000000-0000-4000-8000-000000000000'}`, payload: () => ({ name: 'Counter-finance' }) },
  listWgs: { method: 'GET' as const, url: () => '/api/working-groups' },
  getWg: { method: 'GET' as const, url: () => `/api/working-groups/${wgId || '00000000-0000-4000-8000-000000000000'}` },
  createWg: { method: 'POST' as const, url: () => '/api/working-groups', payload: () => ({ name: 'Finance group', lineId, coLeadOrgIds: [orgs[0]], memberOrgIds: [orgs[1]] }) },
  deleteNode: { method: 'DELETE' as const, url: () => '/api/framework/nodes/00000000-0000-4000-8000-000000000000' },
  updateWg: { method: 'PATCH' as const, url: () => `/api/working-groups/${wgId || '00000000-0000-4000-8000-000000000000'}`, payload: () => ({ formedOn: '2015-03-19' }) },
};

describe('framework routes', () => {
  itRequiresSignIn(() => t, routes);

  it('builds the tree line → objective → sub-objective', async () => {
    const line = await admin.inject(request(routes.createNode));
    expect(line.statusCode).toBe(201);
    lineId = line.json().id;
    const objective = await admin.inject({
      method: 'POST',
      url: '/api/framework/nodes',
      payload: { parentId: lineId, kind: 'objective', code: 'finance.1', name: 'Cut off revenue' },
    });
    expect(objective.statusCode).toBe(201);
    const sub = await admin.inject({
      method: 'POST',
      url: '/api/framework/nodes',
      payload: { parentId: objective.json().id, kind: 'sub_objective', code: 'finance.1.a', name: 'Oil smuggling' },
    });
    expect(sub.statusCode).toBe(201);
    const tree = await focal.inject(request(routes.tree));
    expect(tree.json()).toMatchObject([{ code: 'finance', children: [{ code: 'finance.1', children: [{ code: 'finance.1.a', children: [] }] }] }]);
    const renamed = await admin.inject(request(routes.updateNode));
    expect(renamed.json().name).toBe('Counter-finance');
  });

  it('forbids non-admins to change the framework', async () => {
    await expectForbidden(focal, routes.createNode, t, 'framework_node');
    await expectForbidden(focal, routes.createWg, t, 'working_group');
  });

  it('refuses a tree that does not fit, naming the field', async () => {
    await expectInvalid(admin, { ...routes.createNode, payload: () => ({ kind: 'objective', code: 'orphan', name: 'No parent' }) }, t, 'framework_node', 'body.parentId');
    await expectInvalid(
      admin,
      { ...routes.createNode, payload: () => ({ parentId: lineId, kind: 'sub_objective', code: 'skip', name: 'Skips a level' }) },
      t,
      'framework_node',
      'body.parentId',
    );
    await expectInvalid(admin, { ...routes.createNode, payload: () => ({ kind: 'line', code: 'Bad Code!', name: 'x' }) }, t, 'framework_node', 'body.code');
    const dup = await admin.inject({ ...request(routes.createNode) });
    expect(dup.statusCode).toBe(409);
  });

  it('creates a working group whose co-leads are members', async () => {
    const res = await admin.inject(request(routes.createWg));
    expect(res.statusCode, res.body).toBe(201);
    wgId = res.json().id;
    expect(res.json().coLeads.map((c: { id: string }) => c.id)).toEqual([orgs[0]]);
    expect(
      res
        .json()
        .members.map((m: { id: string }) => m.id)
        .sort(),
    ).toEqual([orgs[0], orgs[1]].sort());
    const changed = await admin.inject(request(routes.updateWg));
    expect(changed.json().formedOn).toBe('2015-03-19');
    const forLine = await focal.inject({ method: 'GET', url: `/api/working-groups?lineId=${lineId}` });
    expect(forLine.json()).toHaveLength(1);
    const org = await focal.inject({ method: 'GET', url: `/api/organisations/${orgs[0]}` });
    expect(org.json().workingGroups).toEqual([{ id: wgId, name: 'Finance group', nameFr: null, nameAr: null, coLead: true }]);
  });

  it('refuses a working group without co-leads or on an objective', async () => {
    await expectInvalid(admin, { ...routes.createWg, payload: () => ({ name: 'No lead', lineId, coLeadOrgIds: [] }) }, t, 'working_group', 'body.coLeadOrgIds');
    await expectInvalid(admin, { ...routes.createWg, payload: () => ({ name: 'Bad line', lineId: orgs[0], coLeadOrgIds: [orgs[0]] }) }, t, 'working_group', 'body.lineId');
  });

  it('makes a new co-lead a member when only the co-leads change', async () => {
    const res = await admin.inject({ method: 'PATCH', url: `/api/working-groups/${wgId}`, payload: { coLeadOrgIds: [orgs[0], orgs[2]] } });
    expect(res.statusCode, res.body).toBe(200);
    expect(
      res
        .json()
        .coLeads.map((c: { id: string }) => c.id)
        .sort(),
    ).toEqual([orgs[0], orgs[2]].sort());
    expect(
      res
        .json()
        .members.map((m: { id: string }) => m.id)
        .sort(),
    ).toEqual([orgs[0], orgs[1], orgs[2]].sort());
    // A co-lead taken out stays a member: only a new list of members takes organisations out.
    const fewer = await admin.inject({ method: 'PATCH', url: `/api/working-groups/${wgId}`, payload: { coLeadOrgIds: [orgs[2]] } });
    expect(fewer.json().coLeads.map((c: { id: string }) => c.id)).toEqual([orgs[2]]);
    expect(fewer.json().members).toHaveLength(3);
  });
});

describe('deleting a framework element', () => {
  const node = async (payload: object) => {
    const res = await admin.inject({ method: 'POST', url: '/api/framework/nodes', payload });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const del = (id: string) => ({ method: 'DELETE' as const, url: () => `/api/framework/nodes/${id}` });
  const codes = async () => (await t.db.selectFrom('framework_node').select('code').orderBy('code').execute()).map((r) => r.code);

  it('deletes an element with nothing under it and nothing recorded against it, audited', async () => {
    const line = await node({ kind: 'line', code: 'del.line', name: 'To prune' });
    const leaf = await node({ parentId: line, kind: 'objective', code: 'del.leaf', name: 'Added by mistake' });
    const res = await admin.inject(request(del(leaf)));
    expect(res.statusCode, res.body).toBe(204);
    expect(await codes()).not.toContain('del.leaf');
    const event = await t.db.selectFrom('audit_event').selectAll().where('entity_id', '=', leaf).where('action', '=', 'framework.delete').executeTakeFirstOrThrow();
    expect(event.before).toMatchObject({ code: 'del.leaf', name: 'Added by mistake', parentId: line });
    expect((await admin.inject(request(del(leaf)))).statusCode).toBe(404);
  });

  it('refuses, changing nothing, an element with elements under it or one a working group is on', async () => {
    const line = await node({ kind: 'line', code: 'keep.line', name: 'Kept' });
    await node({ parentId: line, kind: 'objective', code: 'keep.child', name: 'Child' });
    const lineWithGroup = await node({ kind: 'line', code: 'keep.wg', name: 'Has a group' });
    const wg = await admin.inject({ method: 'POST', url: '/api/working-groups', payload: { name: 'Keeps its line', lineId: lineWithGroup, coLeadOrgIds: [orgs[1]] } });
    expect(wg.statusCode, wg.body).toBe(201);
    const before = await codes();
    const audits = await countRows(t.db, 'audit_event');
    for (const id of [line, lineWithGroup]) {
      const res = await admin.inject(request(del(id)));
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json()).toMatchObject({ status: 409, code: 'conflict' });
    }
    expect(await codes()).toEqual(before);
    expect(await countRows(t.db, 'audit_event')).toBe(audits);
  });

  it('is for admins only, and a malformed id is a 400', async () => {
    const leaf = await node({ kind: 'line', code: 'guarded', name: 'Guarded' });
    await expectForbidden(focal, del(leaf), t, 'framework_node');
    const bad = await admin.inject({ method: 'DELETE', url: '/api/framework/nodes/not-an-id' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toContain('params.id');
  });

  describe('names in French and Arabic (ADR 0036)', () => {
    it('creates, reads and changes a line of effort with its French and Arabic names, audited', async () => {
      const created = await admin.inject({
        method: 'POST',
        url: '/api/framework/nodes',
        payload: { kind: 'line', code: 'i18n.line', name: 'Stabilisation', nameFr: '  Stabilisation des zones libérées ', nameAr: 'تحقيق الاستقرار' },
      });
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json().id as string;
      expect(created.json()).toMatchObject({ nameFr: 'Stabilisation des zones libérées', nameAr: 'تحقيق الاستقرار' });
      const tree = (await focal.inject(request(routes.tree))).json() as { id: string; nameFr: string | null; nameAr: string | null }[];
      expect(tree.find((n) => n.id === id)).toMatchObject({ nameFr: 'Stabilisation des zones libérées', nameAr: 'تحقيق الاستقرار' });
      const plain = await admin.inject({ method: 'POST', url: '/api/framework/nodes', payload: { kind: 'line', code: 'i18n.plain', name: 'Plain' } });
      expect(plain.json()).toMatchObject({ nameFr: null, nameAr: null });

      const changed = await admin.inject({ method: 'PATCH', url: `/api/framework/nodes/${id}`, payload: { nameFr: 'Stabilisation', nameAr: null } });
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.json()).toMatchObject({ name: 'Stabilisation', nameFr: 'Stabilisation', nameAr: null });
      const event = await t.db.selectFrom('audit_event').selectAll().where('entity_id', '=', id).where('action', '=', 'framework.update').executeTakeFirstOrThrow();
      expect(event.before).toMatchObject({ nameFr: 'Stabilisation des zones libérées', nameAr: 'تحقيق الاستقرار' });
      expect(event.after).toMatchObject({ nameFr: 'Stabilisation', nameAr: null });
    });

    it('refuses a blank or too long translated name, naming the field and changing nothing', async () => {
      await expectInvalid(admin, { ...routes.createNode, payload: () => ({ kind: 'line', code: 'i18n.blank', name: 'Blank', nameFr: '   ' }) }, t, 'framework_node', 'body.nameFr');
      await expectInvalid(
        admin,
        { ...routes.createNode, payload: () => ({ kind: 'line', code: 'i18n.long', name: 'Long', nameAr: 'ا'.repeat(301) }) },
        t,
        'framework_node',
        'body.nameAr',
      );
      const before = await t.db.selectFrom('framework_node').select(['name_fr', 'name_ar']).where('id', '=', lineId).executeTakeFirstOrThrow();
      await expectInvalid(
        admin,
        { method: 'PATCH', url: () => `/api/framework/nodes/${lineId}`, payload: () => ({ nameAr: 'نص', nameFr: 7 }) },
        t,
        'framework_node',
        'body.nameFr',
      );
      expect(await t.db.selectFrom('framework_node').select(['name_fr', 'name_ar']).where('id', '=', lineId).executeTakeFirstOrThrow()).toEqual(before);
    });

    it('gives a working group and a group of organisations their French and Arabic names', async () => {
      const wg = await admin.inject({
        method: 'POST',
        url: '/api/working-groups',
        payload: { name: 'Stabilisation group', nameFr: 'Groupe de stabilisation', lineId, coLeadOrgIds: [orgs[2]] },
      });
      expect(wg.statusCode, wg.body).toBe(201);
      expect(wg.json()).toMatchObject({ nameFr: 'Groupe de stabilisation', nameAr: null });
      const renamed = await admin.inject({ method: 'PATCH', url: `/api/working-groups/${wg.json().id}`, payload: { nameAr: 'مجموعة الاستقرار' } });
      expect(renamed.json()).toMatchObject({ name: 'Stabilisation group', nameFr: 'Groupe de stabilisation', nameAr: 'مجموعة الاستقرار' });
      const listed = (await focal.inject(request(routes.listWgs))).json() as { id: string }[];
      expect(listed.find((w) => w.id === wg.json().id)).toMatchObject({ nameAr: 'مجموعة الاستقرار' });
      const event = await t.db.selectFrom('audit_event').selectAll().where('entity_id', '=', wg.json().id).where('action', '=', 'working_group.update').executeTakeFirstOrThrow();
      expect(event.after).toMatchObject({ nameAr: 'مجموعة الاستقرار' });
      await expectInvalid(admin, { ...routes.createWg, payload: () => ({ name: 'Blank fr', nameFr: '', lineId, coLeadOrgIds: [orgs[2]] }) }, t, 'working_group', 'body.nameFr');

      const group = await admin.inject({ method: 'POST', url: '/api/groups', payload: { name: 'Donors', nameFr: 'Donateurs', nameAr: 'المانحون', memberOrgIds: [orgs[1]] } });
      expect(group.statusCode, group.body).toBe(201);
      expect(group.json()).toMatchObject({ nameFr: 'Donateurs', nameAr: 'المانحون' });
      const patched = await admin.inject({ method: 'PATCH', url: `/api/groups/${group.json().id}`, payload: { nameFr: 'Bailleurs' } });
      expect(patched.json()).toMatchObject({ name: 'Donors', nameFr: 'Bailleurs', nameAr: 'المانحون' });
      const org = (await focal.inject({ method: 'GET', url: `/api/organisations/${orgs[1]}` })).json() as { groups: { id: string }[] };
      expect(org.groups.find((g) => g.id === group.json().id)).toMatchObject({ nameFr: 'Bailleurs', nameAr: 'المانحون' });
      const groupEvent = await t.db.selectFrom('audit_event').selectAll().where('entity_id', '=', group.json().id).where('action', '=', 'group.update').executeTakeFirstOrThrow();
      expect(groupEvent.before).toMatchObject({ nameFr: 'Donateurs' });
      expect(groupEvent.after).toMatchObject({ nameFr: 'Bailleurs' });
      await expectInvalid(admin, { method: 'POST', url: () => '/api/groups', payload: () => ({ name: 'Long', nameAr: 'ا'.repeat(201) }) }, t, 'org_group', 'body.nameAr');
    });
  });
});
