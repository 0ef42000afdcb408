// Meetings through HTTP: the state machine and its 409 for carried items, action items
// carried across three meetings, decision numbers under concurrency, time zones, the
// scorecard against hand-computed figures, and the 401/403/400 of every route.
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { expectForbidden, expectInvalid, itRequiresSignIn, request } from '../../test/contract.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';

let t: TestApp;
let sec: Session;
let ukc: Session;
let ukv: Session;
let us: Session;
let ukOrg = '';
let usOrg = '';
let usUser = '';
let seriesId = '';
let meetingId = '';
let itemId = '';
const NONE = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  t = await buildTestApp();
  const secOrg = await buildOrganisation(t.db, { kind: 'secretariat', name: 'Secretariat' });
  ukOrg = (await buildOrganisation(t.db, { name: 'United Kingdom', iso3: 'GBR' })).id;
  usOrg = (await buildOrganisation(t.db, { name: 'United States', iso3: 'USA' })).id;
  sec = await signIn(t.app, (await buildUser(t.db, secOrg.id, 'admin')).email, TEST_PASSWORD);
  ukc = await signIn(t.app, (await buildUser(t.db, ukOrg, 'coordinator')).email, TEST_PASSWORD);
  ukv = await signIn(t.app, (await buildUser(t.db, ukOrg, 'viewer')).email, TEST_PASSWORD);
  const usU = await buildUser(t.db, usOrg);
  usUser = usU.id;
  us = await signIn(t.app, usU.email, TEST_PASSWORD);
  // The United Kingdom runs the small group's meetings here: its coordinator sets up the series.
  const res = await ukc.inject({ method: 'POST', url: '/api/meeting-series', payload: { name: 'Small group', code: 'SG', rrule: 'FREQ=MONTHLY;BYDAY=4TH' } });
  expect(res.statusCode, res.body).toBe(201);
  seriesId = res.json().id;
});
afterAll(async () => t?.close());

const meeting = (over: Record<string, unknown> = {}) => ({
  seriesId,
  title: 'Small group, London',
  kind: 'small_group',
  timeZone: 'Europe/London',
  start: '2015-01-22T10:00',
  end: '2015-01-22T13:00',
  venue: 'Lancaster House, London',
  sharing: { marking: 'GREEN' },
  ...over,
});

async function ok(session: Session, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown, status = 200) {
  const res = await session.inject({ method, url, payload: payload as never });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
  return res.json();
}

async function newMeeting(over: Record<string, unknown> = {}, session = ukc) {
  return (await ok(session, 'POST', '/api/meetings', meeting(over), 201)).id as string;
}

async function moveTo(id: string, ...states: string[]) {
  let last: unknown;
  for (const to of states) last = await ok(ukc, 'POST', `/api/meetings/${id}/transition`, { to });
  return last as { state: string; review: { items: { id: string; ageDays: number }[] } };
}

const routes = {
  series: { method: 'GET' as const, url: () => '/api/meeting-series' },
  createSeries: { method: 'POST' as const, url: () => '/api/meeting-series', payload: () => ({ name: 'Plenary', code: 'PL' }) },
  updateSeries: { method: 'PATCH' as const, url: () => `/api/meeting-series/${seriesId}`, payload: () => ({ name: 'Small group (renamed)' }) },
  list: { method: 'GET' as const, url: () => '/api/meetings' },
  create: { method: 'POST' as const, url: () => '/api/meetings', payload: () => meeting() },
  get: { method: 'GET' as const, url: () => `/api/meetings/${meetingId || NONE}` },
  ics: { method: 'GET' as const, url: () => `/api/meetings/${meetingId || NONE}.ics` },
  update: { method: 'PATCH' as const, url: () => `/api/meetings/${meetingId || NONE}`, payload: () => ({ title: 'Renamed' }) },
  transition: { method: 'POST' as const, url: () => `/api/meetings/${meetingId || NONE}/transition`, payload: () => ({ to: 'scheduled' }) },
  participant: { method: 'POST' as const, url: () => `/api/meetings/${meetingId || NONE}/participants`, payload: () => ({ orgId: usOrg }) },
  participantPatch: { method: 'PATCH' as const, url: () => `/api/meetings/${meetingId || NONE}/participants/${NONE}`, payload: () => ({ status: 'attended' }) },
  agenda: { method: 'POST' as const, url: () => `/api/meetings/${meetingId || NONE}/agenda`, payload: () => ({ title: 'Lines of effort' }) },
  decision: { method: 'POST' as const, url: () => `/api/meetings/${meetingId || NONE}/decisions`, payload: () => ({ text: 'Set up expert working groups', result: 'consensus' }) },
  action: {
    method: 'POST' as const,
    url: () => `/api/meetings/${meetingId || NONE}/action-items`,
    payload: () => ({ text: 'Propose working groups', ownerOrgIds: [ukOrg], dueDate: '2015-02-20' }),
  },
  review: { method: 'PUT' as const, url: () => `/api/meetings/${meetingId || NONE}/reviews/${itemId || NONE}`, payload: () => ({ outcome: 'done' }) },
  register: { method: 'GET' as const, url: () => `/api/meeting-series/${seriesId || NONE}/decisions` },
  registerFile: { method: 'GET' as const, url: () => `/api/meeting-series/${seriesId || NONE}/decisions.csv` },
  actions: { method: 'GET' as const, url: () => '/api/action-items' },
  mine: { method: 'GET' as const, url: () => '/api/action-items/mine' },
  actionItem: { method: 'GET' as const, url: () => `/api/action-items/${itemId || NONE}` },
  actionUpdate: { method: 'POST' as const, url: () => `/api/action-items/${itemId || NONE}/updates`, payload: () => ({ body: 'Started', status: 'in_progress' }) },
  scorecard: { method: 'GET' as const, url: () => '/api/meeting-scorecard?from=2015-01-01&to=2015-12-31' },
  tokens: { method: 'GET' as const, url: () => '/api/calendar/tokens' },
  createToken: { method: 'POST' as const, url: () => '/api/calendar/tokens', payload: () => ({ label: 'phone' }) },
  revokeToken: { method: 'DELETE' as const, url: () => `/api/calendar/tokens/${NONE}` },
};

describe('meetings without a session', () => {
  itRequiresSignIn(() => t, routes);
  it('the personal feed answers 404 for an unknown token and 400 for a malformed one, without a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/api/calendar/${'a'.repeat(43)}.ics` })).statusCode).toBe(404);
    const bad = await t.app.inject({ method: 'GET', url: '/api/calendar/short.ics' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('params.token');
  });
});

describe('series and meetings', () => {
  it('refuses a series to a focal point (403), a bad code (400) and a taken one (409)', async () => {
    await expectForbidden(us, routes.createSeries, t, 'meeting_series');
    await expectInvalid(sec, { ...routes.createSeries, payload: () => ({ name: 'x', code: 'sg' }) }, t, 'meeting_series', 'body.code');
    await expectInvalid(sec, { ...routes.createSeries, payload: () => ({ name: 'x', code: 'PL', rrule: 'EVERY MONDAY' }) }, t, 'meeting_series', 'body.rrule');
    const taken = await sec.inject(request({ ...routes.createSeries, payload: () => ({ name: 'x', code: 'SG' }) }));
    expect(taken.statusCode).toBe(409);
    await expectForbidden(us, routes.updateSeries, t, 'meeting_series');
  });

  it('adds meetings to a series only for the organisation that runs it (403)', async () => {
    const other = await ok(sec, 'POST', '/api/meeting-series', { name: 'Plenary', code: 'PLN' }, 201);
    await expectForbidden(ukc, { ...routes.create, payload: () => meeting({ seriesId: other.id }) }, t, 'meeting');
  });

  it('creates a draft meeting with its zone and instant; a viewer may not (403); bad input is a 400 naming the field', async () => {
    const created = await ok(ukc, 'POST', '/api/meetings', meeting(), 201);
    meetingId = created.id;
    expect(created).toMatchObject({
      state: 'draft',
      sequence: 0,
      start: { local: '2015-01-22T10:00', timeZone: 'Europe/London', instant: '2015-01-22T10:00:00.000Z' },
      series: { code: 'SG' },
      review: { title: 'Review of open action items', items: [] },
    });
    await expectForbidden(ukv, routes.create, t, 'meeting');
    await expectInvalid(ukc, { ...routes.create, payload: () => meeting({ timeZone: 'Mars/Olympus' }) }, t, 'meeting', 'body.timeZone');
    await expectInvalid(ukc, { ...routes.create, payload: () => meeting({ start: '2015-01-22 10h' }) }, t, 'meeting', 'body.start');
    await expectInvalid(ukc, { ...routes.create, payload: () => meeting({ end: '2015-01-22T09:00' }) }, t, 'meeting', 'body.end');
    await expectInvalid(ukc, { ...routes.create, payload: () => meeting({ seriesId: NONE }) }, t, 'meeting', 'body.seriesId');
    await expectInvalid(ukc, { ...routes.create, payload: () => meeting({ hostOrgIds: [NONE] }) }, t, 'meeting', 'body.hostOrgIds.0');
    await expectInvalid(ukc, { ...routes.create, payload: () => meeting({ onlineUrl: 'http://insecure.example' }) }, t, 'meeting', 'body.onlineUrl');
    // 02:30 does not exist in Brussels on the day the clocks go forward.
    await expectInvalid(
      ukc,
      { ...routes.create, payload: () => meeting({ timeZone: 'Europe/Brussels', start: '2026-03-29T02:30', end: '2026-03-29T04:00' }) },
      t,
      'meeting',
      'body.start',
    );
  });

  it('refuses changes to another organisation’s meeting (403) and to one it cannot see (404)', async () => {
    await expectForbidden(us, routes.update, t, 'meeting');
    await expectForbidden(us, routes.transition, t, 'meeting');
    await expectForbidden(us, routes.participant, t, 'meeting_participant');
    await expectForbidden(us, routes.agenda, t, 'agenda_item');
    await expectForbidden(ukv, routes.agenda, t, 'agenda_item');
    const red = await newMeeting({ sharing: { marking: 'RED' } });
    const res = await us.inject({ method: 'PATCH', url: `/api/meetings/${red}`, payload: { title: 'x' } });
    expect(res.statusCode).toBe(404);
  });

  it('adds participants and agenda items, refusing bad ones with the field named', async () => {
    const m = await ok(ukc, 'POST', `/api/meetings/${meetingId}/participants`, { orgId: usOrg, userId: usUser, role: 'principal' });
    expect(m.participants).toHaveLength(1);
    await expectInvalid(ukc, { ...routes.participant, payload: () => ({ orgId: ukOrg, userId: usUser }) }, t, 'meeting_participant', 'body.userId');
    await expectInvalid(ukc, { ...routes.participant, payload: () => ({ orgId: NONE }) }, t, 'meeting_participant', 'body.orgId');
    await expectInvalid(ukc, { ...routes.participant, payload: () => ({ orgId: usOrg, role: 'chair' }) }, t, 'meeting_participant', 'body.role');
    const again = await ukc.inject({ method: 'POST', url: `/api/meetings/${meetingId}/participants`, payload: { orgId: usOrg, userId: usUser } });
    expect(again.statusCode).toBe(409);
    const a = await ok(ukc, 'POST', `/api/meetings/${meetingId}/agenda`, { title: 'Review of the lines of effort', durationMinutes: 60 });
    const parent = a.agenda[0].id;
    const b = await ok(ukc, 'POST', `/api/meetings/${meetingId}/agenda`, { title: 'Foreign fighters', parentId: parent });
    expect(b.agenda.map((x: { parentId: string | null; position: number }) => [x.parentId, x.position])).toEqual([
      [null, 0],
      [parent, 0],
    ]);
    await expectInvalid(ukc, { ...routes.agenda, payload: () => ({ title: 'x', parentId: NONE }) }, t, 'agenda_item', 'body.parentId');
    await expectInvalid(ukc, { ...routes.agenda, payload: () => ({ title: 'x', documentId: NONE }) }, t, 'agenda_item', 'body.documentId');
    await expectInvalid(ukc, { ...routes.agenda, payload: () => ({ title: 'x', durationMinutes: 0 }) }, t, 'agenda_item', 'body.durationMinutes');
    const missing = await ukc.inject(request(routes.participantPatch));
    expect(missing.statusCode).toBe(404);
  });
});

describe('the state machine', () => {
  it('moves forward only, names the reason of each refusal, and cancels only a scheduled meeting with a reason', async () => {
    const draft = await ukc.inject({ method: 'POST', url: `/api/meetings/${meetingId}/transition`, payload: { to: 'held' } });
    expect(draft.statusCode).toBe(409);
    expect(draft.json().detail).toContain('can only become scheduled');
    const cancelDraft = await ukc.inject({ method: 'POST', url: `/api/meetings/${meetingId}/transition`, payload: { to: 'cancelled', reason: 'x' } });
    expect(cancelDraft.json().detail).toContain('only a scheduled meeting can be cancelled');
    await expectInvalid(ukc, { ...routes.transition, payload: () => ({ to: 'postponed' }) }, t, 'meeting', 'body.to');
    // The reader is told the states they may move it to now; another organisation none.
    expect((await ok(ukc, 'GET', `/api/meetings/${meetingId}`)).abilities).toEqual({ run: true, transitions: ['scheduled'] });
    expect((await ok(ukv, 'GET', `/api/meetings/${meetingId}`)).abilities).toEqual({ run: false, transitions: [] });
    const scheduled = await moveTo(meetingId, 'scheduled');
    expect((scheduled as unknown as { abilities: unknown }).abilities).toEqual({ run: true, transitions: ['in_progress', 'cancelled'] });
    await expectInvalid(ukc, { ...routes.transition, payload: () => ({ to: 'cancelled' }) }, t, 'meeting', 'body.reason');
    // Nothing recorded before the meeting starts.
    const early = await ukc.inject(request(routes.decision));
    expect(early.statusCode).toBe(409);
    const m = await moveTo(meetingId, 'in_progress');
    expect(m.state).toBe('in_progress');
    // Its time is fixed once it has started.
    const moved = await ukc.inject({ method: 'PATCH', url: `/api/meetings/${meetingId}`, payload: { start: '2015-01-22T11:00' } });
    expect(moved.statusCode).toBe(409);
  });

  it('registers decisions numbered per series and year, with votes only for a vote', async () => {
    const d = await ok(ukc, 'POST', `/api/meetings/${meetingId}/decisions`, { text: 'Set up expert working groups', result: 'consensus' }, 201);
    expect(d.reference).toBe('SG-2015-001');
    await expectInvalid(ukc, { ...routes.decision, payload: () => ({ text: 'x', result: 'vote' }) }, t, 'decision', 'body.votes');
    await expectInvalid(ukc, { ...routes.decision, payload: () => ({ text: 'x', result: 'consensus', agendaItemId: NONE }) }, t, 'decision', 'body.agendaItemId');
    const v = await ok(ukc, 'POST', `/api/meetings/${meetingId}/decisions`, { text: 'Plenary in the autumn', result: 'vote', votes: { for: 20, against: 0, abstentions: 1 } }, 201);
    expect(v).toMatchObject({ reference: 'SG-2015-002', votes: { for: 20, against: 0, abstentions: 1 } });
    await expectForbidden(us, routes.decision, t, 'decision');
    const register = await ok(us, 'GET', `/api/meeting-series/${seriesId}/decisions?year=2015`);
    expect(register.map((d: { reference: string; meeting: { date: string } }) => [d.reference, d.meeting.date])).toEqual([
      ['SG-2015-001', '2015-01-22'],
      ['SG-2015-002', '2015-01-22'],
    ]);
    expect(await ok(us, 'GET', `/api/meeting-series/${seriesId}/decisions?year=2016`)).toEqual([]);
    expect((await us.inject({ method: 'GET', url: `/api/meeting-series/${NONE}/decisions.csv` })).statusCode).toBe(404);
  });

  it('records action items with one or more owner organisations', async () => {
    const a = await ok(
      ukc,
      'POST',
      `/api/meetings/${meetingId}/action-items`,
      { text: 'Propose working groups', ownerOrgIds: [ukOrg, usOrg], ownerUserId: usUser, dueDate: '2015-02-20' },
      201,
    );
    itemId = a.id;
    expect(a).toMatchObject({ status: 'open', dueDate: '2015-02-20', meeting: { id: meetingId, date: '2015-01-22' }, series: { code: 'SG' } });
    expect(a.ownerOrganisations.map((o: { id: string }) => o.id).sort()).toEqual([ukOrg, usOrg].sort());
    await expectInvalid(ukc, { ...routes.action, payload: () => ({ text: 'x', ownerOrgIds: [], dueDate: '2015-02-20' }) }, t, 'action_item', 'body.ownerOrgIds');
    await expectInvalid(ukc, { ...routes.action, payload: () => ({ text: 'x', ownerOrgIds: [NONE], dueDate: '2015-02-20' }) }, t, 'action_item', 'body.ownerOrgIds.0');
    await expectInvalid(ukc, { ...routes.action, payload: () => ({ text: 'x', ownerOrgIds: [ukOrg], dueDate: '2015-02-30' }) }, t, 'action_item', 'body.dueDate');
    await expectInvalid(
      ukc,
      { ...routes.action, payload: () => ({ text: 'x', ownerOrgIds: [ukOrg], ownerUserId: usUser, dueDate: '2015-02-20' }) },
      t,
      'action_item',
      'body.ownerUserId',
    );
    // Owners in the order of their names.
    const names = a.ownerOrganisations.map((o: { name: string }) => o.name);
    expect(names).toEqual([...names].sort((x: string, y: string) => x.localeCompare(y)));
    await expectForbidden(us, routes.action, t, 'action_item');
    const held = await moveTo(meetingId, 'held');
    // The minutes' states are the minutes' routes' own: nothing left for the generic transition.
    expect((held as unknown as { abilities: unknown }).abilities).toEqual({ run: true, transitions: [] });
  });

  it('lets the owner organisations report on an item; others get 403, bad input 400', async () => {
    const fr = await signIn(t.app, (await buildUser(t.db, (await buildOrganisation(t.db)).id)).email, TEST_PASSWORD);
    await expectForbidden(fr, routes.actionUpdate, t, 'action_item_update');
    await expectInvalid(us, { ...routes.actionUpdate, payload: () => ({ body: 'x', status: 'dropped' }) }, t, 'action_item_update', 'body.droppedReason');
    await expectInvalid(us, { ...routes.actionUpdate, payload: () => ({ body: '', status: 'done' }) }, t, 'action_item_update', 'body.body');
    const item = await ok(us, 'POST', `/api/action-items/${itemId}/updates`, { body: 'Draft terms of reference sent', status: 'in_progress', onDate: '2015-02-01' });
    expect(item).toMatchObject({ status: 'in_progress', updates: [{ onDate: '2015-02-01', status: 'in_progress' }] });
    const mine = (await ok(us, 'GET', '/api/action-items/mine')).items;
    expect(mine.map((i: { id: string }) => i.id)).toContain(itemId);
    const overdue = (await ok(sec, 'GET', '/api/action-items?overdue=true')).items;
    expect(overdue.find((i: { id: string }) => i.id === itemId)).toMatchObject({ overdue: true });
    await expectInvalid(us, { method: 'GET', url: () => '/api/action-items?overdue=maybe' }, t, 'action_item', 'query.overdue');
  });
});

describe('action items carried over three meetings', () => {
  let second = '';
  let third = '';
  it('an open item appears in the next meeting’s review with its origin and age, and blocks `held` with a 409 naming it', async () => {
    second = await newMeeting({ title: 'Small group, second', start: '2015-02-26T10:00', end: '2015-02-26T12:00' });
    const m = await moveTo(second, 'scheduled', 'in_progress');
    expect(m.review.items).toHaveLength(1);
    expect(m.review.items[0]).toMatchObject({ id: itemId, ageDays: 35, meeting: { id: meetingId, date: '2015-01-22' }, review: null });
    const held = await ukc.inject({ method: 'POST', url: `/api/meetings/${second}/transition`, payload: { to: 'held' } });
    expect(held.statusCode).toBe(409);
    expect(held.json().errors).toEqual([{ path: `actionItems.${itemId}`, message: 'no outcome yet: Propose working groups' }]);
    await expectInvalid(
      ukc,
      { method: 'PUT', url: () => `/api/meetings/${second}/reviews/${itemId}`, payload: () => ({ outcome: 'continued' }) },
      t,
      'action_item_review',
      'body.newDueDate',
    );
    await expectInvalid(
      ukc,
      { method: 'PUT', url: () => `/api/meetings/${second}/reviews/${itemId}`, payload: () => ({ outcome: 'dropped' }) },
      t,
      'action_item_review',
      'body.reason',
    );
    await expectForbidden(us, { method: 'PUT', url: () => `/api/meetings/${second}/reviews/${itemId}`, payload: () => ({ outcome: 'done' }) }, t, 'action_item_review');
    const notCarried = await ukc.inject({ method: 'PUT', url: `/api/meetings/${second}/reviews/${NONE}`, payload: { outcome: 'done' } });
    expect(notCarried.statusCode).toBe(404);
    const continued = await ok(ukc, 'PUT', `/api/meetings/${second}/reviews/${itemId}`, { outcome: 'continued', newDueDate: '2015-03-31' });
    expect(continued.review.items[0].review).toMatchObject({ outcome: 'continued', newDueDate: '2015-03-31' });
    expect((await moveTo(second, 'held')).state).toBe('held');
  });

  it('a continued item comes back in the third meeting; once done it does not come back again; its history lists the reviewing meetings', async () => {
    third = await newMeeting({ title: 'Small group, third', start: '2015-03-26T10:00', end: '2015-03-26T12:00' });
    const m = await moveTo(third, 'scheduled', 'in_progress');
    expect(m.review.items.map((i: { id: string }) => i.id)).toEqual([itemId]);
    await ok(ukc, 'PUT', `/api/meetings/${third}/reviews/${itemId}`, { outcome: 'done' });
    const held = await moveTo(third, 'held');
    expect(held.review.items[0]).toMatchObject({ id: itemId, status: 'done', review: { outcome: 'done' } });
    const fourth = await newMeeting({ title: 'Small group, fourth', start: '2015-04-23T10:00', end: '2015-04-23T12:00' });
    const f = await moveTo(fourth, 'scheduled', 'in_progress');
    expect(f.review.items).toEqual([]);
    const history = await ok(us, 'GET', `/api/action-items/${itemId}`);
    expect(history).toMatchObject({ status: 'done', closedOn: '2015-03-26', dueDate: '2015-03-31' });
    expect(history.reviews.map((r: { meetingId: string; outcome: string }) => [r.meetingId, r.outcome])).toEqual([
      [second, 'continued'],
      [third, 'done'],
    ]);
  });

  it('moves to minutes circulated or approved only through the minutes (their checks), and freezes decisions once approved', async () => {
    const direct = await ukc.inject({ method: 'POST', url: `/api/meetings/${meetingId}/transition`, payload: { to: 'minutes_circulated' } });
    expect(direct.statusCode).toBe(409);
    expect(direct.json().errors[0]).toMatchObject({ path: 'body.to' });
    expect(direct.json().detail).toContain('/minutes/circulate');
    const doc = new Y.Doc();
    doc.getText('markdown').insert(0, 'Agreed: expert working groups.');
    await ok(ukc, 'POST', `/api/meetings/${meetingId}/minutes/updates`, { update: Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64') });
    await ok(ukc, 'POST', `/api/meetings/${meetingId}/minutes/circulate`, { commentDeadline: '2099-01-01' });
    await ok(ukc, 'POST', `/api/meetings/${meetingId}/minutes/approve`, {});
    const res = await ukc.inject(request(routes.decision));
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('frozen');
    // The database refuses too, whoever asks.
    await expect(t.db.deleteFrom('decision').where('meeting_id', '=', meetingId).execute()).rejects.toThrow(/frozen/);
  });
});

describe('decision numbers under concurrency', () => {
  it('gives twenty decisions recorded at once in two meetings of a series twenty distinct numbers', async () => {
    const series = await ok(ukc, 'POST', '/api/meeting-series', { name: 'Working group on finance', code: 'WGF' }, 201);
    const a = await newMeeting({ seriesId: series.id, start: '2016-05-01T10:00', end: '2016-05-01T12:00' });
    const b = await newMeeting({ seriesId: series.id, start: '2016-06-01T10:00', end: '2016-06-01T12:00' });
    await moveTo(a, 'scheduled', 'in_progress');
    await moveTo(b, 'scheduled', 'in_progress');
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        ukc.inject({ method: 'POST', url: `/api/meetings/${i % 2 ? a : b}/decisions`, payload: { text: `Decision ${i}`, result: 'consensus' } }),
      ),
    );
    expect(answers.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
    const refs = answers.map((r) => r.json().reference as string).sort();
    expect(refs).toEqual(Array.from({ length: 20 }, (_, i) => `WGF-2016-${String(i + 1).padStart(3, '0')}`));
  });
});

describe('time zones', () => {
  it('keeps a meeting on the day the clocks change with its zone and instant', async () => {
    const id = await newMeeting({ timeZone: 'Europe/Brussels', start: '2026-03-29T10:00', end: '2026-03-29T12:00' });
    const m = await ok(ukc, 'GET', `/api/meetings/${id}`);
    // Brussels is on summer time (UTC+2) from 03:00 that day: 10:00 there is 08:00 UTC, 11:00 in Riyadh (UTC+3).
    expect(m.start).toEqual({ local: '2026-03-29T10:00', timeZone: 'Europe/Brussels', instant: '2026-03-29T08:00:00.000Z' });
    expect(DateTime.fromISO(m.start.instant).setZone('Asia/Riyadh').toFormat('HH:mm')).toBe('11:00');
    const list = await ok(ukc, 'GET', '/api/meetings?from=2026-03-29&to=2026-03-29');
    expect(list.map((x: { id: string }) => x.id)).toEqual([id]);
    await expectInvalid(ukc, { method: 'GET', url: () => '/api/meetings?from=2026-02-30' }, t, 'meeting', 'query.from');
  });
});

describe('the scorecard', () => {
  it('reproduces the hand-computed figures of 3 meetings and 5 organisations', async () => {
    const orgs = await Promise.all(['A', 'B', 'C', 'D', 'E'].map((n) => buildOrganisation(t.db, { name: `Scorecard ${n}` })));
    const [A, B, C, D, E] = orgs.map((o) => o.id) as [string, string, string, string, string];
    const attendance: Record<string, [string, string][]> = {
      '2014-02-10': [
        [A, 'attended'],
        [B, 'attended'],
        [C, 'excused'],
        [D, 'attended'],
        [E, 'declined'],
      ],
      '2014-05-12': [
        [A, 'attended'],
        [B, 'proxy'],
        [C, 'attended'],
        [D, 'declined'],
      ],
      '2014-09-15': [
        [A, 'attended'],
        [B, 'declined'],
        [C, 'attended'],
        [D, 'attended'],
        [E, 'attended'],
      ],
    };
    // Each meeting in its own series, so that none carries another's items.
    const ids: Record<string, string> = {};
    for (const [i, day] of Object.keys(attendance).entries()) {
      const series = await ok(ukc, 'POST', '/api/meeting-series', { name: `Scorecard ${i}`, code: `SC${i}` }, 201);
      const id = await newMeeting({ seriesId: series.id, title: `Scorecard ${day}`, start: `${day}T10:00`, end: `${day}T12:00` });
      ids[day] = id;
      for (const [org, status] of attendance[day]!) await ok(ukc, 'POST', `/api/meetings/${id}/participants`, { orgId: org, status });
      await moveTo(id, 'scheduled', 'in_progress');
    }
    const item = async (day: string, owners: string[], due: string, close?: { status: 'done' | 'dropped'; on: string }) => {
      const a = await ok(ukc, 'POST', `/api/meetings/${ids[day]}/action-items`, { text: `Item due ${due}`, ownerOrgIds: owners, dueDate: due }, 201);
      if (close)
        await ok(ukc, 'POST', `/api/action-items/${a.id}/updates`, {
          body: 'closed',
          status: close.status,
          onDate: close.on,
          ...(close.status === 'dropped' ? { droppedReason: 'overtaken' } : {}),
        });
    };
    await item('2014-02-10', [A], '2014-03-01', { status: 'done', on: '2014-02-25' }); // A on time
    await item('2014-02-10', [A, B], '2014-04-01', { status: 'done', on: '2014-04-11' }); // A and B late by 10 days
    await item('2014-02-10', [C], '2014-06-01'); // C open, overdue at 31 Dec by 213 days
    await item('2014-05-12', [D], '2015-03-01'); // D open, not yet due
    await item('2014-05-12', [B], '2014-06-01', { status: 'dropped', on: '2014-07-01' }); // B dropped: neither open nor done
    await item('2014-09-15', [E], '2014-10-01', { status: 'done', on: '2014-10-04' }); // E late by 3 days
    await item('2014-09-15', [A], '2014-12-01', { status: 'done', on: '2015-01-10' }); // A: open and 30 days overdue at 31 Dec
    for (const id of Object.values(ids)) await moveTo(id, 'held');

    const card = await ok(sec, 'GET', '/api/meeting-scorecard?from=2014-01-01&to=2014-12-31');
    const row = (org: string) => {
      const r = card.rows.find((x: { organisation: { id: string } }) => x.organisation.id === org);
      return r && [r.meetingsInvited, r.meetingsAttended, r.actionsOpen, r.actionsOverdue, r.doneOnTime, r.doneLate, r.averageDaysOverdue];
    };
    //              invited attended open overdue onTime late avgDaysOverdue
    expect(row(A)).toEqual([3, 3, 1, 1, 1, 1, 20]); // (10 + 30) / 2
    expect(row(B)).toEqual([3, 2, 0, 0, 0, 1, 10]);
    expect(row(C)).toEqual([3, 2, 1, 1, 0, 0, 213]);
    expect(row(D)).toEqual([3, 2, 1, 0, 0, 0, null]);
    expect(row(E)).toEqual([2, 1, 0, 0, 0, 1, 3]);
    await expectInvalid(sec, { method: 'GET', url: () => '/api/meeting-scorecard?from=2014-12-31&to=2014-01-01' }, t, 'meeting', 'query.to');
    await expectInvalid(sec, { method: 'GET', url: () => '/api/meeting-scorecard?from=2014-01-01' }, t, 'meeting', 'query.to');
  });
});

describe('bad input on every route is a 400 naming the field, with nothing changed', () => {
  it('names the path parameter, the query or the body field', async () => {
    const cases: [Parameters<typeof expectInvalid>[1], Parameters<typeof expectInvalid>[3], string][] = [
      [{ method: 'GET', url: () => '/api/meetings/not-a-uuid' }, 'meeting', 'params.id'],
      [{ method: 'GET', url: () => '/api/meetings/not-a-uuid.ics' }, 'meeting', 'params.id'],
      [{ method: 'GET', url: () => '/api/action-items/not-a-uuid' }, 'action_item', 'params.id'],
      [{ method: 'GET', url: () => '/api/action-items/mine?limit=0' }, 'action_item', 'query.limit'],
      [{ method: 'GET', url: () => '/api/meetings?limit=100000' }, 'meeting', 'query.limit'],
      [{ method: 'GET', url: () => `/api/meeting-series/${seriesId}/decisions?year=two` }, 'decision', 'query.year'],
      [{ method: 'GET', url: () => `/api/meeting-series/${seriesId}/decisions.csv?year=0` }, 'decision', 'query.year'],
      [{ ...routes.updateSeries, payload: () => ({ code: 'lower' }) }, 'meeting_series', 'body.code'],
      [{ ...routes.update, payload: () => ({ start: '2015-13-01T10:00' }) }, 'meeting', 'body.start'],
      [{ ...routes.update, payload: () => ({ kind: 'summit' }) }, 'meeting', 'body.kind'],
      [{ ...routes.participantPatch, payload: () => ({ status: 'asleep' }) }, 'meeting_participant', 'body.status'],
      [{ ...routes.createToken, payload: () => ({ label: 'x'.repeat(201) }) }, 'calendar_token', 'body.label'],
      [{ method: 'DELETE', url: () => '/api/calendar/tokens/not-a-uuid' }, 'calendar_token', 'params.id'],
      [{ method: 'PUT', url: () => `/api/meetings/${meetingId}/reviews/not-a-uuid`, payload: () => ({ outcome: 'done' }) }, 'action_item_review', 'params.itemId'],
    ];
    for (const [route, table, field] of cases) await expectInvalid(sec, route, t, table, field);
  });

  it('refuses the participant and series changes of others (403)', async () => {
    const participant = (await ok(ukc, 'GET', `/api/meetings/${meetingId}`)).participants[0].id;
    await expectForbidden(
      us,
      { method: 'PATCH', url: () => `/api/meetings/${meetingId}/participants/${participant}`, payload: () => ({ status: 'attended' }) },
      t,
      'meeting_participant',
    );
    await expectForbidden(ukv, routes.updateSeries, t, 'meeting_series');
  });
});
