// The generated bad-input test. It reads the API's own description (/api/openapi.json) and,
// for every write operation in it, builds at least 200 requests from the operation's schema:
// each field missing, of the wrong type, NUL, lone surrogates, huge strings and numbers, bad
// dates and ids, unknown fields at every level, bodies that are not objects or not JSON or not
// UTF-8, and bad path parameters; then random bodies from fast-check (a fixed seed, so a
// failure repeats). GET operations get their query and path parameters driven with NUL,
// surrogates, undecodable bytes and forged cursors. Each request goes out as an admin or as
// a focal point, with the CSRF token. The rule checked on every answer:
//   - never a 5xx;
//   - every 4xx is application/problem+json, and a 400 names the failing field(s) in `errors`
//     (`body…`, `query…`, `params…`);
//   - a refused request changes no row in any table (every table counted after each case).
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, loadDemo } from '../seed/demo.ts';
import { type Session, type TestApp, buildTestApp, signIn } from '../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../test/factories.ts';
import { encodeCursor } from './pagination.ts';

interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
}
interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema?: JsonSchema;
}
interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body?: JsonSchema;
}
interface Case {
  label: string;
  params?: Record<string, string>;
  /** Path parameters put in the path as they are, undecoded (`%FF`). */
  rawParams?: Record<string, string>;
  query?: Record<string, string>;
  rawQuery?: string;
  body?: unknown;
  rawBody?: string | Buffer;
  contentType?: string;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const CASES_PER_WRITE = 200;
/** Operations with many fields get more cases than this; every field keeps some, spread evenly (run time). */
const MAX_FIELD_CASES = 160;

let t: TestApp;
interface OpenApiOperation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}
let doc: { paths: Record<string, Record<string, OpenApiOperation>>; components?: { schemas?: Record<string, JsonSchema> } };
let admin: Session;
let focal: Session;
/** Row ids the valid values point at, by kind. */
const ids: Record<string, string> = {};
let tables: string[] = [];

async function countAll(): Promise<Record<string, number>> {
  const { rows } = await sql<{ counts: Record<string, number> }>`SELECT bad_input_row_counts() AS counts`.execute(t.db);
  return rows[0]!.counts;
}

beforeAll(async () => {
  t = await buildTestApp();
  await loadDemo(t.db, resolve(import.meta.dirname, '../seed/coalition-2015.json'));
  admin = await signIn(t.app, 'admin@secretariat.demo', DEMO_PASSWORD);
  focal = await signIn(t.app, 'focal@de.demo', DEMO_PASSWORD);
  doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();

  const one = async (query: string) => (await sql.raw<{ id: string }>(query).execute(t.db)).rows[0]?.id ?? randomUUID();
  const germany = await one(`SELECT id FROM organisation WHERE name = 'Germany'`);
  ids.org = germany;
  // Rows that the path parameters of writes point at: not the actors' own, so that a
  // change accepted along the way (a role, a deactivation) cannot lock the test out.
  ids.targetOrg = (await buildOrganisation(t.db, { name: 'Bad input target' })).id;
  ids.targetUser = (await buildUser(t.db, ids.targetOrg, 'viewer')).id;
  ids.user = await one(`SELECT id FROM app_user WHERE email = 'focal@uk.demo'`);
  ids.group = await one(`SELECT id FROM org_group ORDER BY name LIMIT 1`);
  ids.line = await one(`SELECT id FROM framework_node WHERE parent_id IS NULL ORDER BY position LIMIT 1`);
  ids.frameworkNode = await one(`SELECT id FROM framework_node WHERE parent_id IS NOT NULL LIMIT 1`);
  ids.workingGroup = await one(`SELECT id FROM working_group LIMIT 1`);
  ids.location = await one(`SELECT id FROM location WHERE level <> 'country' LIMIT 1`);
  ids.document = await one(`SELECT id FROM document WHERE owner_org_id = '${germany}' LIMIT 1`);
  ids.contribution = await one(`SELECT id FROM contribution WHERE owner_org_id = '${germany}' LIMIT 1`);
  ids.need = await one(`SELECT id FROM need WHERE owner_org_id = '${germany}' LIMIT 1`);

  const { rows } = await sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'kysely_%'
    ORDER BY table_name`.execute(t.db);
  tables = rows.map((r) => r.table_name);
  // One call per case counts every table; a function keeps its plan between calls (this
  // database is the test file's own and is dropped at the end).
  // jsonb_build_object takes at most 100 arguments: one object per 40 tables, concatenated.
  const chunks: string[] = [];
  for (let i = 0; i < tables.length; i += 40)
    chunks.push(
      `jsonb_build_object(${tables
        .slice(i, i + 40)
        .map((name) => `'${name}', (SELECT count(*) FROM "${name}")`)
        .join(', ')})`,
    );
  await sql.raw(`CREATE FUNCTION bad_input_row_counts() RETURNS jsonb LANGUAGE plpgsql STABLE AS $$ BEGIN RETURN ${chunks.join(' || ')}; END $$`).execute(t.db);
}, 120_000);
afterAll(async () => t?.close());

// ---------------------------------------------------------------------------------------
// Reading the schema

function deref(schema: JsonSchema | undefined): JsonSchema {
  if (!schema) return {};
  if (schema.$ref) return deref(doc.components?.schemas?.[schema.$ref.split('/').pop()!]);
  if (schema.allOf?.length === 1) return deref(schema.allOf[0]);
  return schema;
}

/** The non-null alternative of `X | null`, or the schema itself. */
function nonNull(schema: JsonSchema): JsonSchema {
  const s = deref(schema);
  const options = s.anyOf ?? s.oneOf;
  if (options) return deref(options.find((o) => deref(o).type !== 'null') ?? options[0]);
  return s;
}

function typeOf(schema: JsonSchema): string | undefined {
  const s = nonNull(schema);
  if (Array.isArray(s.type)) return s.type.find((x) => x !== 'null');
  if (s.type) return s.type;
  if (s.properties) return 'object';
  return undefined;
}

/** Which row a uuid field refers to, guessed from its name and the path. */
function idFor(field: string, path: string): string {
  const f = field.toLowerCase();
  if (f.includes('needid')) return ids.need!;
  if (f.includes('orgid')) return ids.org!;
  if (f.includes('workinggroup')) return ids.workingGroup!;
  if (f.includes('groupid')) return ids.group!;
  if (f.includes('userid')) return ids.user!;
  if (f.includes('location')) return ids.location!;
  if (f.includes('lineid')) return ids.line!;
  if (f.includes('framework') || f.includes('objective')) return ids.line!;
  if (f === 'parentid') return path.includes('location') ? ids.location! : ids.line!;
  return randomUUID();
}

let unique = 0;
/** A value the schema accepts (as far as the schema alone can tell). */
function sample(schema: JsonSchema, field: string, path: string): unknown {
  const s = nonNull(schema);
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return s.enum.includes('GREEN') ? 'GREEN' : s.enum[0];
  switch (typeOf(s)) {
    case 'object': {
      // Every property, optional ones too (a need wants a quantity or an amount), so that
      // one wrong value at a time meets the service's own checks, not a missing neighbour.
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(s.properties ?? {})) out[key] = sample(child, key, path);
      return out;
    }
    case 'array':
      return (s.minItems ?? 0) > 0 ? [sample(s.items ?? {}, field.replace(/s$/, ''), path)] : [];
    case 'integer':
    case 'number':
      return Math.max(s.minimum ?? 1, Math.min(1, s.maximum ?? 1));
    case 'boolean':
      return false;
    case 'string': {
      if (s.format === 'uuid') return idFor(field, path);
      if (s.format === 'date') return '2024-03-01';
      if (s.format === 'date-time') return '2024-03-01T10:00:00.000Z';
      if (s.format === 'email' || field.toLowerCase().includes('email')) return `bad-input-${++unique}@test.example`;
      if (field.toLowerCase().includes('password')) return 'a long enough password 2024';
      const text = `${field} ${++unique}`;
      if (s.pattern) {
        const re = new RegExp(s.pattern);
        const candidate = ['ABC', 'DEU', 'abc', 'x', 'en', '#tag', 'code-1', text].find((c) => re.test(c));
        if (candidate) return candidate;
      }
      const min = s.minLength ?? 0;
      const value = text.length < min ? text.padEnd(min, 'x') : text;
      return s.maxLength !== undefined ? value.slice(0, Math.max(s.maxLength, 0)) : value;
    }
    default:
      return 'x';
  }
}

const HUGE = 'x'.repeat(300_000);
/** Values that are wrong for most fields, or wrong for the database behind them. */
function badValues(): [string, unknown][] {
  return [
    ['null', null],
    ['true', true],
    ['zero', 0],
    ['minus one', -1],
    ['a fraction', 1.5],
    ['a huge number', 1e308],
    ['a huge negative number', -1e308],
    ['past the safe integers', 2 ** 53 + 2],
    ['a bigint beyond int8', Number('99999999999999999999')],
    ['empty text', ''],
    ['blank text', '   '],
    ['huge text', HUGE],
    ['NUL', '\u0000'],
    ['NUL inside', 'a\u0000b'],
    ['lone high surrogate', '\ud800'],
    ['lone low surrogate', 'x\udfff'],
    ['reversed pair', '\udc00\ud800'],
    ['bidi override', '\u202egnp.exe'],
    ['impossible date', '2024-02-30'],
    ['year zero', '0000-01-01'],
    ['five-digit year', '99999-01-01'],
    ['infinity date', 'infinity'],
    ['date-time for a date', '2024-01-01T25:61:00Z'],
    ['nil uuid', '00000000-0000-0000-0000-000000000000'],
    ['unknown uuid', randomUUID()],
    ['not a uuid', 'not-a-uuid'],
    ['uuid with junk', `${randomUUID()}'--`],
    ['sql', "' OR 1=1 --"],
    ['html', '<img src=x onerror=alert(1)>'],
    ['path', '../../etc/passwd'],
    ['number as text', '12'],
    ['huge number as text', '1e999'],
    ['empty array', []],
    ['array of null', [null]],
    ['array of NUL', ['\u0000']],
    ['array of unknown uuids', [randomUUID(), randomUUID()]],
    ['empty object', {}],
    ['object', { a: 1 }],
  ];
}

/** Every place in a body a value can go: the paths of its properties, nested objects and array items. */
function slots(schema: JsonSchema, at: (string | number)[] = [], depth = 0): { path: (string | number)[]; schema: JsonSchema; required: boolean }[] {
  const s = nonNull(schema);
  if (depth > 3) return [];
  const out: { path: (string | number)[]; schema: JsonSchema; required: boolean }[] = [];
  if (typeOf(s) === 'object')
    for (const [key, child] of Object.entries(s.properties ?? {})) {
      out.push({ path: [...at, key], schema: child, required: (s.required ?? []).includes(key) });
      out.push(...slots(child, [...at, key], depth + 1));
    }
  if (typeOf(s) === 'array' && s.items) {
    out.push({ path: [...at, 0], schema: s.items, required: false });
    out.push(...slots(s.items, [...at, 0], depth + 1));
  }
  return out;
}

function withValue(base: unknown, path: (string | number)[], value: unknown, schemaAt: (p: (string | number)[]) => JsonSchema, op: Operation): unknown {
  const root = structuredClone(base) as Record<string, unknown>;
  let node = root as Record<string | number, unknown>;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    if (node[key] === null || typeof node[key] !== 'object') node[key] = sample(schemaAt(path.slice(0, i + 1)), String(key), op.path);
    if (node[key] === null || typeof node[key] !== 'object') node[key] = typeof path[i + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return root;
}

function schemaAtPath(root: JsonSchema, path: (string | number)[]): JsonSchema {
  let s = nonNull(root);
  for (const key of path) s = nonNull(typeof key === 'number' ? (s.items ?? {}) : (s.properties?.[key] ?? {}));
  return s;
}

// ---------------------------------------------------------------------------------------
// Cases

function validParams(op: Operation): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of op.parameters.filter((x) => x.in === 'path')) {
    const base = op.path.split('/')[2] ?? '';
    if (p.name === 'needId') out[p.name] = ids.need!;
    else if (base === 'organisations') out[p.name] = ids.targetOrg!;
    else if (base === 'users') out[p.name] = ids.targetUser!;
    else if (base === 'groups') out[p.name] = ids.group!;
    else if (base === 'framework') out[p.name] = ids.frameworkNode!;
    else if (base === 'working-groups') out[p.name] = ids.workingGroup!;
    else if (base === 'documents') out[p.name] = ids.document!;
    else if (base === 'contributions') out[p.name] = ids.contribution!;
    else if (base === 'needs') out[p.name] = ids.need!;
    else if (base === 'locations') out[p.name] = ids.location!;
    else out[p.name] = randomUUID();
  }
  return out;
}

const BAD_PARAMS: [string, string, boolean][] = [
  // [label, value, put in the path undecoded]
  ['NUL', '%00', true],
  ['NUL inside a uuid', '00000000-0000-4000-8000-%0000000000000', true],
  ['encoded surrogate', '%ED%A0%80', true],
  ['not UTF-8', '%FF%FE', true],
  ['bad percent-encoding', '%zz', true],
  ['over 100 characters', 'a'.repeat(150), false],
  ['not a uuid', 'not-a-uuid', false],
  ['unknown uuid', randomUUID(), false],
  ['nil uuid', '00000000-0000-0000-0000-000000000000', false],
  ['dot-dot', '..', false],
  ['sql', "1' OR '1'='1", false],
  ['number', '12345', false],
  ['space', ' ', false],
];

const BAD_QUERY_VALUES: [string, string][] = [
  ['NUL', '%00'],
  ['NUL inside', 'a%00b'],
  ['encoded surrogate', '%ED%A0%80'],
  ['not UTF-8', '%FF'],
  ['bad percent-encoding', '%zz'],
  ['huge', 'x'.repeat(5000)],
  ['negative', '-1'],
  ['huge number', '1e999'],
  ['impossible date', '2024-02-30'],
  ['not a uuid', 'not-a-uuid'],
  ['empty', ''],
  ['a list', 'a&$NAME=b'],
];

/** [label, cursor, a forgery for every list (else only for lists whose key has that type)]. */
function forgedCursors(): [string, string, boolean][] {
  const uuid = randomUUID();
  return [
    ['NUL text', encodeCursor(['a\u0000', uuid]), true],
    ['surrogate text', encodeCursor(['\ud800', uuid]), true],
    ['impossible date', encodeCursor(['2024-02-30', uuid]), false],
    ['year zero', encodeCursor(['0000-01-01', uuid]), false],
    ['impossible time', encodeCursor(['2024-01-01 24:61:00', uuid]), false],
    ['huge number', encodeCursor(['1e999', '1e999', uuid]), false],
    ['beyond int8', encodeCursor(['99999999999999999999']), false],
    ['wrong shape', encodeCursor([]), true],
    ['numbers', Buffer.from('[1,2,3]').toString('base64url'), true],
    ['not JSON', Buffer.from('{').toString('base64url'), true],
    ['not UTF-8', Buffer.from([0xff, 0xfe, 0x5b]).toString('base64url'), true],
    ['not base64', '!!!', true],
  ];
}

function writeCases(op: Operation): Case[] {
  const params = validParams(op);
  const cases: Case[] = [];
  const body = op.body ? deref(op.body) : undefined;
  const base = body ? sample(body, 'body', op.path) : undefined;

  if (body) {
    const bodyType = typeOf(body);
    // Each field (at every level): missing, and each wrong value. With many fields, an even
    // spread: the stride does not divide the list of values, so each field gets different ones.
    const fieldCases: Case[] = [];
    for (const slot of slots(body)) {
      const name = slot.path.join('.');
      if (slot.required) cases.push({ label: `without ${name}`, params, body: withValue(base, slot.path, undefined, (p) => schemaAtPath(body, p), op) });
      for (const [label, value] of badValues()) fieldCases.push({ label: `${name}: ${label}`, params, body: withValue(base, slot.path, value, (p) => schemaAtPath(body, p), op) });
    }
    const stride = fieldCases.length / Math.min(fieldCases.length, MAX_FIELD_CASES);
    for (let i = 0; i < fieldCases.length; i += stride) cases.push(fieldCases[Math.floor(i)]!);
    // Unknown fields at the top and in every nested object.
    const objectPaths = [
      [] as (string | number)[],
      ...slots(body)
        .filter((s) => typeOf(s.schema) === 'object')
        .map((s) => s.path),
    ];
    for (const at of objectPaths)
      for (const unknown of ['nmae', 'id', 'createdAt', 'ownerOrgId_', '\u0000', '\ud800'])
        cases.push({ label: `unknown field ${[...at, unknown].join('.')}`, params, body: withValue(base, [...at, unknown], 'x', (p) => schemaAtPath(body, p), op) });
    if (bodyType === 'object' && Object.keys((base as object) ?? {}).length === 0 && !body.required?.length) cases.push({ label: 'empty object', params, body: {} });
  }

  // Bodies that are not the right kind of thing at all.
  const wholeBodies: [string, Partial<Case>][] = [
    ['null body', { rawBody: 'null', contentType: 'application/json' }],
    ['array body', { rawBody: '[]', contentType: 'application/json' }],
    ['string body', { rawBody: '"x"', contentType: 'application/json' }],
    ['number body', { rawBody: '42', contentType: 'application/json' }],
    ['not JSON', { rawBody: '{"a":', contentType: 'application/json' }],
    ['empty JSON', { rawBody: '', contentType: 'application/json' }],
    ['__proto__', { rawBody: '{"__proto__":{"admin":true}}', contentType: 'application/json' }],
    ['constructor.prototype', { rawBody: '{"constructor":{"prototype":{"admin":true}}}', contentType: 'application/json' }],
    ['not UTF-8', { rawBody: Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]), contentType: 'application/json' }],
    ['CESU-8 surrogate', { rawBody: Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]), contentType: 'application/json' }],
    ['deeply nested', { rawBody: `${'['.repeat(5000)}${']'.repeat(5000)}`, contentType: 'application/json' }],
    ['text/plain', { rawBody: 'hello', contentType: 'text/plain' }],
    ['form', { rawBody: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' }],
    ['multipart without boundary', { rawBody: 'x', contentType: 'multipart/form-data' }],
    ['XML', { rawBody: '<a/>', contentType: 'application/xml' }],
  ];
  for (const [label, c] of wholeBodies) cases.push({ label, params, ...c });

  // Path parameters.
  for (const name of Object.keys(params))
    for (const [label, value, raw] of BAD_PARAMS)
      cases.push(
        raw
          ? { label: `params.${name}: ${label}`, params, rawParams: { [name]: value }, body: base }
          : { label: `params.${name}: ${label}`, params: { ...params, [name]: value }, body: base },
      );

  // Query parameters the operation declares, plus one it does not.
  const query = op.parameters.filter((p) => p.in === 'query');
  for (const p of query)
    for (const [label, value] of BAD_QUERY_VALUES) cases.push({ label: `query.${p.name}: ${label}`, params, body: base, rawQuery: `${p.name}=${value.replace('$NAME', p.name)}` });

  // Random bodies and random values in known fields, until the operation has its share.
  const random = fc.sample(fc.oneof(fc.jsonValue(), fc.anything({ withNullPrototype: false })), { numRuns: CASES_PER_WRITE, seed: 42 });
  const fieldSlots = body ? slots(body) : [];
  for (let i = 0; cases.length < CASES_PER_WRITE + 20; i++) {
    const value = random[i % random.length];
    const slot = fieldSlots[i % Math.max(fieldSlots.length, 1)];
    const json = (() => {
      try {
        return JSON.stringify(value) ?? 'null';
      } catch {
        return 'null';
      }
    })();
    if (slot && i % 3 !== 0)
      cases.push({ label: `random ${slot.path.join('.')} ${json.slice(0, 40)}`, params, body: withValue(base, slot.path, JSON.parse(json), (p) => schemaAtPath(body!, p), op) });
    else cases.push({ label: `random body ${json.slice(0, 40)}`, params, rawBody: json, contentType: 'application/json' });
  }
  return cases;
}

function readCases(op: Operation): Case[] {
  const params = validParams(op);
  const cases: Case[] = [];
  for (const name of Object.keys(params))
    for (const [label, value, raw] of BAD_PARAMS)
      cases.push(raw ? { label: `params.${name}: ${label}`, params, rawParams: { [name]: value } } : { label: `params.${name}: ${label}`, params: { ...params, [name]: value } });
  for (const p of op.parameters.filter((x) => x.in === 'query')) {
    for (const [label, value] of BAD_QUERY_VALUES) cases.push({ label: `query.${p.name}: ${label}`, params, rawQuery: `${p.name}=${value.replace('$NAME', p.name)}` });
    if (p.name === 'cursor')
      for (const [label, cursor, forAll] of forgedCursors()) {
        const kind = forAll ? 'forged cursor' : 'typed cursor';
        cases.push({ label: `${kind}: ${label}`, params, rawQuery: `cursor=${encodeURIComponent(cursor)}` });
        // Lists whose keyset changes with a search run the same cursor through the other branch.
        cases.push({ label: `${kind} with q: ${label}`, params, rawQuery: `q=water&cursor=${encodeURIComponent(cursor)}` });
      }
  }
  return cases;
}

// ---------------------------------------------------------------------------------------
// Sending and judging

function urlOf(op: Operation, c: Case): string {
  let path = op.path;
  for (const [name, value] of Object.entries(c.params ?? {})) path = path.replace(`{${name}}`, encodeURIComponent(value));
  for (const [name, value] of Object.entries(c.rawParams ?? {})) path = path.replace(encodeURIComponent(c.params?.[name] ?? ''), value);
  const query = c.rawQuery ?? (c.query ? new URLSearchParams(c.query).toString() : '');
  return query ? `${path}?${query}` : path;
}

async function send(as: Session, op: Operation, c: Case) {
  const method = op.method as 'POST';
  const url = urlOf(op, c);
  if (c.rawBody !== undefined) return as.inject({ method, url, payload: c.rawBody, headers: { 'content-type': c.contentType ?? 'application/json' } });
  if (c.body !== undefined) return as.inject({ method, url, payload: JSON.stringify(c.body), headers: { 'content-type': 'application/json' } });
  return as.inject({ method, url });
}

/** What is wrong with an answer, or undefined. */
function judge(res: { statusCode: number; headers: Record<string, unknown>; body: string }): string | undefined {
  if (res.statusCode >= 500) return `${res.statusCode} ${res.body.slice(0, 300)}`;
  if (res.statusCode < 400) return undefined;
  if (!String(res.headers['content-type']).startsWith('application/problem+json')) return `${res.statusCode} is not problem+json: ${res.headers['content-type']}`;
  const problem = JSON.parse(res.body) as { status?: number; errors?: { path: string }[] };
  if (problem.status !== res.statusCode) return `${res.statusCode} with status ${problem.status} in its body`;
  if (res.statusCode === 400 || res.statusCode === 414) {
    const paths = (problem.errors ?? []).map((e) => e.path);
    if (!paths.length || !paths.every((p) => /^(body|query|params|headers)(\.|$)/.test(p))) return `${res.statusCode} without a field: ${res.body.slice(0, 300)}`;
  }
  return undefined;
}

function operations(): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(methods)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      ops.push({ method: method.toUpperCase(), path, parameters: op.parameters ?? [], body: op.requestBody?.content?.['application/json']?.schema });
    }
  return ops;
}

/** Deletions and signing out last, so the rows and sessions the other cases use are still there. */
const order = (op: Operation) => (op.path === '/api/auth/sign-out' ? 2 : op.method === 'DELETE' ? 1 : 0);

describe('generated bad input', () => {
  it('drives every write operation with at least 200 cases: no 5xx, every refusal a problem naming a field, no row changed by a refusal', async () => {
    const writes = operations()
      .filter((op) => WRITE_METHODS.has(op.method))
      .sort((a, b) => order(a) - order(b));
    expect(writes.length).toBeGreaterThanOrEqual(20);
    const failures: string[] = [];
    const perOperation: Record<string, number> = {};
    let before = await countAll();
    let n = 0;
    // Signing out ends the session: those cases use sessions of their own, renewed a few times.
    const signOutUser = await buildUser(t.db, ids.targetOrg!, 'viewer');
    let signOutSession = await signIn(t.app, signOutUser.email, TEST_PASSWORD);
    let renewals = 0;
    before = await countAll();
    for (const op of writes) {
      const cases = writeCases(op);
      perOperation[`${op.method} ${op.path}`] = cases.length;
      for (const c of cases) {
        const signingOut = op.path === '/api/auth/sign-out';
        const as = signingOut ? signOutSession : n++ % 2 === 0 ? admin : focal;
        const res = await send(as, op, c);
        const where = `${op.method} ${op.path} [${c.label}] as ${as === admin ? 'admin' : as === focal ? 'focal point' : 'a viewer signing out'}`;
        const wrong = judge(res);
        if (wrong) failures.push(`${where}: ${wrong}`);
        const after = await countAll();
        if (res.statusCode >= 400) {
          // A failed sign-in is recorded by design (to limit guessing, and in the audit log).
          // So is a wrong current password given to change one's own (it counts against the same limits).
          const guessed =
            (op.path === '/api/auth/sign-in' && (res.statusCode === 401 || res.statusCode === 429)) ||
            (op.path === '/api/auth/password' && (res.statusCode === 400 || res.statusCode === 429));
          const recorded = guessed ? ['sign_in_failure', 'audit_event'] : [];
          const changed = tables.filter((name) => after[name] !== before[name] && !recorded.includes(name));
          if (changed.length) failures.push(`${where}: refused with ${res.statusCode} but changed ${changed.join(', ')}`);
        }
        before = after;
        if (signingOut && res.statusCode < 400 && renewals++ < 20) {
          // Signed out: sign in again (a few times; after that the cases meet a 401 first).
          signOutSession = await signIn(t.app, signOutUser.email, TEST_PASSWORD);
          before = await countAll();
        }
      }
    }
    expect(Object.entries(perOperation).filter(([, count]) => count < CASES_PER_WRITE)).toEqual([]);
    expect(failures.slice(0, 60)).toEqual([]);
  }, 600_000);

  it('drives the query strings and path parameters of every read with NUL, surrogates, bad bytes and forged cursors', async () => {
    const reads = operations().filter((op) => op.method === 'GET' && op.parameters.some((p) => p.in === 'query' || p.in === 'path'));
    const failures: string[] = [];
    let n = 0;
    for (const op of reads)
      for (const c of readCases(op)) {
        const as = n++ % 2 === 0 ? admin : focal;
        const res = await send(as, op, c);
        const wrong = judge(res);
        if (wrong) failures.push(`${op.method} ${op.path} [${c.label}]: ${wrong}`);
        // NUL, surrogates and undecodable bytes are refused by name, whatever the route.
        if (/NUL|surrogate|not UTF-8|percent-encoding/.test(c.label) && !c.label.includes('cursor') && res.statusCode !== 400 && res.statusCode !== 414)
          failures.push(`${op.method} ${op.path} [${c.label}]: answered ${res.statusCode}, not a 400`);
        // A cursor no list returns is a 400 (a reader the list refuses gets its 403 first).
        if (c.label.startsWith('forged cursor') && res.statusCode !== 400 && res.statusCode !== 403)
          failures.push(`${op.method} ${op.path} [${c.label}]: answered ${res.statusCode}, not a 400`);
      }
    expect(failures.slice(0, 60)).toEqual([]);
  }, 300_000);
});
