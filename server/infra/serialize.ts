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
      return fastJson(jsonSchema as Parameters<typeof fastJson>[0]) as (data: unknown) => string;
    } catch {
      return zodSerializerCompiler(route as never) as (data: unknown) => string;
    }
  };
}
