// A series' timeline (GET /api/meeting-series/:id/timeline) and the month the calendar asks
// for (GET /api/meetings?from&to): the figures of three meetings against hand-counted ones
// (decisions, items created, carried in, closed as done or dropped, still open — an item
// closed between meetings is carried no more); a meeting the reader may not see is absent and
// its items are in no figure; 401, 400 naming the field, 404 for an unknown series.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { expectInvalid, itRequiresSignIn } from '../../test/contract.ts';
import { TEST_PASSWORD, buildGroup, buildOrganisation, buildUser } from '../../test/factories.ts';

let t: TestApp;
let owner: Session;
let insider: Session;
let outsider: Session;
let ownerOrg = '';
let insiderOrg = '';
const NONE = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  t = await buildTestApp();
  ownerOrg = (await buildOrganisation(t.db, { name: 'United Kingdom' })).id;
  insiderOrg = (await buildOrganisation(t.db, { name: 'Jordan' })).id;
  const outsiderOrg = (await buildOrganisation(t.db, { name: 'Norway' })).id;
  owner = await signIn(t.app, (await buildUser(t.db, ownerOrg, 'coordinator')).email, TEST_PASSWORD);
  insider = await signIn(t.app, (await buildUser(t.db, insiderOrg)).email, TEST_PASSWORD);
  outsider = await signIn(t.app, (await buildUser(t.db, outsiderOrg)).email, TEST_PASSWORD);
});
afterAll(async () => t?.close());

async function ok(session: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, status = 200) {
  const res = await session.inject({ method, url, payload: payload as never });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
  return res.json();
}

const series = async (code: string) => (await ok(owner, 'POST', '/api/meeting-series', { name: `Series ${code}`, code }, 201)).id as string;

async function meeting(seriesId: string, title: string, day: string, over: Record<string, unknown> = {}) {
  const body = {
    seriesId,
    title,
    kind: 'small_group',
    timeZone: 'Europe/London',
    start: `${day}T10:00`,
    end: `${day}T12:00`,
    venue: 'London',
    sharing: { marking: 'GREEN' },
    ...over,
  };
  return (await ok(owner, 'POST', '/api/meetings', body, 201)).id as string;
}

const moveTo = async (id: string, ...states: string[]) => {
  for (const to of states) await ok(owner, 'POST', `/api/meetings/${id}/transition`, { to });
};
const decide = (id: string, text: string) => ok(owner, 'POST', `/api/meetings/${id}/decisions`, { text, result: 'consensus' }, 201);
const item = async (id: string, text: string) =>
  (await ok(owner, 'POST', `/api/meetings/${id}/action-items`, { text, ownerOrgIds: [ownerOrg], dueDate: '2015-02-20' }, 201)).id as string;
const review = (id: string, itemId: string, body: Record<string, unknown>) => ok(owner, 'PUT', `/api/meetings/${id}/reviews/${itemId}`, body);

/** Each meeting of a timeline as [title, decisions' references, created, carriedIn, done, dropped, stillOpen]. */
const figures = (timeline: {
  meetings: { title: string; decisions: { reference: string }[]; created: number; carriedIn: number; done: number; dropped: number; stillOpen: number }[];
}) => timeline.meetings.map((m) => [m.title, m.decisions.map((d) => d.reference), m.created, m.carriedIn, m.done, m.dropped, m.stillOpen]);

describe('the timeline without a session', () => {
  itRequiresSignIn(() => t, { timeline: { method: 'GET', url: () => `/api/meeting-series/${NONE}/timeline` } });
});

describe("a series' timeline", () => {
  it('gives each meeting in time order its decisions and its items created, carried in, closed as done or dropped, and still open', async () => {
    const sg = await series('TL');
    // Created out of time order: the timeline is by start.
    const third = await meeting(sg, 'Third', '2015-05-20');
    const first = await meeting(sg, 'First', '2015-01-22');
    const second = await meeting(sg, 'Second', '2015-03-26');
    await moveTo(first, 'scheduled', 'in_progress');
    await decide(first, 'Working groups');
    await decide(first, 'Meet monthly');
    const [a, b, c, d] = [await item(first, 'A'), await item(first, 'B'), await item(first, 'C'), await item(first, 'D')];
    await moveTo(first, 'held');
    await moveTo(second, 'scheduled', 'in_progress');
    await review(second, a, { outcome: 'done' });
    await review(second, b, { outcome: 'dropped', reason: 'overtaken' });
    await review(second, c, { outcome: 'continued', newDueDate: '2015-06-30' });
    await review(second, d, { outcome: 'continued', newDueDate: '2015-06-30' });
    await item(second, 'E');
    await moveTo(second, 'held');
    // D is closed between the meetings, from the follow-up views: the third has no more to review of it.
    await ok(owner, 'POST', `/api/action-items/${d}/updates`, { body: 'Done early', status: 'done', onDate: '2015-04-10' });
    await moveTo(third, 'scheduled');

    const timeline = await ok(outsider, 'GET', `/api/meeting-series/${sg}/timeline`);
    expect(timeline.series).toEqual({ id: sg, name: 'Series TL', code: 'TL' });
    expect(figures(timeline)).toEqual([
      ['First', ['TL-2015-001', 'TL-2015-002'], 4, 0, 0, 0, 0],
      ['Second', [], 1, 4, 1, 1, 2],
      ['Third', [], 0, 2, 0, 0, 2],
    ]);
    expect(timeline.meetings.map((m: { id: string; state: string }) => [m.id, m.state])).toEqual([
      [first, 'held'],
      [second, 'held'],
      [third, 'scheduled'],
    ]);
    expect(timeline.meetings[0].start).toEqual({ local: '2015-01-22T10:00', timeZone: 'Europe/London', instant: '2015-01-22T10:00:00.000Z' });
  });

  it('leaves out a meeting the reader may not see, and its decisions and items from every figure', async () => {
    const wg = await series('TLV');
    const group = (await buildGroup(t.db, [insiderOrg], 'Working group on training')).id;
    const hidden = await meeting(wg, 'Hidden working group meeting', '2015-06-01', { sharing: { marking: 'AMBER', audienceGroupIds: [group] } });
    const open = await meeting(wg, 'Open meeting', '2015-07-01');
    await moveTo(hidden, 'scheduled', 'in_progress');
    await decide(hidden, 'Internal decision');
    await item(hidden, 'Internal action one');
    await item(hidden, 'Internal action two');
    await moveTo(hidden, 'held');
    await moveTo(open, 'scheduled');

    for (const session of [owner, insider])
      expect(figures(await ok(session, 'GET', `/api/meeting-series/${wg}/timeline`))).toEqual([
        ['Hidden working group meeting', ['TLV-2015-001'], 2, 0, 0, 0, 0],
        ['Open meeting', [], 0, 2, 0, 0, 2],
      ]);
    const res = await outsider.inject({ method: 'GET', url: `/api/meeting-series/${wg}/timeline` });
    expect(res.statusCode).toBe(200);
    expect(figures(res.json())).toEqual([['Open meeting', [], 0, 0, 0, 0, 0]]);
    for (const secret of [hidden, 'Hidden working group', 'TLV-2015-001', 'Internal']) expect(res.body).not.toContain(secret);
  });

  it('answers 404 for an unknown series and 400 naming the field for a malformed id', async () => {
    const missing = await outsider.inject({ method: 'GET', url: `/api/meeting-series/${NONE}/timeline` });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ status: 404, code: 'not_found' });
    await expectInvalid(outsider, { method: 'GET', url: () => '/api/meeting-series/not-a-series/timeline' }, t, 'meeting', 'params.id');
  });
});

describe("the calendar's month (GET /api/meetings?from&to)", () => {
  it('lists the meetings starting in the days from..to (UTC) under the sharing rule, and names a bad bound', async () => {
    const cal = await series('CAL');
    const group = (await buildGroup(t.db, [insiderOrg])).id;
    // 08:30 in Tokyo on 1 February is 23:30 UTC on 31 January.
    const tokyo = await meeting(cal, 'Tokyo', '2016-02-01', { timeZone: 'Asia/Tokyo', start: '2016-02-01T08:30', end: '2016-02-01T10:00' });
    const inJan = await meeting(cal, 'January', '2016-01-10');
    const hidden = await meeting(cal, 'Hidden January', '2016-01-12', { sharing: { marking: 'AMBER', audienceGroupIds: [group] } });
    await meeting(cal, 'February', '2016-02-10');
    await meeting(cal, 'December', '2015-12-31');
    const month = (s: Session) => ok(s, 'GET', `/api/meetings?seriesId=${cal}&from=2016-01-01&to=2016-01-31`).then((r) => r.map((m: { id: string }) => m.id));
    expect(await month(owner)).toEqual([inJan, hidden, tokyo]);
    expect(await month(insider)).toEqual([inJan, hidden, tokyo]);
    expect(await month(outsider)).toEqual([inJan, tokyo]);
    const list = (q: string) => ({ method: 'GET' as const, url: () => `/api/meetings?${q}` });
    await expectInvalid(owner, list('from=2016-01-31&to=2016-01-01'), t, 'meeting', 'query.to');
    await expectInvalid(owner, list('from=January'), t, 'meeting', 'query.from');
    await expectInvalid(owner, list('to=2016-13-01'), t, 'meeting', 'query.to');
  });
});
