// Bad input at the edge (infra/input.ts, error-handler.ts, security.ts, pagination.ts):
// each case below answered 500, 200 or a bare 414 before, and is now a 4xx problem naming
// the field, with the security headers, and nothing stored.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from './pagination.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../test/app.ts';
import { TEST_PASSWORD, buildGroup, buildOrganisation, buildUser, countRows } from '../test/factories.ts';

let t: TestApp;
let admin: Session;
let groupId: string;

beforeAll(async () => {
  t = await buildTestApp();
  const org = await buildOrganisation(t.db, { kind: 'secretariat' });
  const user = await buildUser(t.db, org.id, 'admin');
  admin = await signIn(t.app, user.email, TEST_PASSWORD);
  groupId = (await buildGroup(t.db, [org.id], 'Original name')).id;
});
afterAll(async () => t.close());

function expectProblem(res: { statusCode: number; headers: Record<string, unknown>; json: () => { errors?: { path: string }[] } }, status: number, path: string) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
  expect(res.json().errors?.map((e: { path: string }) => e.path)).toContain(path);
}

describe('unknown fields', () => {
  it('a misspelled field on a group PATCH is a 400 naming it, and nothing changes', async () => {
    const res = await admin.inject({ method: 'PATCH', url: `/api/groups/${groupId}`, payload: { nmae: 'Renamed' } });
    expectProblem(res, 400, 'body.nmae');
    const group = await t.db.selectFrom('org_group').select('name').where('id', '=', groupId).executeTakeFirstOrThrow();
    expect(group.name).toBe('Original name');
  });

  it('an unknown field in a nested object is named by its full path, and nothing is stored', async () => {
    const before = await countRows(t.db, 'document');
    const res = await admin.inject({
      method: 'POST',
      url: '/api/documents',
      payload: { title: 'T', kind: 'report', documentDate: '2024-01-01', sharing: { marking: 'GREEN', audienceGroupIds: [], extra: 1 } },
    });
    expectProblem(res, 400, 'body.sharing.extra');
    expect(await countRows(t.db, 'document')).toBe(before);
  });

  it('year 0 (which zod accepts and PostgreSQL refuses) is a 400 naming the field, in a body and a query', async () => {
    const before = await countRows(t.db, 'working_group');
    const res = await admin.inject({ method: 'POST', url: '/api/working-groups', payload: { name: 'WG', lineId: randomUUID(), formedOn: '0000-01-01' } });
    expectProblem(res, 400, 'body.formedOn');
    expect(await countRows(t.db, 'working_group')).toBe(before);
    const query = await admin.inject({ method: 'GET', url: '/api/contributions?from=0000-06-01' });
    expectProblem(query, 400, 'query.from');
  });

  it('an empty JSON body is a 400 naming the body', async () => {
    const res = await admin.inject({ method: 'POST', url: '/api/groups', payload: '', headers: { 'content-type': 'application/json' } });
    expectProblem(res, 400, 'body');
  });

  it('a misspelled query parameter is a 400 naming it: a filter is never silently dropped', async () => {
    // `orgid` for `orgId`: before, the export answered 200 with every row, unfiltered.
    const exported = await admin.inject({ method: 'GET', url: `/api/contributions/export.csv?orgid=${randomUUID()}` });
    expectProblem(exported, 400, 'query.orgid');
    expectProblem(await admin.inject({ method: 'GET', url: `/api/contributions?orgId=${randomUUID()}&stauts=delivered` }), 400, 'query.stauts');
    expectProblem(await admin.inject({ method: 'GET', url: '/api/needs?sort=gap&lineid=x' }), 400, 'query.lineid');
    expectProblem(await admin.inject({ method: 'GET', url: '/api/coverage/gaps.csv?status=committed' }), 400, 'query.status');
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/public/documents?query=x' }), 400, 'query.query');
    // Known parameters still pass.
    const known = await admin.inject({ method: 'GET', url: `/api/contributions/export.csv?orgId=${randomUUID()}&type=funding&q=x` });
    expect(known.statusCode, known.body).toBe(200);
  });

  it('a route that declares no query or body takes none: a stray ?marking=RED on an import commit is refused, not ignored', async () => {
    const before = await countRows(t.db, 'job');
    const commit = `/api/imports/${randomUUID()}/commit`;
    expectProblem(await admin.inject({ method: 'POST', url: `${commit}?marking=RED` }), 400, 'query.marking');
    expectProblem(await admin.inject({ method: 'POST', url: commit, payload: { marking: 'RED' } }), 400, 'body.marking');
    expectProblem(await admin.inject({ method: 'GET', url: '/api/auth/session?bogus=1' }), 400, 'query.bogus');
    expect(await countRows(t.db, 'job')).toBe(before);
    // Without them the same commit reaches the route: a job that does not exist.
    expect((await admin.inject({ method: 'POST', url: commit })).statusCode).toBe(404);
  });

  it('known fields still pass, with their defaults', async () => {
    const res = await admin.inject({ method: 'POST', url: '/api/groups', payload: { name: 'A new group' } });
    expect(res.statusCode).toBe(201);
    expect(res.json().kind).toBe('custom');
  });
});

describe('characters', () => {
  it('a NUL in the sign-in e-mail is a 400 naming it, without signing in', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'a\u0000@b.example', password: 'x' } });
    expectProblem(res, 400, 'body.email');
  });

  it('a NUL in the public search is a 400 naming the query field', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/public/documents?q=a%00b' });
    expectProblem(res, 400, 'query.q');
  });

  it('a lone surrogate (JSON escape) is a 400 naming the field, not stored', async () => {
    const before = await countRows(t.db, 'org_group');
    const res = await admin.inject({ method: 'POST', url: '/api/groups', payload: '{"name":"bad \\ud800 name"}', headers: { 'content-type': 'application/json' } });
    expectProblem(res, 400, 'body.name');
    expect(await countRows(t.db, 'org_group')).toBe(before);
  });

  it('a lone low surrogate and a NUL in free text are refused by name, not stored', async () => {
    const before = await countRows(t.db, 'org_group');
    for (const text of ['\\udc00 alone', 'a \\u0000 b']) {
      const res = await admin.inject({
        method: 'POST',
        url: '/api/groups',
        payload: `{"name":"Free text","description":"${text}"}`,
        headers: { 'content-type': 'application/json' },
      });
      expectProblem(res, 400, 'body.description');
    }
    const patched = await admin.inject({ method: 'PATCH', url: `/api/groups/${groupId}`, payload: '{"description":"\\udfff"}', headers: { 'content-type': 'application/json' } });
    expectProblem(patched, 400, 'body.description');
    expect(await countRows(t.db, 'org_group')).toBe(before);
    const group = await t.db.selectFrom('org_group').select('description').where('id', '=', groupId).executeTakeFirstOrThrow();
    expect(group.description).not.toContain('\uFFFD');
  });

  it('a NUL at the bottom of a body nested 200,000 deep is found and named, in time proportional to the body', async () => {
    const depth = 200_000;
    const payload = `{"name":"deep","memberOrgIds":${'['.repeat(depth)}"\\u0000"${']'.repeat(depth)}}`;
    const started = Date.now();
    const res = await admin.inject({ method: 'POST', url: '/api/groups', payload, headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(400);
    const [error] = res.json().errors ?? [];
    expect(error?.path).toMatch(/^body\.memberOrgIds\.0\.0.*….*\.0$/);
    expect(error!.path.length).toBeLessThan(200);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a surrogate pair (an emoji) is fine', async () => {
    const res = await admin.inject({ method: 'POST', url: '/api/groups', payload: { name: 'Group \u{1F30D}' } });
    expect(res.statusCode).toBe(201);
    expect(res.json().name).toBe('Group \u{1F30D}');
  });

  it('invalid UTF-8 in a JSON body is a 400 naming the body, not stored as U+FFFD', async () => {
    const before = await countRows(t.db, 'org_group');
    const payload = Buffer.concat([Buffer.from('{"name":"bad '), Buffer.from([0xff, 0xfe]), Buffer.from(' name"}')]);
    const res = await admin.inject({ method: 'POST', url: '/api/groups', payload, headers: { 'content-type': 'application/json' } });
    expectProblem(res, 400, 'body');
    // An encoded surrogate (CESU-8) is not UTF-8 either.
    const cesu = Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]);
    const res2 = await admin.inject({ method: 'POST', url: '/api/groups', payload: cesu, headers: { 'content-type': 'application/json; charset=utf-8' } });
    expectProblem(res2, 400, 'body');
    expect(await countRows(t.db, 'org_group')).toBe(before);
  });

  it('percent-encoded invalid UTF-8 in a query string is a 400 naming the parameter', async () => {
    for (const bad of ['%FF', '%ED%A0%80', '%E2%82', '%zz']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/public/documents?q=${bad}` });
      expectProblem(res, 400, 'query.q');
    }
    const ok = await t.app.inject({ method: 'GET', url: '/api/public/documents?q=caf%C3%A9+%2B+50%25' });
    expect(ok.statusCode).toBe(200);
  });

  it('a NUL in a path parameter is a 400 naming params, an undecodable path too', async () => {
    const res = await admin.inject({ method: 'GET', url: '/api/groups/abc%00def' });
    expectProblem(res, 400, 'params.id');
    const bad = await admin.inject({ method: 'GET', url: '/api/groups/%FF' });
    expectProblem(bad, 400, 'params');
    expect(bad.headers['x-frame-options']).toBe('DENY');
  });
});

describe('small ones', () => {
  it('private API answers carry Cache-Control: no-store, errors and the CSRF-bearing session too', async () => {
    const session = await admin.inject({ method: 'GET', url: '/api/auth/session' });
    expect(session.statusCode).toBe(200);
    expect(session.headers['cache-control']).toBe('no-store');
    const list = await admin.inject({ method: 'GET', url: '/api/groups' });
    expect(list.headers['cache-control']).toBe('no-store');
    const unauthenticated = await t.app.inject({ method: 'GET', url: '/api/groups' });
    expect(unauthenticated.statusCode).toBe(401);
    expect(unauthenticated.headers['cache-control']).toBe('no-store');
  });

  it('a path parameter over 100 characters is a 414 problem with the security headers', async () => {
    // GET falls through to the web app's catch-all route and is a problem+json 404; other methods have none.
    const res = await admin.inject({ method: 'PATCH', url: `/api/groups/${'a'.repeat(150)}`, payload: {} });
    expectProblem(res, 414, 'params');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json().requestId).toBe(res.headers['x-request-id']);
  });
});

describe('forged cursors', () => {
  const uuid = '00000000-0000-4000-8000-000000000000';
  /** Wrong for every list: not a cursor at all, or text PostgreSQL cannot hold. */
  const forgedForAll = [
    encodeCursor(['a\u0000b', uuid]),
    encodeCursor(['\ud800', uuid]),
    encodeCursor([]),
    Buffer.from(JSON.stringify([1, 2])).toString('base64url'),
    'not base64 at all!',
    Buffer.from([0xff, 0xfe, 0x00]).toString('base64url'),
  ];
  /** Wrong for the type of each list's sort key (a cast of it failed in SQL). */
  const lists: [string, string[]][] = [
    ['/api/public/documents?', [encodeCursor(['2024-13-45', uuid]), encodeCursor(['0000-01-01', uuid]), encodeCursor(['2023-02-29', uuid])]],
    ['/api/public/documents?q=water&', [encodeCursor(['1e999', uuid]), encodeCursor(['0.5', 'not-a-uuid'])]],
    ['/api/documents?', [encodeCursor(['2024-02-30', uuid])]],
    ['/api/documents?q=water&', [encodeCursor(['-1e999', uuid])]],
    ['/api/organisations?', []],
    ['/api/groups?', []],
    ['/api/users?', []],
    ['/api/locations?', []],
    ['/api/contributions?', [encodeCursor(['2024-02-30 25:61:61', uuid]), encodeCursor(['2024-01-01 10:00:00+99', uuid])]],
    ['/api/needs?', [encodeCursor(['1e999', '1', uuid])]],
    ['/api/audit?', [encodeCursor(['99999999999999999999']), encodeCursor(['1.5']), encodeCursor(['1e5'])]],
  ];
  it('every list answers a forged cursor with a 400 naming query.cursor', async () => {
    const failures: string[] = [];
    for (const [list, forged] of lists)
      for (const cursor of [...forgedForAll, ...forged]) {
        const res = await admin.inject({ method: 'GET', url: `${list}cursor=${encodeURIComponent(cursor)}` });
        if (res.statusCode !== 400 || !res.json().errors?.some((e: { path: string }) => e.path === 'query.cursor'))
          failures.push(`${list} ${Buffer.from(cursor, 'base64url').toString()}: ${res.statusCode}`);
      }
    expect(failures).toEqual([]);
  });
});
