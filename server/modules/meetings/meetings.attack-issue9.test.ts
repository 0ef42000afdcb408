// Attack review of a series' next dates (issue 9 review, ADR 0040): each kind of reader, hostile
// `count` and series ids, hostile rules at save time, and rules walked from a meeting far in the
// future — a 4xx naming the field or a bounded answer, never a 500, never a long block.
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';

let t: TestApp;
let coordinator: Session;
let viewer: Session;
let outsider: Session;
let seriesId = '';
const nextYear = DateTime.utc().year + 1;

async function ok(session: Session, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, status = 200) {
  const res = await session.inject({ method, url, payload: payload as never });
  expect(res.statusCode, `${method} ${url}: ${res.body.slice(0, 300)}`).toBe(status);
  return res.json();
}
const meeting = (series: string, title: string, start: string, end: string, marking = 'GREEN') => ({
  seriesId: series,
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
  viewer = await signIn(t.app, (await buildUser(t.db, org, 'viewer')).email, TEST_PASSWORD);
  outsider = await signIn(t.app, (await buildUser(t.db, (await buildOrganisation(t.db)).id)).email, TEST_PASSWORD);
  seriesId = (await ok(coordinator, 'POST', '/api/meeting-series', { name: 'Small group', code: 'SG', rrule: 'FREQ=MONTHLY;BYDAY=2TH' }, 201)).id;
  await ok(coordinator, 'POST', '/api/meetings', meeting(seriesId, 'January', `${nextYear}-01-08T10:00`, `${nextYear}-01-08T12:00`), 201);
});
afterAll(async () => t?.close());

describe('next dates for each kind of reader', () => {
  it('answers a viewer as any member, and no one who is not signed in', async () => {
    const answer = await ok(viewer, 'GET', `/api/meeting-series/${seriesId}/next-dates?count=1`);
    expect(answer.occurrences).toHaveLength(1);
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/meeting-series/${seriesId}/next-dates` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('tells an outsider nothing of a series whose meetings are all hidden from it: the same answer as a series without meetings', async () => {
    const hidden = (await ok(coordinator, 'POST', '/api/meeting-series', { name: 'Hidden', code: 'HD', rrule: 'FREQ=WEEKLY;BYDAY=MO' }, 201)).id;
    const empty = await ok(outsider, 'GET', `/api/meeting-series/${hidden}/next-dates`);
    await ok(coordinator, 'POST', '/api/meetings', meeting(hidden, 'Restricted', `${nextYear}-03-02T09:00`, `${nextYear}-03-02T17:00`, 'RED'), 201);
    expect(await ok(outsider, 'GET', `/api/meeting-series/${hidden}/next-dates`)).toEqual(empty);
    expect(empty).toEqual({ rule: 'FREQ=WEEKLY;BYDAY=MO', timeZone: null, occurrences: [], none: 'no-meeting' });
  });
});

describe('hostile input', () => {
  it('refuses a count that is not 1 to 10, naming count', async () => {
    for (const count of ['0', '-1', '1e9', 'abc', '3.5', '0x10', '11', '99999999999999999999', 'NaN', 'Infinity', '']) {
      const res = await coordinator.inject({ method: 'GET', url: `/api/meeting-series/${seriesId}/next-dates?count=${count}` });
      expect(res.statusCode, `count=${count}: ${res.body.slice(0, 200)}`).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('query.count');
    }
  });

  it('answers a 4xx for an id that is no uuid (as any path of the API) and 404 for an unknown one', async () => {
    expect((await coordinator.inject({ method: 'GET', url: "/api/meeting-series/x'--/next-dates" })).statusCode).toBeOneOf([400, 404]);
    expect((await coordinator.inject({ method: 'GET', url: `/api/meeting-series/${'a'.repeat(10_000)}/next-dates` })).statusCode).toBeOneOf([400, 404]);
    expect((await coordinator.inject({ method: 'GET', url: '/api/meeting-series/00000000-0000-4000-8000-000000000001/next-dates' })).statusCode).toBe(404);
  });

  it('refuses hostile rules at save time naming rrule, in bounded time, and saves nothing', async () => {
    const rules = [
      `FREQ=DAILY;${'BYSETPOS=1;'.repeat(60)}COUNT=1`,
      'FREQ=DAILY\nDTSTART:19000101T000000Z',
      'FREQ=DAILY;TZID=../../etc/passwd',
      'freq=daily',
      'FREQ=DAILY;BYMONTH=13',
      'FREQ=DAILY;BYSETPOS=0',
      'FREQ=MONTHLY;BYDAY=+53MO',
      'FREQ=DAILY;INTERVAL=99999999999999999999',
      'FREQ=DAILY;\u0000',
      'FREQ=DAILY;BYDAY=MO\uD800',
    ];
    for (const rrule of rules) {
      const started = performance.now();
      const res = await coordinator.inject({ method: 'POST', url: '/api/meeting-series', payload: { name: 'Bad', code: 'BAD', rrule } });
      expect(res.statusCode, `${JSON.stringify(rrule).slice(0, 60)}: ${res.body.slice(0, 200)}`).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('body.rrule');
      expect(performance.now() - started, rrule).toBeLessThan(3_000);
    }
    const series = (await ok(coordinator, 'GET', '/api/meeting-series')) as { code: string }[];
    expect(series.map((s) => s.code)).not.toContain('BAD');
  });

  it('takes rules with a huge COUNT or an UNTIL in 9999, and walks them in bounded time', async () => {
    for (const [code, rrule] of [
      ['CNT', 'FREQ=DAILY;COUNT=999999999'],
      ['UNT', 'FREQ=DAILY;UNTIL=99991231T235959Z'],
    ]) {
      const id = (await ok(coordinator, 'POST', '/api/meeting-series', { name: code, code, rrule }, 201)).id;
      await ok(coordinator, 'POST', '/api/meetings', meeting(id, 'First', `${nextYear}-01-08T10:00`, `${nextYear}-01-08T12:00`), 201);
      const started = performance.now();
      expect((await ok(coordinator, 'GET', `/api/meeting-series/${id}/next-dates?count=10`)).occurrences).toHaveLength(10);
      expect(performance.now() - started).toBeLessThan(2_000);
    }
  });

  it('refuses a meeting past 2100, naming its start and end, and offers no date past 2100 to a series whose meeting is at its end', async () => {
    const id = (await ok(coordinator, 'POST', '/api/meeting-series', { name: 'Far', code: 'FAR', rrule: 'FREQ=DAILY' }, 201)).id;
    const far = await coordinator.inject({ method: 'POST', url: '/api/meetings', payload: meeting(id, 'Last', '9999-12-31T10:00', '9999-12-31T23:59') });
    expect(far.statusCode, far.body.slice(0, 300)).toBe(400);
    expect(
      far
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['body.end', 'body.start']);
    await ok(coordinator, 'POST', '/api/meetings', meeting(id, 'Last', '2100-12-31T10:00', '2100-12-31T23:59'), 201);
    // Its dates stop with 2100: none could be taken.
    const res = await coordinator.inject({ method: 'GET', url: `/api/meeting-series/${id}/next-dates?count=10` });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.json().occurrences).toEqual([]);
  });

  it('walks a rule that reads from now but never matches from the first meeting (INTERVAL counted from it) in bounded time', async () => {
    // Saved: from today, every other month reaches a June. From a January meeting (January, March, …) it never does.
    const rrule = DateTime.utc().month % 2 === 0 ? 'FREQ=MONTHLY;INTERVAL=2;BYMONTH=6' : 'FREQ=MONTHLY;INTERVAL=2;BYMONTH=7';
    const id = (await ok(coordinator, 'POST', '/api/meeting-series', { name: 'Odd', code: 'ODD', rrule }, 201)).id;
    await ok(
      coordinator,
      'POST',
      '/api/meetings',
      meeting(
        id,
        'First',
        `${nextYear}-${DateTime.utc().month % 2 === 0 ? '01' : '02'}-08T10:00`,
        `${nextYear}-01-08T12:00`.replace('-01-', DateTime.utc().month % 2 === 0 ? '-01-' : '-02-'),
      ),
      201,
    );
    const started = performance.now();
    const answer = await ok(coordinator, 'GET', `/api/meeting-series/${id}/next-dates?count=3`);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(answer.occurrences).toEqual([]);
    expect(['ended', 'none-soon']).toContain(answer.none);
  });
});
