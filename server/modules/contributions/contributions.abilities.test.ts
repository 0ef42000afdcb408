// The abilities the web app is given agree with what the services do: for every reader of
// the visibility matrix (and a viewer of the owner organisation) and every marking, a
// contribution's `abilities` (update, changeStatus, linkNeed, delete) and a need's
// (update, delete) are true exactly when that change succeeds, and the session's
// `createContribution` / `createNeed` exactly when a POST does. A row the reader cannot see
// answers 404 to the read and to every change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARKINGS, type Marking } from '../../../common/sharing.ts';
import { systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildUser } from '../../test/factories.ts';
import { EXPECTED, type MatrixCast, type Reader, castReaders } from '../../test/visibility.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';

type Actorish = Exclude<Reader, 'anonymous'> | 'ownerViewer';

let t: TestApp;
let cast: MatrixCast;
let lineId = '';
let openNeedId = '';
const sessions = {} as Record<Actorish, Session>;
const visible = (reader: Actorish, m: Marking) => EXPECTED[reader === 'ownerViewer' ? 'ownerColleague' : reader].includes(m);
const READERS_AND_VIEWER = [...(Object.keys(EXPECTED).filter((r) => r !== 'anonymous') as Actorish[]), 'ownerViewer' as const];

beforeAll(async () => {
  t = await buildTestApp();
  cast = await castReaders(t);
  Object.assign(sessions, cast.sessions);
  const viewer = await buildUser(t.db, cast.orgs.owner.id, 'viewer');
  sessions.ownerViewer = await signIn(t.app, viewer.email, TEST_PASSWORD);
  lineId = (
    await t.db.transaction().execute((trx) => createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'line', name: 'Line', description: '', position: 0 }))
  ).id;
  const open = await sessions.author.inject({
    method: 'POST',
    url: '/api/needs',
    payload: { frameworkNodeId: lineId, type: 'funding', money: { amountMinor: 100, currency: 'USD' }, sharing: { marking: 'GREEN' } },
  });
  openNeedId = open.json().id;
});

afterAll(async () => t?.close());

const contributionBody = (sharing: unknown) => ({
  frameworkNodeId: lineId,
  type: 'funding',
  description: 'Abilities',
  money: { amountMinor: 5, currency: 'USD' },
  status: 'committed',
  sharing,
});
const needBody = (sharing: unknown) => ({ frameworkNodeId: lineId, type: 'funding', quantity: { value: 1, unit: 'x' }, description: 'Abilities', sharing });

async function createAll(url: string, body: (sharing: unknown) => unknown): Promise<Record<Marking, string>> {
  const ids = {} as Record<Marking, string>;
  for (const marking of MARKINGS) {
    const res = await sessions.author.inject({ method: 'POST', url, payload: body(cast.sharing(marking)) as object });
    expect(res.statusCode, res.body).toBe(201);
    ids[marking] = res.json().id;
  }
  return ids;
}

describe('contribution and need abilities agree with the services', () => {
  for (const reader of READERS_AND_VIEWER) {
    it(`${reader}: the session's createContribution and createNeed ⇔ POST succeeds`, async () => {
      const abilities = (await sessions[reader].inject({ method: 'GET', url: '/api/auth/session' })).json().abilities;
      const contribution = await sessions[reader].inject({ method: 'POST', url: '/api/contributions', payload: contributionBody({ marking: 'GREEN' }) });
      expect(contribution.statusCode, contribution.body).toBe(abilities.createContribution ? 201 : 403);
      const need = await sessions[reader].inject({ method: 'POST', url: '/api/needs', payload: needBody({ marking: 'GREEN' }) });
      expect(need.statusCode, need.body).toBe(abilities.createNeed ? 201 : 403);
    });

    it(`${reader}: each contribution ability ⇔ its change succeeds, for every marking`, async () => {
      const ids = await createAll('/api/contributions', contributionBody);
      for (const marking of MARKINGS) {
        const url = `/api/contributions/${ids[marking]}`;
        const as = sessions[reader];
        const got = await as.inject({ method: 'GET', url });
        if (!visible(reader, marking)) {
          expect(got.statusCode, `${marking} hidden`).toBe(404);
          expect((await as.inject({ method: 'PATCH', url, payload: { description: 'y' } })).statusCode).toBe(404);
          expect((await as.inject({ method: 'POST', url: `${url}/status`, payload: { status: 'delivered', note: '' } })).statusCode).toBe(404);
          expect((await as.inject({ method: 'POST', url: `${url}/needs`, payload: { needId: openNeedId, amountMinor: 1 } })).statusCode).toBe(404);
          expect((await as.inject({ method: 'DELETE', url })).statusCode).toBe(404);
          continue;
        }
        const abilities = got.json().abilities as Record<'update' | 'changeStatus' | 'linkNeed' | 'delete', boolean>;
        const patched = await as.inject({ method: 'PATCH', url, payload: { description: 'changed' } });
        expect(patched.statusCode, `${marking} update ${patched.body}`).toBe(abilities.update ? 200 : 403);
        const status = await as.inject({ method: 'POST', url: `${url}/status`, payload: { status: 'delivered', note: '' } });
        expect(status.statusCode, `${marking} changeStatus ${status.body}`).toBe(abilities.changeStatus ? 200 : 403);
        const linked = await as.inject({ method: 'POST', url: `${url}/needs`, payload: { needId: openNeedId, amountMinor: 1 } });
        expect(linked.statusCode, `${marking} linkNeed ${linked.body}`).toBe(abilities.linkNeed ? 200 : 403);
        const deleted = await as.inject({ method: 'DELETE', url });
        expect(deleted.statusCode, `${marking} delete ${deleted.body}`).toBe(abilities.delete ? 204 : 403);
      }
    });

    it(`${reader}: each need ability ⇔ its change succeeds, for every marking`, async () => {
      const ids = await createAll('/api/needs', needBody);
      for (const marking of MARKINGS) {
        const url = `/api/needs/${ids[marking]}`;
        const as = sessions[reader];
        const got = await as.inject({ method: 'GET', url });
        if (!visible(reader, marking)) {
          expect(got.statusCode, `${marking} hidden`).toBe(404);
          expect((await as.inject({ method: 'PATCH', url, payload: { description: 'y' } })).statusCode).toBe(404);
          expect((await as.inject({ method: 'DELETE', url })).statusCode).toBe(404);
          continue;
        }
        const abilities = got.json().abilities as Record<'update' | 'delete', boolean>;
        const patched = await as.inject({ method: 'PATCH', url, payload: { description: 'changed' } });
        expect(patched.statusCode, `${marking} update ${patched.body}`).toBe(abilities.update ? 200 : 403);
        const deleted = await as.inject({ method: 'DELETE', url });
        expect(deleted.statusCode, `${marking} delete ${deleted.body}`).toBe(abilities.delete ? 204 : 403);
      }
    });
  }

  it('the cells are not all one answer: the author may change a row, the secretariat may not', async () => {
    const [id] = Object.values(await createAll('/api/contributions', contributionBody));
    const author = await sessions.author.inject({ method: 'GET', url: `/api/contributions/${id}` });
    const secretariat = await sessions.secretariat.inject({ method: 'GET', url: `/api/contributions/${id}` });
    expect(author.json().abilities).toEqual({ update: true, changeStatus: true, delete: true, linkNeed: true });
    expect(secretariat.json().abilities).toEqual({ update: false, changeStatus: false, delete: false, linkNeed: false });
  });
});
