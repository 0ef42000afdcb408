// The follow-up lists of action items (GET /api/action-items, …/mine) through HTTP: pages by
// due date that join up without a gap or a repeat, each filter (owner, status, series, due
// dates, overdue) alone and together, a 400 naming the field for each bad value, and items of
// a meeting the reader may not see never on any page, whatever the filter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApp, buildTestApp, signIn } from '../../test/app.ts';
import { expectInvalid, itRequiresSignIn } from '../../test/contract.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../../test/factories.ts';

let t: TestApp;
let sec: Session;
let ukc: Session;
let us: Session;
let fr: Session;
let ukOrg = '';
let usOrg = '';
let frOrg = '';
let sgId = '';
let plId = '';

interface Item {
  id: string;
  text: string;
  dueDate: string;
  status: string;
  overdue: boolean;
  series: { id: string };
  ownerOrganisations: { id: string }[];
}
interface Page {
  items: Item[];
  nextCursor: string | null;
}

async function ok(session: Session, method: 'GET' | 'POST', url: string, payload?: unknown, status = 200) {
  const res = await session.inject({ method, url, payload: payload as never });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
  return res.json();
}

/** A meeting of `series` under `marking`, moved to in progress so that action items may be recorded. */
async function runningMeeting(seriesId: string, title: string, marking: string, start: string) {
  const id = (
    await ok(ukc, 'POST', '/api/meetings', { seriesId, title, kind: 'small_group', timeZone: 'Europe/London', start, end: `${start.slice(0, 11)}18:00`, sharing: { marking } }, 201)
  ).id as string;
  for (const to of ['scheduled', 'in_progress']) await ok(ukc, 'POST', `/api/meetings/${id}/transition`, { to });
  return id;
}

async function item(meetingId: string, text: string, ownerOrgIds: string[], dueDate: string) {
  return (await ok(ukc, 'POST', `/api/meetings/${meetingId}/action-items`, { text, ownerOrgIds, dueDate }, 201)).id as string;
}

// Every item, by text: its owners, due date, final status, series and whether its meeting is hidden.
const ALL = ['a1', 'a2', 'a3', 'a4', 'a5', 'p1', 'amber', 'red'];
const HIDDEN_FROM_OTHERS = ['amber', 'red'];

beforeAll(async () => {
  t = await buildTestApp();
  const secOrg = await buildOrganisation(t.db, { kind: 'secretariat', name: 'Secretariat' });
  ukOrg = (await buildOrganisation(t.db, { name: 'United Kingdom', iso3: 'GBR' })).id;
  usOrg = (await buildOrganisation(t.db, { name: 'United States', iso3: 'USA' })).id;
  frOrg = (await buildOrganisation(t.db, { name: 'France', iso3: 'FRA' })).id;
  sec = await signIn(t.app, (await buildUser(t.db, secOrg.id, 'admin')).email, TEST_PASSWORD);
  ukc = await signIn(t.app, (await buildUser(t.db, ukOrg, 'coordinator')).email, TEST_PASSWORD);
  us = await signIn(t.app, (await buildUser(t.db, usOrg)).email, TEST_PASSWORD);
  fr = await signIn(t.app, (await buildUser(t.db, frOrg)).email, TEST_PASSWORD);
  sgId = (await ok(ukc, 'POST', '/api/meeting-series', { name: 'Small group', code: 'SG' }, 201)).id;
  plId = (await ok(ukc, 'POST', '/api/meeting-series', { name: 'Plenary', code: 'PL' }, 201)).id;

  const green = await runningMeeting(sgId, 'Small group, London', 'GREEN', '2015-01-22T10:00');
  const plenary = await runningMeeting(plId, 'Plenary, Kuwait', 'GREEN', '2015-01-25T10:00');
  // AMBER without an audience: the United Kingdom's and the secretariat's only — though it names the United States an owner.
  const amber = await runningMeeting(sgId, 'Small group, internal', 'AMBER', '2015-01-23T10:00');
  // RED: its author (the UK's coordinator) only.
  const red = await runningMeeting(sgId, 'Small group, restricted', 'RED', '2015-01-24T10:00');

  await item(green, 'a1', [ukOrg], '2015-02-01');
  const a2 = await item(green, 'a2', [usOrg], '2015-03-01');
  const a3 = await item(green, 'a3', [ukOrg, usOrg], '2015-03-01');
  await item(green, 'a4', [usOrg], '2099-01-01');
  const a5 = await item(green, 'a5', [ukOrg], '2099-06-01');
  await item(plenary, 'p1', [frOrg], '2015-02-15');
  await item(amber, 'amber', [usOrg, frOrg], '2015-01-30');
  await item(red, 'red', [usOrg, frOrg], '2015-02-10');
  await ok(us, 'POST', `/api/action-items/${a2}/updates`, { body: 'Started', status: 'in_progress' });
  await ok(us, 'POST', `/api/action-items/${a3}/updates`, { body: 'Sent', status: 'done', onDate: '2015-02-20' });
  await ok(ukc, 'POST', `/api/action-items/${a5}/updates`, { body: 'Overtaken', status: 'dropped', droppedReason: 'No longer needed' });
});
afterAll(async () => t?.close());

/** Every page of `url` at `limit` a page, followed by its cursor. */
async function allPages(session: Session, url: string, limit: number) {
  const pages: Page[] = [];
  let cursor: string | null = null;
  do {
    const sep = url.includes('?') ? '&' : '?';
    const page: Page = await ok(session, 'GET', `${url}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    pages.push(page);
    cursor = page.nextCursor;
    expect(pages.length).toBeLessThan(20);
  } while (cursor);
  return pages.flatMap((p) => p.items);
}

const texts = (items: Item[]) => items.map((i) => i.text);
const sorted = (names: string[]) => [...names].sort();

describe('action-item lists without a session', () => {
  itRequiresSignIn(() => t, {
    list: { method: 'GET', url: () => '/api/action-items' },
    filtered: { method: 'GET', url: () => `/api/action-items?status=open&ownerOrgId=${ukOrg}` },
    mine: { method: 'GET', url: () => '/api/action-items/mine' },
  });
});

describe('paging', () => {
  it('answers a page by due date then id, and the pages join up without a gap or a repeat', async () => {
    const whole: Page = await ok(ukc, 'GET', '/api/action-items?limit=200');
    expect(whole.nextCursor).toBeNull();
    expect(sorted(texts(whole.items))).toEqual(sorted(ALL));
    const keys = whole.items.map((i) => `${i.dueDate} ${i.id}`);
    expect(keys).toEqual([...keys].sort());
    for (const limit of [1, 2, 3, 7]) {
      const paged = await allPages(ukc, '/api/action-items', limit);
      expect(paged.map((i) => i.id)).toEqual(whole.items.map((i) => i.id));
    }
    // A full last page says there is no more only when there is none.
    const first: Page = await ok(ukc, 'GET', '/api/action-items?limit=8');
    expect(first.nextCursor).toBeNull();
    const short: Page = await ok(ukc, 'GET', '/api/action-items?limit=7');
    expect(short.nextCursor).not.toBeNull();
  });

  it('pages a filtered list with the filter kept, and …/mine as the organisation filter', async () => {
    const open = await allPages(ukc, '/api/action-items?status=open', 1);
    expect(sorted(texts(open))).toEqual(sorted(['a1', 'a4', 'p1', 'amber', 'red']));
    const mine = await allPages(us, '/api/action-items/mine', 1);
    expect(sorted(texts(mine))).toEqual(['a2', 'a3', 'a4']);
    expect(texts(await allPages(fr, '/api/action-items/mine', 2))).toEqual(['p1']);
  });
});

describe('filters', () => {
  const cases: [string, string, string[]][] = [
    ['ownerOrgId', 'ownerOrgId=US', ['a2', 'a3', 'a4', 'amber', 'red']],
    ['ownerOrgId (two owners)', 'ownerOrgId=UK', ['a1', 'a3', 'a5']],
    ['one status', 'status=done', ['a3']],
    ['statuses, comma-separated', 'status=in_progress,dropped', ['a2', 'a5']],
    ['statuses, repeated', 'status=in_progress&status=dropped', ['a2', 'a5']],
    ['overdue', 'overdue=true', ['a1', 'a2', 'p1', 'amber', 'red']],
    ['not overdue', 'overdue=false', ['a3', 'a4', 'a5']],
    ['series', 'seriesId=PL', ['p1']],
    ['due after', 'dueAfter=2015-03-01', ['a4', 'a5']],
    ['due before', 'dueBefore=2015-02-10', ['a1', 'amber']],
    ['due between', 'dueAfter=2015-01-31&dueBefore=2015-03-02', ['a1', 'a2', 'a3', 'p1', 'red']],
    ['together', 'seriesId=SG&status=open&dueBefore=2016-01-01&ownerOrgId=US', ['amber', 'red']],
  ];
  const resolve = (query: string) => query.replaceAll('=US', `=${usOrg}`).replaceAll('=UK', `=${ukOrg}`).replaceAll('=PL', `=${plId}`).replaceAll('=SG', `=${sgId}`);

  for (const [name, query, expected] of cases) {
    it(`${name}: ${query}`, async () => {
      // The UK's coordinator sees every item; the United States and France see all but the hidden meetings'.
      expect(sorted(texts(await allPages(ukc, `/api/action-items?${resolve(query)}`, 2)))).toEqual(sorted(expected));
      const visible = expected.filter((e) => !HIDDEN_FROM_OTHERS.includes(e));
      for (const session of [us, fr]) expect(sorted(texts(await allPages(session, `/api/action-items?${resolve(query)}`, 2)))).toEqual(sorted(visible));
    });
  }

  it('each item answers with its overdue flag and status as filtered', async () => {
    for (const i of await allPages(ukc, '/api/action-items?overdue=true', 50)) expect(i).toMatchObject({ overdue: true });
    for (const i of await allPages(ukc, '/api/action-items?status=open,in_progress', 50)) expect(['open', 'in_progress']).toContain(i.status);
    for (const i of await allPages(ukc, `/api/action-items?seriesId=${sgId}`, 50)) expect(i.series.id).toBe(sgId);
  });
});

describe('hidden items', () => {
  it('never appear on any page, under any filter, to a reader who may not see their meeting', async () => {
    const queries = ['', 'overdue=true', 'status=open', `ownerOrgId=${usOrg}`, `ownerOrgId=${frOrg}`, `seriesId=${sgId}`, 'dueBefore=2015-02-11', 'dueAfter=2015-01-29'];
    for (const session of [us, fr])
      for (const query of queries)
        for (const url of ['/api/action-items', '/api/action-items/mine']) {
          const res = await session.inject({ method: 'GET', url: `${url}?${query}&limit=1` });
          expect(res.body).not.toContain('Small group, internal');
          expect(res.body).not.toContain('Small group, restricted');
          for (const i of await allPages(session, `${url}?${query}`, 1)) expect(HIDDEN_FROM_OTHERS).not.toContain(i.text);
        }
    // The secretariat reads AMBER but not a RED meeting it is not on.
    const secSees = texts(await allPages(sec, '/api/action-items', 3));
    expect(secSees).toContain('amber');
    expect(secSees).not.toContain('red');
  });

  it('a cursor taken from a hidden item does not reveal it: the next page starts after its key', async () => {
    const all: Page = await ok(ukc, 'GET', '/api/action-items?limit=200');
    const redIndex = all.items.findIndex((i) => i.text === 'red');
    const cursor = Buffer.from(JSON.stringify([all.items[redIndex]!.dueDate, all.items[redIndex]!.id])).toString('base64url');
    const after: Page = await ok(us, 'GET', `/api/action-items?limit=200&cursor=${cursor}`);
    expect(texts(after.items)).toEqual(texts(all.items.slice(redIndex + 1)).filter((x) => !HIDDEN_FROM_OTHERS.includes(x)));
  });
});

describe('bad input', () => {
  const list = (query: string) => ({ method: 'GET' as const, url: () => `/api/action-items?${query}` });
  const cases: [string, string][] = [
    ['status=bogus', 'query.status.0'],
    ['status=open,bogus', 'query.status.1'],
    ['status=', 'query.status.0'],
    ['ownerOrgId=not-a-uuid', 'query.ownerOrgId'],
    ['seriesId=42', 'query.seriesId'],
    ['dueAfter=2015-02-30', 'query.dueAfter'],
    ['dueBefore=yesterday', 'query.dueBefore'],
    ['dueAfter=2015-03-01&dueBefore=2015-03-01', 'query.dueBefore'],
    ['overdue=maybe', 'query.overdue'],
    ['limit=0', 'query.limit'],
    ['limit=201', 'query.limit'],
    ['cursor=forged', 'query.cursor'],
    [`cursor=${Buffer.from(JSON.stringify(['2015-02-30', '00000000-0000-4000-8000-000000000000'])).toString('base64url')}`, 'query.cursor'],
    [`cursor=${Buffer.from(JSON.stringify(['2015-02-01'])).toString('base64url')}`, 'query.cursor'],
  ];
  for (const [query, path] of cases)
    it(`${query} is a 400 naming ${path}`, async () => {
      await expectInvalid(us, list(query), t, 'action_item', path);
      await expectInvalid(us, { ...list(query), url: () => `/api/action-items/mine?${query}` }, t, 'action_item', path);
    });
});
