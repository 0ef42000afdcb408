// An agenda item's links (issue 10 item 3): to a line of effort, a document, a need and an
// indicator (migration 0032). Each linked row is read under the reader's sharing rule: one the
// reader may not see answers exactly as no link at all; writing a link to a row the writer may
// not see, or to none, is a 400 naming the field, the two refusals alike, nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Marking } from '../../../common/sharing.ts';
import { systemCtx } from '../../infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser, countRows } from '../../test/factories.ts';
import { createFrameworkNodeIn } from '../framework/framework.service.ts';
import { sharedIndicators } from '../indicators/indicators.sharing.ts';

let t: TestApp;
let owner: Session;
let other: Session;
let viewer: Session;
let ownerOrg = '';
let ownerUser = '';
let lineId = '';
let meetingId = '';
const NONE = '00000000-0000-4000-8000-000000000000';
/** Rows of the owner's organisation (GREEN: everyone's; RED: its own) and of the other's (RED: the owner may not see it). */
const rows = { doc: '', redDoc: '', otherDoc: '', need: '', redNeed: '', otherNeed: '', indicator: '', redIndicator: '', otherIndicator: '' };

async function ok(session: Session, method: 'GET' | 'POST', url: string, payload?: unknown, status = 200) {
  const res = await session.inject({ method, url, payload: payload as never });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
  return res.json();
}

async function newIndicator(orgId: string, userId: string, code: string, marking: Marking) {
  const { id } = await t.db
    .insertInto('indicator')
    .values({
      owner_org_id: orgId,
      marking,
      created_by: userId,
      framework_node_id: lineId,
      line_id: lineId,
      code,
      name: `Indicator ${code}`,
      unit: 'people',
      space_aggregation: 'sum',
      time_aggregation: 'sum',
      period_type: 'year',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await sharedIndicators.create(t.db, id, { marking, audienceGroupIds: [], audienceOrgIds: [], recipientUserIds: [] });
  return id;
}

beforeAll(async () => {
  t = await buildTestApp();
  lineId = (await createFrameworkNodeIn(t.db, systemCtx, { parentId: null, kind: 'line', code: 'stabilisation', name: 'Stabilisation', description: '', position: 0 })).id;
  ownerOrg = (await buildOrganisation(t.db)).id;
  const otherOrg = (await buildOrganisation(t.db)).id;
  const ownerU = await buildUser(t.db, ownerOrg, 'coordinator');
  const otherU = await buildUser(t.db, otherOrg, 'coordinator');
  ownerUser = ownerU.id;
  owner = await signIn(t.app, ownerU.email, TEST_PASSWORD);
  other = await signIn(t.app, otherU.email, TEST_PASSWORD);
  viewer = await signIn(t.app, (await buildUser(t.db, otherOrg, 'viewer')).email, TEST_PASSWORD);
  const doc = async (s: Session, title: string, marking: Marking) =>
    (await ok(s, 'POST', '/api/documents', { title, kind: 'report', documentDate: '2015-01-20', sharing: { marking } }, 201)).id as string;
  const need = async (s: Session, description: string, marking: Marking) =>
    (
      await ok(
        s,
        'POST',
        '/api/needs',
        { frameworkNodeId: lineId, type: 'training', description, quantity: { value: 20, unit: 'trainers' }, priority: 'high', sharing: { marking } },
        201,
      )
    ).id as string;
  rows.doc = await doc(owner, 'Stabilisation report', 'GREEN');
  rows.redDoc = await doc(owner, 'Internal assessment', 'RED');
  rows.otherDoc = await doc(other, 'Their confidential note', 'RED');
  rows.need = await need(owner, 'Trainers for the police', 'GREEN');
  rows.redNeed = await need(owner, 'Confidential equipment', 'RED');
  rows.otherNeed = await need(other, 'Their confidential need', 'RED');
  rows.indicator = await newIndicator(ownerOrg, ownerUser, 'police-trained', 'GREEN');
  rows.redIndicator = await newIndicator(ownerOrg, ownerUser, 'internal-1', 'RED');
  rows.otherIndicator = await newIndicator(otherOrg, otherU.id, 'their-1', 'RED');
  const seriesId = (await ok(owner, 'POST', '/api/meeting-series', { name: 'Stabilisation group', code: 'STAB' }, 201)).id as string;
  meetingId = (
    await ok(
      owner,
      'POST',
      '/api/meetings',
      {
        seriesId,
        title: 'Stabilisation review',
        kind: 'working_group',
        timeZone: 'Asia/Baghdad',
        start: '2015-05-04T10:00',
        end: '2015-05-04T12:00',
        sharing: { marking: 'GREEN' },
      },
      201,
    )
  ).id as string;
});
afterAll(async () => t?.close());

type AgendaItem = {
  id: string;
  title: string;
  frameworkNodeId: string | null;
  documentId: string | null;
  needId: string | null;
  indicatorId: string | null;
  links: Record<'line' | 'document' | 'need' | 'indicator', { id: string; name: string } | null>;
};
const itemOf = (meeting: { agenda: AgendaItem[] }, title: string) => meeting.agenda.find((a) => a.title === title)!;

describe('agenda item links', () => {
  it('are written with the item and read back with the name of each linked row', async () => {
    const meeting = await ok(owner, 'POST', `/api/meetings/${meetingId}/agenda`, {
      title: 'Police training',
      frameworkNodeId: lineId,
      documentId: rows.doc,
      needId: rows.need,
      indicatorId: rows.indicator,
    });
    const item = itemOf(meeting, 'Police training');
    expect(item).toMatchObject({ frameworkNodeId: lineId, documentId: rows.doc, needId: rows.need, indicatorId: rows.indicator });
    expect(item.links).toEqual({
      line: { id: lineId, name: 'Stabilisation' },
      // A shared row comes with its marking and owner: what a briefing pack may carry of it.
      document: { id: rows.doc, name: 'Stabilisation report', marking: 'GREEN', ownerOrgId: ownerOrg },
      need: { id: rows.need, name: 'Trainers for the police', marking: 'GREEN', ownerOrgId: ownerOrg },
      indicator: { id: rows.indicator, name: 'police-trained · Indicator police-trained', marking: 'GREEN', ownerOrgId: ownerOrg },
    });
    // Another organisation's reader sees the same links: all are GREEN.
    expect(itemOf(await ok(viewer, 'GET', `/api/meetings/${meetingId}`), 'Police training').links).toEqual(item.links);
  });

  it('refuses a link to a row the writer may not see exactly as one to a missing row: a 400 naming the field, nothing written', async () => {
    const before = await countRows(t.db, 'agenda_item');
    for (const [field, hidden] of [
      ['documentId', rows.otherDoc],
      ['needId', rows.otherNeed],
      ['indicatorId', rows.otherIndicator],
      ['frameworkNodeId', NONE],
    ] as const) {
      const answers = [];
      for (const id of [hidden, NONE]) {
        const res = await owner.inject({ method: 'POST', url: `/api/meetings/${meetingId}/agenda`, payload: { title: 'Refused', [field]: id } });
        expect(res.statusCode, res.body).toBe(400);
        const { instance: _i, requestId: _r, ...problem } = res.json();
        expect(problem.errors).toEqual([{ path: `body.${field}`, message: expect.any(String) }]);
        answers.push(problem);
      }
      expect(answers[0]).toEqual(answers[1]);
    }
    // A link that is not an id is refused by the schema, naming it too.
    const res = await owner.inject({ method: 'POST', url: `/api/meetings/${meetingId}/agenda`, payload: { title: 'Refused', indicatorId: 'not-an-id' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('body.indicatorId');
    expect(await countRows(t.db, 'agenda_item')).toBe(before);
  });

  it('shows a link to a row the reader may not see as nothing, exactly as an item without links', async () => {
    await ok(owner, 'POST', `/api/meetings/${meetingId}/agenda`, { title: 'Internal matters', documentId: rows.redDoc, needId: rows.redNeed, indicatorId: rows.redIndicator });
    await ok(owner, 'POST', `/api/meetings/${meetingId}/agenda`, { title: 'Any other business' });
    // The owner's organisation reads its RED rows.
    const mine = itemOf(await ok(owner, 'GET', `/api/meetings/${meetingId}`), 'Internal matters');
    expect(mine.links.document).toEqual({ id: rows.redDoc, name: 'Internal assessment', marking: 'RED', ownerOrgId: ownerOrg });
    expect(mine.links.need?.id).toBe(rows.redNeed);
    expect(mine.links.indicator?.id).toBe(rows.redIndicator);
    // Another organisation's reader: neither the ids nor the names, as for the item without links.
    const theirs = await ok(other, 'GET', `/api/meetings/${meetingId}`);
    const hidden = itemOf(theirs, 'Internal matters');
    const bare = itemOf(theirs, 'Any other business');
    const { id: _a, title: _b, ...hiddenLinks } = hidden;
    const { id: _c, title: _d, ...bareLinks } = bare;
    expect({ ...hiddenLinks, position: 0 }).toEqual({ ...bareLinks, position: 0 });
    expect(JSON.stringify(theirs)).not.toContain(rows.redDoc);
    expect(JSON.stringify(theirs)).not.toContain('Internal assessment');
    expect(JSON.stringify(theirs)).not.toContain('Confidential equipment');
    expect(JSON.stringify(theirs)).not.toContain('internal-1');
  });

  it('loses its indicator link when the indicator is deleted', async () => {
    const gone = await newIndicator(ownerOrg, ownerUser, 'to-delete', 'GREEN');
    await ok(owner, 'POST', `/api/meetings/${meetingId}/agenda`, { title: 'Short-lived', indicatorId: gone });
    await t.db.deleteFrom('indicator').where('id', '=', gone).execute();
    const item = itemOf(await ok(owner, 'GET', `/api/meetings/${meetingId}`), 'Short-lived');
    expect(item.indicatorId).toBeNull();
    expect(item.links.indicator).toBeNull();
  });

  it('asks for a session (401) and for the right to run the meeting (403)', async () => {
    const anonymous = await t.app.inject({ method: 'POST', url: `/api/meetings/${meetingId}/agenda`, payload: { title: 'x', indicatorId: rows.indicator } });
    expect(anonymous.statusCode).toBe(401);
    const stranger = await other.inject({ method: 'POST', url: `/api/meetings/${meetingId}/agenda`, payload: { title: 'x', indicatorId: rows.indicator } });
    expect(stranger.statusCode).toBe(403);
  });
});
