// Cross-cutting behaviour of the HTTP layer: OpenAPI, problem+json, the unknown error.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { type TestApp, buildTestApp } from './test/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

describe('the HTTP layer', () => {
  it('serves OpenAPI 3.1 describing every route with its schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    for (const path of [
      '/api/organisations',
      '/api/groups/{id}',
      '/api/framework',
      '/api/working-groups',
      '/api/locations',
      '/api/documents',
      '/api/documents/{id}/file',
      '/api/users',
      '/api/auth/sign-in',
      '/api/audit',
    ])
      expect(Object.keys(doc.paths)).toContain(path);
    expect(doc.paths['/api/documents'].post.requestBody).toBeDefined();
    expect(doc.paths['/api/documents'].get.responses['401']).toBeDefined();
  });

  it('serves readable docs without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    // Swagger UI's own CSP, with its scripts and styles, replaces the API answers' "nothing".
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toContain("default-src 'none'");
  });

  it('answers an unknown API path with a problem+json 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('turns an unexpected error into a 500 that reveals nothing and carries the request id', async () => {
    const config = loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'entente-500-')), LOG_LEVEL: 'silent' });
    const app = await buildApp(config, t.db, { logger: false });
    app.get('/api/explode', { config: { public: true } }, async () => {
      throw new Error('secret connection string postgres://user:pw@db');
    });
    const res = await app.inject({ method: 'GET', url: '/api/explode' });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('postgres://');
    expect(res.body).not.toContain('secret');
    expect(res.json().requestId).toBe(res.headers['x-request-id']);
    await app.close();
  });
});
