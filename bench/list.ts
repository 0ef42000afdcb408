// The list routes against a bare route serving the same rows, in the same run, on the
// same database:
//   - the app (buildApp, as `entente serve` runs it, LOG_LEVEL=warn) signed in once, its
//     cookie reused: GET /api/contributions, /api/needs, /api/documents, /api/organisations,
//     /api/funds, /api/funds/:id/transactions, /api/meetings and /api/action-items with limit=50
//     (bench/list-routes.ts);
//   - beside it, a minimal Fastify + pg route per list, without sign-in and without the
//     sharing rule, whose SQL fetches what the list returns (the rows, the same joins, the
//     places, the audience and recipients, a transaction's entries) in the same order,
//     answered with JSON.stringify.
// The load comes from another process (autocannon, 10 connections; bench/load-slices.mjs):
// each round warms both routes up, then measures each for the same time in alternating
// slices of a few seconds (bare, app, app, bare, …), so that load from elsewhere on a shared
// machine falls on both alike; each list several rounds. The benchmark first checks that
// both answer the same ids in the same order; the ratio is the app's req/s over the bare
// route's in the same round, and the figure to quote is the median of the rounds.
//
//   npx tsx bench/list.ts [contributions=100000] [rounds=3] [seconds=10] [lists=contributions,needs,documents,organisations,funds,fund-transactions,meetings,action-items]
//
// The data: the demo, then `contributions` contributions, a tenth as many needs and documents,
// 200 funds and `contributions` transactions in one of them, half as many meetings and as many
// action items (bench/generators/). The reader is
// the secretariat's coordinator, made a recipient of every generated RED row, so that they may
// read every row and the two routes serve the same rows while the rule is still evaluated in
// full inside the app's SQL.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import pg from 'pg';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { createKysely, openDatabase } from '../server/db/connect.ts';
import { DEMO_PASSWORD, loadDemo } from '../server/seed/demo.ts';
import { generateListData, LIST_ROUTES, READER } from './list-routes.ts';
import { countArg } from './args.ts';

const USAGE = 'npx tsx bench/list.ts [contributions=100000] [rounds=3] [seconds=10] [lists]';
const contributions = countArg(2, 100_000, USAGE);
const rounds = countArg(3, 3, USAGE);
const seconds = countArg(4, 10, USAGE);
const WARM_UP_SECONDS = 3;
const CONNECTIONS = 10;

const LISTS = (process.argv[5] ?? Object.keys(LIST_ROUTES).join(',')).split(',');
for (const list of LISTS) if (!LIST_ROUTES[list]) throw new Error(`bench/list.ts: no list named ${list} (${Object.keys(LIST_ROUTES).join(', ')})`);

interface Run {
  rps: number;
  slices: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/**
 * One round for one list, in one autocannon process (bench/load-slices.mjs): a warm-up of
 * each route, then `seconds` of each measured in alternating slices of a few seconds (one
 * slice for a route slow enough that a few seconds hold few requests), so that load from
 * elsewhere on the machine falls on both routes alike. Each route's figure is over all its
 * slices: requests over seconds, p99 over every response.
 */
function measureRound(bareUrl: string, appUrl: string, cookie: string, appFirst: boolean): Promise<Record<'bare' | 'app', Run>> {
  const spec = {
    connections: CONNECTIONS,
    targets: [{ url: bareUrl }, { url: appUrl, headers: { cookie } }],
    warmUpSeconds: WARM_UP_SECONDS,
    seconds,
    first: appFirst ? 1 : 0,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [loadSlices, JSON.stringify(spec)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`bench/load-slices.mjs exited with ${code}`));
      const [bare, app] = JSON.parse(out) as Run[];
      resolve({ bare: bare!, app: app! });
    });
  });
}

const loadSlices = join(import.meta.dirname, 'load-slices.mjs');

const dir = mkdtempSync(join(tmpdir(), 'entente-bench-list-'));
const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'warn', LOAD_DEMO: 'false', HOST: '127.0.0.1', PORT: '0' });
const opened = await openDatabase(config);
const owner = createKysely(opened.ownerUrl, 4);
const bare = Fastify({ logger: false });
const barePool = new pg.Pool({ connectionString: opened.url, max: 20 });
// The server stops at the end while the bare route's idle clients may still be open: their
// "terminating connection" (57P01) is the end of the run, not an error to crash on.
barePool.on('error', () => {});
const app = await buildApp(config, opened.db);

try {
  await loadDemo(owner, 'server/seed/coalition-2015.json');
  const t0 = performance.now();
  const data = await generateListData(owner, contributions);
  console.log(
    `generated ${contributions} contributions, ${contributions / 10} needs and documents, 200 funds and ${contributions} transactions in one in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  for (const list of LISTS) {
    const route = LIST_ROUTES[list]!;
    const params = route.bareParams?.(data);
    bare.get(`/bare/${list}`, async () => {
      const { rows } = await barePool.query(route.bareSql, params);
      return { items: rows.slice(0, 50), nextCursor: rows.length > 50 ? 'more' : null };
    });
  }
  const bareUrl = await bare.listen({ host: '127.0.0.1', port: 0 });
  const appUrl = await app.listen({ host: '127.0.0.1', port: 0 });

  const signIn = await fetch(`${appUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: READER, password: DEMO_PASSWORD }),
  });
  if (signIn.status !== 200) throw new Error(`sign-in failed: ${signIn.status} ${await signIn.text()}`);
  const cookie = signIn.headers.getSetCookie()[0]!.split(';')[0]!;

  const appPath = (list: string) => LIST_ROUTES[list]!.appPath(data);
  // The same rows in the same order, or the comparison means nothing.
  for (const list of LISTS) {
    // A page ({ items, nextCursor }) or, for the meetings' lists, the array itself.
    type Body = { items: { id: string }[] } | { id: string }[];
    const rowsOf = (body: Body) => (Array.isArray(body) ? body : body.items);
    const a = rowsOf((await (await fetch(`${appUrl}${appPath(list)}`, { headers: { cookie } })).json()) as Body);
    const b = rowsOf((await (await fetch(`${bareUrl}/bare/${list}`)).json()) as Body);
    const same = a.length === 50 && a.map((r) => r.id).join() === b.map((r) => r.id).join();
    if (!same) throw new Error(`${list}: the app and the bare route do not serve the same 50 rows`);
  }
  console.log(
    `same 50 rows in the same order from both, for each list; ${CONNECTIONS} connections, ${WARM_UP_SECONDS} s warm-up, ${seconds} s measured per route in alternating slices, ${rounds} rounds\n`,
  );

  const table: string[] = ['| list | round | slices | bare req/s | bare p99 ms | app req/s | app p99 ms | ratio |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
  const summary: string[] = [];
  for (const list of LISTS) {
    const ratios: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      // Alternate which goes first, so neither always meets a warmer or a colder machine.
      const results = await measureRound(`${bareUrl}/bare/${list}`, `${appUrl}${appPath(list)}`, cookie, round % 2 === 0);
      for (const which of ['bare', 'app'] as const) {
        const r = results[which];
        if (r.non2xx || r.errors) throw new Error(`${list} ${which}: ${r.non2xx} answers other than 2xx, ${r.errors} errors`);
      }
      const ratio = results.app.rps / results.bare.rps;
      ratios.push(ratio);
      const line = `| ${list} | ${round} | ${results.app.slices} | ${results.bare.rps.toFixed(0)} | ${results.bare.p99} | ${results.app.rps.toFixed(0)} | ${results.app.p99} | ${ratio.toFixed(2)} |`;
      table.push(line);
      console.log(line);
    }
    ratios.sort((x, y) => x - y);
    summary.push(`${list}: ratio median ${ratios[Math.floor(ratios.length / 2)]!.toFixed(2)}, spread ${ratios[0]!.toFixed(2)}–${ratios[ratios.length - 1]!.toFixed(2)}`);
  }
  console.log(`\n${table.join('\n')}\n\n${summary.join('\n')}`);
} finally {
  await app.close();
  await bare.close();
  await barePool.end();
  await owner.destroy();
  await opened.close();
  rmSync(dir, { recursive: true, force: true });
}
