// Who sees a meeting, and so its agenda, decisions and action items: a RED meeting only its
// people (invited until it is held, present after), an AMBER one its audience; everywhere —
// lists, single reads, search, follow-up views, the scorecard, the .ics file and the personal feed —
// an invisible meeting answers exactly as a missing one. Calendar files parse back (ical.js)
// with their zone, UID, SEQUENCE and STATUS.
import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildGroup, buildOrganisation, buildUser } from '../../test/factories.ts';

let t: TestApp;
let sec: Session;
let owner: Session;
let present: Session;
let excused: Session;
let audience: Session;
let outsider: Session;
let ids: { ownerOrg: string; presentOrg: string; presentUser: string; excusedOrg: string; excusedUser: string; group: string };
let seriesId = '';
const NONE = '00000000-0000-4000-8000-000000000000';
/** The matrix's meetings are next year's, so that the personal feeds (which keep a year back) list them whenever the test runs; their items are long overdue. */
const YEAR = new Date().getUTCFullYear() + 1;

beforeAll(async () => {
  t = await buildTestApp();
  const secOrg = await buildOrganisation(t.db, { kind: 'secretariat' });
  const ownerOrg = (await buildOrganisation(t.db)).id;
  const presentOrg = (await buildOrganisation(t.db)).id;
  const excusedOrg = (await buildOrganisation(t.db)).id;
  const audienceOrg = (await buildOrganisation(t.db)).id;
  const outsiderOrg = (await buildOrganisation(t.db)).id;
  const group = (await buildGroup(t.db, [audienceOrg], 'Working group on stabilisation')).id;
  const presentU = await buildUser(t.db, presentOrg);
  const excusedU = await buildUser(t.db, excusedOrg);
  sec = await signIn(t.app, (await buildUser(t.db, secOrg.id, 'admin')).email, TEST_PASSWORD);
  owner = await signIn(t.app, (await buildUser(t.db, ownerOrg, 'coordinator')).email, TEST_PASSWORD);
  present = await signIn(t.app, presentU.email, TEST_PASSWORD);
  excused = await signIn(t.app, excusedU.email, TEST_PASSWORD);
  audience = await signIn(t.app, (await buildUser(t.db, audienceOrg)).email, TEST_PASSWORD);
  outsider = await signIn(t.app, (await buildUser(t.db, outsiderOrg)).email, TEST_PASSWORD);
  ids = { ownerOrg, presentOrg, presentUser: presentU.id, excusedOrg, excusedUser: excusedU.id, group };
  seriesId = (await owner.inject({ method: 'POST', url: '/api/meeting-series', payload: { name: 'Small group', code: 'SG' } })).json().id;
});
afterAll(async () => t?.close());

async function ok(session: Session, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown, status = 200) {
  const res = await session.inject({ method, url, payload: payload as never });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
  return res;
}

const meeting = (over: Record<string, unknown> = {}) => ({
  seriesId,
  title: 'Meeting',
  kind: 'small_group',
  timeZone: 'Europe/Brussels',
  start: '2026-03-29T10:00',
  end: '2026-03-29T12:00',
  venue: 'Egmont Palace, Brussels',
  sharing: { marking: 'GREEN' },
  ...over,
});

/** A held meeting with an agenda item, a decision and an action item (owned by the owner's organisation). */
async function heldMeeting(sharing: Record<string, unknown>, title: string) {
  const id = (await ok(owner, 'POST', '/api/meetings', meeting({ title, sharing, start: `${YEAR}-05-04T10:00`, end: `${YEAR}-05-04T12:00` }), 201)).json().id as string;
  const p1 = (await ok(owner, 'POST', `/api/meetings/${id}/participants`, { orgId: ids.presentOrg, userId: ids.presentUser })).json().participants[0].id;
  await ok(owner, 'POST', `/api/meetings/${id}/participants`, { orgId: ids.excusedOrg, userId: ids.excusedUser });
  await ok(owner, 'POST', `/api/meetings/${id}/agenda`, { title: `${title}: internal agenda item` });
  for (const to of ['scheduled', 'in_progress']) await ok(owner, 'POST', `/api/meetings/${id}/transition`, { to });
  await ok(owner, 'POST', `/api/meetings/${id}/decisions`, { text: `${title}: internal decision`, result: 'consensus' }, 201);
  const item = (await ok(owner, 'POST', `/api/meetings/${id}/action-items`, { text: `${title}: internal action`, ownerOrgIds: [ids.ownerOrg], dueDate: '2020-01-01' }, 201)).json()
    .id;
  return { id, item, presentParticipant: p1 };
}

/** A problem answer less what differs between any two requests (its address and request id). */
const problemOf = (body: string) => {
  const { instance: _i, requestId: _r, ...rest } = JSON.parse(body);
  return rest;
};

function parse(ics: string) {
  const comp = new ICAL.Component(ICAL.parse(ics));
  for (const zone of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return comp;
}

describe('calendar files', () => {
  it('writes the wall-clock time with its TZID and a matching VTIMEZONE, parsing back to the same instant', async () => {
    const id = (await ok(owner, 'POST', '/api/meetings', meeting(), 201)).json().id;
    const res = await ok(owner, 'GET', `/api/meetings/${id}.ics`);
    expect(res.headers['content-type']).toContain('text/calendar');
    expect(res.body).toContain('DTSTART;TZID=Europe/Brussels:20260329T100000');
    expect(res.body).toContain('TZID:Europe/Brussels');
    const comp = parse(res.body);
    expect(comp.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/Brussels']);
    const event = new ICAL.Event(comp.getFirstSubcomponent('vevent')!);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-03-29T10:00:00.000Z');
    expect(event.uid).toBe(`meeting-${id}@entente`);
  });

  it('keeps the UID and raises SEQUENCE on a change of time and on cancelling, keeping the event as STATUS:CANCELLED', async () => {
    const id = (await ok(owner, 'POST', '/api/meetings', meeting({ title: 'To be moved' }), 201)).json().id;
    const seen: { uid: string; sequence: number; status: string; start: string; count: number }[] = [];
    const read = async () => {
      const comp = parse((await ok(owner, 'GET', `/api/meetings/${id}.ics`)).body);
      const events = comp.getAllSubcomponents('vevent');
      const e = new ICAL.Event(events[0]!);
      seen.push({
        uid: e.uid,
        sequence: e.sequence,
        status: String(events[0]!.getFirstPropertyValue('status')),
        start: e.startDate.toJSDate().toISOString(),
        count: events.length,
      });
    };
    await read();
    await ok(owner, 'PATCH', `/api/meetings/${id}`, { start: '2026-03-29T14:00', end: '2026-03-29T16:00' });
    await read();
    // A change of the title alone is no change of time, place or state.
    await ok(owner, 'PATCH', `/api/meetings/${id}`, { title: 'Moved' });
    await read();
    await ok(owner, 'PATCH', `/api/meetings/${id}`, { venue: 'Val Duchesse, Brussels' });
    await read();
    await ok(owner, 'POST', `/api/meetings/${id}/transition`, { to: 'scheduled' });
    await ok(owner, 'POST', `/api/meetings/${id}/transition`, { to: 'cancelled', reason: 'Postponed to the plenary' });
    await read();
    expect(new Set(seen.map((s) => s.uid))).toEqual(new Set([`meeting-${id}@entente`]));
    expect(seen.map((s) => s.sequence)).toEqual([0, 1, 1, 2, 4]);
    expect(seen.map((s) => s.count)).toEqual([1, 1, 1, 1, 1]);
    expect(seen.map((s) => s.start)).toEqual(['2026-03-29T08:00:00.000Z', ...Array(4).fill('2026-03-29T12:00:00.000Z')]);
    expect(seen.map((s) => s.status)).toEqual(['TENTATIVE', 'TENTATIVE', 'TENTATIVE', 'TENTATIVE', 'CANCELLED']);
  });

  it('gives a personal feed behind a token kept only as its hash, which stops answering once revoked', async () => {
    const created = (await ok(present, 'POST', '/api/calendar/tokens', { label: 'phone' }, 201)).json();
    expect(created.url).toBe(`/api/calendar/${created.token}.ics`);
    const stored = await t.db.selectFrom('calendar_token').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(stored.token_hash).toBe(createHash('sha256').update(created.token).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(created.token);
    const listed = (await ok(present, 'GET', '/api/calendar/tokens')).json();
    expect(listed.map((x: { id: string }) => x.id)).toEqual([created.id]);
    expect(JSON.stringify(listed)).not.toContain(created.token);
    expect((await t.app.inject({ method: 'GET', url: created.url })).statusCode).toBe(200);
    // Someone else cannot revoke it; its owner can, and then it answers as an unknown token.
    expect((await outsider.inject({ method: 'DELETE', url: `/api/calendar/tokens/${created.id}` })).statusCode).toBe(404);
    await ok(present, 'DELETE', `/api/calendar/tokens/${created.id}`, undefined, 204);
    const gone = await t.app.inject({ method: 'GET', url: created.url });
    const unknown = await t.app.inject({ method: 'GET', url: `/api/calendar/${'b'.repeat(43)}.ics` });
    expect(gone.statusCode).toBe(404);
    expect(problemOf(gone.body)).toEqual(problemOf(unknown.body));
  });
});

describe('the visibility matrix', () => {
  let red: Awaited<ReturnType<typeof heldMeeting>>;
  let amber: Awaited<ReturnType<typeof heldMeeting>>;
  const feeds: Record<string, string> = {};

  beforeAll(async () => {
    red = await heldMeeting({ marking: 'RED' }, 'Red meeting');
    // An AMBER meeting's invited organisations are in its audience, beside the working group's.
    amber = await heldMeeting({ marking: 'AMBER', audienceGroupIds: [ids.group], audienceOrgIds: [ids.presentOrg, ids.excusedOrg] }, 'Amber meeting');
    // At the red meeting, one person was present and the other excused.
    await ok(owner, 'PATCH', `/api/meetings/${red.id}/participants/${red.presentParticipant}`, { status: 'attended' });
    const participants = (await ok(owner, 'GET', `/api/meetings/${red.id}`)).json().participants as { id: string; person: { id: string } | null }[];
    const excusedSeat = participants.find((p) => p.person?.id === ids.excusedUser)!.id;
    await ok(owner, 'PATCH', `/api/meetings/${red.id}/participants/${excusedSeat}`, { status: 'excused' });
    for (const id of [red.id, amber.id]) await ok(owner, 'POST', `/api/meetings/${id}/transition`, { to: 'held' });
    for (const [name, s] of Object.entries({ owner, present, excused, audience, outsider, sec }))
      feeds[name] = (await ok(s, 'POST', '/api/calendar/tokens', { label: name }, 201)).json().url;
  });

  /** Everything `session` reads of the meeting through every path, as the texts it can find there. */
  async function whatIsSeen(session: Session, name: string, m: { id: string; item: string }, title: string) {
    const seen: string[] = [];
    const list = (await ok(session, 'GET', '/api/meetings')).json() as { id: string }[];
    if (list.some((x) => x.id === m.id)) seen.push('list');
    const one = await session.inject({ method: 'GET', url: `/api/meetings/${m.id}` });
    if (one.statusCode === 200) {
      expect(one.body).toContain(`${title}: internal agenda item`);
      expect(one.body).toContain(`${title}: internal decision`);
      seen.push('get');
    } else {
      expect(one.statusCode).toBe(404);
      expect(problemOf(one.body)).toEqual(problemOf((await session.inject({ method: 'GET', url: `/api/meetings/${NONE}` })).body));
    }
    const ics = await session.inject({ method: 'GET', url: `/api/meetings/${m.id}.ics` });
    if (ics.statusCode === 200) seen.push('ics');
    else expect(problemOf(ics.body)).toEqual(problemOf((await session.inject({ method: 'GET', url: `/api/meetings/${NONE}.ics` })).body));
    const item = await session.inject({ method: 'GET', url: `/api/action-items/${m.item}` });
    if (item.statusCode === 200) seen.push('action');
    else expect(problemOf(item.body)).toEqual(problemOf((await session.inject({ method: 'GET', url: `/api/action-items/${NONE}` })).body));
    const overdue = (await ok(session, 'GET', '/api/action-items?overdue=true')).body;
    if (overdue.includes(`${title}: internal action`)) seen.push('overdue');
    const feed = (await t.app.inject({ method: 'GET', url: feeds[name]! })).body;
    if (feed.includes(`meeting-${m.id}@entente`)) seen.push('feed');
    // Search: the meeting is found by the words of its agenda, its decisions and its actions by
    // whoever may see it, and by none of them by anyone else; the action by its own words.
    const found = async (words: string) => ((await ok(session, 'GET', `/api/meetings?q=${encodeURIComponent(words)}`)).json() as { id: string }[]).some((x) => x.id === m.id);
    const hits = [await found(`${title}: internal agenda item`), await found(`${title}: internal decision`), await found(`${title}: internal action`)];
    if (hits.every(Boolean)) seen.push('search');
    else expect(hits).toEqual([false, false, false]);
    const actions = (await ok(session, 'GET', `/api/action-items?q=${encodeURIComponent(`${title}: internal action`)}`)).json() as { items: { id: string }[] };
    if (actions.items.some((x) => x.id === m.item)) seen.push('action search');
    return seen;
  }

  const everywhere = ['list', 'get', 'ics', 'action', 'overdue', 'feed', 'search', 'action search'];
  const readers = { owner: () => owner, present: () => present, excused: () => excused, audience: () => audience, outsider: () => outsider, sec: () => sec };
  const expected: Record<string, { red: string[]; amber: string[] }> = {
    owner: { red: everywhere, amber: everywhere },
    present: { red: everywhere, amber: everywhere },
    excused: { red: [], amber: everywhere },
    audience: { red: [], amber: ['list', 'get', 'ics', 'action', 'overdue', 'search', 'action search'] },
    outsider: { red: [], amber: [] },
    sec: { red: [], amber: ['list', 'get', 'ics', 'action', 'overdue', 'search', 'action search'] },
  };
  // The RED meeting's author reads it (TLP RED: the author and the people named on it); the excused person does not once it is held.
  // Participants see the AMBER meeting in their feed because they are on it (the audience's feed lists only its own meetings).
  for (const [name, want] of Object.entries(expected)) {
    it(`${name} sees the RED meeting through ${want.red.join(', ') || 'no path'} and the AMBER one through ${want.amber.join(', ') || 'no path'}`, async () => {
      const session = readers[name as keyof typeof readers]();
      expect(await whatIsSeen(session, name, red, 'Red meeting')).toEqual(want.red);
      expect(await whatIsSeen(session, name, amber, 'Amber meeting')).toEqual(want.amber);
    });
  }

  it('keeps the decision register to what each reader sees, and its file to what they may pass on (no RED)', async () => {
    const register = async (s: Session) => ((await ok(s, 'GET', `/api/meeting-series/${seriesId}/decisions`)).json() as { text: string }[]).map((d) => d.text);
    const file = async (s: Session) => (await ok(s, 'GET', `/api/meeting-series/${seriesId}/decisions.csv`)).body;
    expect(await register(present)).toEqual(['Red meeting: internal decision', 'Amber meeting: internal decision']);
    expect(await register(outsider)).toEqual([]);
    expect(await register(audience)).toEqual(['Amber meeting: internal decision']);
    const csv = await file(present);
    expect(csv).toContain('Amber meeting: internal decision');
    expect(csv).not.toContain('Red meeting');
    expect(csv.split('\n')[1]).toContain('#meta+ref');
    expect(await file(outsider)).not.toContain('internal decision');
    // In the reader's language: the header row only; the hashtags and what is passed on the same.
    const fr = (await ok(present, 'GET', `/api/meeting-series/${seriesId}/decisions.csv?lang=fr`)).body.split('\n');
    expect(fr[0]).toBe('Référence,Date,Réunion,Décision,Résultat,Voix pour,Voix contre,Abstentions');
    expect(fr.slice(1)).toEqual(csv.split('\n').slice(1));
  });

  it('shows the audit events of a RED meeting’s decisions and action items to none of the admins who may not read it', async () => {
    const events = (await ok(sec, 'GET', '/api/audit?entity=meeting&limit=200')).json().items as { entityId: string; action: string; contentWithheld: boolean; after: unknown }[];
    const about = (id: string) => events.filter((e) => e.entityId === id);
    // The secretariat's admin reads the AMBER meeting's events, not the RED one's.
    expect(about(amber.id).some((e) => e.action === 'meeting.record_decision' && !e.contentWithheld)).toBe(true);
    // The RED meeting's events are listed with their content (row id included) withheld.
    expect(about(red.id)).toEqual([]);
    expect(events.filter((e) => e.contentWithheld && e.action === 'meeting.record_decision').length).toBeGreaterThan(0);
    expect(JSON.stringify(events)).not.toContain('Red meeting: internal');
  });

  it('counts no invisible meeting in the scorecard', async () => {
    const card = (s: Session) => ok(s, 'GET', `/api/meeting-scorecard?from=${YEAR}-01-01&to=${YEAR}-12-31`).then((r) => r.json());
    const forOrg = (c: { rows: { organisation: { id: string }; meetingsInvited: number }[] }, org: string) => c.rows.find((r) => r.organisation.id === org)?.meetingsInvited ?? 0;
    expect(forOrg(await card(present), ids.presentOrg)).toBe(2);
    expect(forOrg(await card(outsider), ids.presentOrg)).toBe(0);
    expect(forOrg(await card(audience), ids.presentOrg)).toBe(1);
  });
});
