// The real binary on its own embedded PostgreSQL: a second process on the same data
// directory is refused clearly, and SIGKILL loses no acknowledged write.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ENTENTE_BIN, runCli } from '../test/cli.ts';
import { freePort } from './embedded.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'entente-durability-'));
const children: ChildProcess[] = [];
afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  // The last server was stopped cleanly; nothing else holds the directory.
  rmSync(dataDir, { recursive: true, force: true });
});

async function startServe(port: number) {
  const child = spawn(process.execPath, [ENTENTE_BIN, 'serve'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${out}`)), 60_000);
    const onData = (c: Buffer) => {
      out += c;
      if (out.includes('Entente is running at')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', () => reject(new Error(`serve exited: ${out}`)));
  });
  return child;
}

async function signInAt(base: string) {
  const res = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'focal@uk.demo', password: 'coalition-demo-2015' }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

describe('the embedded database under the real binary', () => {
  let port = 0;
  let first: ChildProcess;
  const acknowledged: string[] = [];

  it('starts, loads the demo and answers', async () => {
    port = await freePort();
    first = await startServe(port);
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
  });

  it('refuses a second process on the same data directory with a clear error', async () => {
    const res = await runCli(['migrate'], { DATA_DIR: dataDir, DATABASE_URL: '' });
    expect(res.code).not.toBe(0);
    expect(res.stderr).toMatch(/in use by another Entente process \(pid \d+\)/);
  });

  it('loses no acknowledged write when killed with SIGKILL, and restarts usable', async () => {
    const base = `http://127.0.0.1:${port}`;
    const s = await signInAt(base);
    // Writes in flight while the process dies: the acknowledged ones must survive.
    const writes = Array.from({ length: 200 }, (_, i) =>
      fetch(`${base}/api/documents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrfToken },
        body: JSON.stringify({ title: `Durable ${i}`, kind: 'report', documentDate: '2015-01-22', sharing: { marking: 'GREEN' } }),
      })
        .then(async (r) => {
          if (r.status === 201) acknowledged.push(((await r.json()) as { id: string }).id);
        })
        .catch(() => {}),
    );
    // Kill as soon as some are acknowledged and others are still in flight.
    for (let i = 0; i < 400 && acknowledged.length < 5; i++) await new Promise((r) => setTimeout(r, 5));
    first.kill('SIGKILL');
    await Promise.all(writes);
    expect(acknowledged.length).toBeGreaterThan(0);

    const second = await startServe(port);
    const s2 = await signInAt(base);
    for (const id of acknowledged) {
      const res = await fetch(`${base}/api/documents/${id}`, { headers: { cookie: s2.cookie } });
      expect(res.status).toBe(200);
    }
    const verify = await runCli(['audit', 'verify'], { DATA_DIR: dataDir, DATABASE_URL: '' }).catch(() => null);
    // The server still holds the directory, so the CLI is refused; verify through the API instead.
    expect(verify?.code).not.toBe(0);
    second.kill('SIGTERM');
    await new Promise((r) => second.once('exit', r));
    const offline = await runCli(['audit', 'verify'], { DATA_DIR: dataDir, DATABASE_URL: '' });
    expect(offline.stdout).toMatch(/no break/);
    expect(offline.code).toBe(0);
  });
});
