// Fills a database that holds the demo coalition with meetings and action items for the list
// benchmark (bench/list.ts): ten series, `meetings` meetings spread over them and over the
// years with the spread of TLP markings of list-rows.ts (AMBER meetings shared with a group
// and an organisation, RED ones naming the reader as a recipient), and `actionItems` action
// items created at them, each owned by one or two organisations, in every status (a dropped
// one with its reason, a closed one with its day). Deterministic (every choice is the row
// number modulo something), written by the database with generate_series; not audited (bench
// data, loaded as an import would be).
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../server/db/database.ts';

export interface MeetingRowsOptions {
  meetings: number;
  actionItems: number;
  /** A user of the demo who is made a recipient of every RED meeting. */
  redRecipientEmail: string;
}

export async function generateMeetingRows(db: Kysely<Database>, o: MeetingRowsOptions): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`
      CREATE TEMP TABLE bench_meeting_ref ON COMMIT DROP AS
      SELECT
        (SELECT array_agg(id ORDER BY name) FROM organisation) AS orgs,
        (SELECT array_agg(id ORDER BY email) FROM app_user) AS users,
        (SELECT array_agg(id ORDER BY name) FROM org_group) AS groups,
        (SELECT id FROM app_user WHERE email = ${o.redRecipientEmail}) AS red_reader`.execute(trx);
    const pick = (array: string, i: string) => sql.raw(`${array}[1 + (${i}) % cardinality(${array})]`);
    const marking = (i: string) =>
      sql.raw(`(CASE WHEN ${i} % 100 < 20 THEN 'CLEAR' WHEN ${i} % 100 < 60 THEN 'GREEN' WHEN ${i} % 100 < 90 THEN 'AMBER'
                     WHEN ${i} % 100 < 99 THEN 'AMBER+STRICT' ELSE 'RED' END)`);
    await sql`
      INSERT INTO meeting_series (owner_org_id, name, code, created_by)
      SELECT ${pick('r.orgs', 's * 7')}, 'Generated series ' || s, 'GEN' || s, r.users[1] FROM generate_series(0, 9) AS s, bench_meeting_ref r`.execute(trx);
    await sql`
      CREATE TEMP TABLE bench_series ON COMMIT DROP AS
      SELECT array_agg(id ORDER BY code) AS ids, array_agg(owner_org_id ORDER BY code) AS owners FROM meeting_series WHERE code LIKE 'GEN%'`.execute(trx);
    // Meeting i: series i % 10, a day every few hours from 2015, two hours long, in one of three zones.
    await sql`
      INSERT INTO meeting (series_id, owner_org_id, marking, created_by, title, kind, state, time_zone, starts_local, ends_local, starts_at, ends_at, venue)
      SELECT bs.ids[1 + i % 10], bs.owners[1 + i % 10], ${marking('i')}, r.users[1], 'Generated meeting ' || i,
             (ARRAY['plenary', 'small_group', 'working_group', 'ministerial', 'expert'])[1 + i % 5],
             (ARRAY['draft', 'scheduled', 'in_progress', 'held', 'minutes_circulated', 'minutes_approved', 'cancelled'])[1 + i % 7],
             z.zone, l.at, l.at + interval '2 hours', l.at AT TIME ZONE z.zone, (l.at + interval '2 hours') AT TIME ZONE z.zone, 'Room ' || (i % 40)
      FROM generate_series(1, ${o.meetings}) AS i, bench_meeting_ref r, bench_series bs,
           LATERAL (SELECT (ARRAY['Europe/London', 'Asia/Baghdad', 'America/New_York'])[1 + i % 3] AS zone) z,
           LATERAL (SELECT TIMESTAMP '2015-01-05 09:00' + (i * 7) * interval '1 hour' AS at) l`.execute(trx);
    await sql`
      INSERT INTO share_audience (entity, row_id, group_id, org_id)
      SELECT 'meeting', t.id, ${pick('r.groups', 't.n')}, NULL FROM (SELECT id, marking, row_number() OVER (ORDER BY id) AS n FROM meeting WHERE title LIKE 'Generated%') t, bench_meeting_ref r
      WHERE t.marking IN ('AMBER', 'AMBER+STRICT')
      UNION ALL
      SELECT 'meeting', t.id, NULL, ${pick('r.orgs', 't.n * 13')} FROM (SELECT id, marking, row_number() OVER (ORDER BY id) AS n FROM meeting WHERE title LIKE 'Generated%') t, bench_meeting_ref r
      WHERE t.marking IN ('AMBER', 'AMBER+STRICT')
      ON CONFLICT DO NOTHING`.execute(trx);
    await sql`
      INSERT INTO share_recipient (entity, row_id, user_id)
      SELECT 'meeting', m.id, r.red_reader FROM meeting m, bench_meeting_ref r WHERE m.marking = 'RED' AND m.title LIKE 'Generated%'
      ON CONFLICT DO NOTHING`.execute(trx);
    // Action item n: at meeting 1 + n % meetings, due a few weeks after it, in every status.
    await sql`
      CREATE TEMP TABLE bench_meetings ON COMMIT DROP AS
      SELECT array_agg(id ORDER BY starts_at, id) AS ids, array_agg(series_id ORDER BY starts_at, id) AS series,
             array_agg(starts_local::date ORDER BY starts_at, id) AS days
      FROM meeting WHERE title LIKE 'Generated%'`.execute(trx);
    await sql`
      WITH a AS (
        INSERT INTO action_item (meeting_id, series_id, text, owner_user_id, due_date, status, dropped_reason, closed_on, created_by)
        SELECT bm.ids[1 + n % cardinality(bm.ids)], bm.series[1 + n % cardinality(bm.ids)], 'Generated action ' || n,
               CASE WHEN n % 3 = 0 THEN ${pick('r.users', 'n')} END,
               bm.days[1 + n % cardinality(bm.ids)] + (7 + n % 60), s.status,
               CASE WHEN s.status = 'dropped' THEN 'No longer needed' END,
               CASE WHEN s.status IN ('done', 'dropped') THEN bm.days[1 + n % cardinality(bm.ids)] + (n % 90) END,
               r.users[1]
        FROM generate_series(0, ${o.actionItems - 1}::int) AS n, bench_meeting_ref r, bench_meetings bm,
             LATERAL (SELECT (ARRAY['open', 'in_progress', 'done', 'dropped'])[1 + n % 4] AS status) s
        RETURNING id, (regexp_replace(text, '\\D', '', 'g'))::int AS n
      )
      INSERT INTO action_item_owner (action_item_id, org_id)
      SELECT a.id, ${pick('r.orgs', 'a.n * 5')} FROM a, bench_meeting_ref r
      UNION
      SELECT a.id, ${pick('r.orgs', 'a.n * 5 + 1')} FROM a, bench_meeting_ref r WHERE a.n % 2 = 0`.execute(trx);
  });
  await sql`ANALYZE meeting, meeting_series, action_item, action_item_owner, share_audience, share_recipient`.execute(db);
}
