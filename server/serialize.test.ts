// Production's compiled serializer (CHECK_RESPONSES off) writes what zod's parse would: for
// each answer, parsing it with its route's zod schema gives it back unchanged (no field the
// schema does not name, every type right), on the lists and the other routes a page uses.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type z, z as zod } from 'zod';
import * as auth from './modules/auth/auth.schema.ts';
import * as contributions from './modules/contributions/contributions.schema.ts';
import * as documents from './modules/documents/documents.schema.ts';
import * as members from './modules/members/members.schema.ts';
import * as needs from './modules/needs/needs.schema.ts';
import { pageOf } from './infra/pagination.ts';
import { systemCtx } from './infra/actor.ts';
import { type Session, type TestApp, buildTestApp, signIn } from './test/app.ts';
import { TEST_PASSWORD, buildGroup, buildOrganisation, buildUser } from './test/factories.ts';
import { createFrameworkNodeIn } from './modules/framework/framework.service.ts';
import { loadReferenceLocations } from './modules/locations/locations.service.ts';
import { responseSerializerCompiler } from './infra/serialize.ts';

let t: TestApp;
let uk: Session;

beforeAll(async () => {
  t = await buildTestApp({ CHECK_RESPONSES: 'false' });
  let line = '';
  await t.db.transaction().execute(async (trx) => {
    await loadReferenceLocations(trx, systemCtx);
    line = (await createFrameworkNodeIn(trx, systemCtx, { parentId: null, kind: 'line', code: 'humanitarian', name: 'Humanitarian relief', description: '', position: 0 })).id;
  });
  const place = (await t.db.selectFrom('location').select('id').where('code', '=', 'IQ-NI').executeTakeFirstOrThrow()).id;
  const ukOrg = await buildOrganisation(t.db, { name: 'United Kingdom' });
  const us = await buildOrganisation(t.db, { name: 'United States' });
  const group = await buildGroup(t.db, [us.id]);
  const reader = await buildUser(t.db, us.id);
  uk = await signIn(t.app, (await buildUser(t.db, ukOrg.id)).email, TEST_PASSWORD);
  const sharing = { marking: 'AMBER', audienceGroupIds: [group.id], audienceOrgIds: [us.id], recipientUserIds: [] };
  const red = { marking: 'RED', recipientUserIds: [reader.id] };
  for (const s of [sharing, red]) {
    const base = { frameworkNodeId: line, type: 'training', description: 'Shelter' };
    expect(
      (await uk.inject({ method: 'POST', url: '/api/contributions', payload: { ...base, locationIds: [place], quantity: { value: 3, unit: 'kits' }, sharing: s } })).statusCode,
    ).toBe(201);
    expect((await uk.inject({ method: 'POST', url: '/api/needs', payload: { ...base, money: { amountMinor: 100, currency: 'USD' }, sharing: s } })).statusCode).toBe(201);
    expect((await uk.inject({ method: 'POST', url: '/api/documents', payload: { title: 'Minutes', kind: 'minutes', documentDate: '2015-01-01', sharing: s } })).statusCode).toBe(
      201,
    );
  }
});
afterAll(async () => t?.close());

// The routes' own 200 schemas (as their .routes.ts files declare them).
const ANSWERS: [string, z.ZodType][] = [
  ['/api/contributions?limit=50', pageOf(contributions.contributionOut)],
  ['/api/needs?limit=50', pageOf(needs.needOut)],
  ['/api/documents?limit=50', pageOf(documents.documentSummary)],
  ['/api/organisations?limit=50', pageOf(members.organisation).extend({ total: zod.number().int() })],
  ['/api/groups', pageOf(members.group)],
  ['/api/auth/session', auth.sessionOut],
];

it.each(ANSWERS)('GET %s: the answer is what its zod schema makes of it', async (url, schema) => {
  const res = await uk.inject({ method: 'GET', url });
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json();
  expect(body.items?.length ?? 1).toBeGreaterThan(0);
  expect(schema.parse(body)).toEqual(body);
});

it('an error answer keeps its problem+json fields', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/api/contributions' });
  expect(res.statusCode).toBe(401);
  expect(res.json()).toMatchObject({ status: 401, code: 'unauthenticated' });
});

it('the compiled serializer writes only the fields the schema names, like zod', async () => {
  const { z } = await import('zod');
  const schema = z.object({ id: z.string(), name: z.string().nullable(), items: z.array(z.object({ n: z.number() })) });
  const compiled = responseSerializerCompiler(false)({ schema, method: 'GET', url: '/x', httpStatus: '200' } as never);
  const checked = responseSerializerCompiler(true)({ schema, method: 'GET', url: '/x', httpStatus: '200' } as never);
  const data = { id: 'a', name: null, secret: 'password hash', items: [{ n: 1, hidden: true }] };
  expect(JSON.parse(compiled(data))).toEqual(JSON.parse(checked(data)));
  expect(JSON.parse(compiled(data))).toEqual({ id: 'a', name: null, items: [{ n: 1 }] });
});

it('nullable fields, null or not, come out as zod writes them', async () => {
  const { z } = await import('zod');
  const schema = z.object({ s: z.string().nullable(), n: z.number().nullable(), o: z.object({ v: z.number(), u: z.string() }).nullable(), a: z.array(z.string()).nullable() });
  const compiled = responseSerializerCompiler(false)({ schema, method: 'GET', url: '/x', httpStatus: '200' } as never);
  const checked = responseSerializerCompiler(true)({ schema, method: 'GET', url: '/x', httpStatus: '200' } as never);
  for (const data of [
    { s: null, n: null, o: null, a: null },
    { s: 'x "quoted"', n: 0, o: { v: 2.5, u: 'kits', extra: 1 }, a: ['a'] },
  ])
    expect(JSON.parse(compiled(data))).toEqual(JSON.parse(checked(data)));
});
