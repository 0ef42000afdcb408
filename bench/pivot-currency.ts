// The contributions pivot summed in a chosen currency (ADR 0034) against the same pivot per
// original currency, on N generated contributions: four currencies (USD 40 %, GBP 30 %,
// EUR 20 %, JPY 10 % — JPY has no rate, so it is counted as not converted), start dates over
// two years (730 distinct days), monthly GBP and EUR rates against USD. Each figure is the
// median of 5, as the secretariat and as a focal point of the organisation holding the rows:
//   - raw GROUP BY owner_org_id, line_id, currency (no rule, no conversion: the floor);
//   - the pivot from the summaries (no filter: what the page asks first);
//   - the pivot from the rows (a period filter: the live path, no conversion);
//   - the pivot converted into USD (the live path: the summaries keep no dates).
//
//   npx tsx bench/pivot-currency.ts [rows=1000000]
import { performance } from 'node:perf_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createKysely } from '../server/db/connect.ts';
import { startEmbeddedServer } from '../server/db/embedded.ts';
import { migrateToLatest } from '../server/db/migrator.ts';
import type { UserActor } from '../server/infra/actor.ts';
import { coveragePivot } from '../server/modules/analytics/analytics.service.ts';
import { loadDemo } from '../server/seed/demo.ts';
import { countArg } from './args.ts';

const rows = countArg(2, 1_000_000, 'npx tsx bench/pivot-currency.ts [rows=1000000]');
const dir = mkdtempSync(join(tmpdir(), 'entente-bench-'));
const server = await startEmbeddedServer(dir);
const db = createKysely(server.url('postgres'), 10);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function actorOf(email: string, role: UserActor['role']): Promise<UserActor> {
  const u = await db
    .selectFrom('app_user as u')
    .innerJoin('organisation as o', 'o.id', 'u.org_id')
    .select(['u.id', 'u.org_id', 'o.kind'])
    .where('u.email', '=', email)
    .executeTakeFirstOrThrow();
  return { kind: 'user', userId: u.id, orgId: u.org_id, orgKind: u.kind, role, email };
}

async function timed(f: () => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await f();
    times.push(performance.now() - t0);
  }
  return median(times);
}

try {
  await migrateToLatest(db);
  await loadDemo(db, 'server/seed/coalition-2015.json');
  const secretariat = await actorOf('admin@secretariat.demo', 'admin');
  const focal = await actorOf('focal@uk.demo', 'focal_point');
  const t0 = performance.now();
  await sql`
    WITH lines AS (SELECT array_agg(id ORDER BY position, id) AS ids FROM framework_node WHERE kind = 'line')
    INSERT INTO contribution (owner_org_id, framework_node_id, line_id, type, description, amount_minor, currency, start_date, status, marking, created_by)
    SELECT ${focal.orgId}::uuid, l.ids[1 + i % cardinality(l.ids)], l.ids[1 + i % cardinality(l.ids)], 'funding', 'bench ' || i, 1 + (i::bigint * 7919) % 10000000,
           (ARRAY['USD', 'USD', 'USD', 'USD', 'GBP', 'GBP', 'GBP', 'EUR', 'EUR', 'JPY'])[1 + i % 10],
           date '2024-01-01' + (i * 31) % 730, 'committed', 'GREEN', ${focal.userId}::uuid
    FROM generate_series(1, ${rows}) i, lines l`.execute(db);
  await sql`
    INSERT INTO exchange_rate (currency, base_currency, rate, valid_from, source)
    SELECT c, 'USD', CASE c WHEN 'GBP' THEN 1.25 ELSE 1.08 END + m * 0.001, date '2023-12-01' + make_interval(months => m), 'bench'
    FROM unnest(ARRAY['GBP', 'EUR']) c, generate_series(0, 25) m`.execute(db);
  await sql`ANALYZE`.execute(db);
  console.log(`inserted ${rows} contributions and 52 rates in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const raw = await timed(() => sql`SELECT owner_org_id, line_id, currency, count(*), sum(amount_minor) FROM contribution GROUP BY 1, 2, 3`.execute(db));
  const base = { rows: 'organisation', columns: 'line' } as const;
  console.log(`\n| ${rows.toLocaleString('en')} contributions, median of 5 | secretariat ms | focal point ms |`);
  console.log('| --- | ---: | ---: |');
  console.log(`| raw GROUP BY owner_org_id, line_id, currency (baseline) | ${raw.toFixed(0)} | — |`);
  const figures: Record<string, [number, number]> = {};
  for (const [name, query] of [
    ['pivot from the summaries, per currency', base],
    ['pivot from the rows (from=1900-01-01), per currency', { ...base, from: '1900-01-01' }],
    ['pivot converted into USD (currency=USD)', { ...base, currency: 'USD' }],
    ['pivot converted into USD, from the rows (from=1900-01-01)', { ...base, currency: 'USD', from: '1900-01-01' }],
  ] as const) {
    const bySec = await timed(() => coveragePivot(db, { actor: secretariat }, query as never));
    const byFocal = await timed(() => coveragePivot(db, { actor: focal }, query as never));
    figures[name] = [bySec, byFocal];
    console.log(`| ${name} | ${bySec.toFixed(0)} | ${byFocal.toFixed(0)} |`);
  }
  const converted = await coveragePivot(db, { actor: secretariat }, { ...base, currency: 'USD' } as never);
  const notConverted = converted.cells.reduce((n, c) => n + c.notConverted.reduce((m, x) => m + x.count, 0), 0);
  console.log(`\nnot converted (JPY, no rate): ${notConverted} of ${converted.cells.reduce((n, c) => n + c.count, 0)} counted`);
  const [live] = figures['pivot from the rows (from=1900-01-01), per currency']!;
  const [conv] = figures['pivot converted into USD (currency=USD)']!;
  const [summ] = figures['pivot from the summaries, per currency']!;
  console.log(
    `ratios (secretariat): converted / live per currency ${(conv / live).toFixed(2)}, converted / summaries ${(conv / summ).toFixed(1)}, converted / raw ${(conv / raw).toFixed(2)}`,
  );
} finally {
  await db.destroy();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
