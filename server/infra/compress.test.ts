// Compressed answers (infra/compress.ts, ADR 0029): what is compressed, what is left alone,
// and that streamed files still arrive whole. Routes of a fixture module stand for each kind
// of answer; the coverage page's XLSX and the members list are the real thing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { type Session, signIn } from '../test/app.ts';
import { type TestDatabase, freshDatabase } from '../test/database.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../test/factories.ts';

const big = { rows: Array.from({ length: 200 }, (_, i) => ({ id: i, name: `Row number ${i}`, note: 'the same words again and again' })) };
const csvLines = Array.from({ length: 5000 }, (_, i) => `${i},place ${i},${i * 3}\n`);

async function fixtures(app: FastifyInstance) {
  const open = { schema: { hide: true }, config: { public: true } };
  app.get('/api/test-compress/big', open, async () => big);
  app.get('/api/test-compress/small', open, async () => ({ ok: true }));
  app.get('/api/test-compress/xlsx', open, async (_req, reply) => reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(Buffer.alloc(50_000, 7)));
  app.get('/api/test-compress/octets', open, async (_req, reply) => reply.type('application/octet-stream').send(Buffer.alloc(50_000, 7)));
  app.get('/api/test-compress/events', open, async (_req, reply) => reply.type('text/event-stream').send('data: x\n\n'.repeat(500)));
  app.get('/api/test-compress/csv', open, async (_req, reply) => reply.type('text/csv; charset=utf-8').send(Readable.from(csvLines)));
}

let database: TestDatabase;
let app: FastifyInstance;
let dataDir: string;
let admin: Session;

beforeAll(async () => {
  database = await freshDatabase();
  dataDir = mkdtempSync(join(tmpdir(), 'entente-compress-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', LOAD_DEMO: 'false', SESSION_REUSE_MS: '0', CHECK_RESPONSES: 'true' });
  app = await buildApp(config, database.appDb, { logger: false, modules: [fixtures] });
  await app.ready();
  const org = await buildOrganisation(database.db, { kind: 'secretariat' });
  admin = await signIn(app, (await buildUser(database.db, org.id, 'admin')).email, TEST_PASSWORD);
});
afterAll(async () => {
  await app?.close();
  await database?.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const get = (url: string, encoding?: string) => app.inject({ method: 'GET', url, headers: encoding ? { 'accept-encoding': encoding } : {} });

describe('compressed answers', () => {
  it('a JSON answer over 1 KB comes in brotli to a browser that takes it, gzip to one that takes only gzip, plain otherwise, each with vary', async () => {
    const br = await get('/api/test-compress/big', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(String(br.headers.vary)).toMatch(/accept-encoding/i);
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString('utf8'))).toEqual(big);
    expect(br.rawPayload.length).toBeLessThan(JSON.stringify(big).length / 5);

    const gz = await get('/api/test-compress/big', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString('utf8'))).toEqual(big);

    const plain = await get('/api/test-compress/big');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.json()).toEqual(big);
  });

  it('a small answer, a file already compressed, an octet stream and server-sent events are sent as they are', async () => {
    for (const url of ['/api/test-compress/small', '/api/test-compress/xlsx', '/api/test-compress/octets', '/api/test-compress/events']) {
      const res = await get(url, 'gzip, deflate, br');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-encoding'], url).toBeUndefined();
    }
    expect((await get('/api/test-compress/xlsx', 'br')).rawPayload.length).toBe(50_000);
  });

  it('a streamed CSV is compressed as it streams and arrives whole', async () => {
    const res = await get('/api/test-compress/csv', 'br');
    expect(res.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(res.rawPayload).toString('utf8')).toBe(csvLines.join(''));
  });

  it('the real routes: the OpenAPI document is compressed, the coverage XLSX is not, and API answers keep no-store', async () => {
    const doc = await get('/api/openapi.json', 'br');
    expect(doc.statusCode).toBe(200);
    expect(doc.headers['cache-control']).toBe('no-store');
    expect(doc.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(doc.rawPayload).toString('utf8')).openapi).toMatch(/^3\./);
    const xlsx = await admin.inject({ method: 'GET', url: '/api/coverage/matrix.xlsx', headers: { 'accept-encoding': 'gzip, br' } });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-encoding']).toBeUndefined();
    // An XLSX is a ZIP: it starts with PK.
    expect(xlsx.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
