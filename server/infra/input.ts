// Bad input is answered at the edge, once for every route, before any module sees it:
//
// - a JSON body must be valid UTF-8 (Node would otherwise turn bad bytes into U+FFFD and
//   store them silently), and a query string valid percent-encoded UTF-8;
// - no string anywhere in the body, query or path parameters — nor any object key — may
//   hold a NUL (PostgreSQL refuses it in text, so it became a 500) or a lone UTF-16
//   surrogate (which PostgreSQL refuses or which is stored as U+FFFD);
// - every object in a body, path or query schema is strict: a field or parameter the route
//   does not know (a misspelling) is a 400 naming it, instead of being dropped while the
//   request "succeeds" — a body that changes nothing, or a filter (`?orgid=`) that silently
//   filters nothing and exports everything. A route that truly takes open parameters says so
//   in its schema (`z.looseObject`, `.catchall`).
//
// Each refusal is a 400 problem naming the field (`body.name`, `query.orgid`, `params.id`).
import type { FastifyInstance, FastifyRequest, FastifySchemaCompiler } from 'fastify';
import fp from 'fastify-plugin';
import { validatorCompiler as zodValidatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type $ZodType, config as zodConfig, safeParse } from 'zod/v4/core';
import { AppError, type FieldError } from './errors.ts';

// ---------------------------------------------------------------------------------------
// Characters

/** Half of a surrogate pair without its other half. (NUL is looked for with includes.) */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NUL = String.fromCharCode(0);

/** Why a string may not be stored, or undefined when it may. */
export function badCharacterIn(text: string): string | undefined {
  if (text.includes(NUL)) return 'must not contain a NUL character';
  if (LONE_SURROGATE.test(text)) return 'must not contain a lone UTF-16 surrogate (not valid Unicode)';
  return undefined;
}

/** A key as it may appear in an error path (its bad characters replaced, so the answer itself stays valid). */
const printableKey = (key: string) => key.split(NUL).join('\uFFFD').replace(new RegExp(LONE_SURROGATE.source, 'g'), '\uFFFD');

/** Where a value sits: its key and its parent's place, turned into a dotted path only when needed. */
interface Place {
  key: string;
  parent: Place | undefined;
}

function pathOf(place: Place): string {
  const keys: string[] = [];
  for (let p: Place | undefined = place; p; p = p.parent) keys.push(p.key);
  keys.reverse();
  // A body nested thousands deep would give a path as long: keep its two ends.
  return (keys.length > 40 ? [...keys.slice(0, 20), '…', ...keys.slice(-19)] : keys).join('.');
}

/**
 * Every bad string (or key) in a parsed value, with its dotted path; stops after ten. The
 * walk keeps its own stack and builds a path only for what it reports, so a body nested
 * thousands deep (the body limit bounds its size) costs time in proportion to its size.
 */
export function badCharactersIn(value: unknown, path: string, found: FieldError[] = []): FieldError[] {
  const stack: [unknown, Place][] = [[value, { key: path, parent: undefined }]];
  while (stack.length && found.length < 10) {
    const [node, place] = stack.pop()!;
    if (typeof node === 'string') {
      const why = badCharacterIn(node);
      if (why) found.push({ path: pathOf(place), message: why });
    } else if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], { key: String(i), parent: place }]);
    } else if (node !== null && typeof node === 'object') {
      for (const [key, item] of Object.entries(node).reverse()) {
        const keyWhy = badCharacterIn(key);
        if (keyWhy) found.push({ path: pathOf({ key: printableKey(key), parent: place }), message: `its name ${keyWhy}` });
        else stack.push([item, { key, parent: place }]);
      }
    }
  }
  return found;
}

function refuse(errors: FieldError[]): AppError {
  return new AppError('validation_failed', errors.map((e) => `${e.path}: ${e.message}`).join('; '), errors);
}

// ---------------------------------------------------------------------------------------
// Query strings

/** The query keys whose value (or name) was not valid percent-encoded UTF-8, per parsed query. */
const undecodableQueries = new WeakMap<object, string[]>();

function decodeComponent(raw: string): string | undefined {
  if (!raw.includes('%') && !raw.includes('+')) return raw;
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/**
 * Fastify's parser leaves a value it cannot decode (`%FF`, `%ED%A0%80`, `%zz`) as its raw
 * text, so a search for a byte that is not UTF-8 silently searched for "%FF". This one
 * decodes the same way (repeated keys become arrays, `+` is a space) and remembers what it
 * could not decode, for the check below to refuse by name.
 */
export function parseQueryString(input: string): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = Object.create(null);
  const undecodable: string[] = [];
  for (const part of input.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawKey = eq === -1 ? part : part.slice(0, eq);
    const rawValue = eq === -1 ? '' : part.slice(eq + 1);
    const key = decodeComponent(rawKey);
    if (key === undefined) {
      undecodable.push(rawKey.slice(0, 50));
      continue;
    }
    let value = decodeComponent(rawValue);
    if (value === undefined) {
      undecodable.push(key);
      value = rawValue;
    }
    const existing = query[key];
    if (existing === undefined) query[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else query[key] = [existing, value];
  }
  if (undecodable.length) undecodableQueries.set(query, undecodable);
  return query;
}

// ---------------------------------------------------------------------------------------
// JSON bodies and the one check

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The check every request passes before validation; one 400 lists every bad field. */
export function checkRequestText(request: FastifyRequest): void {
  const errors: FieldError[] = [];
  const query = request.query as object | undefined;
  if (query && typeof query === 'object')
    for (const key of undecodableQueries.get(query) ?? []) errors.push({ path: `query.${printableKey(key)}`, message: 'is not valid percent-encoded UTF-8' });
  badCharactersIn(request.params, 'params', errors);
  badCharactersIn(request.query, 'query', errors);
  badCharactersIn(request.body, 'body', errors);
  undeclaredInput(request, errors);
  if (errors.length) throw refuse(errors);
}

/**
 * A part of a request that an API route declares no schema for takes nothing: the strict
 * validator never sees it, so without this a stray `?marking=RED` on a commit would be
 * ignored while the commit went ahead.
 */
function undeclaredInput(request: FastifyRequest, errors: FieldError[]): void {
  if (!request.url.startsWith('/api/')) return;
  const schema = (request.routeOptions.schema ?? {}) as { querystring?: unknown; body?: unknown; consumes?: string[] };
  const query = request.query;
  if (!schema.querystring && query && typeof query === 'object')
    for (const key of Object.keys(query)) errors.push({ path: `query.${printableKey(key)}`, message: 'is not a field of this request' });
  const body = request.body;
  // A route that takes files answers any other body itself (415: not multipart).
  if (schema.body || schema.consumes?.includes('multipart/form-data') || body === undefined || body === null || request.isMultipart()) return;
  if (typeof body === 'object' && !Array.isArray(body))
    for (const key of Object.keys(body)) errors.push({ path: `body.${printableKey(key)}`, message: 'is not a field of this request' });
  else errors.push({ path: 'body', message: 'this request takes no body' });
}

export const inputPlugin = fp(async (app: FastifyInstance) => {
  // Fastify's own JSON parser (with its guard against __proto__ keys), fed only text that
  // decoded as UTF-8 without a single replacement.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = strictUtf8.decode(body as Buffer);
    } catch {
      done(refuse([{ path: 'body', message: 'is not valid UTF-8' }]), undefined);
      return;
    }
    parseJson(request, text, done);
  });
  // After the session check (onRequest), so that a stranger still gets a 401 first.
  app.addHook('preValidation', (request, _reply, done) => {
    try {
      checkRequestText(request);
    } catch (err) {
      done(err as Error);
      return;
    }
    done();
  });
});

// ---------------------------------------------------------------------------------------
// Strict objects

const strictCache = new WeakMap<$ZodType, $ZodType>();
const datesCache = new WeakMap<$ZodType, $ZodType>();

/** zod's ISO dates accept year 0000, which PostgreSQL refuses (there is no year 0): a cast error, a 500. */
const YEAR_ZERO = /^[+-]?0{4}-/;
const notYearZero = (node: $ZodType) =>
  (node as unknown as z.ZodString).refine((v) => typeof v !== 'string' || !YEAR_ZERO.test(v), 'must be a date from year 1 (there is no year 0)') as unknown as $ZodType;

/**
 * The same schema with every object in it strict (an unknown key is an issue), unless the
 * object says what to do with unknown keys itself (`z.looseObject`, `.catchall`), and every
 * ISO date refusing year 0. With `strictObjects` false, only the dates change. Checks (`.refine`), defaults and descriptions are kept: each node is rebuilt
 * from its own definition, only its children replaced.
 */
export function strictInput(schema: $ZodType, strictObjects = true): $ZodType {
  const cache = strictObjects ? strictCache : datesCache;
  const cached = cache.get(schema);
  if (cached) return cached;
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  // The definition is copied with its getters (a default's value is built anew for each
  // request, never shared between them), then the children are replaced.
  const rebuild = (node: $ZodType, overrides: Record<string, unknown>) => {
    const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(def));
    for (const [key, value] of Object.entries(overrides)) Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
    return new node._zod.constr(copy) as $ZodType;
  };
  const child = (value: unknown) => strictInput(value as $ZodType, strictObjects);
  let result: $ZodType;
  switch (def.type) {
    case 'string':
      result = def.format === 'date' || def.format === 'datetime' ? notYearZero(schema) : schema;
      break;
    case 'object': {
      const shape = def.shape as Record<string, $ZodType>;
      const strictShape = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, child(v)]));
      const catchall = def.catchall ? child(def.catchall) : strictObjects ? z.never() : undefined;
      result = rebuild(schema, { shape: strictShape, catchall });
      break;
    }
    case 'array':
      result = rebuild(schema, { element: child(def.element) });
      break;
    case 'tuple':
      result = rebuild(schema, { items: (def.items as $ZodType[]).map(child), rest: def.rest ? child(def.rest) : def.rest });
      break;
    case 'record':
      result = rebuild(schema, { valueType: child(def.valueType) });
      break;
    case 'union':
      result = rebuild(schema, { options: (def.options as $ZodType[]).map(child) });
      break;
    case 'intersection':
      // Each side of an intersection sees only its own keys, so strict sides would refuse each other's.
      result = schema;
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      result = rebuild(schema, { innerType: child(def.innerType) });
      break;
    case 'pipe':
      result = rebuild(schema, { in: child(def.in), out: child(def.out) });
      break;
    case 'lazy': {
      const getter = def.getter as () => $ZodType;
      // A recursive schema reaches itself through z.lazy: resolved at parse time, and cached.
      result = rebuild(schema, { getter: () => child(getter()), _cachedInner: undefined });
      break;
    }
    default:
      result = schema;
  }
  cache.set(schema, result);
  return result;
}

type Issue = { code: string; path: PropertyKey[]; message: string; keys?: string[]; [bound: string]: unknown };
const ZOD_VALIDATION_ERROR = Symbol.for('ZodFastifySchemaValidationError');

/** A bound of an issue when it is one a client can print (a number, a bigint, a short text). */
const printableBound = (issue: Record<string, unknown>, key: string) => {
  const v = issue[key];
  return typeof v === 'number' || typeof v === 'bigint' || (typeof v === 'string' && v.length <= 40) ? v : undefined;
};

/** Whether the issue is a value of the wrong type that was simply not given (absent, or null where null is not allowed — an empty choice in a form): a client words that "required". */
function missing(data: unknown, issue: Issue): boolean {
  if (issue.code !== 'invalid_type') return false;
  let value = data;
  for (const key of issue.path) {
    if (value === null || typeof value !== 'object') return false;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value === undefined || value === null;
}

/**
 * Whether the schema gave this issue words of its own ("lower-case letters, digits and
 * underscores"): more use to a reader than any generic wording, so its rule is `custom` and a
 * client shows the words. zod's own words ("Too big: …") are generic: a client may word them.
 */
function ownWords(issue: Issue): boolean {
  const generic = zodConfig().localeError?.(issue as never);
  // The finished issue no longer holds the input, so zod's words for it say "received undefined": compared without that part.
  const words = (text: string | undefined) => text?.replace(/, received .*$/, '');
  return words(issue.message) !== words(typeof generic === 'string' ? generic : generic?.message);
}

/** Issues as Fastify validation entries, an unknown key named by its own path (`body.nmae`). */
function validationEntries(issues: Issue[], data: unknown) {
  const entry = (path: PropertyKey[], code: string, message: string, params: Record<string, unknown> = {}) => ({
    [ZOD_VALIDATION_ERROR]: true,
    keyword: code,
    instancePath: `/${path.map(String).join('/')}`,
    schemaPath: `#/${path.map(String).join('/')}/${code}`,
    message,
    // The rule's bounds (minimum, maximum, format, origin, expected), for the error handler's `limit` and `origin`.
    params: {
      minimum: printableBound(params, 'minimum'),
      maximum: printableBound(params, 'maximum'),
      format: printableBound(params, 'format'),
      origin: params.origin,
      expected: params.expected,
    },
  });
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' && issue.keys?.length
      ? issue.keys.map((key) => entry([...issue.path, printableKey(key)], issue.code, 'is not a field of this request'))
      : [entry(issue.path, missing(data, issue) ? 'required' : ownWords(issue) ? 'custom' : issue.code, issue.message, issue)],
  );
}

/**
 * fastify-type-provider-zod's validator, with body, path parameters and query strings
 * strict (see above), dates checked in all three. Headers always carry more than a route
 * reads, so they are not.
 */
export const inputValidatorCompiler: FastifySchemaCompiler<$ZodType> = (route) => {
  if (route.httpPart === 'headers') return zodValidatorCompiler(route);
  const schema = strictInput(route.schema);
  return (data: unknown) => {
    const result = safeParse(schema, data);
    if (result.error) return { error: validationEntries(result.error.issues as unknown as Issue[], data) as never };
    return { value: result.data };
  };
};
