// The founding example's small-group meeting, as the demo loads it and the API answers it.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, loadDemo } from '../../seed/demo.ts';
import { type TestApp, buildTestApp, signIn } from '../../test/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  await loadDemo(t.db, resolve(import.meta.dirname, '../../seed/coalition-2015.json'));
});
afterAll(async () => t?.close());

describe('the demo small-group meetings', () => {
  it('holds the London meeting of 22 January 2015 with its 21 members, decisions and action items, carried into the next meeting', async () => {
    const uk = await signIn(t.app, 'focal@uk.demo', DEMO_PASSWORD);
    const list = (await uk.inject({ method: 'GET', url: '/api/meetings' })).json() as { id: string; state: string; start: { local: string } }[];
    expect(list.map((m) => [m.start.local.slice(0, 10), m.state])).toEqual([
      ['2015-01-22', 'held'],
      ['2015-03-26', 'scheduled'],
    ]);
    const london = (await uk.inject({ method: 'GET', url: `/api/meetings/${list[0]!.id}` })).json();
    expect(london.participants).toHaveLength(21);
    expect(london.participants.every((p: { status: string }) => p.status === 'attended')).toBe(true);
    expect(london.hosts.map((h: { name: string }) => h.name)).toEqual(['United Kingdom']);
    expect(london.agenda.filter((a: { frameworkNodeId: string | null }) => a.frameworkNodeId)).toHaveLength(7);
    expect(london.decisions.map((d: { reference: string }) => d.reference)).toEqual(['SG-2015-001', 'SG-2015-002', 'SG-2015-003', 'SG-2015-004']);
    expect(london.actionItems).toHaveLength(5);
    const next = (await uk.inject({ method: 'GET', url: `/api/meetings/${list[1]!.id}` })).json();
    expect(next.review.items).toHaveLength(5);
    expect(next.review.items.every((i: { meeting: { date: string } }) => i.meeting.date === '2015-01-22')).toBe(true);
    // AMBER for the small group: Panama's viewer, not in it, sees neither meeting.
    const panama = await signIn(t.app, 'viewer@pa.demo', DEMO_PASSWORD);
    expect((await panama.inject({ method: 'GET', url: '/api/meetings' })).json()).toEqual([]);
  });
});
