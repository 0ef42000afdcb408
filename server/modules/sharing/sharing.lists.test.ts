// A list describes each row's sharing (and a contribution's places) in its own statement
// (sharingDescription): what it says must be what the row's own read says, page after page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildGroup, buildOrganisation, buildUser } from '../../test/factories.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';
import { loadReferenceLocations } from '../locations/locations.service.ts';

let t: TestApp;
let uk: Session;
let recipient: Session;
let outsider: Session;
const ids = { group: '', us: '', de: '', recipient: '', line: '', places: [] as string[] };

beforeAll(async () => {
  t = await buildTestApp();
  await t.db.transaction().execute(async (trx) => {
    await loadReferenceLocations(trx, systemCtx);
    ids.line = (await createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'humanitarian', name: 'Humanitarian relief', description: '', position: 0 })).id;
  });
  ids.places = (await t.db.selectFrom('location').select('id').where('code', 'in', ['IQ-NI', 'IQ-AN', 'IQ-BG']).orderBy('code').execute()).map((r) => r.id);
  const ukOrg = await buildOrganisation(t.db, { name: 'United Kingdom' });
  const usOrg = await buildOrganisation(t.db, { name: 'United States' });
  const deOrg = await buildOrganisation(t.db, { name: 'Germany' });
  ids.us = usOrg.id;
  ids.de = deOrg.id;
  ids.group = (await buildGroup(t.db, [deOrg.id], 'Small group')).id;
  const recipientUser = await buildUser(t.db, usOrg.id);
  ids.recipient = recipientUser.id;
  uk = await signIn(t.app, (await buildUser(t.db, ukOrg.id)).email, TEST_PASSWORD);
  recipient = await signIn(t.app, recipientUser.email, TEST_PASSWORD);
  outsider = await signIn(t.app, (await buildUser(t.db, (await buildOrganisation(t.db)).id)).email, TEST_PASSWORD);

  const shared = [
    { marking: 'AMBER', audienceGroupIds: [ids.group], audienceOrgIds: [ids.us, ids.de] },
    { marking: 'RED', recipientUserIds: [ids.recipient] },
    { marking: 'GREEN' },
    { marking: 'AMBER+STRICT', audienceOrgIds: [ids.us] },
    { marking: 'CLEAR' },
  ];
  for (const [i, sharing] of shared.entries()) {
    const c = await uk.inject({
      method: 'POST',
      url: '/api/contributions',
      payload: { frameworkNodeId: ids.line, type: 'training', description: `Contribution ${i}`, locationIds: ids.places.slice(0, 1 + (i % 3)), sharing },
    });
    expect(c.statusCode, c.body).toBe(201);
    const n = await uk.inject({
      method: 'POST',
      url: '/api/needs',
      payload: { frameworkNodeId: ids.line, type: 'training', description: `Need ${i}`, money: { amountMinor: 1000 * (i + 1), currency: 'USD' }, sharing },
    });
    expect(n.statusCode, n.body).toBe(201);
    const d = await uk.inject({ method: 'POST', url: '/api/documents', payload: { title: `Document ${i}`, kind: 'report', documentDate: `2015-01-0${i + 1}`, sharing } });
    expect(d.statusCode, d.body).toBe(201);
  }
});
afterAll(async () => t?.close());

/** Every item of a list, two at a time, following the cursor. */
async function everyItem(s: Session, url: string) {
  const items: { id: string; sharing: unknown; locations?: unknown }[] = [];
  let cursor: string | null = null;
  do {
    const res = await s.inject({ method: 'GET', url: `${url}?limit=2${cursor ? `&cursor=${cursor}` : ''}` });
    expect(res.statusCode, res.body).toBe(200);
    items.push(...res.json().items);
    cursor = res.json().nextCursor;
  } while (cursor);
  return items;
}

describe.each([
  ['contributions', 5],
  ['needs', 5],
  ['documents', 5],
])('the %s list', (list, created) => {
  it.each([
    ['the owner organisation', () => uk, created],
    ['a RED recipient in an audience organisation', () => recipient, created],
    ['an organisation outside every audience', () => outsider, 2],
  ])('describes each row as its own read does, for %s', async (_who, session, visible) => {
    const s = session();
    const items = await everyItem(s, `/api/${list}`);
    expect(items).toHaveLength(visible);
    for (const item of items) {
      const own = (await s.inject({ method: 'GET', url: `/api/${list}/${item.id}` })).json();
      expect(item.sharing).toEqual(own.sharing);
      if (list === 'contributions') expect(item.locations).toEqual(own.locations);
    }
  });

  it('names the audience and the recipients, each in name order, with the owner', async () => {
    const items = (await everyItem(uk, `/api/${list}`)) as {
      sharing: { marking: string; ownerOrgName: string; audienceGroups: unknown; audienceOrgs: unknown; recipients: unknown };
    }[];
    const amber = items.find((i) => i.sharing.marking === 'AMBER')!;
    expect(amber.sharing).toMatchObject({
      ownerOrgName: 'United Kingdom',
      audienceGroups: [{ id: ids.group, name: 'Small group' }],
      audienceOrgs: [
        { id: ids.de, name: 'Germany' },
        { id: ids.us, name: 'United States' },
      ],
      recipients: [],
    });
    const red = items.find((i) => i.sharing.marking === 'RED')!;
    expect(red.sharing).toMatchObject({ audienceGroups: [], audienceOrgs: [], recipients: [{ id: ids.recipient }] });
  });
});

it('the contributions list gives each row its own places, by name', async () => {
  const items = (await everyItem(uk, '/api/contributions')) as unknown as { description: string; locations: { id: string; name: string }[] }[];
  for (const item of items) {
    const i = Number(item.description.split(' ')[1]);
    expect(item.locations.map((l) => l.id).sort()).toEqual(ids.places.slice(0, 1 + (i % 3)).sort());
    const names = item.locations.map((l) => l.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  }
});

it('the organisations list carries the total of every match, on every page and past the last one', async () => {
  const first = (await uk.inject({ method: 'GET', url: '/api/organisations?limit=2' })).json();
  const all = await t.db.selectFrom('organisation').select('id').execute();
  expect(first.total).toBe(all.length);
  let cursor = first.nextCursor as string | null;
  let last = first;
  while (cursor) {
    last = (await uk.inject({ method: 'GET', url: `/api/organisations?limit=2&cursor=${cursor}` })).json();
    expect(last.total).toBe(all.length);
    cursor = last.nextCursor;
  }
  // A cursor past the end: no row carries the total, which is counted on its own.
  const lastItem = last.items.at(-1);
  const beyond = Buffer.from(JSON.stringify([`${lastItem.name}~`, lastItem.id])).toString('base64url');
  const past = (await uk.inject({ method: 'GET', url: `/api/organisations?limit=2&cursor=${beyond}` })).json();
  expect(past).toMatchObject({ items: [], total: all.length });
  const filtered = (await uk.inject({ method: 'GET', url: '/api/organisations?limit=1&q=united' })).json();
  expect(filtered).toMatchObject({ total: 2 });
});
