// The 401/403/400 cases of the meetings routes the other meetings tests leave out (issue 10:
// "HTTP tests for every route with 401/403/400 cases"), checked against the app's own list of
// routes so that a new meetings route without a 401 case fails here; and the per-user cap on
// the minutes' long polls (429 with Retry-After beyond MAX_LONG_POLLS_PER_USER).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { type RouteCase, expectForbidden, expectInvalid, itRequiresSignIn } from '../../test/contract.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import { MAX_LONG_POLLS_PER_USER } from './meetings.minutes.service.ts';

let t: TestApp;
let ukc: Session;
let ukv: Session;
let us: Session;
let fr: Session;
let usOrg = '';
let seriesId = '';
let meetingId = '';
let participantId = '';
let itemId = '';
const NONE = '00000000-0000-4000-8000-000000000000';

async function ok(session: Session, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, status = 200) {
  const res = await session.inject({ method, url, payload: payload as never });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
  return res.json();
}

beforeAll(async () => {
  t = await buildTestApp();
  const ukOrg = (await buildOrganisation(t.db, { name: 'United Kingdom', iso3: 'GBR' })).id;
  usOrg = (await buildOrganisation(t.db, { name: 'United States', iso3: 'USA' })).id;
  const frOrg = (await buildOrganisation(t.db, { name: 'France', iso3: 'FRA' })).id;
  ukc = await signIn(t.app, (await buildUser(t.db, ukOrg, 'coordinator')).email, TEST_PASSWORD);
  ukv = await signIn(t.app, (await buildUser(t.db, ukOrg, 'viewer')).email, TEST_PASSWORD);
  const usUser = await buildUser(t.db, usOrg);
  us = await signIn(t.app, usUser.email, TEST_PASSWORD);
  fr = await signIn(t.app, (await buildUser(t.db, frOrg)).email, TEST_PASSWORD);
  seriesId = (await ok(ukc, 'POST', '/api/meeting-series', { name: 'Small group', code: 'SG' }, 201)).id;
  meetingId = (
    await ok(
      ukc,
      'POST',
      '/api/meetings',
      { seriesId, title: 'Small group, London', kind: 'small_group', timeZone: 'Europe/London', start: '2015-01-22T10:00', end: '2015-01-22T13:00', sharing: { marking: 'GREEN' } },
      201,
    )
  ).id;
  const m = await ok(ukc, 'POST', `/api/meetings/${meetingId}/participants`, { orgId: usOrg, userId: usUser.id, status: 'attended' });
  participantId = m.participants[0].id;
  for (const to of ['scheduled', 'in_progress']) await ok(ukc, 'POST', `/api/meetings/${meetingId}/transition`, { to });
  itemId = (await ok(ukc, 'POST', `/api/meetings/${meetingId}/action-items`, { text: 'Propose working groups', ownerOrgIds: [usOrg], dueDate: '2015-02-20' }, 201)).id;
  await ok(ukc, 'POST', `/api/meetings/${meetingId}/transition`, { to: 'held' });
});
afterAll(async () => t?.close());

const id = () => meetingId || NONE;
/** Every meetings route that needs a session, by its path as the app registers it. */
const signedInRoutes: Record<string, RouteCase> = {
  'GET /api/meeting-series': { method: 'GET', url: () => '/api/meeting-series' },
  'POST /api/meeting-series': { method: 'POST', url: () => '/api/meeting-series', payload: () => ({ name: 'Plenary', code: 'PL' }) },
  'PATCH /api/meeting-series/:id': { method: 'PATCH', url: () => `/api/meeting-series/${seriesId || NONE}`, payload: () => ({ name: 'x' }) },
  'GET /api/meeting-series/:id/decisions.csv': { method: 'GET', url: () => `/api/meeting-series/${seriesId || NONE}/decisions.csv` },
  'GET /api/meeting-series/:id/decisions': { method: 'GET', url: () => `/api/meeting-series/${seriesId || NONE}/decisions` },
  'GET /api/meeting-series/:id/decisions.pdf': { method: 'GET', url: () => `/api/meeting-series/${seriesId || NONE}/decisions.pdf` },
  'POST /api/meeting-series/:id/decisions.pdf/jobs': { method: 'POST', url: () => `/api/meeting-series/${seriesId || NONE}/decisions.pdf/jobs` },
  'GET /api/meeting-series/:id/timeline': { method: 'GET', url: () => `/api/meeting-series/${seriesId || NONE}/timeline` },
  'GET /api/meeting-series/:id/next-dates': { method: 'GET', url: () => `/api/meeting-series/${seriesId || NONE}/next-dates` },
  'GET /api/meetings': { method: 'GET', url: () => '/api/meetings' },
  'POST /api/meetings': { method: 'POST', url: () => '/api/meetings', payload: () => ({}) },
  'GET /api/meetings/:id.ics': { method: 'GET', url: () => `/api/meetings/${id()}.ics` },
  'GET /api/meetings/:id': { method: 'GET', url: () => `/api/meetings/${id()}` },
  'PATCH /api/meetings/:id': { method: 'PATCH', url: () => `/api/meetings/${id()}`, payload: () => ({ title: 'x' }) },
  'POST /api/meetings/:id/transition': { method: 'POST', url: () => `/api/meetings/${id()}/transition`, payload: () => ({ to: 'held' }) },
  'POST /api/meetings/:id/participants': { method: 'POST', url: () => `/api/meetings/${id()}/participants`, payload: () => ({ orgId: usOrg }) },
  'PATCH /api/meetings/:id/participants/:participantId': {
    method: 'PATCH',
    url: () => `/api/meetings/${id()}/participants/${participantId || NONE}`,
    payload: () => ({ status: 'excused' }),
  },
  'POST /api/meetings/:id/agenda': { method: 'POST', url: () => `/api/meetings/${id()}/agenda`, payload: () => ({ title: 'x' }) },
  'POST /api/meetings/:id/decisions': { method: 'POST', url: () => `/api/meetings/${id()}/decisions`, payload: () => ({ text: 'x', result: 'consensus' }) },
  'POST /api/meetings/:id/action-items': {
    method: 'POST',
    url: () => `/api/meetings/${id()}/action-items`,
    payload: () => ({ text: 'x', ownerOrgIds: [usOrg], dueDate: '2015-02-20' }),
  },
  'PUT /api/meetings/:id/reviews/:itemId': { method: 'PUT', url: () => `/api/meetings/${id()}/reviews/${itemId || NONE}`, payload: () => ({ outcome: 'done' }) },
  'GET /api/meetings/:id/brief.html': { method: 'GET', url: () => `/api/meetings/${id()}/brief.html` },
  'GET /api/meetings/:id/brief.pdf': { method: 'GET', url: () => `/api/meetings/${id()}/brief.pdf` },
  'POST /api/meetings/:id/brief.pdf/jobs': { method: 'POST', url: () => `/api/meetings/${id()}/brief.pdf/jobs` },
  'GET /api/meetings/:id/minutes': { method: 'GET', url: () => `/api/meetings/${id()}/minutes` },
  'GET /api/meetings/:id/minutes/updates': { method: 'GET', url: () => `/api/meetings/${id()}/minutes/updates?since=0&wait=1` },
  'POST /api/meetings/:id/minutes/updates': { method: 'POST', url: () => `/api/meetings/${id()}/minutes/updates`, payload: () => ({ update: 'AA==' }) },
  'POST /api/meetings/:id/minutes/circulate': { method: 'POST', url: () => `/api/meetings/${id()}/minutes/circulate`, payload: () => ({ commentDeadline: '2099-01-01' }) },
  'POST /api/meetings/:id/minutes/approve': { method: 'POST', url: () => `/api/meetings/${id()}/minutes/approve` },
  'POST /api/meetings/:id/minutes/lock': { method: 'POST', url: () => `/api/meetings/${id()}/minutes/lock` },
  'GET /api/action-items': { method: 'GET', url: () => '/api/action-items?status=open' },
  'GET /api/action-items/mine': { method: 'GET', url: () => '/api/action-items/mine' },
  'GET /api/action-items/:id': { method: 'GET', url: () => `/api/action-items/${itemId || NONE}` },
  'POST /api/action-items/:id/updates': { method: 'POST', url: () => `/api/action-items/${itemId || NONE}/updates`, payload: () => ({ body: 'x' }) },
  'GET /api/meeting-scorecard': { method: 'GET', url: () => '/api/meeting-scorecard?from=2015-01-01&to=2015-12-31' },
  'GET /api/calendar/tokens': { method: 'GET', url: () => '/api/calendar/tokens' },
  'POST /api/calendar/tokens': { method: 'POST', url: () => '/api/calendar/tokens', payload: () => ({ label: 'phone' }) },
  'DELETE /api/calendar/tokens/:id': { method: 'DELETE', url: () => `/api/calendar/tokens/${NONE}` },
};
/** Reached without a session on purpose: the feed's token is its credential (400 and 404 in meetings.test.ts). */
const publicRoutes = ['GET /api/calendar/:token.ics'];

describe('every meetings route answers 401 without a session', () => {
  it('has a case here for each meetings route the app serves', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const served = Object.entries(spec.paths)
      .filter(([path]) => /^\/api\/(meeting|meetings|action-items|calendar)(\/|-|$)/.test(path))
      .flatMap(([path, ops]) =>
        Object.keys(ops)
          .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
          .map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
      );
    expect(served.length).toBeGreaterThan(30);
    const missing = served.filter((r) => !(r in signedInRoutes) && !publicRoutes.includes(r));
    expect(missing, 'meetings routes without a 401 case in this file').toEqual([]);
  });
  itRequiresSignIn(() => t, signedInRoutes);
});

describe('403 where a role or an ability applies, nothing written', () => {
  it("a participant's seat is changed only by those who run the meeting: not another organisation, not a viewer", async () => {
    await expectForbidden(us, signedInRoutes['PATCH /api/meetings/:id/participants/:participantId']!, t, 'meeting_participant');
    await expectForbidden(ukv, signedInRoutes['PATCH /api/meetings/:id/participants/:participantId']!, t, 'meeting_participant');
    const seat = (await ok(us, 'GET', `/api/meetings/${meetingId}`)).participants[0];
    expect(seat.status).toBe('attended');
  });

  it("a viewer of the meeting's organisation runs nothing: transition, attendance, decisions, action items", async () => {
    await expectForbidden(ukv, signedInRoutes['POST /api/meetings/:id/transition']!, t, 'meeting');
    await expectForbidden(ukv, signedInRoutes['PATCH /api/meetings/:id']!, t, 'meeting');
    await expectForbidden(ukv, signedInRoutes['POST /api/meetings/:id/participants']!, t, 'meeting_participant');
    await expectForbidden(ukv, signedInRoutes['POST /api/meetings/:id/decisions']!, t, 'decision');
    await expectForbidden(ukv, signedInRoutes['POST /api/meetings/:id/action-items']!, t, 'action_item');
    await expectForbidden(ukv, signedInRoutes['POST /api/action-items/:id/updates']!, t, 'action_item_update');
    await expectForbidden(ukv, signedInRoutes['POST /api/meeting-series']!, t, 'meeting_series');
  });

  it('an organisation neither running the meeting nor owning the item reports on nothing, writes no minutes of a meeting it is not on', async () => {
    await expectForbidden(fr, signedInRoutes['POST /api/action-items/:id/updates']!, t, 'action_item_update');
    await expectForbidden(fr, signedInRoutes['POST /api/meetings/:id/minutes/updates']!, t, 'meeting_minutes_update');
    await expectForbidden(fr, signedInRoutes['POST /api/meetings/:id/minutes/circulate']!, t, 'meeting_minutes');
  });
});

describe('400 naming the field, nothing written', () => {
  const cases: [string, RouteCase, Parameters<typeof expectInvalid>[3], string][] = [
    ['series id', { method: 'PATCH', url: () => '/api/meeting-series/not-a-uuid', payload: () => ({ name: 'x' }) }, 'meeting_series', 'params.id'],
    ['series name', { method: 'PATCH', url: () => `/api/meeting-series/${seriesId}`, payload: () => ({ name: '' }) }, 'meeting_series', 'body.name'],
    ['register id', { method: 'GET', url: () => '/api/meeting-series/not-a-uuid/decisions' }, 'decision', 'params.id'],
    ['register file id', { method: 'GET', url: () => '/api/meeting-series/not-a-uuid/decisions.csv' }, 'decision', 'params.id'],
    ['register PDF id', { method: 'GET', url: () => '/api/meeting-series/not-a-uuid/decisions.pdf' }, 'decision', 'params.id'],
    ['meeting list series', { method: 'GET', url: () => '/api/meetings?seriesId=SG' }, 'meeting', 'query.seriesId'],
    ['meeting body', { method: 'POST', url: () => '/api/meetings', payload: () => ({}) }, 'meeting', 'body.seriesId'],
    ['meeting patch id', { method: 'PATCH', url: () => '/api/meetings/not-a-uuid', payload: () => ({ title: 'x' }) }, 'meeting', 'params.id'],
    ['meeting patch zone', { method: 'PATCH', url: () => `/api/meetings/${meetingId}`, payload: () => ({ timeZone: 'GMT+1' }) }, 'meeting', 'body.timeZone'],
    ['transition id', { method: 'POST', url: () => '/api/meetings/not-a-uuid/transition', payload: () => ({ to: 'held' }) }, 'meeting', 'params.id'],
    [
      'participant id',
      { method: 'PATCH', url: () => `/api/meetings/${meetingId}/participants/not-a-uuid`, payload: () => ({ status: 'excused' }) },
      'meeting_participant',
      'params.participantId',
    ],
    [
      'participant role',
      { method: 'PATCH', url: () => `/api/meetings/${meetingId}/participants/${participantId}`, payload: () => ({ role: 'chair' }) },
      'meeting_participant',
      'body.role',
    ],
    [
      'participant user',
      { method: 'POST', url: () => `/api/meetings/${meetingId}/participants`, payload: () => ({ orgId: usOrg, userId: 'me' }) },
      'meeting_participant',
      'body.userId',
    ],
    ['agenda title', { method: 'POST', url: () => `/api/meetings/${meetingId}/agenda`, payload: () => ({ title: '' }) }, 'agenda_item', 'body.title'],
    ['decision result', { method: 'POST', url: () => `/api/meetings/${meetingId}/decisions`, payload: () => ({ text: 'x', result: 'acclamation' }) }, 'decision', 'body.result'],
    [
      'review outcome',
      { method: 'PUT', url: () => `/api/meetings/${meetingId}/reviews/${itemId}`, payload: () => ({ outcome: 'forgotten' }) },
      'action_item_review',
      'body.outcome',
    ],
    ['review meeting id', { method: 'PUT', url: () => `/api/meetings/not-a-uuid/reviews/${itemId}`, payload: () => ({ outcome: 'done' }) }, 'action_item_review', 'params.id'],
    ['brief page id', { method: 'GET', url: () => '/api/meetings/not-a-uuid/brief.html' }, 'meeting', 'params.id'],
    ['minutes id', { method: 'GET', url: () => '/api/meetings/not-a-uuid/minutes' }, 'meeting_minutes', 'params.id'],
    ['minutes poll since', { method: 'GET', url: () => `/api/meetings/${meetingId}/minutes/updates?since=-1` }, 'meeting_minutes', 'query.since'],
    ['minutes approve id', { method: 'POST', url: () => '/api/meetings/not-a-uuid/minutes/approve' }, 'meeting_minutes', 'params.id'],
    ['minutes lock id', { method: 'POST', url: () => '/api/meetings/not-a-uuid/minutes/lock' }, 'meeting_minutes', 'params.id'],
    ['action item update id', { method: 'POST', url: () => '/api/action-items/not-a-uuid/updates', payload: () => ({ body: 'x' }) }, 'action_item_update', 'params.id'],
    [
      'action item update day',
      { method: 'POST', url: () => `/api/action-items/${itemId}/updates`, payload: () => ({ body: 'x', onDate: '2015-02-30' }) },
      'action_item_update',
      'body.onDate',
    ],
    [
      'action item update status',
      { method: 'POST', url: () => `/api/action-items/${itemId}/updates`, payload: () => ({ body: 'x', status: 'finished' }) },
      'action_item_update',
      'body.status',
    ],
    ['scorecard from', { method: 'GET', url: () => '/api/meeting-scorecard?from=January&to=2015-12-31' }, 'meeting', 'query.from'],
    ['calendar token label', { method: 'POST', url: () => '/api/calendar/tokens', payload: () => ({ label: 42 }) }, 'calendar_token', 'body.label'],
  ];
  for (const [name, route, table, field] of cases)
    it(`${name}: ${field}`, async () => {
      await expectInvalid(ukc, route, t, table, field);
    });
});

describe('the long poll of the minutes', () => {
  const poll = (session: Session, wait: number) => session.inject({ method: 'GET', url: `/api/meetings/${meetingId}/minutes/updates?since=0&wait=${wait}` });
  const settle = () => new Promise((done) => setTimeout(done, 400));

  it(`holds at most ${MAX_LONG_POLLS_PER_USER} a user at once: the next is a 429 with Retry-After at once; another user, and a poll without wait, still pass`, async () => {
    const waiting = Array.from({ length: MAX_LONG_POLLS_PER_USER }, () => poll(us, 10));
    await settle();
    const started = Date.now();
    const refused = await poll(us, 10);
    expect(refused.statusCode, refused.body).toBe(429);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({ status: 429, code: 'rate_limited' });
    expect(refused.json().detail).toContain(String(MAX_LONG_POLLS_PER_USER));
    // A poll that does not wait holds nothing, and another user's long poll is theirs to count.
    expect((await us.inject({ method: 'GET', url: `/api/meetings/${meetingId}/minutes/updates?since=0` })).statusCode).toBe(200);
    const other = poll(fr, 10);
    await settle();
    // A change answers every waiting poll; their places are then free again.
    const update = Buffer.from(
      Y.encodeStateAsUpdate(
        (() => {
          const doc = new Y.Doc();
          doc.getText('markdown').insert(0, 'Attendance.');
          return doc;
        })(),
      ),
    ).toString('base64');
    await ok(ukc, 'POST', `/api/meetings/${meetingId}/minutes/updates`, { update });
    for (const res of [...(await Promise.all(waiting)), await other]) {
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().seq).toBe(1);
    }
    const again = await Promise.all(
      Array.from({ length: MAX_LONG_POLLS_PER_USER }, () => us.inject({ method: 'GET', url: `/api/meetings/${meetingId}/minutes/updates?since=1&wait=1` })),
    );
    expect(again.map((r) => r.statusCode)).toEqual(Array(MAX_LONG_POLLS_PER_USER).fill(200));
  }, 30_000);

  it('frees a place when a poll times out, and counts a poll of a hidden meeting as nothing (404 first)', async () => {
    const timedOut = await Promise.all(Array.from({ length: MAX_LONG_POLLS_PER_USER }, () => poll(us, 1)));
    expect(timedOut.map((r) => r.statusCode)).toEqual(Array(MAX_LONG_POLLS_PER_USER).fill(200));
    expect((await poll(us, 1)).statusCode).toBe(200);
    const missing = await us.inject({ method: 'GET', url: `/api/meetings/${NONE}/minutes/updates?since=0&wait=5` });
    expect(missing.statusCode).toBe(404);
  }, 30_000);
});
