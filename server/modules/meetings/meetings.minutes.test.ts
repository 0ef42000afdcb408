// Minutes through HTTP (ADR 0023): two clients editing at once both keep their text; the
// minutes' life (draft → circulated with a comment deadline → approved → locked) with its
// refusals; corrections after approval, recorded and audited; hostile updates refused with a
// 400 naming the field and nothing written; who may read and who may edit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { type RouteCase, expectForbidden, expectInvalid, itRequiresSignIn } from '../../test/contract.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser, countRows } from '../../test/factories.ts';

let t: TestApp;
let ukc: Session;
let ukv: Session;
let us: Session;
let fr: Session;
let usOrg = '';
let usUser = '';
let seriesId = '';
let meetingId = '';
const NONE = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  t = await buildTestApp();
  const ukOrg = (await buildOrganisation(t.db, { name: 'United Kingdom', iso3: 'GBR' })).id;
  usOrg = (await buildOrganisation(t.db, { name: 'United States', iso3: 'USA' })).id;
  const frOrg = (await buildOrganisation(t.db, { name: 'France', iso3: 'FRA' })).id;
  ukc = await signIn(t.app, (await buildUser(t.db, ukOrg, 'coordinator')).email, TEST_PASSWORD);
  ukv = await signIn(t.app, (await buildUser(t.db, ukOrg, 'viewer')).email, TEST_PASSWORD);
  const usU = await buildUser(t.db, usOrg);
  usUser = usU.id;
  us = await signIn(t.app, usU.email, TEST_PASSWORD);
  fr = await signIn(t.app, (await buildUser(t.db, frOrg)).email, TEST_PASSWORD);
  seriesId = (await ok(ukc, 'POST', '/api/meeting-series', { name: 'Small group', code: 'SG' }, 201)).id;
  meetingId = await heldMeeting();
});
afterAll(async () => t?.close());

async function ok(session: Session, method: 'GET' | 'POST', url: string, payload?: unknown, status = 200) {
  const res = await session.inject({ method, url, payload: payload as never });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
  return res.json();
}

/** A held meeting of the United Kingdom with the United States' focal point on it (GREEN unless said). */
async function heldMeeting(marking = 'GREEN') {
  const id = (
    await ok(
      ukc,
      'POST',
      '/api/meetings',
      { seriesId, title: 'Small group, London', kind: 'small_group', timeZone: 'Europe/London', start: '2015-01-22T10:00', end: '2015-01-22T13:00', sharing: { marking } },
      201,
    )
  ).id as string;
  await ok(ukc, 'POST', `/api/meetings/${id}/participants`, { orgId: usOrg, userId: usUser, role: 'principal', status: 'attended' });
  for (const to of ['scheduled', 'in_progress', 'held']) await ok(ukc, 'POST', `/api/meetings/${id}/transition`, { to });
  return id;
}

/** A client's copy of the minutes, built from the state the server gives. */
function clientOf(state: { update: string }) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(state.update, 'base64'));
  return doc;
}

/** What `change` does to the client's text, as the base64 update it sends. */
function edit(doc: Y.Doc, change: (text: Y.Text) => void) {
  const before = Y.encodeStateVector(doc);
  change(doc.getText('markdown'));
  return Buffer.from(Y.encodeStateAsUpdate(doc, before)).toString('base64');
}

const minutesUrl = (id = meetingId) => `/api/meetings/${id}/minutes`;
const write = (session: Session, update: string, reason?: string, id = meetingId) =>
  session.inject({ method: 'POST', url: `${minutesUrl(id)}/updates`, payload: reason ? { update, reason } : { update } });
const someUpdate = () => edit(new Y.Doc(), (text) => text.insert(0, 'x'));

const routes: Record<string, RouteCase> = {
  get: { method: 'GET', url: () => minutesUrl(meetingId || NONE) },
  updates: { method: 'GET', url: () => `${minutesUrl(meetingId || NONE)}/updates?since=0` },
  write: { method: 'POST', url: () => `${minutesUrl(meetingId || NONE)}/updates`, payload: () => ({ update: someUpdate() }) },
  circulate: { method: 'POST', url: () => `${minutesUrl(meetingId || NONE)}/circulate`, payload: () => ({ commentDeadline: '2099-01-01' }) },
  approve: { method: 'POST', url: () => `${minutesUrl(meetingId || NONE)}/approve` },
  lock: { method: 'POST', url: () => `${minutesUrl(meetingId || NONE)}/lock` },
};

describe('minutes without a session', () => {
  itRequiresSignIn(() => t, routes);
});

describe('two people editing at once', () => {
  it('keeps both edits: each client edits its copy, both send at once, both read the merged text', async () => {
    const first = await ok(ukc, 'POST', `${minutesUrl()}/updates`, { update: edit(new Y.Doc(), (text) => text.insert(0, '# Minutes\n\nAttendance.\n')) });
    expect(first).toMatchObject({ seq: 1, status: 'draft', markdown: '# Minutes\n\nAttendance.\n', correctionId: null });

    const [stateA, stateB] = await Promise.all([ok(ukc, 'GET', minutesUrl()), ok(us, 'GET', minutesUrl())]);
    expect(stateB).toMatchObject({ seq: 1, status: 'draft', markdown: '# Minutes\n\nAttendance.\n' });
    const alice = clientOf(stateA);
    const bob = clientOf(stateB);
    // Both type in the same place, neither having seen the other's change.
    const fromAlice = edit(alice, (text) => text.insert(text.length, 'Item 1: the lines of effort were reviewed.\n'));
    const fromBob = edit(bob, (text) => text.insert(text.length, 'Item 2: a plenary later in the year.\n'));
    const sent = await Promise.all([write(ukc, fromAlice), write(us, fromBob)]);
    expect(sent.map((r) => r.statusCode)).toEqual([200, 200]);

    const merged = await ok(fr, 'GET', minutesUrl());
    expect(merged.seq).toBe(3);
    expect(merged.markdown).toContain('Item 1: the lines of effort were reviewed.\n');
    expect(merged.markdown).toContain('Item 2: a plenary later in the year.\n');
    expect(merged.markdown.startsWith('# Minutes\n\nAttendance.\n')).toBe(true);
    expect(clientOf(merged).getText('markdown').toString()).toBe(merged.markdown);
    // Each client polls for what it has not seen and ends with the same text.
    for (const [doc, session] of [
      [alice, ukc],
      [bob, us],
    ] as const) {
      const news = await ok(session, 'GET', `${minutesUrl()}/updates?since=1`);
      expect(news.seq).toBe(3);
      Y.applyUpdate(doc, Buffer.from(news.update, 'base64'));
      expect(doc.getText('markdown').toString()).toBe(merged.markdown);
    }
    expect(await ok(ukc, 'GET', `${minutesUrl()}/updates?since=3`)).toEqual({ seq: 3, update: null });
  });

  it('audits every edit against the meeting', async () => {
    const { count } = await t.db
      .selectFrom('audit_event')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('action', '=', 'meeting.edit_minutes')
      .where('entity_id', '=', meetingId)
      .executeTakeFirstOrThrow();
    expect(Number(count)).toBe(3);
  });
});

describe('who reads and who edits', () => {
  it('refuses a viewer of the organising organisation and someone not on the meeting (403, nothing written)', async () => {
    await expectForbidden(ukv, routes.write!, t, 'meeting_minutes_update');
    await expectForbidden(fr, routes.write!, t, 'meeting_minutes_update');
    await expectForbidden(us, routes.circulate!, t, 'meeting_minutes');
  });

  it('answers 404 for a meeting one may not see, as for one that does not exist', async () => {
    const red = await heldMeeting('RED');
    for (const [method, url, payload] of [
      ['GET', minutesUrl(red)],
      ['GET', `${minutesUrl(red)}/updates`],
      ['POST', `${minutesUrl(red)}/updates`, { update: someUpdate() }],
      ['POST', `${minutesUrl(red)}/circulate`, { commentDeadline: '2099-01-01' }],
      ['POST', `${minutesUrl(red)}/approve`],
      ['POST', `${minutesUrl(red)}/lock`],
    ] as const) {
      const hidden = await fr.inject({ method, url, payload: payload as never });
      const missing = await fr.inject({ method, url: url.replace(red, NONE), payload: payload as never });
      expect([hidden.statusCode, missing.statusCode], `${method} ${url}`).toEqual([404, 404]);
      expect(hidden.json().detail).toBe(missing.json().detail);
    }
    // The people on it read it.
    expect((await us.inject({ method: 'GET', url: minutesUrl(red) })).statusCode).toBe(200);
  });
});

describe('hostile updates', () => {
  const bad = (update: unknown): RouteCase => ({ method: 'POST', url: () => `${minutesUrl()}/updates`, payload: () => ({ update }) });

  it('refuses what is not a Yjs update, or not base64, or too big, with a 400 naming body.update and nothing written', async () => {
    const before = (await ok(ukc, 'GET', minutesUrl())).markdown;
    for (const update of [
      Buffer.from('garbage!').toString('base64'),
      Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f]).toString('base64'),
      Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 37) % 256)).toString('base64'),
      'not base64 at all!',
      'A'.repeat(400_000),
      '',
      42,
    ])
      await expectInvalid(ukc, bad(update), t, 'meeting_minutes_update', 'body.update');
    await expectInvalid(ukc, { method: 'POST', url: () => `${minutesUrl()}/updates`, payload: () => ({}) }, t, 'meeting_minutes_update', 'body.update');
    expect((await ok(ukc, 'GET', minutesUrl())).markdown).toBe(before);
  });

  it("refuses an update that needs another document's changes, one that changes anything but the text, and one that makes the minutes too long", async () => {
    const other = new Y.Doc();
    edit(other, (text) => text.insert(0, 'another document'));
    const dependent = edit(other, (text) => text.insert(0, 'more of it '));
    const body = await expectInvalid(ukc, bad(dependent), t, 'meeting_minutes_update', 'body.update');
    expect(body.errors[0].message).toContain('do not have');
    const sideways = new Y.Doc();
    const before = Y.encodeStateVector(sideways);
    sideways.getMap('secrets').set('a', 'b');
    await expectInvalid(ukc, bad(Buffer.from(Y.encodeStateAsUpdate(sideways, before)).toString('base64')), t, 'meeting_minutes_update', 'body.update');
    const long = await expectInvalid(ukc, bad(edit(new Y.Doc(), (text) => text.insert(0, 'x'.repeat(200_001)))), t, 'meeting_minutes_update', 'body.update');
    expect(long.errors[0].message).toContain('longer');
  });

  it('answers 400 for a malformed meeting id and 404 for an unknown one', async () => {
    const malformed = await ukc.inject({ method: 'POST', url: '/api/meetings/not-an-id/minutes/updates', payload: { update: someUpdate() } });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors.map((e: { path: string }) => e.path)).toContain('params.id');
    const unknown = await write(ukc, someUpdate(), undefined, NONE);
    expect(unknown.statusCode).toBe(404);
    const since = await ukc.inject({ method: 'GET', url: `${minutesUrl()}/updates?since=-1` });
    expect(since.statusCode).toBe(400);
    expect(since.json().errors.map((e: { path: string }) => e.path)).toContain('query.since');
  });
});

describe("the minutes' life", () => {
  it('circulates only a held meeting with minutes, by its organisers, with a deadline from today', async () => {
    const fresh = (
      await ok(
        ukc,
        'POST',
        '/api/meetings',
        { seriesId, title: 'Not yet held', kind: 'small_group', timeZone: 'Europe/London', start: '2015-02-22T10:00', end: '2015-02-22T13:00', sharing: { marking: 'GREEN' } },
        201,
      )
    ).id;
    const early = await ukc.inject({ method: 'POST', url: `${minutesUrl(fresh)}/circulate`, payload: { commentDeadline: '2099-01-01' } });
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('can only become scheduled');
    const empty = await heldMeeting();
    const none = await ukc.inject({ method: 'POST', url: `${minutesUrl(empty)}/circulate`, payload: { commentDeadline: '2099-01-01' } });
    expect(none.statusCode).toBe(409);
    expect(none.json().detail).toContain('empty');
    await expectInvalid(ukc, { ...routes.circulate!, payload: () => ({ commentDeadline: '2015-01-30' }) }, t, 'meeting_minutes', 'body.commentDeadline');
    await expectInvalid(ukc, { ...routes.circulate!, payload: () => ({ commentDeadline: 'soon' }) }, t, 'meeting_minutes', 'body.commentDeadline');
    const early2 = await ukc.inject({ method: 'POST', url: `${minutesUrl()}/approve` });
    expect(early2.statusCode).toBe(409);
    const locked = await ukc.inject({ method: 'POST', url: `${minutesUrl()}/lock` });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().detail).toContain('Only approved minutes');

    const circulated = await ok(ukc, 'POST', `${minutesUrl()}/circulate`, { commentDeadline: '2099-01-01' });
    expect(circulated).toMatchObject({ status: 'circulated', meetingState: 'minutes_circulated', commentDeadline: '2099-01-01', pastDeadline: false });
    expect(circulated.circulated.by.id).toBeTruthy();
    expect((await ok(ukc, 'GET', `/api/meetings/${meetingId}`)).state).toBe('minutes_circulated');
    const again = await ukc.inject({ method: 'POST', url: `${minutesUrl()}/circulate`, payload: { commentDeadline: '2099-01-01' } });
    expect(again.statusCode).toBe(409);
  });

  it('lets the people on the meeting comment until the deadline, then only the organisers', async () => {
    const state = await ok(us, 'GET', minutesUrl());
    expect(state.abilities).toEqual({ edit: true, circulate: false, approve: false, lock: false });
    const doc = clientOf(state);
    expect(
      (
        await write(
          us,
          edit(doc, (text) => text.insert(text.length, 'Comment from the United States.\n')),
        )
      ).statusCode,
    ).toBe(200);
    await t.db.updateTable('meeting_minutes').set({ comment_deadline: '2015-02-01' }).where('meeting_id', '=', meetingId).execute();
    const late = await write(
      us,
      edit(doc, (text) => text.insert(text.length, 'A late comment.\n')),
    );
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toContain('the comment period ended on 2015-02-01');
    expect((await ok(us, 'GET', minutesUrl())).abilities.edit).toBe(false);
    const organiser = clientOf(await ok(ukc, 'GET', minutesUrl()));
    expect(
      (
        await write(
          ukc,
          edit(organiser, (text) => text.insert(text.length, 'Agreed.\n')),
        )
      ).statusCode,
    ).toBe(200);
  });

  it('approves circulated minutes: the decisions are frozen (409 with the reason)', async () => {
    await expectForbidden(us, routes.approve!, t, 'meeting_minutes');
    const approved = await ok(ukc, 'POST', `${minutesUrl()}/approve`);
    expect(approved).toMatchObject({ status: 'approved', meetingState: 'minutes_approved', abilities: { edit: true, lock: true, approve: false, circulate: false } });
    const decision = await ukc.inject({ method: 'POST', url: `/api/meetings/${meetingId}/decisions`, payload: { text: 'Late decision', result: 'consensus' } });
    expect(decision.statusCode).toBe(409);
    expect(decision.json().detail).toContain('frozen');
  });

  it('records a change to approved minutes as a correction: who, when, why, the text before and after, audited', async () => {
    const state = await ok(ukc, 'GET', minutesUrl());
    const doc = clientOf(state);
    const update = edit(doc, (text) => {
      const at = text.toString().indexOf('Agreed.');
      text.delete(at, 'Agreed.'.length);
      text.insert(at, 'Agreed by consensus.');
    });
    await expectInvalid(ukc, { method: 'POST', url: () => `${minutesUrl()}/updates`, payload: () => ({ update }) }, t, 'meeting_minutes_correction', 'body.reason');
    const auditBefore = await countRows(t.db, 'audit_event');
    const res = await write(ukc, update, 'The record says the decision was by consensus');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'approved' });
    expect(res.json().correctionId).toBeTruthy();
    const after = await ok(us, 'GET', minutesUrl());
    expect(after.corrections).toHaveLength(1);
    expect(after.corrections[0]).toMatchObject({ reason: 'The record says the decision was by consensus', before: state.markdown, after: after.markdown });
    expect(after.corrections[0].before).toContain('Agreed.\n');
    expect(after.corrections[0].after).toContain('Agreed by consensus.\n');
    expect(after.corrections[0].author.id).toBeTruthy();
    expect(await countRows(t.db, 'audit_event')).toBe(auditBefore + 1);
    const event = await t.db.selectFrom('audit_event').selectAll().where('action', '=', 'meeting.correct_minutes').executeTakeFirstOrThrow();
    expect(event).toMatchObject({ entity: 'meeting', entity_id: meetingId });
    expect(JSON.stringify(event.after)).toContain('The record says the decision was by consensus');
  });

  it('locks approved minutes: no change from then on, not even a correction', async () => {
    await expectForbidden(us, routes.lock!, t, 'meeting_minutes');
    const locked = await ok(ukc, 'POST', `${minutesUrl()}/lock`);
    expect(locked).toMatchObject({ status: 'locked', abilities: { edit: false, lock: false } });
    const doc = clientOf(locked);
    const res = await write(
      ukc,
      edit(doc, (text) => text.insert(0, 'x')),
      'one more',
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('locked');
    expect((await ukc.inject({ method: 'POST', url: `${minutesUrl()}/lock` })).statusCode).toBe(409);
    expect((await ukc.inject({ method: 'POST', url: `${minutesUrl()}/approve` })).statusCode).toBe(409);
  });
});

describe('the long poll', () => {
  it('waits for the next change and answers with it; without one it answers null when the time is up', async () => {
    const id = await heldMeeting();
    const doc = new Y.Doc();
    const first = edit(doc, (text) => text.insert(0, 'First. '));
    expect((await write(ukc, first, undefined, id)).statusCode).toBe(200);
    const started = Date.now();
    const waiting = us.inject({ method: 'GET', url: `${minutesUrl(id)}/updates?since=1&wait=10` });
    await new Promise((done) => setTimeout(done, 300));
    expect(
      (
        await write(
          ukc,
          edit(doc, (text) => text.insert(text.length, 'Second.')),
          undefined,
          id,
        )
      ).statusCode,
    ).toBe(200);
    const res = await waiting;
    expect(res.statusCode, res.body).toBe(200);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(res.json().seq).toBe(2);
    const client = new Y.Doc();
    Y.applyUpdate(client, Buffer.from(first, 'base64'));
    Y.applyUpdate(client, Buffer.from(res.json().update, 'base64'));
    expect(client.getText('markdown').toString()).toBe('First. Second.');
    const timedOut = await us.inject({ method: 'GET', url: `${minutesUrl(id)}/updates?since=2&wait=1` });
    expect(timedOut.json()).toEqual({ seq: 2, update: null });
    const tooLong = await us.inject({ method: 'GET', url: `${minutesUrl(id)}/updates?since=2&wait=600` });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().errors.map((e: { path: string }) => e.path)).toContain('query.wait');
  });
});

describe('compaction', () => {
  it('merges the updates into a snapshot every hundred updates; a client far behind gets the whole document', async () => {
    const id = await heldMeeting();
    const doc = new Y.Doc();
    for (let i = 0; i < 103; i++)
      expect(
        (
          await write(
            ukc,
            edit(doc, (text) => text.insert(text.length, `${i} `)),
            undefined,
            id,
          )
        ).statusCode,
      ).toBe(200);
    const row = await t.db.selectFrom('meeting_minutes').select(['snapshot_seq', 'last_seq']).where('meeting_id', '=', id).executeTakeFirstOrThrow();
    expect([Number(row.snapshot_seq), Number(row.last_seq)]).toEqual([100, 103]);
    expect(await t.db.selectFrom('meeting_minutes_update').select('seq').where('meeting_id', '=', id).orderBy('seq').execute()).toEqual([
      { seq: '101' },
      { seq: '102' },
      { seq: '103' },
    ]);
    const expected = Array.from({ length: 103 }, (_, i) => `${i} `).join('');
    const state = await ok(us, 'GET', minutesUrl(id));
    expect(state.markdown).toBe(expected);
    expect(clientOf(state).getText('markdown').toString()).toBe(expected);
    const behind = new Y.Doc();
    Y.applyUpdate(behind, Buffer.from((await ok(us, 'GET', `${minutesUrl(id)}/updates?since=5`)).update, 'base64'));
    expect(behind.getText('markdown').toString()).toBe(expected);
  });
});
