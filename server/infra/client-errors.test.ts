// Requests Node's HTTP parser refuses before Fastify sees them (error-handler.ts's
// clientErrorHandler): over a real socket, each is answered with problem+json and the
// security headers — before, a header over 16 KB got a bare JSON 431 without them.
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, buildTestApp } from '../test/app.ts';
import { API_HEADERS } from './security.ts';

let t: TestApp;
let port = 0;

beforeAll(async () => {
  t = await buildTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as AddressInfo).port;
});
afterAll(async () => t?.close());

/** Sends raw bytes and reads everything until the server closes the connection. */
function exchange(raw: string): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', body = ''] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body });
    });
    socket.end(raw);
  });
}

function expectProblem(res: Awaited<ReturnType<typeof exchange>>, status: number, path: string) {
  expect(res.status, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  for (const [name, value] of Object.entries(API_HEADERS)) expect(res.headers[name], name).toBe(value);
  expect(res.headers['content-security-policy']).toContain("default-src 'none'");
  expect(res.headers['cache-control']).toBe('no-store');
  const body = JSON.parse(res.body);
  expect(body).toMatchObject({ status, requestId: res.headers['x-request-id'] });
  expect(body.errors.map((e: { path: string }) => e.path)).toEqual([path]);
  expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.body));
}

describe('requests Node refuses before Fastify', () => {
  it('headers over 16 KB: a 431 problem with the security headers', async () => {
    const res = await exchange(`GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(20 * 1024)}\r\n\r\n`);
    expectProblem(res, 431, 'headers');
    expect(JSON.parse(res.body).code).toBe('headers_too_large');
  });

  it('a request that is not HTTP: a 400 problem with the security headers', async () => {
    const res = await exchange('THIS IS NOT HTTP\r\n\r\n');
    expectProblem(res, 400, 'request');
  });

  it('a normal request on the same server still works', async () => {
    const res = await exchange('GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    expect(res.status).toBe(200);
    expect(res.body).toContain('"ok":true');
  });
});
