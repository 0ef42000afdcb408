// Uploads over a real socket, as a browser or an attacker sends them: a multipart type
// without a boundary, a body cut short, a body that stops arriving, too many at once, a
// file name or a declared type with control characters. Every one is answered with a
// problem+json 4xx within a bounded time, and leaves no file and no open file behind.
import { readdirSync, readlinkSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApp, buildTestApp, signIn } from '../test/app.ts';
import { TEST_PASSWORD, buildOrganisation, buildUser } from '../test/factories.ts';

const STALL_SECONDS = 1;
let t: TestApp;
let owner: Session;
let port: number;
let docId: string;

beforeAll(async () => {
  t = await buildTestApp({ UPLOAD_STALL_SECONDS: String(STALL_SECONDS), MAX_CONCURRENT_UPLOADS: '2', MAX_UPLOAD_MB: '1' });
  const org = await buildOrganisation(t.db);
  owner = await signIn(t.app, (await buildUser(t.db, org.id)).email, TEST_PASSWORD);
  const doc = await owner.inject({
    method: 'POST',
    url: '/api/documents',
    payload: { title: 'Minutes', kind: 'minutes', documentDate: '2015-04-01', sharing: { marking: 'GREEN' } },
  });
  expect(doc.statusCode, doc.body).toBe(201);
  docId = doc.json().id;
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});
afterAll(async () => t?.close());

const BOUNDARY = 'b0undary';
const partHead = (name: string, type: string) =>
  Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="`),
    Buffer.from(name, 'utf8'),
    Buffer.from(`"\r\nContent-Type: ${type}\r\n\r\n`),
  ]);
const multipart = (name: string, type: string, content: Buffer | string) => Buffer.concat([partHead(name, type), Buffer.from(content), Buffer.from(`\r\n--${BOUNDARY}--\r\n`)]);

interface RawAnswer {
  status: number;
  headers: string;
  body: string;
  ms: number;
}

/**
 * Sends a request by hand. `body` goes out whole; with `keepOpen` the socket then stays
 * open (a client whose body stops); `contentLength` may state more than is sent.
 */
function rawRequest(
  path: string,
  opts: { method?: string; contentType: string; body: Buffer; contentLength?: number; chunked?: boolean; keepOpen?: boolean; timeoutMs?: number },
): Promise<RawAnswer> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${opts.timeoutMs ?? 10_000} ms (got: ${received.slice(0, 200)})`));
    }, opts.timeoutMs ?? 10_000);
    socket.on('data', (c) => {
      received += c.toString('utf8');
      const headEnd = received.indexOf('\r\n\r\n');
      if (headEnd < 0) return;
      const headers = received.slice(0, headEnd);
      const length = Number(/content-length: (\d+)/i.exec(headers)?.[1] ?? NaN);
      const body = received.slice(headEnd + 4);
      if (Buffer.byteLength(body) >= length) {
        clearTimeout(timer);
        socket.destroy();
        resolve({ status: Number(headers.split(' ')[1]), headers, body, ms: Date.now() - started });
      }
    });
    socket.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    const lengthHeader = opts.chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${opts.contentLength ?? opts.body.length}`;
    socket.write(
      `${opts.method ?? 'PUT'} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${owner.cookie}\r\nX-CSRF-Token: ${owner.csrfToken}\r\nContent-Type: ${opts.contentType}\r\n${lengthHeader}\r\n\r\n`,
    );
    socket.write(opts.chunked ? Buffer.concat([Buffer.from(`${opts.body.length.toString(16)}\r\n`), opts.body, Buffer.from('\r\n')]) : opts.body);
  });
}

/** Files of the data directory this process holds open, and files left in its upload folders. */
function leftovers() {
  const open: string[] = [];
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      if (target.startsWith(t.config.dataDir)) open.push(target);
    } catch {
      // closed meanwhile
    }
  }
  const inFolder = (dir: string) => {
    try {
      return readdirSync(join(t.config.dataDir, dir)).filter((n) => n.startsWith('.upload-'));
    } catch {
      return [];
    }
  };
  return { open, files: [...inFolder('files'), ...inFolder('imports')] };
}

const settle = () => new Promise((r) => setTimeout(r, 200));
const multipartType = `multipart/form-data; boundary=${BOUNDARY}`;

describe('uploads', () => {
  it('answers a multipart type without a boundary with a 400 naming the header (attachments and imports)', async () => {
    for (const url of [`/api/documents/${docId}/file`, '/api/imports/contributions']) {
      const res = await owner.inject({
        method: url.includes('imports') ? 'POST' : 'PUT',
        url,
        headers: { 'content-type': 'multipart/form-data' },
        payload: multipart('a.txt', 'text/plain', 'hello'),
      });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors).toEqual([expect.objectContaining({ path: 'headers.content-type' })]);
    }
  });

  it('answers a body that ends without its closing boundary with a 400, and keeps nothing', async () => {
    const cut = Buffer.concat([partHead('minutes.txt', 'text/plain'), Buffer.from('the first half of the minutes')]);
    for (const [method, url] of [
      ['PUT', `/api/documents/${docId}/file`],
      ['POST', '/api/imports/contributions'],
    ] as const) {
      const res = await rawRequest(url, { method, contentType: multipartType, body: cut });
      expect(res.status, res.body).toBe(400);
      expect(res.headers).toMatch(/content-type: application\/problem\+json/i);
      expect(JSON.parse(res.body).errors[0].path).toBe('file');
    }
    await settle();
    expect(leftovers()).toEqual({ open: [], files: [] });
  });

  it('answers a body that stops arriving with a 408 after the stall limit, and keeps nothing', async () => {
    const start = Buffer.concat([partHead('minutes.txt', 'text/plain'), Buffer.from('the first half of the minutes')]);
    for (const [method, url] of [
      ['PUT', `/api/documents/${docId}/file`],
      ['POST', '/api/imports/contributions'],
    ] as const) {
      // Chunked and never finished, or a length stated and never reached: the client keeps the socket open.
      for (const framing of [{ chunked: true }, { contentLength: start.length + 1000 }]) {
        const res = await rawRequest(url, { method, contentType: multipartType, body: start, keepOpen: true, ...framing });
        expect(res.status, res.body).toBe(408);
        expect(res.ms).toBeGreaterThanOrEqual(STALL_SECONDS * 1000 - 50);
        expect(res.ms).toBeLessThan(STALL_SECONDS * 1000 + 3000);
        expect(JSON.parse(res.body)).toMatchObject({ status: 408, errors: [{ path: 'file' }] });
      }
    }
    await settle();
    expect(leftovers()).toEqual({ open: [], files: [] });
  });

  it('receives at most MAX_CONCURRENT_UPLOADS bodies at once: the next gets a 429 at once', async () => {
    const start = Buffer.concat([partHead('slow.txt', 'text/plain'), Buffer.from('slow')]);
    const slow = [1, 2].map(() => rawRequest(`/api/documents/${docId}/file`, { contentType: multipartType, body: start, chunked: true, keepOpen: true }));
    await settle();
    const third = await rawRequest(`/api/documents/${docId}/file`, { contentType: multipartType, body: multipart('c.txt', 'text/plain', 'c') });
    expect(third.status, third.body).toBe(429);
    expect(third.headers).toMatch(/retry-after: \d+/i);
    expect(third.ms).toBeLessThan(STALL_SECONDS * 1000);
    expect((await Promise.all(slow)).map((r) => r.status)).toEqual([408, 408]);
    const after = await rawRequest(`/api/documents/${docId}/file`, { contentType: multipartType, body: multipart('d.txt', 'text/plain', 'd') });
    expect(after.status, after.body).toBe(200);
  });

  it('answers a file over the limit with a 413 the client can read while still sending, and keeps nothing', async () => {
    const res = await rawRequest(`/api/documents/${docId}/file`, { contentType: multipartType, body: multipart('big.txt', 'text/plain', Buffer.alloc(3 * 2 ** 20, 'a')) });
    expect(res.status, res.body).toBe(413);
    expect(JSON.parse(res.body).detail).toContain('MAX_UPLOAD_MB');
    await settle();
    expect(leftovers()).toEqual({ open: [], files: [] });
  });

  it('refuses a control character in the file name or the declared type, naming it, and changes nothing', async () => {
    const before = (await owner.inject({ method: 'GET', url: `/api/documents/${docId}` })).json().file;
    const cases: [string, string, string][] = [
      ['bad\u0000name.txt', 'text/plain', 'file.filename'],
      ['bad\u0007name.txt', 'text/plain', 'file.filename'],
      ['ok.txt', 'text/plain\u0001', 'file.contentType'],
    ];
    // Small bodies, and bodies still arriving when the answer is ready: the client must be
    // able to finish sending and read the answer (no reset while it writes).
    const bodies = ['content', Buffer.alloc(900 * 1024, 'a')];
    for (const [name, type, path] of cases)
      for (const content of bodies) {
        const res = await rawRequest(`/api/documents/${docId}/file`, { contentType: multipartType, body: multipart(name, type, content) });
        expect(res.status, `${JSON.stringify(name)} ${JSON.stringify(type)}: ${res.body}`).toBe(400);
        expect(JSON.parse(res.body).errors).toEqual([expect.objectContaining({ path })]);
      }
    expect((await owner.inject({ method: 'GET', url: `/api/documents/${docId}` })).json().file).toEqual(before);
    await settle();
    expect(leftovers()).toEqual({ open: [], files: [] });
  });

  it('holds no connection open once the clients of all the above have gone', async () => {
    await settle();
    const open = await new Promise<number>((r) => t.app.server.getConnections((_e, n) => r(n)));
    expect(open).toBe(0);
  });
});
