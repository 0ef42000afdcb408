// One list route of the app — or its bare twin — under the list benchmark's load, alone in this
// process, for a CPU profile of the server (ADR 0011 took its per-request figures this way):
//
//   node --cpu-prof --cpu-prof-dir=/tmp/entente-prof --import tsx bench/profile-list.ts [list=organisations] [seconds=10] [contributions=0] [route=app]
//
// It starts an embedded PostgreSQL with the demo and, when `contributions` > 0, the list
// benchmark's generated rows (bench/list-routes.ts: `contributions` contributions, a tenth as
// many needs and documents, 200 funds and `contributions` transactions in one), builds the app
// as bench/list.ts does (LOG_LEVEL=warn) or, with route=bare, the list's bare Fastify + pg twin,
// signs in as the secretariat's coordinator, loads the list from an autocannon process (10
// connections, 3 s warm-up, then `seconds`), and prints the requests per second and the CPU
// time per request over the measured window of the server process, of PostgreSQL (the
// postmaster and its backends, from /proc) and of the load generator, with that window's start
// and end on the profile's clock (microseconds), to cut the profile to it. On a machine whose
// cores every process shares, a route's throughput follows the sum of the three. `list` is a name of
// bench/list-routes.ts or an app path (/api/…).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import pg from 'pg';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { createKysely, openDatabase } from '../server/db/connect.ts';
import { DEMO_PASSWORD, loadDemo } from '../server/seed/demo.ts';
import { generateListData, LIST_ROUTES, type ListData, READER } from './list-routes.ts';
import { countArg } from './args.ts';

const list = process.argv[2] ?? 'organisations';
const USAGE = 'npx tsx bench/profile-list.ts [list=organisations] [seconds=10] [contributions=0] [bare]';
const seconds = countArg(3, 10, USAGE);
const contributions = countArg(4, 0, USAGE, 0);
const bareRoute = process.argv[5] === 'bare';
const route = LIST_ROUTES[list];
if (!route && !list.startsWith('/')) throw new Error(`bench/profile-list.ts: no list named ${list} (${Object.keys(LIST_ROUTES).join(', ')}), nor a path`);
if (bareRoute && !route) throw new Error('bench/profile-list.ts: route=bare needs a list name');
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

// CPU time from /proc (Linux), in µs: a process's own, and its waited-for children's.
const TICK_US = 1_000_000 / 100;
function statOf(pid: number | 'self') {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(f[1]), own: (Number(f[11]) + Number(f[12])) * TICK_US, children: (Number(f[13]) + Number(f[14])) * TICK_US };
  } catch {
    return undefined;
  }
}
/** The CPU of every process of the PostgreSQL server (the postmaster and its backends, live or ended). */
function postgresCpu(postmaster: number) {
  let total = (statOf(postmaster)?.own ?? 0) + (statOf(postmaster)?.children ?? 0);
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const s = statOf(Number(name));
    if (s?.ppid === postmaster) total += s.own;
  }
  return total;
}
const waitedChildrenCpu = () => statOf('self')!.children;

const dir = mkdtempSync(join(tmpdir(), 'entente-profile-'));
const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'warn', LOAD_DEMO: 'false', HOST: '127.0.0.1', PORT: '0' });
const opened = await openDatabase(config);
const owner = createKysely(opened.ownerUrl, 4);
const app = await buildApp(config, opened.db);
const bare = Fastify({ logger: false });
const barePool = new pg.Pool({ connectionString: opened.url, max: 20 });
// The server stops at the end while idle clients may still be open: 57P01 then is the end of the run.
barePool.on('error', () => {});
try {
  await loadDemo(owner, 'server/seed/coalition-2015.json');
  const data: ListData = contributions > 0 ? await generateListData(owner, contributions) : { ledgerFundId: '00000000-0000-4000-8000-000000000000' };
  const path = route ? route.appPath(data) : list;
  const appUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  let url = `${appUrl}${path}`;
  if (bareRoute) {
    const params = route!.bareParams?.(data);
    bare.get('/bare', async () => {
      const { rows } = await barePool.query(route!.bareSql, params);
      return { items: rows.slice(0, 50), nextCursor: rows.length > 50 ? 'more' : null };
    });
    url = `${await bare.listen({ host: '127.0.0.1', port: 0 })}/bare`;
  }
  const signIn = await fetch(new URL('/api/auth/sign-in', appUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: READER, password: DEMO_PASSWORD }),
  });
  if (signIn.status !== 200) throw new Error(`sign-in failed: ${signIn.status}`);
  const cookie = signIn.headers.getSetCookie()[0]!.split(';')[0]!;
  await load(url, 3, cookie);
  const { rows: backend } = await barePool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  const postmaster = statOf(backend[0]!.pid)!.ppid;
  const cpu0 = process.cpuUsage();
  const pg0 = postgresCpu(postmaster);
  const loader0 = waitedChildrenCpu();
  const t0 = process.hrtime.bigint() / 1000n;
  const r = await load(url, seconds, cookie);
  const t1 = process.hrtime.bigint() / 1000n;
  const cpu = process.cpuUsage(cpu0);
  const pgCpu = postgresCpu(postmaster) - pg0;
  const loaderCpu = waitedChildrenCpu() - loader0;
  if (r.non2xx) throw new Error(`${r.non2xx} answers other than 2xx`);
  const perRequest = (us: number) => (us / r.requests.total).toFixed(0);
  console.log(
    `${bareRoute ? `bare twin of ${path}` : path}: ${r.requests.average.toFixed(0)} req/s, p99 ${r.latency.p99} ms; CPU per request: server ${perRequest(cpu.user + cpu.system)} µs, PostgreSQL ${perRequest(pgCpu)} µs, load generator ${perRequest(loaderCpu)} µs`,
  );
  console.log(`measured window on the profile's clock: ${t0} ${t1}`);
} finally {
  await app.close();
  await bare.close();
  await barePool.end();
  await owner.destroy();
  await opened.close();
  rmSync(dir, { recursive: true, force: true });
}
