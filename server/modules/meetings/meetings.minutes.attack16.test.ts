// An attacker's pass over the minutes (session 16): content hidden in the text (formatting,
// embeds, nested types, attributes) that the Markdown and its audit never show; updates that
// repeat other structs' ids with other content, so the document readers get differs from the
// Markdown the server keeps; since/wait edge values; someone who declined; long polls at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { expectInvalid } from '../../test/contract.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';

let t: TestApp;
let ukc: Session;
let us: Session;
let declined: Session;
let usOrg = '';
let usUser = '';
let declinedUser = '';
let seriesId = '';

beforeAll(async () => {
  t = await buildTestApp();
  const ukOrg = (await buildOrganisation(t.db, { name: 'United Kingdom', iso3: 'GBR' })).id;
  usOrg = (await buildOrganisation(t.db, { name: 'United States', iso3: 'USA' })).id;
  ukc = await signIn(t.app, (await buildUser(t.db, ukOrg, 'coordinator')).email, TEST_PASSWORD);
  const usU = await buildUser(t.db, usOrg);
  usUser = usU.id;
  us = await signIn(t.app, usU.email, TEST_PASSWORD);
  const dU = await buildUser(t.db, usOrg);
  declinedUser = dU.id;
  declined = await signIn(t.app, dU.email, TEST_PASSWORD);
  seriesId = (await ok(ukc, 'POST', '/api/meeting-series', { name: 'Small group', code: 'SG' }, 201)).id;
});
afterAll(async () => t?.close());

async function ok(session: Session, method: 'GET' | 'POST', url: string, payload?: unknown, status = 200) {
  const res = await session.inject({ method, url, payload: payload as never });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
  return res.json();
}

async function heldMeeting(marking = 'GREEN') {
  const id = (
    await ok(
      ukc,
      'POST',
      '/api/meetings',
      { seriesId, title: 'Small group', kind: 'small_group', timeZone: 'Europe/London', start: '2015-01-22T10:00', end: '2015-01-22T13:00', sharing: { marking } },
      201,
    )
  ).id as string;
  await ok(ukc, 'POST', `/api/meetings/${id}/participants`, { orgId: usOrg, userId: usUser, role: 'principal', status: 'attended' });
  for (const to of ['scheduled', 'in_progress', 'held']) await ok(ukc, 'POST', `/api/meetings/${id}/transition`, { to });
  return id;
}

const b64 = (u: Uint8Array) => Buffer.from(u).toString('base64');
function edit(doc: Y.Doc, change: (text: Y.Text) => void) {
  const before = Y.encodeStateVector(doc);
  change(doc.getText('markdown'));
  return b64(Y.encodeStateAsUpdate(doc, before));
}
const textOf = (update: string) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(update, 'base64'));
  return doc.getText('markdown').toString();
};

describe('content hidden inside the text', () => {
  it('refuses formatting, embeds, nested types and attributes with a 400 naming body.update, nothing written', async () => {
    const id = await heldMeeting();
    const url = `/api/meetings/${id}/minutes/updates`;
    await ok(ukc, 'POST', url, { update: edit(new Y.Doc(), (x) => x.insert(0, 'Minutes')) });
    const state = await ok(ukc, 'GET', `/api/meetings/${id}/minutes`);
    const base = () => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Buffer.from(state.update, 'base64'));
      return doc;
    };
    const hostile = [
      edit(base(), (x) => x.insertEmbed(0, { secret: 'not in the Markdown' })),
      edit(base(), (x) => x.insertEmbed(0, new Y.Map())),
      edit(base(), (x) => x.format(0, 3, { note: 'a hidden attribute' })),
      edit(base(), (x) => x.insert(0, 'visible ', { bold: true })),
      edit(base(), (x) => x.setAttribute('hidden', 'payload')),
    ];
    for (const update of hostile) await expectInvalid(ukc, { method: 'POST', url: () => url, payload: () => ({ update }) }, t, 'meeting_minutes_update', 'body.update');
    const after = await ok(ukc, 'GET', `/api/meetings/${id}/minutes`);
    expect(after.seq).toBe(1);
    expect(after.update).toBe(state.update);
  });
});

/** Three updates from one forged client id whose structs overlap: applied in order they give another text than merged. */
function overlappingUpdates(): string[] {
  let seed = 42;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const one = () => {
    const doc = new Y.Doc();
    doc.clientID = 7;
    const text = doc.getText('markdown');
    const n = 1 + Math.floor(rnd() * 4);
    for (let k = 0; k < n; k++) {
      text.insert(
        Math.floor(rnd() * (text.length + 1)),
        'abcdefghij'.slice(0, 1 + Math.floor(rnd() * 5)).replace(/./g, () => 'xyzw'[Math.floor(rnd() * 4)]!),
      );
      if (rnd() < 0.3 && text.length > 1) text.delete(0, 1);
    }
    return Y.encodeStateAsUpdate(doc);
  };
  for (let i = 0; i < 2000; i++) {
    const ups = [one(), one(), one()];
    const server = new Y.Doc();
    let pending = false;
    for (const u of ups) {
      Y.applyUpdate(server, u);
      pending ||= !!(server.store.pendingStructs || server.store.pendingDs);
    }
    if (pending) continue;
    const merged = new Y.Doc();
    Y.applyUpdate(merged, Y.mergeUpdates(ups));
    if (merged.getText('markdown').toString() !== server.getText('markdown').toString()) return ups.map(b64);
  }
  throw new Error('no overlapping updates found');
}

describe('updates repeating the ids of structs already there', () => {
  it('the document every reader gets reads as the Markdown the server keeps (and audits)', async () => {
    const id = await heldMeeting();
    for (const update of overlappingUpdates()) {
      const res = await ukc.inject({ method: 'POST', url: `/api/meetings/${id}/minutes/updates`, payload: { update } });
      expect([200, 400], res.body).toContain(res.statusCode);
      if (res.statusCode === 400) expect(res.json().errors[0].path).toBe('body.update');
    }
    const state = await ok(us, 'GET', `/api/meetings/${id}/minutes`);
    expect(textOf(state.update)).toBe(state.markdown);
    const polled = await ok(us, 'GET', `/api/meetings/${id}/minutes/updates?since=0`);
    expect(textOf(polled.update)).toBe(state.markdown);
  });
});

describe('since and wait', () => {
  it('answers 400 naming the field for negative, huge, fractional and non-numeric values', async () => {
    const id = await heldMeeting();
    for (const [query, field] of [
      ['since=-1', 'since'],
      ['since=abc', 'since'],
      ['since=1e400', 'since'],
      ['since=99999999999999999999', 'since'],
      ['since=1.5', 'since'],
      ['wait=-1', 'wait'],
      ['wait=26', 'wait'],
      ['wait=abc', 'wait'],
      ['wait=Infinity', 'wait'],
    ] as const) {
      const res = await us.inject({ method: 'GET', url: `/api/meetings/${id}/minutes/updates?${query}` });
      expect(res.statusCode, `${query}: ${res.body}`).toBe(400);
      expect(JSON.stringify(res.json().errors), query).toContain(field);
    }
    // since beyond the last update: nothing, no error.
    expect(await ok(us, 'GET', `/api/meetings/${id}/minutes/updates?since=${Number.MAX_SAFE_INTEGER}`)).toEqual({ seq: 0, update: null });
  });

  it('thirty long polls at once hold no connection while they wait: other requests are answered meanwhile', async () => {
    const id = await heldMeeting();
    // Eight people of the United States, each within the cap on one's long polls (4, meetings.http-cases.test.ts).
    const people = [us, ...(await Promise.all(Array.from({ length: 7 }, async () => signIn(t.app, (await buildUser(t.db, usOrg)).email, TEST_PASSWORD))))];
    const started = Date.now();
    const polls = Array.from({ length: 30 }, (_, i) => people[i % people.length]!.inject({ method: 'GET', url: `/api/meetings/${id}/minutes/updates?since=0&wait=3` }));
    await new Promise((r) => setTimeout(r, 300));
    const read = await us.inject({ method: 'GET', url: `/api/meetings/${id}/minutes` });
    expect(read.statusCode).toBe(200);
    expect(Date.now() - started).toBeLessThan(2500);
    await ok(ukc, 'POST', `/api/meetings/${id}/minutes/updates`, { update: edit(new Y.Doc(), (x) => x.insert(0, 'news')) });
    const answers = await Promise.all(polls);
    for (const a of answers) expect(a.json().seq).toBe(1);
  }, 20_000);
});

describe('someone who declined', () => {
  it('cannot edit the minutes of a RED meeting they were invited to; a non-recipient sees a 404 like a missing meeting', async () => {
    const id = await heldMeeting('RED');
    await ok(ukc, 'POST', `/api/meetings/${id}/participants`, { orgId: usOrg, userId: declinedUser, role: 'observer', status: 'declined' });
    const res = await declined.inject({ method: 'POST', url: `/api/meetings/${id}/minutes/updates`, payload: { update: edit(new Y.Doc(), (x) => x.insert(0, 'x')) } });
    expect([403, 404]).toContain(res.statusCode);
    expect(await t.db.selectFrom('meeting_minutes_update').select('seq').where('meeting_id', '=', id).execute()).toEqual([]);
  });
});
