// The published contract holds for real clients: a standard validator accepts it and a
// standard generator turns it into TypeScript (scripts/openapi.ts does both in CI).
import type { OpenAPIV3_1 } from 'openapi-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientTypes, validateOpenApi } from '../../scripts/openapi.ts';
import { type TestApp, buildTestApp } from '../test/app.ts';

let t: TestApp;
let doc: OpenAPIV3_1.Document;
beforeAll(async () => {
  t = await buildTestApp();
  const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
  expect(res.statusCode).toBe(200);
  doc = res.json();
});
afterAll(() => t.close());

/** Every `$ref` string anywhere in the document. */
function refs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) refs(n, out);
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  return out;
}

describe('/api/openapi.json', () => {
  it('is valid OpenAPI for @apidevtools/swagger-parser', async () => {
    await expect(validateOpenApi(doc)).resolves.toBeUndefined();
  });

  it('points every $ref at a component it defines', () => {
    const defined = new Set(Object.keys(doc.components?.schemas ?? {}).map((name) => `#/components/schemas/${name}`));
    const dangling = refs(doc).filter((ref) => !defined.has(ref));
    expect(dangling).toEqual([]);
  });

  it('describes the framework tree recursively, through a named component', () => {
    const list = doc.paths?.['/api/framework']?.get?.responses?.['200'] as OpenAPIV3_1.ResponseObject;
    expect(list.content?.['application/json']?.schema).toMatchObject({
      type: 'array',
      items: { $ref: '#/components/schemas/FrameworkTreeNode' },
    });
    expect(doc.components?.schemas?.FrameworkTreeNode?.properties?.children).toMatchObject({
      type: 'array',
      items: { $ref: '#/components/schemas/FrameworkTreeNode' },
    });
  });

  it('generates a typed client with openapi-typescript', async () => {
    const types = await clientTypes(doc);
    expect(types).toContain('"/api/framework": {');
    expect(types).toMatch(/FrameworkTreeNode: \{[^}]*children: components\["schemas"\]\["FrameworkTreeNode"\]\[\];/);
  });
});
