// Saved views through HTTP: a user's own only (another neither lists, renames nor deletes
// them: 404), each save, rename and delete audited; a name is unique per user and page (409
// naming body.name); the query is kept as parameters, without the paging cursor.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { countRows, TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';

let t: TestApp;
let mine: Session;
let theirs: Session;

beforeAll(async () => {
  t = await buildTestApp();
  const uk = await buildOrganisation(t.db, { name: 'United Kingdom', iso3: 'GBR' });
  const fr = await buildOrganisation(t.db, { name: 'France', iso3: 'FRA' });
  mine = await signIn(t.app, (await buildUser(t.db, uk.id, 'focal_point')).email, TEST_PASSWORD);
  theirs = await signIn(t.app, (await buildUser(t.db, fr.id, 'viewer')).email, TEST_PASSWORD);
});
afterAll(async () => t?.close());

const url = '/api/saved-views';
const view = { page: 'contributions', name: 'Pledged funding', query: 'type=funding&status=pledged&sort=-amount' };
const auditOf = (action: string, id: string) => t.db.selectFrom('audit_event').selectAll().where('action', '=', action).where('entity_id', '=', id).executeTakeFirst();

describe('saved views', () => {
  it('needs a signed-in user', async () => {
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });

  it('saves a view, lists it to its owner only, and audits it', async () => {
    const saved = await mine.inject({ method: 'POST', url, payload: { ...view, query: '?type=funding&status=pledged&sort=-amount&cursor=abc&q=' } });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.json()).toMatchObject({ page: 'contributions', name: 'Pledged funding', query: 'type=funding&status=pledged&sort=-amount' });
    const id = saved.json().id as string;
    expect((await mine.inject({ method: 'GET', url })).json().items.map((v: { id: string }) => v.id)).toEqual([id]);
    expect((await mine.inject({ method: 'GET', url: `${url}?page=needs` })).json().items).toEqual([]);
    expect((await theirs.inject({ method: 'GET', url })).json().items).toEqual([]);
    expect(await auditOf('saved_view.create', id)).toBeDefined();
  });

  it('refuses a second view of the same page under the same name (409 naming body.name), nothing saved', async () => {
    const before = await countRows(t.db, 'saved_view');
    const dup = await mine.inject({ method: 'POST', url, payload: { ...view, query: 'type=training' } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors.map((e: { path: string }) => e.path)).toContain('body.name');
    expect(await countRows(t.db, 'saved_view')).toBe(before);
    // The same name on another page, or another user's, is free.
    expect((await mine.inject({ method: 'POST', url, payload: { ...view, page: 'needs' } })).statusCode).toBe(201);
    expect((await theirs.inject({ method: 'POST', url, payload: view })).statusCode).toBe(201);
  });

  it('refuses bad input naming the field', async () => {
    for (const [payload, path] of [
      [{ ...view, page: 'admin' }, 'body.page'],
      [{ ...view, name: '  ' }, 'body.name'],
      [{ ...view, query: 'a=1#x' }, 'body.query'],
      [{ ...view, query: 'x'.repeat(2001) }, 'body.query'],
    ] as const) {
      const res = await mine.inject({ method: 'POST', url, payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
  });

  it("renames and deletes one's own view, audited; another's is not found", async () => {
    const id = (await mine.inject({ method: 'POST', url, payload: { ...view, name: 'Temporary' } })).json().id as string;
    expect((await theirs.inject({ method: 'PATCH', url: `${url}/${id}`, payload: { name: 'Mine now' } })).statusCode).toBe(404);
    expect((await theirs.inject({ method: 'DELETE', url: `${url}/${id}` })).statusCode).toBe(404);
    const taken = await mine.inject({ method: 'PATCH', url: `${url}/${id}`, payload: { name: 'Pledged funding' } });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors.map((e: { path: string }) => e.path)).toContain('body.name');
    const renamed = await mine.inject({ method: 'PATCH', url: `${url}/${id}`, payload: { name: 'Kept' } });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ id, name: 'Kept', query: view.query });
    expect(await auditOf('saved_view.rename', id)).toMatchObject({ before: { name: 'Temporary' }, after: { name: 'Kept' } });
    expect((await mine.inject({ method: 'DELETE', url: `${url}/${id}` })).statusCode).toBe(204);
    expect((await mine.inject({ method: 'DELETE', url: `${url}/${id}` })).statusCode).toBe(404);
    expect(await auditOf('saved_view.delete', id)).toBeDefined();
  });
});
