// The contributions list in each of its orders (issue 9 item 3, ADR 0033) over a generated
// coalition: the latency of the first page and of a page deep in the list (after `deep`
// pages, through the cursors), each the median of `rounds` requests through the real app
// (app.inject: the session, the sharing rule, the answer), as the
// reader of bench/list.ts (a secretariat coordinator named on every RED row).
// Usage: npx tsx bench/list-sorts.ts [contributions=100000] [rounds=15] [deep=10]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { createKysely, openDatabase } from '../server/db/connect.ts';
import { CONTRIBUTION_SORTS } from '../server/modules/contributions/contributions.schema.ts';
import { DEMO_PASSWORD, loadDemo } from '../server/seed/demo.ts';
import { generateListRows } from './generators/list-rows.ts';
import { READER } from './list-routes.ts';

const [contributions = 100_000, rounds = 15, deep = 10] = process.argv.slice(2).map(Number);
const dir = mkdtempSync(join(tmpdir(), 'entente-bench-sorts-'));
const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'warn', LOAD_DEMO: 'false', HOST: '127.0.0.1', PORT: '0' });
const opened = await openDatabase(config);
const owner = createKysely(opened.ownerUrl, 4);
const app = await buildApp(config, opened.db);
try {
  await loadDemo(owner, 'server/seed/coalition-2015.json');
  await generateListRows(owner, { contributions, needs: 0, documents: 0, redRecipientEmail: READER });
  await sql`ANALYZE`.execute(owner);
  const signedIn = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: READER, password: DEMO_PASSWORD } });
  if (signedIn.statusCode !== 200) throw new Error(`sign-in failed: ${signedIn.body}`);
  const cookie = `${signedIn.cookies[0]!.name}=${signedIn.cookies[0]!.value}`;
  const reader = { inject: (o: { method: 'GET'; url: string }) => app.inject({ ...o, headers: { cookie } }) };
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const get = async (url: string) => {
    const t0 = performance.now();
    const res = await reader.inject({ method: 'GET', url });
    const ms = performance.now() - t0;
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return { ms, next: res.json().nextCursor as string | null };
  };
  console.log(`contributions: ${contributions}, rounds: ${rounds}, deep page: ${deep + 1}`);
  console.log('| sort | first page, ms (median) | page ' + (deep + 1) + ', ms (median) |');
  console.log('| --- | --- | --- |');
  for (const sort of CONTRIBUTION_SORTS) {
    const base = `/api/contributions?sort=${encodeURIComponent(sort)}`;
    let cursor: string | null = null;
    for (let i = 0; i < deep; i++) cursor = (await get(`${base}${cursor ? `&cursor=${cursor}` : ''}`)).next;
    const deepUrl = `${base}&cursor=${cursor}`;
    await get(base);
    await get(deepUrl);
    const first: number[] = [];
    const later: number[] = [];
    for (let r = 0; r < rounds; r++) {
      first.push((await get(base)).ms);
      later.push((await get(deepUrl)).ms);
    }
    console.log(`| ${sort} | ${median(first).toFixed(1)} | ${median(later).toFixed(1)} |`);
  }
} finally {
  await app.close();
  await owner.destroy();
  await opened.close();
  rmSync(dir, { recursive: true, force: true });
}
