// A user's dashboard tiles (issue 11 item 6) through HTTP: pinned pivots are their owner's
// only (another user neither lists nor unpins them), a query the pivot would refuse is
// refused when pinned with its field named, and each pin and unpin is audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';

let t: TestApp;
let mine: Session;
let theirs: Session;

beforeAll(async () => {
  t = await buildTestApp();
  const uk = await buildOrganisation(t.db, { name: 'United Kingdom', iso3: 'GBR' });
  const a = await buildUser(t.db, uk.id, 'focal_point');
  const b = await buildUser(t.db, uk.id, 'coordinator');
  mine = await signIn(t.app, a.email, TEST_PASSWORD);
  theirs = await signIn(t.app, b.email, TEST_PASSWORD);
});
afterAll(async () => t?.close());

const url = '/api/indicator-dashboard/tiles';
const tile = { title: 'Airstrikes by month', chart: 'series', query: { rows: 'period:month', periodFrom: '2014-08' } };

describe('dashboard tiles', () => {
  it('needs a signed-in user', async () => {
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });

  it('pins a pivot, lists it to its owner only, and audits it', async () => {
    const pinned = await mine.inject({ method: 'POST', url, payload: tile });
    expect(pinned.statusCode).toBe(201);
    const id = pinned.json().id as string;
    expect(pinned.json()).toMatchObject({ title: 'Airstrikes by month', chart: 'series', query: { rows: 'period:month', periodFrom: '2014-08' } });
    expect((await mine.inject({ method: 'GET', url })).json().items.map((x: { id: string }) => x.id)).toEqual([id]);
    expect((await theirs.inject({ method: 'GET', url })).json().items).toEqual([]);
    const event = await t.db.selectFrom('audit_event').selectAll().where('action', '=', 'indicator_dashboard_tile.create').where('entity_id', '=', id).executeTakeFirst();
    expect(event).toBeDefined();
  });

  it("refuses to unpin another's tile (not found), and unpins one's own, audited", async () => {
    const id = (await mine.inject({ method: 'POST', url, payload: { ...tile, title: 'Second' } })).json().id as string;
    expect((await theirs.inject({ method: 'DELETE', url: `${url}/${id}` })).statusCode).toBe(404);
    expect((await mine.inject({ method: 'DELETE', url: `${url}/${id}` })).statusCode).toBe(204);
    expect((await mine.inject({ method: 'DELETE', url: `${url}/${id}` })).statusCode).toBe(404);
    const event = await t.db.selectFrom('audit_event').selectAll().where('action', '=', 'indicator_dashboard_tile.delete').where('entity_id', '=', id).executeTakeFirst();
    expect(event).toBeDefined();
  });

  it('refuses a query the pivot would refuse, or an unknown parameter, naming the field', async () => {
    const bad = await mine.inject({ method: 'POST', url, payload: { ...tile, query: { rows: 'colour' } } });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('query.rows');
    const unknown = await mine.inject({ method: 'POST', url, payload: { ...tile, query: { sql: 'x' } } });
    expect(unknown.statusCode).toBe(400);
    expect(JSON.stringify(unknown.json())).toContain('query');
    const chart = await mine.inject({ method: 'POST', url, payload: { ...tile, chart: 'pie' } });
    expect(chart.statusCode).toBe(400);
    expect(JSON.stringify(chart.json())).toContain('chart');
  });
});
