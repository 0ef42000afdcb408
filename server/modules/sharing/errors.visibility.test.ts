// Error answers in the visibility matrix: for every route that takes the id of a shared
// row (in the path or the body), a row the caller cannot read and an id that names no row
// get the same status and the same problem body — only the request id, and the id the
// caller sent where the body echoes the path, differ. Nothing is changed by the attempt.
// The one exception, a taken external id, answers the same whether or not its row is visible.
import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Marking } from '../../../common/sharing.ts';
import { systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp } from '../../test/app.ts';
import { EXPECTED, type MatrixCast, type Reader, castReaders } from '../../test/visibility.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';

let t: TestApp;
let cast: MatrixCast;
let lineId = '';
/** The author's rows, one set per marking that hides them from some reader. */
const hidden = {} as Record<'RED' | 'AMBER', { contribution: string; need: string; document: string; externalId: string }>;
/** Random ids that name no row at all. */
const missing = randomUUID();
const missingNeed = randomUUID();

type Hider = 'RED' | 'AMBER';
// Each reader who is not the author, with a marking that hides the author's rows from them.
const CASES: { reader: Exclude<Reader, 'anonymous' | 'author'>; marking: Hider }[] = [
  { reader: 'ownerColleague', marking: 'RED' },
  { reader: 'audienceMember', marking: 'RED' },
  { reader: 'nonAudienceMember', marking: 'AMBER' },
  { reader: 'secretariat', marking: 'RED' },
  { reader: 'redRecipient', marking: 'AMBER' },
];

const multipart = (text: string): InjectOptions => {
  const boundary = 'entente-boundary';
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="note.txt"\r\nContent-Type: text/plain\r\n\r\n${text}\r\n--${boundary}--\r\n`,
  };
};

beforeAll(async () => {
  t = await buildTestApp();
  cast = await castReaders(t);
  lineId = (
    await t.db.transaction().execute((trx) => createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'line', name: 'Line', description: '', position: 0 }))
  ).id;
  const author = cast.sessions.author;
  for (const marking of ['RED', 'AMBER'] as const) {
    const externalId = `HIDDEN-${marking}`;
    const contribution = await author.inject({
      method: 'POST',
      url: '/api/contributions',
      payload: { frameworkNodeId: lineId, type: 'funding', money: { amountMinor: 10, currency: 'USD' }, externalId, sharing: cast.sharing(marking) },
    });
    expect(contribution.statusCode, contribution.body).toBe(201);
    const need = await author.inject({
      method: 'POST',
      url: '/api/needs',
      payload: { frameworkNodeId: lineId, type: 'funding', money: { amountMinor: 100, currency: 'USD' }, externalId, sharing: cast.sharing(marking) },
    });
    expect(need.statusCode, need.body).toBe(201);
    const document = await author.inject({
      method: 'POST',
      url: '/api/documents',
      payload: { title: `Hidden ${marking}`, kind: 'report', documentDate: '2015-01-22', body: 'secret', sharing: cast.sharing(marking) },
    });
    expect(document.statusCode, document.body).toBe(201);
    const file = await author.inject({ method: 'PUT', url: `/api/documents/${document.json().id}/file`, ...multipart('secret file') });
    expect(file.statusCode, file.body).toBe(200);
    hidden[marking] = { contribution: contribution.json().id, need: need.json().id, document: document.json().id, externalId };
  }
});
afterAll(async () => t?.close());

/** Status, content type and body, with the request id left out and `id` (echoed in `instance`) replaced. */
async function answer(session: Session, req: InjectOptions, id: string) {
  const res = await session.inject(req);
  let body: unknown = res.body;
  if (res.headers['content-type']?.toString().startsWith('application/problem+json')) {
    const { requestId: _requestId, ...rest } = res.json();
    body = JSON.parse(JSON.stringify(rest).replaceAll(id, ':id'));
  }
  return { status: res.statusCode, type: res.headers['content-type'], body };
}

/** Every route that takes a shared row's id in its path. */
const ROUTES: { name: string; kind: 'contribution' | 'need' | 'document'; req: (id: string) => InjectOptions }[] = [
  { name: 'GET contribution', kind: 'contribution', req: (id) => ({ method: 'GET', url: `/api/contributions/${id}` }) },
  { name: 'PATCH contribution', kind: 'contribution', req: (id) => ({ method: 'PATCH', url: `/api/contributions/${id}`, payload: { description: 'overwritten' } }) },
  { name: 'DELETE contribution', kind: 'contribution', req: (id) => ({ method: 'DELETE', url: `/api/contributions/${id}` }) },
  { name: 'status of contribution', kind: 'contribution', req: (id) => ({ method: 'POST', url: `/api/contributions/${id}/status`, payload: { status: 'cancelled' } }) },
  { name: 'link contribution', kind: 'contribution', req: (id) => ({ method: 'POST', url: `/api/contributions/${id}/needs`, payload: { needId: missingNeed, amountMinor: 1 } }) },
  { name: 'unlink contribution', kind: 'contribution', req: (id) => ({ method: 'DELETE', url: `/api/contributions/${id}/needs/${missingNeed}` }) },
  { name: 'GET need', kind: 'need', req: (id) => ({ method: 'GET', url: `/api/needs/${id}` }) },
  { name: 'PATCH need', kind: 'need', req: (id) => ({ method: 'PATCH', url: `/api/needs/${id}`, payload: { description: 'overwritten' } }) },
  { name: 'DELETE need', kind: 'need', req: (id) => ({ method: 'DELETE', url: `/api/needs/${id}` }) },
  { name: 'GET document', kind: 'document', req: (id) => ({ method: 'GET', url: `/api/documents/${id}` }) },
  { name: 'PATCH document', kind: 'document', req: (id) => ({ method: 'PATCH', url: `/api/documents/${id}`, payload: { title: 'overwritten' } }) },
  { name: 'DELETE document', kind: 'document', req: (id) => ({ method: 'DELETE', url: `/api/documents/${id}` }) },
  { name: 'PUT document file', kind: 'document', req: (id) => ({ method: 'PUT', url: `/api/documents/${id}/file`, ...multipart('replaced') }) },
  { name: 'GET document file', kind: 'document', req: (id) => ({ method: 'GET', url: `/api/documents/${id}/file` }) },
];

/** What the author's hidden rows hold, to show no attempt changed them. */
async function snapshot() {
  const [contributions, needs, documents, links] = await Promise.all([
    t.db.selectFrom('contribution').selectAll().orderBy('id').execute(),
    t.db.selectFrom('need').selectAll().orderBy('id').execute(),
    t.db.selectFrom('document').selectAll().orderBy('id').execute(),
    t.db.selectFrom('contribution_need').selectAll().orderBy('contribution_id').orderBy('need_id').execute(),
  ]);
  return { contributions, needs, documents, links };
}

describe('a hidden row answers exactly as a missing one', () => {
  for (const { reader, marking } of CASES) {
    it(`${reader}, on every route taking a contribution, need or document id (the ${marking} rows)`, async () => {
      expect(EXPECTED[reader]).not.toContain(marking satisfies Marking);
      const session = cast.sessions[reader];
      const before = await snapshot();
      for (const route of ROUTES) {
        const hiddenId = hidden[marking][route.kind];
        const got = await answer(session, route.req(hiddenId), hiddenId);
        const none = await answer(session, route.req(missing), missing);
        expect({ route: route.name, ...got }).toEqual({ route: route.name, ...none });
        expect(got.status, route.name).toBeGreaterThanOrEqual(400);
      }
      // A need id in the body: linking a visible contribution of the reader's own to a hidden need.
      const own = await session.inject({
        method: 'POST',
        url: '/api/contributions',
        payload: { frameworkNodeId: lineId, type: 'funding', money: { amountMinor: 5, currency: 'USD' }, sharing: { marking: 'GREEN' } },
      });
      expect(own.statusCode, own.body).toBe(201);
      const ownId = own.json().id as string;
      const link = (needId: string): InjectOptions => ({ method: 'POST', url: `/api/contributions/${ownId}/needs`, payload: { needId, amountMinor: 1 } });
      const linkHidden = await answer(session, link(hidden[marking].need), hidden[marking].need);
      expect(linkHidden).toEqual(await answer(session, link(missing), missing));
      expect(linkHidden.status).toBe(400);
      await session.inject({ method: 'DELETE', url: `/api/contributions/${ownId}` });
      expect(await snapshot()).toEqual(before);
    });

    it(`${reader}: unlinking from a need that has become hidden answers as a need never linked, and keeps the link`, async () => {
      const session = cast.sessions[reader];
      // A need the reader can read now, which the author will hide after the reader links to it.
      const need = await cast.sessions.author.inject({
        method: 'POST',
        url: '/api/needs',
        payload: { frameworkNodeId: lineId, type: 'funding', money: { amountMinor: 100, currency: 'USD' }, sharing: { marking: 'GREEN' } },
      });
      const needId = need.json().id as string;
      const own = await session.inject({
        method: 'POST',
        url: '/api/contributions',
        payload: { frameworkNodeId: lineId, type: 'funding', money: { amountMinor: 5, currency: 'USD' }, sharing: { marking: 'GREEN' } },
      });
      const ownId = own.json().id as string;
      const linked = await session.inject({ method: 'POST', url: `/api/contributions/${ownId}/needs`, payload: { needId, amountMinor: 5 } });
      expect(linked.statusCode, linked.body).toBe(200);
      const hide = await cast.sessions.author.inject({ method: 'PATCH', url: `/api/needs/${needId}`, payload: { sharing: cast.sharing(marking) } });
      expect(hide.statusCode, hide.body).toBe(200);

      const unlink = (id: string): InjectOptions => ({ method: 'DELETE', url: `/api/contributions/${ownId}/needs/${id}` });
      const wasLinked = await answer(session, unlink(needId), needId);
      const neverLinked = await answer(session, unlink(missing), missing);
      expect(wasLinked).toEqual(neverLinked);
      expect(wasLinked.status).toBe(404);
      const links = await t.db.selectFrom('contribution_need').select('need_id').where('contribution_id', '=', ownId).execute();
      expect(links.map((l) => l.need_id)).toEqual([needId]);
    });
  }
});

describe('the public portal', () => {
  it('answers a document it may not show exactly as one that does not exist, file included', async () => {
    const anonymous = { inject: (req: InjectOptions) => t.app.inject(req) } as Session;
    for (const marking of ['RED', 'AMBER'] as const) {
      const id = hidden[marking].document;
      for (const path of ['', '/file']) {
        const got = await answer(anonymous, { method: 'GET', url: `/api/public/documents/${id}${path}` }, id);
        expect(got).toEqual(await answer(anonymous, { method: 'GET', url: `/api/public/documents/${missing}${path}` }, missing));
        expect(got.status).toBe(404);
      }
    }
  });
});

describe('a taken external id: the one exception', () => {
  it('answers the same 409, saying only "taken", whether or not the caller can read the row that holds it', async () => {
    const colleague = cast.sessions.ownerColleague;
    // The colleague reads the AMBER rows of their own organisation, not the author's RED ones.
    for (const kind of ['contributions', 'needs'] as const) {
      const payload = (externalId: string) => ({ frameworkNodeId: lineId, type: 'funding', money: { amountMinor: 1, currency: 'USD' }, externalId, sharing: { marking: 'GREEN' } });
      const before = await snapshot();
      const visible = await answer(colleague, { method: 'POST', url: `/api/${kind}`, payload: payload(hidden.AMBER.externalId) }, hidden.AMBER.externalId);
      const invisible = await answer(colleague, { method: 'POST', url: `/api/${kind}`, payload: payload(hidden.RED.externalId) }, hidden.RED.externalId);
      expect(invisible).toEqual(visible);
      expect(invisible.status).toBe(409);
      expect((invisible.body as { detail: string }).detail).toBe('body.externalId: this external id is already taken in your organisation');

      // The same through a PATCH of a row the colleague owns.
      const own = await colleague.inject({ method: 'POST', url: `/api/${kind}`, payload: payload(`OWN-${kind}`) });
      expect(own.statusCode, own.body).toBe(201);
      const patch = (externalId: string): InjectOptions => ({ method: 'PATCH', url: `/api/${kind}/${own.json().id}`, payload: { externalId } });
      const patchVisible = await answer(colleague, patch(hidden.AMBER.externalId), hidden.AMBER.externalId);
      expect(await answer(colleague, patch(hidden.RED.externalId), hidden.RED.externalId)).toEqual(patchVisible);
      expect(patchVisible.status).toBe(409);
      await colleague.inject({ method: 'DELETE', url: `/api/${kind}/${own.json().id}` });
      expect(await snapshot()).toEqual(before);
    }
  });
});
