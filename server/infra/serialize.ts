// How answers become JSON. Every route's response schema is zod (fastify-type-provider-zod).
// With checks on (the test app, or CHECK_RESPONSES=true) each answer is parsed by its zod
// schema before JSON.stringify: an answer that breaks its schema is a 500 naming the field,
// so the tests find it. With checks off (the default, production) each schema is compiled
// once, through its JSON schema, into a fast-json-stringify function: it writes only the
// fields the schema names, as zod's parse does, at a fraction of the cost on a page of 50
// rows (ADR 0011). A schema it cannot compile keeps the zod serializer.
import fastJson from 'fast-json-stringify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

type SerializerCompiler = Parameters<typeof zodSerializerCompiler>[0] extends infer R ? (route: R) => (data: unknown) => string : never;

export function responseSerializerCompiler(checkResponses: boolean): SerializerCompiler {
  if (checkResponses) return zodSerializerCompiler as SerializerCompiler;
  return (route) => {
    const raw = (route as { schema: unknown }).schema;
    const schema = raw instanceof z.ZodType ? raw : (raw as { properties?: unknown })?.properties;
    if (!(schema instanceof z.ZodType)) return zodSerializerCompiler(route as never) as (data: unknown) => string;
    try {
      const jsonSchema = z.toJSONSchema(schema, { io: 'output', target: 'draft-7', unrepresentable: 'throw' });
      return fastJson(nullableInPlace(jsonSchema) as Parameters<typeof fastJson>[0]) as (data: unknown) => string;
    } catch {
      return zodSerializerCompiler(route as never) as (data: unknown) => string;
    }
  };
}

/**
 * zod writes a nullable field as `anyOf: [X, { type: 'null' }]`, which fast-json-stringify
 * resolves by validating each value against X at run time; `X` with `nullable: true` says
 * the same and is written directly. Only that exact pair is rewritten.
 */
function nullableInPlace(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nullableInPlace);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = nullableInPlace(value);
  const anyOf = out.anyOf;
  if (Array.isArray(anyOf) && anyOf.length === 2 && Object.keys(out).length === 1) {
    const isNull = (x: unknown) => !!x && typeof x === 'object' && Object.keys(x).length === 1 && (x as { type?: unknown }).type === 'null';
    const other = anyOf.find((x) => !isNull(x)) as Record<string, unknown> | undefined;
    if (other && anyOf.some(isNull) && typeof other.type === 'string' && !('anyOf' in other) && !('$ref' in other)) return { ...other, nullable: true };
  }
  return out;
}
