// Attack review of names in French and Arabic (issue 9, ADR 0036, migration 0039): hostile
// nameFr / nameAr on framework elements, working groups and groups are a 400 naming the field
// with nothing written, never a 500; a working group's membership group is named from its
// names within the group's own limits.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser, countRows } from '../../test/factories.ts';

let t: TestApp;
let admin: Session;
let lineId = '';
const orgs: string[] = [];

beforeAll(async () => {
  t = await buildTestApp();
  const secretariat = await buildOrganisation(t.db, { kind: 'secretariat' });
  for (let i = 0; i < 2; i++) orgs.push((await buildOrganisation(t.db)).id);
  admin = await signIn(t.app, (await buildUser(t.db, secretariat.id, 'admin')).email, TEST_PASSWORD);
  const line = await admin.inject({ method: 'POST', url: '/api/framework/nodes', payload: { kind: 'line', code: 'finance', name: 'Finance' } });
  expect(line.statusCode, line.body).toBe(201);
  lineId = line.json().id;
});
afterAll(async () => t?.close());

const HOSTILE: [string, unknown][] = [
  ['100k characters', 'x'.repeat(100_000)],
  ['blank', '   '],
  ['empty', ''],
  ['NUL', 'a\u0000b'],
  ['lone surrogate', 'a\uD800b'],
  ['a number', 42],
  ['an object', { fr: 'x' }],
  ['an array', ['x']],
];

describe('hostile translated names', () => {
  it('refuses each on every body that takes them, naming the field, writing nothing', async () => {
    const wg = await admin.inject({ method: 'POST', url: '/api/working-groups', payload: { name: 'WG', lineId, coLeadOrgIds: [orgs[0]] } });
    expect(wg.statusCode, wg.body).toBe(201);
    const group = await admin.inject({ method: 'POST', url: '/api/groups', payload: { name: 'G', memberOrgIds: [] } });
    expect(group.statusCode, group.body).toBe(201);
    const bodies = [
      { method: 'POST' as const, url: '/api/framework/nodes', base: { kind: 'line', code: 'x', name: 'X' } },
      { method: 'PATCH' as const, url: `/api/framework/nodes/${lineId}`, base: {} },
      { method: 'POST' as const, url: '/api/working-groups', base: { name: 'WG2', lineId, coLeadOrgIds: [orgs[0]] } },
      { method: 'PATCH' as const, url: `/api/working-groups/${wg.json().id}`, base: {} },
      { method: 'POST' as const, url: '/api/groups', base: { name: 'G2' } },
      { method: 'PATCH' as const, url: `/api/groups/${group.json().id}`, base: {} },
    ];
    const before = await Promise.all(['framework_node', 'working_group', 'org_group', 'audit_event'].map((table) => countRows(t.db, table as never)));
    for (const b of bodies) {
      for (const field of ['nameFr', 'nameAr']) {
        for (const [label, value] of HOSTILE) {
          const res = await admin.inject({ method: b.method, url: b.url, payload: { ...b.base, [field]: value } });
          expect(res.statusCode, `${b.method} ${b.url} ${field} ${label}: ${res.body.slice(0, 200)}`).toBe(400);
          expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(`body.${field}`);
        }
      }
    }
    const after = await Promise.all(['framework_node', 'working_group', 'org_group', 'audit_event'].map((table) => countRows(t.db, table as never)));
    expect(after).toEqual(before);
  });

  it('names a working group’s membership group within the group’s limit, or refuses the name naming body.name, never a 500', async () => {
    // The membership group is called "<name> (members)"; a group's name is 1 to 200 characters (org_group's check).
    const before = await Promise.all(['working_group', 'org_group'].map((table) => countRows(t.db, table as never)));
    const tooLong = await admin.inject({ method: 'POST', url: '/api/working-groups', payload: { name: 'W'.repeat(191), lineId, coLeadOrgIds: [orgs[1]] } });
    expect(tooLong.statusCode, tooLong.body.slice(0, 300)).toBe(400);
    expect(tooLong.json().errors).toEqual([expect.objectContaining({ path: 'body.name', rule: 'too_big', limit: 190 })]);
    expect(await Promise.all(['working_group', 'org_group'].map((table) => countRows(t.db, table as never)))).toEqual(before);
    for (const [name, nameFr, nameAr] of [
      ['W'.repeat(190), null, null],
      ['Long French', 'F'.repeat(300), 'ع'.repeat(300)],
    ] as const) {
      const res = await admin.inject({ method: 'POST', url: '/api/working-groups', payload: { name, nameFr, nameAr, lineId, coLeadOrgIds: [orgs[1]] } });
      expect(res.statusCode, `${name.slice(0, 12)}: ${res.body.slice(0, 300)}`).toBe(201);
    }
  });

  it('renames a working group’s membership group with it, in each language, or refuses a name too long for it and changes nothing', async () => {
    const made = await admin.inject({ method: 'POST', url: '/api/working-groups', payload: { name: 'Police', nameFr: 'Police FR', lineId, coLeadOrgIds: [orgs[1]] } });
    expect(made.statusCode, made.body.slice(0, 300)).toBe(201);
    const { id, membershipGroupId } = made.json();
    const group = async () => (await admin.inject({ method: 'GET', url: `/api/groups/${membershipGroupId}` })).json();
    expect(await group()).toMatchObject({ name: 'Police (members)', nameFr: 'Police FR (membres)', nameAr: null });

    const renamed = await admin.inject({ method: 'PATCH', url: `/api/working-groups/${id}`, payload: { name: 'Police and justice', nameFr: null, nameAr: 'الشرطة' } });
    expect(renamed.statusCode, renamed.body.slice(0, 300)).toBe(200);
    expect(await group()).toMatchObject({ name: 'Police and justice (members)', nameFr: null, nameAr: 'الشرطة (الأعضاء)' });
    // A patch that does not name it leaves the membership group's names alone.
    expect((await admin.inject({ method: 'PATCH', url: `/api/working-groups/${id}`, payload: { formedOn: '2015-02-01' } })).statusCode).toBe(200);
    expect(await group()).toMatchObject({ name: 'Police and justice (members)', nameAr: 'الشرطة (الأعضاء)' });

    const audits = await countRows(t.db, 'audit_event' as never);
    const tooLong = await admin.inject({ method: 'PATCH', url: `/api/working-groups/${id}`, payload: { name: 'W'.repeat(191) } });
    expect(tooLong.statusCode, tooLong.body.slice(0, 300)).toBe(400);
    expect(tooLong.json().errors).toEqual([expect.objectContaining({ path: 'body.name', limit: 190 })]);
    expect((await admin.inject({ method: 'GET', url: `/api/working-groups/${id}` })).json().name).toBe('Police and justice');
    expect((await group()).name).toBe('Police and justice (members)');
    expect(await countRows(t.db, 'audit_event' as never)).toBe(audits);

    // The web's save sends every field: names kept as they are rename nothing and are not
    // checked again (a name of 250 characters, taken before the limit, still saves), and the
    // group's names and members change in one event.
    await sql`UPDATE working_group SET name = ${'L'.repeat(250)} WHERE id = ${id}`.execute(t.db);
    const saved = await admin.inject({
      method: 'PATCH',
      url: `/api/working-groups/${id}`,
      payload: { name: 'L'.repeat(250), nameFr: null, nameAr: 'الشرطة', memberOrgIds: [orgs[0]] },
    });
    expect(saved.statusCode, saved.body.slice(0, 300)).toBe(200);
    expect(await group()).toMatchObject({ name: 'Police and justice (members)', nameAr: 'الشرطة (الأعضاء)' });
    expect((await group()).members.map((m: { id: string }) => m.id).sort()).toEqual([orgs[0], orgs[1]].sort());
    const events = await sql<{ action: string }>`SELECT action FROM audit_event WHERE entity_id IN (${id}, ${membershipGroupId}) ORDER BY id DESC LIMIT 2`.execute(t.db);
    expect(events.rows.map((e) => e.action)).toEqual(['working_group.update', 'group.update']);
  });
});
