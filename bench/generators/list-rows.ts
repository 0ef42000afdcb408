// Fills a database that holds the demo coalition with rows for the list benchmark
// (bench/list.ts): contributions with one or two places each, needs linked to some of
// them, and documents — with a realistic spread of TLP markings, AMBER rows shared with a
// group and an organisation, RED rows with named recipients. Deterministic (no random
// numbers: every choice is the row number modulo something), written by the database
// itself with generate_series, so 100,000 rows take seconds.
//
// Every RED row names `redRecipientEmail` among its recipients, so that this reader (the
// benchmark signs in as them) may read every row: the list then serves the same rows as
// a bare route that applies no sharing rule, while the rule is still evaluated in full.
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../server/db/database.ts';

export interface ListRowsOptions {
  contributions: number;
  needs: number;
  documents: number;
  /** A user of the demo who is made a recipient of every RED row. */
  redRecipientEmail: string;
}

export async function generateListRows(db: Kysely<Database>, o: ListRowsOptions): Promise<void> {
  // The reference data, as arrays the statements below index by row number (1-based).
  await sql`
    CREATE TEMP TABLE bench_ref AS
    WITH RECURSIVE node_line AS (
      SELECT id, id AS line_id FROM framework_node WHERE parent_id IS NULL
      UNION ALL SELECT f.id, nl.line_id FROM framework_node f JOIN node_line nl ON f.parent_id = nl.id
    )
    SELECT
      (SELECT array_agg(id ORDER BY name) FROM organisation) AS orgs,
      (SELECT array_agg(id ORDER BY id) FROM node_line) AS nodes,
      (SELECT array_agg(line_id ORDER BY id) FROM node_line) AS lines,
      (SELECT array_agg(id ORDER BY email) FROM app_user) AS users,
      (SELECT array_agg(id ORDER BY code) FROM location WHERE level IN ('adm1', 'adm2')) AS places,
      (SELECT array_agg(id ORDER BY name) FROM org_group) AS groups,
      (SELECT id FROM app_user WHERE email = ${o.redRecipientEmail}) AS red_reader`.execute(db);

  // Markings by row number modulo 100: 20 CLEAR, 40 GREEN, 30 AMBER, 9 AMBER+STRICT, 1 RED
  // (RED is for a few named people: rare, and each reader is named on few of them).
  const marking = (i: string) =>
    sql.raw(`(CASE WHEN ${i} % 100 < 20 THEN 'CLEAR' WHEN ${i} % 100 < 60 THEN 'GREEN' WHEN ${i} % 100 < 90 THEN 'AMBER'
                   WHEN ${i} % 100 < 99 THEN 'AMBER+STRICT' ELSE 'RED' END)`);
  const pick = (array: string, i: string) => sql.raw(`${array}[1 + (${i}) % cardinality(${array})]`);

  await sql`
    INSERT INTO contribution (owner_org_id, framework_node_id, line_id, type, description, quantity, unit, amount_minor, currency,
                              start_date, end_date, status, external_id, marking, created_by, created_at, updated_at)
    SELECT ${pick('r.orgs', 'i')}, ${pick('r.nodes', 'i * 7')}, ${pick('r.lines', 'i * 7')},
           (ARRAY['funding', 'training', 'equipment', 'humanitarian_aid', 'in_kind', 'personnel'])[1 + i % 6],
           'Generated contribution ' || i || ': support to the lines of effort, delivered with partners on the ground',
           CASE WHEN i % 3 = 0 THEN (i % 500) + 1 END, CASE WHEN i % 3 = 0 THEN 'people' END,
           CASE WHEN i % 3 <> 0 THEN (i % 100000) * 100 + 5000 END, CASE WHEN i % 3 <> 0 THEN 'USD' END,
           DATE '2015-01-01' + (i % 1500), DATE '2015-01-01' + (i % 1500) + 180,
           (ARRAY['pledged', 'committed', 'delivered', 'cancelled'])[1 + i % 4],
           'BENCH-' || i, ${marking('i')}, ${pick('r.users', 'i')},
           now() - make_interval(secs => i), now() - make_interval(secs => i)
    FROM generate_series(1, ${o.contributions}) AS i, bench_ref r`.execute(db);

  await sql`
    INSERT INTO contribution_location (contribution_id, location_id)
    SELECT c.id, ${pick('r.places', 'c.n')} FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM contribution) c, bench_ref r
    UNION
    SELECT c.id, ${pick('r.places', 'c.n * 7 + 3')} FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM contribution) c, bench_ref r
    WHERE c.n % 3 = 0
    ON CONFLICT DO NOTHING`.execute(db);

  await sql`
    INSERT INTO need (owner_org_id, framework_node_id, line_id, location_id, type, description, quantity, unit, amount_minor, currency,
                      period_start, period_end, priority, external_id, marking, created_by, created_at, updated_at)
    SELECT ${pick('r.orgs', 'i * 3')}, ${pick('r.nodes', 'i')}, ${pick('r.lines', 'i')}, ${pick('r.places', 'i')},
           (ARRAY['funding', 'training', 'equipment', 'humanitarian_aid'])[1 + i % 4],
           'Generated need ' || i || ': what the coalition still lacks here',
           CASE WHEN i % 2 = 0 THEN (i % 900) + 10 END, CASE WHEN i % 2 = 0 THEN 'people' END,
           (i % 50000) * 1000 + 100000, 'USD',
           DATE '2015-01-01' + (i % 1500), DATE '2015-01-01' + (i % 1500) + 365,
           (ARRAY['low', 'medium', 'high', 'critical'])[1 + i % 4],
           'BENCH-NEED-' || i, ${marking('i')}, ${pick('r.users', 'i * 5')},
           now() - make_interval(secs => i), now() - make_interval(secs => i)
    FROM generate_series(1, ${o.needs}) AS i, bench_ref r`.execute(db);

  // Three contributions towards each need, the first 3 × needs contributions by row number.
  await sql`
    INSERT INTO contribution_need (contribution_id, need_id, amount_minor)
    SELECT c.id, n.id, 1000 + (c.n % 100) * 100
    FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM contribution) c
    JOIN (SELECT id, row_number() OVER (ORDER BY id) AS n FROM need) n ON n.n = 1 + (c.n - 1) % ${o.needs}
    WHERE c.n <= 3 * ${o.needs}
    ON CONFLICT DO NOTHING`.execute(db);

  await sql`
    INSERT INTO document (title, kind, document_date, body, owner_org_id, marking, created_by, created_at, updated_at)
    SELECT 'Generated document ' || i, (ARRAY['statement', 'communique', 'minutes', 'report', 'other'])[1 + i % 5],
           DATE '2026-01-01' - (i % 4000),
           repeat('Members reviewed progress on stabilisation, training and humanitarian support. ', 1 + i % 8),
           ${pick('r.orgs', 'i * 11')}, ${marking('i')}, ${pick('r.users', 'i * 3')},
           now() - make_interval(secs => i), now() - make_interval(secs => i)
    FROM generate_series(1, ${o.documents}) AS i, bench_ref r`.execute(db);

  // The audience of AMBER rows (a group and an organisation each) and the recipients of RED
  // rows (the reader, and one other user). Rows of the demo keep what they had, plus the reader.
  for (const entity of ['contribution', 'need', 'document'] as const) {
    const table = sql.table(entity);
    await sql`
      INSERT INTO share_audience (entity, row_id, group_id, org_id)
      SELECT ${entity}, t.id, ${pick('r.groups', 't.n')}, NULL FROM (SELECT id, marking, row_number() OVER (ORDER BY id) AS n FROM ${table}) t, bench_ref r
      WHERE t.marking IN ('AMBER', 'AMBER+STRICT')
      UNION ALL
      SELECT ${entity}, t.id, NULL, ${pick('r.orgs', 't.n * 13')} FROM (SELECT id, marking, row_number() OVER (ORDER BY id) AS n FROM ${table}) t, bench_ref r
      WHERE t.marking IN ('AMBER', 'AMBER+STRICT')
      ON CONFLICT DO NOTHING`.execute(db);
    await sql`
      INSERT INTO share_recipient (entity, row_id, user_id)
      SELECT ${entity}, t.id, r.red_reader FROM ${table} t, bench_ref r WHERE t.marking = 'RED'
      UNION
      SELECT ${entity}, t.id, ${pick('r.users', 't.n')} FROM (SELECT id, marking, row_number() OVER (ORDER BY id) AS n FROM ${table}) t, bench_ref r
      WHERE t.marking = 'RED'
      ON CONFLICT DO NOTHING`.execute(db);
  }
  await sql`DROP TABLE bench_ref`.execute(db);
  await sql`ANALYZE`.execute(db);
}
