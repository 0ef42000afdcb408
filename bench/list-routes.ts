// The lists the list benchmark measures (bench/list.ts, bench/profile-list.ts): for each, the
// app's path and its bare twin's SQL — what the list returns (the rows, the same joins, the
// places, the audience and recipients, the entries) in the same order, without the sharing
// rule — and the data both serve (bench/generators/).
import { type Kysely, sql } from 'kysely';
import type { Database } from '../server/db/database.ts';
import { generateFundRows } from './generators/fund-rows.ts';
import { generateListRows } from './generators/list-rows.ts';
import { generateMeetingRows } from './generators/meeting-rows.ts';

/** The reader: the secretariat's coordinator, a recipient of every generated RED row. */
export const READER = 'coordinator@secretariat.demo';

/** What the generators made that a path names. */
export interface ListData {
  ledgerFundId: string;
}

export interface ListRoute {
  /** The app's path (a page of 50). */
  appPath: (data: ListData) => string;
  /** The bare route's statement (limit 51: the page and whether there is more) and its parameters. */
  bareSql: string;
  bareParams?: (data: ListData) => unknown[];
}

// The audience aggregated per row, as the list's answer carries it.
const audienceOf = (entity: string, alias: string) => `
  (SELECT coalesce(json_agg(json_build_object('id', g.id, 'name', g.name) ORDER BY g.name), '[]')
     FROM share_audience a JOIN org_group g ON g.id = a.group_id WHERE a.entity = '${entity}' AND a.row_id = ${alias}.id) AS audience_groups,
  (SELECT coalesce(json_agg(json_build_object('id', o2.id, 'name', o2.name) ORDER BY o2.name), '[]')
     FROM share_audience a JOIN organisation o2 ON o2.id = a.org_id WHERE a.entity = '${entity}' AND a.row_id = ${alias}.id) AS audience_orgs,
  (SELECT coalesce(json_agg(json_build_object('id', u.id, 'name', u.display_name) ORDER BY u.display_name), '[]')
     FROM share_recipient r JOIN app_user u ON u.id = r.user_id WHERE r.entity = '${entity}' AND r.row_id = ${alias}.id) AS recipients`;

export const LIST_ROUTES: Record<string, ListRoute> = {
  contributions: {
    appPath: () => '/api/contributions?limit=50',
    bareSql: `
    SELECT c.*, o.name AS org_name, fn.name AS node_name, ln.name AS line_name,
      (SELECT coalesce(json_agg(json_build_object('id', l.id, 'code', l.code, 'name', l.name) ORDER BY l.name), '[]')
         FROM contribution_location cl JOIN location l ON l.id = cl.location_id WHERE cl.contribution_id = c.id) AS locations,
      ${audienceOf('contribution', 'c')}
    FROM contribution c
    JOIN organisation o ON o.id = c.owner_org_id
    JOIN framework_node fn ON fn.id = c.framework_node_id
    JOIN framework_node ln ON ln.id = c.line_id
    ORDER BY c.created_at DESC, c.id DESC LIMIT 51`,
  },
  needs: {
    appPath: () => '/api/needs?limit=50',
    bareSql: `
    SELECT g.*, ${audienceOf('need', 'g')} FROM (
      SELECT n.*, o.name AS org_name, fn.name AS node_name, ln.name AS line_name, l.code AS location_code, l.name AS location_name,
             wg.name AS working_group_name, m.*,
             greatest(coalesce(n.quantity, 0) - m.committed_quantity - m.delivered_quantity, 0) AS unmet_quantity,
             greatest(coalesce(n.amount_minor, 0) - m.committed_amount - m.delivered_amount, 0) AS unmet_amount
      FROM need n
      JOIN organisation o ON o.id = n.owner_org_id
      JOIN framework_node fn ON fn.id = n.framework_node_id
      JOIN framework_node ln ON ln.id = n.line_id
      LEFT JOIN location l ON l.id = n.location_id
      LEFT JOIN working_group wg ON wg.id = n.working_group_id
      CROSS JOIN LATERAL (
        SELECT coalesce(sum(cn.quantity) FILTER (WHERE c.status = 'committed'), 0) AS committed_quantity,
               coalesce(sum(cn.amount_minor) FILTER (WHERE c.status = 'committed'), 0) AS committed_amount,
               coalesce(sum(cn.quantity) FILTER (WHERE c.status = 'delivered'), 0) AS delivered_quantity,
               coalesce(sum(cn.amount_minor) FILTER (WHERE c.status = 'delivered'), 0) AS delivered_amount
        FROM contribution_need cn JOIN contribution c ON c.id = cn.contribution_id
        WHERE cn.need_id = n.id AND c.status <> 'cancelled'
      ) m
    ) g
    ORDER BY g.unmet_amount::numeric DESC, g.unmet_quantity::numeric DESC, g.id DESC LIMIT 51`,
  },
  documents: {
    appPath: () => '/api/documents?limit=50',
    bareSql: `
    SELECT d.id, d.title, d.kind, d.document_date, d.file_name, d.file_type, d.file_size, d.file_sha256, d.owner_org_id, d.marking,
           d.created_by, d.created_at, d.updated_at, left(d.body, 240) AS excerpt, o.name AS owner_org_name, ${audienceOf('document', 'd')}
    FROM document d JOIN organisation o ON o.id = d.owner_org_id
    ORDER BY d.document_date DESC, d.id DESC LIMIT 51`,
  },
  organisations: {
    appPath: () => '/api/organisations?limit=50',
    bareSql: `
    SELECT o.id, o.name, o.short_name, o.kind, o.iso3, o.membership_status, o.joined_on, o.left_on, (SELECT count(*) FROM organisation) AS total
    FROM organisation o ORDER BY o.name, o.id LIMIT 51`,
  },
  // The fund lists (issue 12): the funds, each with its administrative agent's name; and a
  // fund's transactions, newest first, each with its entries and the transaction reversing it.
  // The app first reads the fund itself under the rule (a fund you may not read is a 404), then
  // the page; the bare route reads only the page.
  funds: {
    appPath: () => '/api/funds?limit=50',
    bareSql: `
    SELECT f.id, f.owner_org_id, o.name AS owner_org_name, f.name, f.base_currency, f.aa_fee_bp, f.indirect_cost_bp, f.launched_on, f.marking, f.created_by
    FROM fund f JOIN organisation o ON o.id = f.owner_org_id
    ORDER BY f.id LIMIT 51`,
  },
  'fund-transactions': {
    appPath: (d) => `/api/funds/${d.ledgerFundId}/transactions?limit=50`,
    bareSql: `
    SELECT t.id, t.seq, t.fund_id, t.kind, t.value_date, t.donor_org_id, t.window_id, t.project_id, t.partner_org_id, t.fee_kind,
           t.amount_minor, t.original_amount_minor, t.original_currency, t.rate, t.reverses_id, t.description, t.created_at, f.base_currency AS currency,
           (SELECT r.id FROM fund_transaction r WHERE r.reverses_id = t.id) AS reversed_by,
           (SELECT coalesce(json_agg(json_build_object('account', e.account, 'currency', e.currency, 'amount_minor', e.amount_minor::text) ORDER BY e.id), '[]')
              FROM fund_entry e WHERE e.transaction_id = t.id) AS entries
    FROM fund_transaction t JOIN fund f ON f.id = t.fund_id
    WHERE t.fund_id = $1
    ORDER BY t.seq DESC LIMIT 51`,
    bareParams: (d) => [d.ledgerFundId],
  },
  // The meetings (issue 10), by start; and the action items, by due date, each with its
  // meeting, series and owner organisations (by name). The app reads an action item under its
  // meeting's rule.
  meetings: {
    appPath: () => '/api/meetings?limit=50',
    bareSql: `
    SELECT m.id, m.series_id, s.name AS series_name, s.code AS series_code, m.owner_org_id, o.name AS org_name, m.marking, m.created_by,
      m.title, m.kind, m.state, m.time_zone, to_char(m.starts_local, 'YYYY-MM-DD"T"HH24:MI') AS start_local, to_char(m.ends_local, 'YYYY-MM-DD"T"HH24:MI') AS end_local,
      m.starts_at, m.ends_at, m.venue, m.online_url, m.sequence, m.cancelled_reason, m.updated_at
    FROM meeting m JOIN meeting_series s ON s.id = m.series_id JOIN organisation o ON o.id = m.owner_org_id
    ORDER BY m.starts_at, m.id LIMIT 51`,
  },
  'action-items': {
    appPath: () => '/api/action-items?limit=50',
    bareSql: `
    SELECT ai.id, ai.text, ai.meeting_id, om.title AS meeting_title, to_char(om.starts_local, 'YYYY-MM-DD') AS meeting_day, om.owner_org_id AS meeting_owner_org_id,
      ai.series_id, os.code AS series_code, ai.decision_id, ai.owner_user_id, u.display_name AS owner_user_name,
      (SELECT coalesce(json_agg(json_build_object('id', ow.org_id, 'name', oo.name) ORDER BY oo.name, ow.org_id), '[]'::json)
         FROM action_item_owner ow JOIN organisation oo ON oo.id = ow.org_id WHERE ow.action_item_id = ai.id) AS owners,
      to_char(ai.due_date, 'YYYY-MM-DD') AS due_date, ai.status, ai.dropped_reason, to_char(ai.closed_on, 'YYYY-MM-DD') AS closed_on,
      (ai.status IN ('open', 'in_progress') AND ai.due_date < (now() AT TIME ZONE om.time_zone)::date) AS overdue, om.time_zone
    FROM action_item ai JOIN meeting om ON om.id = ai.meeting_id JOIN meeting_series os ON os.id = ai.series_id
    LEFT JOIN app_user u ON u.id = ai.owner_user_id
    ORDER BY ai.due_date, ai.id LIMIT 51`,
  },
};

/**
 * The benchmark's data on a database holding the demo: `contributions` contributions, a tenth
 * as many needs and documents (list-rows.ts), 200 funds, one of them with `contributions`
 * transactions (fund-rows.ts), half as many meetings and as many action items (meeting-rows.ts).
 */
export async function generateListData(owner: Kysely<Database>, contributions: number): Promise<ListData> {
  await generateListRows(owner, { contributions, needs: Math.round(contributions / 10), documents: Math.round(contributions / 10), redRecipientEmail: READER });
  const { ledgerFundId } = await generateFundRows(owner, { funds: 200, transactions: contributions, redRecipientEmail: READER });
  await generateMeetingRows(owner, { meetings: Math.round(contributions / 2), actionItems: contributions, redRecipientEmail: READER });
  await sql`ANALYZE fund, fund_window, fund_project, fund_transaction, fund_entry, fund_balance, share_audience, share_recipient`.execute(owner);
  return { ledgerFundId };
}
