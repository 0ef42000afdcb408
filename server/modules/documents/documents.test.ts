import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { expectForbidden, expectInvalid, itRequiresSignIn, request } from '../../test/contract.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser, countRows } from '../../test/factories.ts';
import { multipartFile } from '../../test/upload.ts';

let t: TestApp;
let owner: Session;
let viewer: Session;
let other: Session;
let docId = '';

const payload = () => ({
  title: 'Communiqué of the London meeting',
  kind: 'communique',
  documentDate: '2015-01-22',
  body: 'Members agreed to set up expert working groups and to meet in plenary later in the year.',
  sharing: { marking: 'GREEN' },
});

beforeAll(async () => {
  t = await buildTestApp();
  const org = await buildOrganisation(t.db);
  const otherOrg = await buildOrganisation(t.db);
  owner = await signIn(t.app, (await buildUser(t.db, org.id, 'focal_point')).email, TEST_PASSWORD);
  viewer = await signIn(t.app, (await buildUser(t.db, org.id, 'viewer')).email, TEST_PASSWORD);
  other = await signIn(t.app, (await buildUser(t.db, otherOrg.id, 'focal_point')).email, TEST_PASSWORD);
  docId = (await owner.inject({ method: 'POST', url: '/api/documents', payload: payload() })).json().id;
});
afterAll(async () => t?.close());

const routes = {
  list: { method: 'GET' as const, url: () => '/api/documents' },
  get: { method: 'GET' as const, url: () => `/api/documents/${docId}` },
  create: { method: 'POST' as const, url: () => '/api/documents', payload },
  update: { method: 'PATCH' as const, url: () => `/api/documents/${docId}`, payload: () => ({ title: 'Renamed' }) },
  remove: { method: 'DELETE' as const, url: () => `/api/documents/${docId}` },
  download: { method: 'GET' as const, url: () => `/api/documents/${docId}/file` },
  upload: { method: 'PUT' as const, url: () => `/api/documents/${docId}/file` },
};

const multipart = (name: string, type: string, content: Buffer | string) => multipartFile(name, content, type);
describe('documents routes', () => {
  itRequiresSignIn(() => t, routes);

  it('creates, reads, changes and lists a document', async () => {
    const got = await owner.inject(request(routes.get));
    expect(got.statusCode).toBe(200);
    expect(got.json()).toMatchObject({ title: 'Communiqué of the London meeting', abilities: { update: true, delete: true, attachFile: true }, sharing: { marking: 'GREEN' } });
    const asOther = await other.inject(request(routes.get));
    expect(asOther.json().abilities).toEqual({ update: false, delete: false, attachFile: false });
    const changed = await owner.inject({ method: 'PATCH', url: `/api/documents/${docId}`, payload: { body: 'New body about the plenary' } });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().body).toBe('New body about the plenary');
    const list = await other.inject({ method: 'GET', url: '/api/documents?kind=communique' });
    expect(list.json().items.map((d: { id: string }) => d.id)).toEqual([docId]);
  });

  it('searches with PostgreSQL text search, stemming included', async () => {
    const res = await other.inject({ method: 'GET', url: '/api/documents?q=plenaries' });
    expect(res.json().items.map((d: { id: string }) => d.id)).toEqual([docId]);
    expect(res.json().items[0].excerpt).toContain('«plenary»');
    const none = await other.inject({ method: 'GET', url: '/api/documents?q=submarine' });
    expect(none.json().items).toEqual([]);
  });

  it('pages through many documents with a cursor, without repeats', async () => {
    for (let i = 0; i < 7; i++) await owner.inject({ method: 'POST', url: '/api/documents', payload: { ...payload(), title: `Paged ${i}`, documentDate: `2016-01-0${i + 1}` } });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/documents?limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await owner.inject({ method: 'GET', url });
      seen.push(...res.json().items.map((d: { id: string }) => d.id));
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(new Set(seen).size);
    expect(seen.length).toBe(await countRows(t.db, 'document'));
  });

  it('forbids viewers and other organisations to change it', async () => {
    await expectForbidden(viewer, routes.create, t, 'document');
    await expectForbidden(other, routes.update, t, 'document');
    await expectForbidden(other, routes.remove, t, 'document');
  });

  it('answers 400 naming the field, and writes nothing', async () => {
    await expectInvalid(owner, { ...routes.create, payload: () => ({ ...payload(), sharing: { marking: 'PURPLE' } }) }, t, 'document', 'body.sharing.marking');
    await expectInvalid(owner, { ...routes.create, payload: () => ({ ...payload(), documentDate: '22/01/2015' }) }, t, 'document', 'body.documentDate');
    await expectInvalid(owner, { ...routes.create, payload: () => ({ ...payload(), title: '' }) }, t, 'document', 'body.title');
    await expectInvalid(
      owner,
      { ...routes.create, payload: () => ({ ...payload(), sharing: { marking: 'AMBER', audienceGroupIds: ['00000000-0000-4000-8000-000000000000'] } }) },
      t,
      'document',
      'body.sharing.audienceGroupIds.0',
    );
    const badJson = await owner.inject({ method: 'POST', url: '/api/documents', payload: '{"title":', headers: { 'content-type': 'application/json' } });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.headers['content-type']).toContain('application/problem+json');
  });

  it('attaches, replaces and downloads a file, for those who may read the document', async () => {
    const up = await owner.inject({ method: 'PUT', url: `/api/documents/${docId}/file`, ...multipart('communiqué.txt', 'text/plain', 'first version') });
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json().file).toMatchObject({ name: 'communiqué.txt', size: 13 });
    const again = await owner.inject({ method: 'PUT', url: `/api/documents/${docId}/file`, ...multipart('communiqué.txt', 'text/plain', 'second version') });
    expect(again.statusCode).toBe(200);
    const down = await other.inject(request(routes.download));
    expect(down.statusCode).toBe(200);
    expect(down.body).toBe('second version');
    expect(down.headers['content-disposition']).toContain("filename*=UTF-8''communiqu%C3%A9.txt");
    const refused = await other.inject({ method: 'PUT', url: `/api/documents/${docId}/file`, ...multipart('x.txt', 'text/plain', 'x') });
    expect(refused.statusCode).toBe(403);
    const notMultipart = await owner.inject({ method: 'PUT', url: `/api/documents/${docId}/file`, payload: { a: 1 } });
    expect(notMultipart.statusCode).toBe(415);
  });

  it('refuses a file over the upload limit and keeps the previous one', async () => {
    const small = await buildTestApp({ MAX_UPLOAD_MB: '1' });
    try {
      const org = await buildOrganisation(small.db);
      const s = await signIn(small.app, (await buildUser(small.db, org.id)).email, TEST_PASSWORD);
      const id = (await s.inject({ method: 'POST', url: '/api/documents', payload: payload() })).json().id;
      const big = await s.inject({ method: 'PUT', url: `/api/documents/${id}/file`, ...multipart('big.bin', 'application/octet-stream', Buffer.alloc(1024 * 1024 + 10)) });
      expect(big.statusCode).toBe(413);
      const doc = await s.inject({ method: 'GET', url: `/api/documents/${id}` });
      expect(doc.json().file).toBeNull();
    } finally {
      await small.close();
    }
  });

  it('lists each document with the same instants as its own read: UTC, milliseconds, truncated (the list has PostgreSQL write them)', async () => {
    const id = (await owner.inject({ method: 'POST', url: '/api/documents', payload: { ...payload(), title: 'Instants', documentDate: '2099-01-01' } })).json().id;
    await sql`UPDATE document SET created_at = '2015-01-22 23:59:59.999999+00', updated_at = '2016-02-29 10:00:00.0005+05:30' WHERE id = ${id}`.execute(t.db);
    const one = (await owner.inject({ method: 'GET', url: `/api/documents/${id}` })).json();
    const listed = (await owner.inject({ method: 'GET', url: '/api/documents?limit=1' })).json().items[0];
    expect(listed.id).toBe(id);
    expect([listed.createdAt, listed.updatedAt]).toEqual(['2015-01-22T23:59:59.999Z', '2016-02-29T04:30:00.000Z']);
    expect([listed.createdAt, listed.updatedAt]).toEqual([one.createdAt, one.updatedAt]);
  });

  it('deletes a document with its audience', async () => {
    const res = await owner.inject(request(routes.remove));
    expect(res.statusCode).toBe(204);
    expect((await owner.inject(request(routes.get))).statusCode).toBe(404);
    const audit = await t.db.selectFrom('audit_event').select('action').where('entity_id', '=', docId).orderBy('seq').execute();
    expect(audit.at(-1)!.action).toBe('document.delete');
  });
});
