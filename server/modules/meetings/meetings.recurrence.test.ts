// A series' rule turned into the dates of its next meetings (meetings.recurrence.ts): in
// wall-clock time across a change of clocks, after the latest meeting and after now, counted
// from meetings the reader may see only, a rule that never matches cut off in bounded time,
// and such a rule refused when a series is saved, naming `rrule`.
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';
import { nextOccurrences, ruleProblem } from './meetings.recurrence.ts';

describe('the rule walked in wall-clock time', () => {
  const anchor = { firstStart: '2015-01-22T10:00', lastStart: '2015-03-12T10:00', lastEnd: '2015-03-12T12:30' };

  it('gives the second Thursdays after the latest meeting, at its time of day and for its length, across the change to summer time', () => {
    // London's clocks went forward on 29 March 2015: the meetings stay at 10:00.
    expect(nextOccurrences('FREQ=MONTHLY;BYDAY=2TH', anchor, '2015-01-01T00:00', 3)).toEqual({
      occurrences: [
        { start: '2015-04-09T10:00', end: '2015-04-09T12:30' },
        { start: '2015-05-14T10:00', end: '2015-05-14T12:30' },
        { start: '2015-06-11T10:00', end: '2015-06-11T12:30' },
      ],
    });
  });

  it('counts from now when the latest meeting is past, and says when the rule has run out', () => {
    expect(nextOccurrences('FREQ=WEEKLY;BYDAY=TH', anchor, '2026-12-01T14:00', 2).occurrences.map((o) => o.start)).toEqual(['2026-12-03T10:00', '2026-12-10T10:00']);
    expect(nextOccurrences('FREQ=MONTHLY;BYDAY=2TH;COUNT=2', anchor, '2015-01-01T00:00', 3)).toEqual({ occurrences: [], none: 'ended' });
    expect(nextOccurrences('FREQ=MONTHLY;BYDAY=2TH;UNTIL=20150501', anchor, '2015-01-01T00:00', 3).occurrences.map((o) => o.start)).toEqual(['2015-04-09T10:00']);
  });

  it('walks a rule that gave nothing from a day only once that hour: asked again, it answers at once', () => {
    // Saved as valid from another day, never matching from its first meeting (the attack review of stop 20).
    const anchor = { firstStart: '2026-01-15T10:00', lastStart: '2026-01-15T10:00', lastEnd: '2026-01-15T11:00' };
    const first = performance.now();
    expect(nextOccurrences('FREQ=MONTHLY;INTERVAL=2;BYMONTH=6', anchor, '2026-12-01T14:00', 3).occurrences).toEqual([]);
    const walkedMs = performance.now() - first;
    const again = performance.now();
    expect(nextOccurrences('FREQ=MONTHLY;INTERVAL=2;BYMONTH=6', anchor, '2026-12-01T15:00', 3).occurrences).toEqual([]);
    expect(performance.now() - again).toBeLessThan(Math.max(5, walkedMs / 10));
  });

  it('cuts off a rule that never matches in well under a second (rrule.js alone walks it for a minute)', () => {
    const started = performance.now();
    expect(nextOccurrences('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31', anchor, '2026-12-01T14:00', 3)).toEqual({ occurrences: [], none: 'none-soon' });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('tells a rule that cannot be read or gives no date from one that can be saved', () => {
    const now = '2026-12-01T10:00';
    expect(ruleProblem('FREQ=MONTHLY;BYDAY=2TH', now)).toBeUndefined();
    expect(ruleProblem('FREQ=MONTHLY;BYDAY=ZZ', now)).toBe('unreadable');
    expect(ruleProblem('FREQ=MONTHLY;UNTIL=20100101', now)).toBe('ended');
    expect(ruleProblem('FREQ=WEEKLY;INTERVAL=0', now)).toBe('ended');
    // 29 February on a Monday: 2044, beyond the ten years looked at.
    expect(ruleProblem('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO', now)).toBe('none-soon');
  });
});

describe('GET /api/meeting-series/:id/next-dates', () => {
  let t: TestApp;
  let coordinator: Session;
  let outsider: Session;
  let seriesId = '';
  const nextYear = DateTime.utc().year + 1;

  async function ok(session: Session, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, status = 200) {
    const res = await session.inject({ method, url, payload: payload as never });
    expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
    return res.json();
  }
  const meeting = (title: string, start: string, end: string, marking = 'GREEN') => ({
    seriesId,
    title,
    kind: 'small_group',
    timeZone: 'Europe/London',
    start,
    end,
    sharing: { marking },
  });

  beforeAll(async () => {
    t = await buildTestApp();
    const org = (await buildOrganisation(t.db, { name: 'United Kingdom', iso3: 'GBR' })).id;
    coordinator = await signIn(t.app, (await buildUser(t.db, org, 'coordinator')).email, TEST_PASSWORD);
    outsider = await signIn(t.app, (await buildUser(t.db, (await buildOrganisation(t.db)).id)).email, TEST_PASSWORD);
    seriesId = (await ok(coordinator, 'POST', '/api/meeting-series', { name: 'Small group', code: 'SG', rrule: 'FREQ=MONTHLY;BYDAY=2TH' }, 201)).id;
  });
  afterAll(async () => t?.close());

  it('has nothing to count from before the series has a meeting', async () => {
    expect(await ok(coordinator, 'GET', `/api/meeting-series/${seriesId}/next-dates`)).toEqual({
      rule: 'FREQ=MONTHLY;BYDAY=2TH',
      timeZone: null,
      occurrences: [],
      none: 'no-meeting',
    });
  });

  it('offers the dates after the latest meeting the reader may see, each as long as it, in its zone', async () => {
    // Next year's January and February meetings: the dates offered follow February's.
    await ok(coordinator, 'POST', '/api/meetings', meeting('January', `${nextYear}-01-08T10:00`, `${nextYear}-01-08T12:00`), 201);
    await ok(coordinator, 'POST', '/api/meetings', meeting('February', `${nextYear}-02-12T10:00`, `${nextYear}-02-12T12:00`), 201);
    const secondThursday = (month: number) => {
      const first = DateTime.utc(nextYear, month, 1);
      return first.plus({ days: ((4 - first.weekday + 7) % 7) + 7 }).toFormat('yyyy-MM-dd');
    };
    const expected = [3, 4].map((m) => ({ start: `${secondThursday(m)}T10:00`, end: `${secondThursday(m)}T12:00` }));
    const answer = await ok(coordinator, 'GET', `/api/meeting-series/${seriesId}/next-dates?count=2`);
    expect(answer).toEqual({ rule: 'FREQ=MONTHLY;BYDAY=2TH', timeZone: 'Europe/London', occurrences: expected, none: null });

    // A RED meeting in June, which the outsider may not see: the owner's dates follow it, the
    // outsider's still follow February, so that no date tells of the hidden meeting.
    await ok(coordinator, 'POST', '/api/meetings', meeting('Restricted', `${nextYear}-06-11T10:00`, `${nextYear}-06-11T12:00`, 'RED'), 201);
    expect((await ok(coordinator, 'GET', `/api/meeting-series/${seriesId}/next-dates?count=1`)).occurrences[0].start).toBe(`${secondThursday(7)}T10:00`);
    expect((await ok(outsider, 'GET', `/api/meeting-series/${seriesId}/next-dates?count=2`)).occurrences).toEqual(expected);
  });

  it('answers 400 naming count, 404 for an unknown series, and says when a series has no rule', async () => {
    const bad = await coordinator.inject({ method: 'GET', url: `/api/meeting-series/${seriesId}/next-dates?count=0` });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('count');
    const missing = await coordinator.inject({ method: 'GET', url: '/api/meeting-series/00000000-0000-4000-8000-000000000000/next-dates' });
    expect(missing.statusCode).toBe(404);
    const plain = (await ok(coordinator, 'POST', '/api/meeting-series', { name: 'Plenary', code: 'PL' }, 201)).id;
    expect((await ok(coordinator, 'GET', `/api/meeting-series/${plain}/next-dates`)).none).toBe('no-rule');
  });

  it('refuses a series whose rule gives no date, naming rrule, and changes nothing', async () => {
    for (const rrule of ['FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31', 'FREQ=MONTHLY;BYDAY=ZZ', 'FREQ=MONTHLY;UNTIL=20100101']) {
      const started = performance.now();
      const res = await coordinator.inject({ method: 'PATCH', url: `/api/meeting-series/${seriesId}`, payload: { rrule } });
      expect(res.statusCode, rrule).toBe(400);
      expect(res.json().errors[0].path, rrule).toContain('rrule');
      expect(performance.now() - started, rrule).toBeLessThan(3_000);
    }
    const series = (await ok(coordinator, 'GET', '/api/meeting-series')) as { id: string; rrule: string | null }[];
    expect(series.find((s) => s.id === seriesId)?.rrule).toBe('FREQ=MONTHLY;BYDAY=2TH');
  });
});
