// The needs list by unmet gap with exchange rates (issue 9 items 3 and 5, ADR 0031, ADR 0039):
// a page of 50 needs among `needs` needs with three links each (10,000 links by default), read
// through the real app (app.inject: session, sharing rule, answer) as the reader of
// bench/list.ts, in three states of the same data, each the median of `rounds` requests:
//   1. every link in its need's currency (no conversion: the floor);
//   2. half of the links in GBP or EUR (daily rates against USD over two years) and a sixth
//      in CHF (no rate: not converted) — the rate in force looked up per link;
//   3. the same, sorted by the need's words.
// And the conversion alone, every link's amount in its need's currency summed in one
// statement, with the rate lookup as it was before (DISTINCT ON over each pair's whole
// history, per link: `rateBefore` below, the text of that formulation) and as it is now
// (`rateInForce`: the pairs read once, each leg one index step), alternated, same data, the
// median of three each.
// Usage: npx tsx bench/needs-gap.ts [needs=3334] [rounds=9]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RawBuilder, sql } from 'kysely';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { createKysely, openDatabase } from '../server/db/connect.ts';
import { convertedWith, minorUnitsPerUnit, rateInForce } from '../server/modules/exchange-rates/exchange-rates.sql.ts';
import { DEMO_PASSWORD, loadDemo } from '../server/seed/demo.ts';
import { generateListRows } from './generators/list-rows.ts';
import { READER } from './list-routes.ts';

const [needs = 3334, rounds = 9] = process.argv.slice(2).map(Number);
const dir = mkdtempSync(join(tmpdir(), 'entente-bench-needs-gap-'));
const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'warn', LOAD_DEMO: 'false', HOST: '127.0.0.1', PORT: '0' });
const opened = await openDatabase(config);
const owner = createKysely(opened.ownerUrl, 4);
const app = await buildApp(config, opened.db);

/** The rate lookup before this change (ADR 0031's first formulation): each pair's history sorted per link. */
function rateBefore(from: RawBuilder<unknown>, to: RawBuilder<unknown>, day: RawBuilder<unknown>) {
  return sql`(
    WITH legs AS (
      SELECT DISTINCT ON (r.currency, r.base_currency) r.currency, r.base_currency, r.rate, r.valid_from
      FROM exchange_rate r
      WHERE r.valid_from <= ${day} AND (r.currency IN (${from}, ${to}) OR r.base_currency IN (${from}, ${to}))
      ORDER BY r.currency, r.base_currency, r.valid_from DESC
    ), sides AS (
      SELECT l.currency AS cur, l.base_currency AS via, l.rate AS n, 1::numeric AS d, l.valid_from FROM legs l
      UNION ALL
      SELECT l.base_currency, l.currency, 1::numeric, l.rate, l.valid_from FROM legs l
    )
    SELECT a.n * b.d AS n, a.d * b.n AS d, least(a.valid_from, b.valid_from) AS valid_from,
           a.n * b.d * ${minorUnitsPerUnit(to)} AS minor_n, a.d * b.n * ${minorUnitsPerUnit(from)} AS minor_d,
           trim_scale(round(a.n * b.d / (a.d * b.n), 10))::text AS rate
    FROM sides a
    JOIN (SELECT s.cur, s.via, s.n, s.d, s.valid_from FROM sides s
          UNION ALL SELECT ${to}, ${to}, 1::numeric, 1::numeric, 'infinity'::date) b ON b.via = a.via
    WHERE a.cur = ${from} AND b.cur = ${to} AND ${from} <> ${to}
    ORDER BY least(a.valid_from, b.valid_from) DESC, (a.via = ${to}) DESC, a.via
    LIMIT 1
  )`;
}

try {
  await loadDemo(owner, 'server/seed/coalition-2015.json');
  const t0 = performance.now();
  await generateListRows(owner, { contributions: 3 * needs, needs, documents: 0, redRecipientEmail: READER });
  await sql`ANALYZE`.execute(owner);
  const links = Number((await sql<{ n: string }>`SELECT count(*) AS n FROM contribution_need`.execute(owner)).rows[0]!.n);
  console.log(`generated ${needs} needs and ${links} links in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const signedIn = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: READER, password: DEMO_PASSWORD } });
  if (signedIn.statusCode !== 200) throw new Error(`sign-in failed: ${signedIn.body}`);
  const cookie = `${signedIn.cookies[0]!.name}=${signedIn.cookies[0]!.value}`;
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const timeRoute = async (url: string) => {
    const ms: number[] = [];
    for (let i = 0; i < rounds + 1; i++) {
      const t = performance.now();
      const res = await app.inject({ method: 'GET', url, headers: { cookie } });
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
      if (i > 0) ms.push(performance.now() - t); // the first warms the caches
    }
    return median(ms);
  };

  const floor = await timeRoute('/api/needs?limit=50');
  console.log(`GET /api/needs?limit=50, every link in its need's currency: ${floor.toFixed(0)} ms`);
  // Half of the links in GBP or EUR, a sixth in CHF (no rate); daily GBP→USD and EUR→USD rates over 2015–2016 (the contributions start 2015–2019).
  await sql`
    UPDATE contribution_need cn SET currency = CASE WHEN x.n % 6 IN (0, 1) THEN 'GBP' WHEN x.n % 6 = 2 THEN 'EUR' WHEN x.n % 6 = 3 THEN 'CHF' ELSE 'USD' END
    FROM (SELECT contribution_id, need_id, row_number() OVER (ORDER BY contribution_id) AS n FROM contribution_need) x
    WHERE x.contribution_id = cn.contribution_id AND x.need_id = cn.need_id`.execute(owner);
  await sql`
    INSERT INTO exchange_rate (currency, base_currency, rate, valid_from, source)
    SELECT c, 'USD', CASE c WHEN 'GBP' THEN 1.25 ELSE 1.08 END + (d % 30) / 1000.0, DATE '2015-01-01' + d, 'bench'
    FROM generate_series(0, 730) AS d, unnest(ARRAY['GBP', 'EUR']) AS c`.execute(owner);
  await sql`ANALYZE`.execute(owner);
  const converted = await timeRoute('/api/needs?limit=50');
  console.log(`GET /api/needs?limit=50, two thirds of the links in GBP, EUR or CHF: ${converted.toFixed(0)} ms`);
  const byName = await timeRoute('/api/needs?limit=50&sort=need');
  console.log(`GET /api/needs?limit=50&sort=need, the same: ${byName.toFixed(0)} ms`);

  // The conversion alone: every link in its need's currency, summed, with either lookup.
  const conversion = (rate: RawBuilder<unknown>) => sql<{ total: string; missing: string }>`
    SELECT sum(${convertedWith(sql.ref('cn.amount_minor'), sql`coalesce(cn.currency, n.currency)`, sql`n.currency`, 'x')})::text AS total,
           count(*) FILTER (WHERE x.minor_n IS NULL AND coalesce(cn.currency, n.currency) <> n.currency)::text AS missing
    FROM contribution_need cn JOIN need n ON n.id = cn.need_id JOIN contribution c ON c.id = cn.contribution_id
    LEFT JOIN LATERAL ${rate} x ON true`;
  const day = sql`coalesce(c.start_date, (c.created_at AT TIME ZONE 'UTC')::date)`;
  const before = conversion(rateBefore(sql`(coalesce(cn.currency, n.currency))::char(3)`, sql`(n.currency)::char(3)`, sql`(${day})::date`));
  const after = conversion(rateInForce(sql`coalesce(cn.currency, n.currency)`, sql`n.currency`, day));
  const [b0, a0] = [(await before.execute(owner)).rows[0]!, (await after.execute(owner)).rows[0]!];
  if (b0.total !== a0.total || b0.missing !== a0.missing) throw new Error(`the two lookups disagree: ${JSON.stringify(b0)} ${JSON.stringify(a0)}`);
  const times: { before: number[]; after: number[] } = { before: [], after: [] };
  for (let i = 0; i < Math.min(rounds, 3); i++) {
    for (const [name, q] of [
      ['before', before],
      ['after', after],
    ] as const) {
      const t = performance.now();
      await q.execute(owner);
      times[name].push(performance.now() - t);
      console.log(`conversion ${name}: ${(performance.now() - t).toFixed(0)} ms`);
    }
  }
  const [mb, ma] = [median(times.before), median(times.after)];
  console.log(`links converted: ${links}, of which without a rate: ${a0.missing}; totals equal (${a0.total})`);
  console.log('| measure | median ms |');
  console.log('| --- | --- |');
  console.log(`| GET /api/needs?limit=50, every link in its need's currency | ${floor.toFixed(0)} |`);
  console.log(`| GET /api/needs?limit=50, two thirds of the links in GBP, EUR or CHF | ${converted.toFixed(0)} |`);
  console.log(`| GET /api/needs?limit=50&sort=need, the same | ${byName.toFixed(0)} |`);
  console.log(`| every link converted and summed, lookup before | ${mb.toFixed(0)} |`);
  console.log(`| every link converted and summed, lookup now | ${ma.toFixed(0)} |`);
  console.log(`ratio before/now: ${(mb / ma).toFixed(2)}; route converted/floor: ${(converted / floor).toFixed(2)}`);
} finally {
  await app.close();
  await owner.destroy();
  await opened.close();
  rmSync(dir, { recursive: true, force: true });
}
