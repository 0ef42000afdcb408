// The abilities the web app is given agree with what the service does: for every reader of
// the visibility matrix (and a viewer of the owner organisation) and every marking, a
// document's `abilities.update` is true exactly when its PATCH succeeds, `abilities.delete`
// exactly when its DELETE does, and the session's `createDocument` exactly when a POST does.
// A row the reader cannot see answers 404 to both the read and the change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARKINGS, type Marking } from '../../../common/sharing.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildUser } from '../../test/factories.ts';
import { EXPECTED, type MatrixCast, type Reader, castReaders } from '../../test/visibility.ts';

type Actorish = Exclude<Reader, 'anonymous'> | 'ownerViewer';

let t: TestApp;
let cast: MatrixCast;
const sessions = {} as Record<Actorish, Session>;
const visible = (reader: Actorish, m: Marking) => EXPECTED[reader === 'ownerViewer' ? 'ownerColleague' : reader].includes(m);

beforeAll(async () => {
  t = await buildTestApp();
  cast = await castReaders(t);
  Object.assign(sessions, cast.sessions);
  const viewer = await buildUser(t.db, cast.orgs.owner.id, 'viewer');
  sessions.ownerViewer = await signIn(t.app, viewer.email, TEST_PASSWORD);
});

afterAll(async () => t?.close());

async function createAll(): Promise<Record<Marking, string>> {
  const ids = {} as Record<Marking, string>;
  for (const marking of MARKINGS) {
    const res = await sessions.author.inject({
      method: 'POST',
      url: '/api/documents',
      payload: { title: `Abilities ${marking}`, kind: 'report', documentDate: '2015-01-22', body: 'x', sharing: cast.sharing(marking) },
    });
    expect(res.statusCode, res.body).toBe(201);
    ids[marking] = res.json().id;
  }
  return ids;
}

describe('document abilities agree with the service', () => {
  for (const reader of Object.keys(EXPECTED)
    .filter((r) => r !== 'anonymous')
    .concat('ownerViewer') as Actorish[]) {
    it(`${reader}: the session's createDocument ⇔ POST succeeds`, async () => {
      const session = await sessions[reader].inject({ method: 'GET', url: '/api/auth/session' });
      const may = session.json().abilities.createDocument as boolean;
      const res = await sessions[reader].inject({
        method: 'POST',
        url: '/api/documents',
        payload: { title: 'Created by', kind: 'report', documentDate: '2015-01-22', sharing: { marking: 'GREEN' } },
      });
      expect(res.statusCode, res.body).toBe(may ? 201 : 403);
    });

    it(`${reader}: abilities.update ⇔ PATCH succeeds, abilities.delete ⇔ DELETE succeeds, for every marking`, async () => {
      const ids = await createAll();
      for (const marking of MARKINGS) {
        const url = `/api/documents/${ids[marking]}`;
        const got = await sessions[reader].inject({ method: 'GET', url });
        if (!visible(reader, marking)) {
          expect(got.statusCode, `${marking} hidden`).toBe(404);
          expect((await sessions[reader].inject({ method: 'PATCH', url, payload: { body: 'y' } })).statusCode).toBe(404);
          expect((await sessions[reader].inject({ method: 'DELETE', url })).statusCode).toBe(404);
          continue;
        }
        expect(got.statusCode).toBe(200);
        const { update, delete: remove } = got.json().abilities as { update: boolean; delete: boolean };
        const patched = await sessions[reader].inject({ method: 'PATCH', url, payload: { body: 'changed' } });
        expect(patched.statusCode, `${marking}: update ${update}, ${patched.body}`).toBe(update ? 200 : 403);
        const deleted = await sessions[reader].inject({ method: 'DELETE', url });
        expect(deleted.statusCode, `${marking}: delete ${remove}, ${deleted.body}`).toBe(remove ? 204 : 403);
      }
    });
  }

  it('the author may change every marking, and nobody outside the owner organisation may change any', async () => {
    // Guards the test itself: the cells above are not all one answer.
    const ids = await createAll();
    const author = await sessions.author.inject({ method: 'GET', url: `/api/documents/${ids.GREEN}` });
    const outsider = await sessions.secretariat.inject({ method: 'GET', url: `/api/documents/${ids.GREEN}` });
    expect(author.json().abilities.update).toBe(true);
    expect(outsider.json().abilities.update).toBe(false);
  });
});
