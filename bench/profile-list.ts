// One list route of the app under the list benchmark's load, alone in this process, for a CPU
// profile of the server (ADR 0011 took its per-request figures this way):
//
//   node --cpu-prof --cpu-prof-dir=/tmp/entente-prof --import tsx bench/profile-list.ts [path=/api/organisations?limit=50] [seconds=10]
//
// It starts an embedded PostgreSQL with the demo (no generated rows: use a path whose rows the
// demo has), builds the app as bench/list.ts does (LOG_LEVEL=warn), signs in as the
// secretariat's coordinator, loads the path from an autocannon process (10 connections, 3 s
// warm-up, then `seconds`), and prints the requests per second and the server process's own
// CPU time per request over the measured window, with that window's start and end on the
// profile's clock (microseconds), to cut the profile to it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { createKysely, openDatabase } from '../server/db/connect.ts';
import { DEMO_PASSWORD, loadDemo } from '../server/seed/demo.ts';

const path = process.argv[2] ?? '/api/organisations?limit=50';
const seconds = Number(process.argv[3] ?? 10);
const autocannonBin = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

function load(url: string, duration: number, cookie: string): Promise<{ requests: { total: number; average: number }; latency: { p99: number }; non2xx: number }> {
  const args = [autocannonBin, '-c', '10', '-d', String(duration), '--json', '-H', `cookie=${cookie}`, url];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => (code ? reject(new Error(`autocannon exited with ${code}`)) : resolve(JSON.parse(out))));
  });
}

const dir = mkdtempSync(join(tmpdir(), 'entente-profile-'));
const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'warn', LOAD_DEMO: 'false', HOST: '127.0.0.1', PORT: '0' });
const opened = await openDatabase(config);
const owner = createKysely(opened.ownerUrl, 4);
const app = await buildApp(config, opened.db);
try {
  await loadDemo(owner, 'server/seed/coalition-2015.json');
  const url = `${await app.listen({ host: '127.0.0.1', port: 0 })}${path}`;
  const signIn = await fetch(new URL('/api/auth/sign-in', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'coordinator@secretariat.demo', password: DEMO_PASSWORD }),
  });
  if (signIn.status !== 200) throw new Error(`sign-in failed: ${signIn.status}`);
  const cookie = signIn.headers.getSetCookie()[0]!.split(';')[0]!;
  await load(url, 3, cookie);
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint() / 1000n;
  const r = await load(url, seconds, cookie);
  const t1 = process.hrtime.bigint() / 1000n;
  const cpu = process.cpuUsage(cpu0);
  if (r.non2xx) throw new Error(`${r.non2xx} answers other than 2xx`);
  const perRequest = (cpu.user + cpu.system) / r.requests.total;
  console.log(`${path}: ${r.requests.average.toFixed(0)} req/s, p99 ${r.latency.p99} ms, server CPU ${perRequest.toFixed(0)} µs per request`);
  console.log(`measured window on the profile's clock: ${t0} ${t1}`);
} finally {
  await app.close();
  await owner.destroy();
  await opened.close();
  rmSync(dir, { recursive: true, force: true });
}
