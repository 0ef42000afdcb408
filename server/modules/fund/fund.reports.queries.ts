// Kysely only: the fund's reports (ADR 0019). The funding status is read from the monthly
// summary (`fund_status_month`, every transaction up to the watermark) plus the ledger's live
// tail (transactions after it) and, for a period that starts or ends inside a month, that
// month's edge days from the summary by day (`fund_status_day`) — all in one statement, so the summary and the watermark
// it reads are one snapshot and nothing is counted twice or missed. `visibleTo` on the fund
// and on each project's own row is inside the SQL: the rows of a project the reader may not
// see count nowhere, totals included.
import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../infra/actor.ts';
import { organisationName } from '../members/members.sql.ts';
import { visibleTo } from '../sharing/sharing.sql.ts';
import type { FundKind } from './fund.table.ts';

/** The classes of account the funding status reads, as the summary's columns sum them (debit > 0). */
const ACCOUNT_CLASSES = {
  pledged: sql`e.account LIKE 'pledge:%:receivable'`,
  committed: sql`e.account LIKE 'commitment:%:receivable'`,
  donor: sql`e.account LIKE 'source:donor:%'`,
  interest_fund: sql`e.account = 'source:interest:fund'`,
  interest_partner: sql`e.account = 'source:interest:partner'`,
  aa_project: sql`e.account LIKE 'aa:project:%'`,
  partner: sql`e.account LIKE 'partner:%'`,
  fee_aa: sql`(e.account = 'fee:aa' OR e.account LIKE 'fee:aa:%')`,
  fee_other: sql`(e.account LIKE 'fee:%' AND e.account <> 'fee:aa' AND e.account NOT LIKE 'fee:aa:%')`,
  expenditure: sql`e.account LIKE 'use:expenditure:%'`,
  aa: sql`e.account LIKE 'aa:%'`,
} as const;
type AccountClass = keyof typeof ACCOUNT_CLASSES;
const CLASSES = Object.keys(ACCOUNT_CLASSES) as AccountClass[];

/** A transaction's dimensions and effective kind (a reversal's is the kind it reverses). */
const DIMENSIONS = sql`coalesce(o.kind, t.kind) AS kind, t.donor_org_id, t.window_id, t.project_id, t.partner_org_id`;
const LEDGER = sql`fund_transaction t LEFT JOIN fund_transaction o ON o.id = t.reverses_id JOIN fund_entry e ON e.transaction_id = t.id`;

/** One row per entry, its amount in the column of its class (the others null). */
const entryColumns = sql.join(
  CLASSES.map((c) => sql`CASE WHEN ${ACCOUNT_CLASSES[c]} THEN e.amount_minor END AS ${sql.id(c)}`),
  sql`, `,
);

export type StatusGroup = 'window' | 'donor' | 'partner' | 'project' | 'period';
export type StatusPeriod = 'month' | 'quarter' | 'year';

const PERIOD_FORMATS: Record<StatusPeriod, string> = { month: 'YYYY-MM', quarter: 'YYYY-"Q"Q', year: 'YYYY' };

function keyOf(by: StatusGroup | undefined, period: StatusPeriod): RawBuilder<string | null> {
  switch (by) {
    case 'window':
      return sql`u.window_id::text`;
    case 'donor':
      return sql`u.donor_org_id::text`;
    case 'partner':
      return sql`u.partner_org_id::text`;
    case 'project':
      return sql`u.project_id::text`;
    case 'period':
      return sql`to_char(u.day, ${sql.lit(PERIOD_FORMATS[period])})`;
    default:
      return sql`NULL::text`;
  }
}

/** Value dates, both ends included; an end left out is open. */
export interface DateSpan {
  from?: string;
  to?: string;
}

/** The last day and month a value date may have (isoDate: four-digit years). */
const LAST_DAY = '9999-12-31';
const LAST_MONTH = '9999-12-01';

/**
 * Which months the summary answers for a span and which edge days the ledger does: whole
 * months inside [from, to] come from the summary by month (`monthFrom` ≤ month < `monthTo`); the
 * days of a month the span cuts from the summary by day (`edges`).
 */
export function planSpan(span: DateSpan): { months: { from?: string; toExclusive?: string } | null; edges: Required<DateSpan>[] } {
  const firstOfMonth = (d: string) => `${d.slice(0, 7)}-01`;
  const nextMonth = (d: string) => {
    const [y, m] = [Number(d.slice(0, 4)), Number(d.slice(5, 7))];
    return m === 12 ? `${String(y + 1).padStart(4, '0')}-01-01` : `${d.slice(0, 4)}-${String(m + 1).padStart(2, '0')}-01`;
  };
  const dayBefore = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  // Dates have four-digit years (isoDate): there is no month after December 9999, and a date
  // of year 10000 is neither parsed by Date nor ordered as text (a 500 on ?to=9999-12-31 before).
  // A span ending on the last day is open at its end; one starting inside December 9999 is that month's days.
  const to = span.to === LAST_DAY ? undefined : span.to;
  if (span.from !== undefined && span.from > LAST_MONTH) return { months: null, edges: [{ from: span.from, to: to ?? LAST_DAY }] };
  const monthFrom = span.from === undefined ? undefined : span.from === firstOfMonth(span.from) ? span.from : nextMonth(span.from);
  const lastOfMonth = (d: string) => d < LAST_MONTH && dayBefore(nextMonth(d)) === d;
  const monthTo = to === undefined ? undefined : lastOfMonth(to) ? nextMonth(to) : firstOfMonth(to);
  if (monthFrom !== undefined && monthTo !== undefined && monthFrom >= monthTo) return { months: null, edges: [{ from: span.from!, to: to! }] };
  const edges: Required<DateSpan>[] = [];
  if (span.from !== undefined && monthFrom !== span.from) edges.push({ from: span.from, to: dayBefore(monthFrom!) });
  if (to !== undefined && monthTo !== undefined && monthTo <= to) edges.push({ from: monthTo, to });
  return { months: { from: monthFrom, toExclusive: monthTo }, edges };
}

export interface FigureRow {
  key: string | null;
  /** Whether the watermark was still `watermark` when the statement read the summaries (if not, read again). */
  watermark_held: boolean;
  /** Whether this row is the total (every group together). */
  total: boolean;
  pledged: string;
  committed: string;
  deposits: string;
  refunds_to_donors: string;
  interest_fund: string;
  interest_partners: string;
  allocations: string;
  transfers: string;
  refunds_from_partners: string;
  aa_fees: string;
  direct_costs: string;
  expenditure: string;
  balance_with_aa: string;
  balance_with_partners: string;
}

/** The summary's watermark: every transaction numbered up to it is in the summaries, none after it. */
export async function readWatermark(db: Db): Promise<string> {
  const { rows } = await sql<{ seq: string }>`SELECT seq::text AS seq FROM fund_status_watermark`.execute(db);
  return rows[0]?.seq ?? '0';
}

/**
 * The funding status figures of a fund `actor` may read, as exact numeric text: the total,
 * and one row per group when `by` is given (GROUPING SETS: one pass for both); all zero when
 * the fund is not visible (the caller read it under visibleTo first and answered 404). The
 * watermark goes in as a value, so that the planner sees how short the tail is (an index
 * walk, not a pass over every entry); each row says whether it still held.
 */
export async function statusFigures(db: Db, actor: Actor, fundId: string, q: DateSpan & { by?: StatusGroup; period?: StatusPeriod }, watermark: string): Promise<FigureRow[]> {
  const plan = planSpan(q);
  const inSpan = (s: DateSpan) => sql`${s.from !== undefined ? sql`AND t.value_date >= ${s.from}` : sql``} ${s.to !== undefined ? sql`AND t.value_date <= ${s.to}` : sql``}`;
  const parts: RawBuilder<unknown>[] = [];
  if (plan.months) {
    const m = plan.months;
    parts.push(sql`
      SELECT s.month AS day, s.kind, s.donor_org_id, s.window_id, s.project_id, s.partner_org_id, ${sql.join(CLASSES.map((c) => sql.ref(`s.${c}`)))}
      FROM fund_status_month s
      WHERE s.fund_id = ${fundId} ${m.from !== undefined ? sql`AND s.month >= ${m.from}` : sql``} ${m.toExclusive !== undefined ? sql`AND s.month < ${m.toExclusive}` : sql``}`);
  }
  // The live tail: every transaction after the watermark, in the span.
  parts.push(sql`
    SELECT t.value_date AS day, ${DIMENSIONS}, ${entryColumns}
    FROM ${LEDGER}
    WHERE t.fund_id = ${fundId} AND t.seq > ${watermark}::bigint ${inSpan(q)}`);
  // The days of a month the span cuts, up to the watermark: from the summary by day.
  for (const edge of plan.edges)
    parts.push(sql`
      SELECT s.day, s.kind, s.donor_org_id, s.window_id, s.project_id, s.partner_org_id, ${sql.join(CLASSES.map((c) => sql.ref(`s.${c}`)))}
      FROM fund_status_day s
      WHERE s.fund_id = ${fundId} AND s.day >= ${edge.from} AND s.day <= ${edge.to}`);

  const key = keyOf(q.by, q.period ?? 'quarter');
  const total = (column: AccountClass, filter?: RawBuilder<unknown>, negate = false) =>
    sql`coalesce(${negate ? sql`-` : sql``}sum(${sql.ref(`r.${column}`)})${filter ? sql` FILTER (WHERE ${filter})` : sql``}, 0)::text`;
  const { rows } = await sql<FigureRow>`
    WITH hidden AS MATERIALIZED (
      SELECT d.id FROM fund_project p JOIN fund_project_detail d ON d.id = p.id
      WHERE p.fund_id = ${fundId} AND NOT coalesce(${visibleTo(actor, 'fund_project', 'd')}, false)
    ),
    r AS (SELECT ${key} AS key, u.* FROM (${sql.join(parts, sql` UNION ALL `)}) u)
    SELECT ${q.by ? sql`r.key` : sql`NULL::text`} AS key, ${q.by ? sql`GROUPING(r.key) = 1` : sql`true`} AS total,
      (SELECT seq FROM fund_status_watermark) = ${watermark}::bigint AS watermark_held,
      ${total('pledged')} AS pledged,
      ${total('committed')} AS committed,
      ${total('donor', sql`r.kind = 'deposit'`, true)} AS deposits,
      ${total('donor', sql`r.kind = 'refund'`)} AS refunds_to_donors,
      ${total('interest_fund', undefined, true)} AS interest_fund,
      ${total('interest_partner', undefined, true)} AS interest_partners,
      ${total('aa_project', sql`r.kind = 'allocation'`)} AS allocations,
      ${total('partner', sql`r.kind = 'transfer'`)} AS transfers,
      ${total('partner', sql`r.kind = 'refund'`, true)} AS refunds_from_partners,
      ${total('fee_aa')} AS aa_fees,
      ${total('fee_other')} AS direct_costs,
      ${total('expenditure')} AS expenditure,
      ${total('aa')} AS balance_with_aa,
      ${total('partner')} AS balance_with_partners
    FROM r
    WHERE EXISTS (SELECT 1 FROM fund f WHERE f.id = ${fundId} AND ${visibleTo(actor, 'fund', 'f')})
      AND (r.project_id IS NULL OR r.project_id NOT IN (SELECT id FROM hidden))
    GROUP BY ${q.by ? sql`GROUPING SETS ((), (r.key))` : sql`()`}
    ORDER BY 2 DESC, 1 NULLS FIRST`.execute(db);
  return rows;
}

/** The names of a status's groups: window names, project titles, donors' and partners' organisation names. */
export async function groupNames(db: Db, fundId: string, by: Exclude<StatusGroup, 'period'>, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const name =
    by === 'window'
      ? sql`(SELECT w.name FROM fund_window w WHERE w.id = x.id AND w.fund_id = ${fundId})`
      : by === 'project'
        ? sql`(SELECT p.title FROM fund_project p WHERE p.id = x.id AND p.fund_id = ${fundId})`
        : organisationName(sql.ref('x.id'));
  const { rows } = await sql<{ id: string; name: string | null }>`SELECT x.id, ${name} AS name FROM unnest(${ids}::uuid[]) AS x (id)`.execute(db);
  return new Map(rows.flatMap((r) => (r.name === null ? [] : [[r.id, r.name] as const])));
}

/** How many transactions are after the watermark (every fund), counted up to `limit`. */
export async function tailLength(db: Db, limit: number): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM fund_transaction WHERE seq > (SELECT seq FROM fund_status_watermark) LIMIT ${limit}) x`.execute(db);
  return rows[0]!.n;
}

// ---------------------------------------------------------------- the summary's watermark

/** The highest transaction number committed so far (every fund). */
export async function highestSeq(db: Db): Promise<string> {
  const { rows } = await sql<{ seq: string }>`SELECT coalesce(max(seq), 0)::text AS seq FROM fund_transaction`.execute(db);
  return rows[0]!.seq;
}

/**
 * The virtual transaction ids of the other sessions that may be inserting into the ledger:
 * those holding fund_transaction's ROW EXCLUSIVE lock (taken before a transaction number is
 * drawn, held to the commit). pg_locks is readable by every role.
 */
export async function ledgerWriters(db: Db): Promise<string[]> {
  const { rows } = await sql<{ vxid: string }>`
    SELECT DISTINCT v.virtualxid AS vxid
    FROM pg_locks l JOIN pg_locks v ON v.pid = l.pid AND v.locktype = 'virtualxid'
    WHERE l.locktype = 'relation' AND l.relation = 'fund_transaction'::regclass AND l.mode = 'RowExclusiveLock'
      AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) AND l.pid <> pg_backend_pid()`.execute(db);
  return rows.map((r) => r.vxid);
}

/** How many of `vxids` are still running. */
export async function stillRunning(db: Db, vxids: string[]): Promise<number> {
  if (!vxids.length) return 0;
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'virtualxid' AND virtualxid = ANY(${vxids}::text[])`.execute(db);
  return rows[0]!.n;
}

/** The watermark, its row locked until the caller's transaction ends (one summariser at a time). */
export async function lockWatermark(db: Db): Promise<string> {
  const { rows } = await sql<{ seq: string }>`SELECT seq::text AS seq FROM fund_status_watermark FOR UPDATE`.execute(db);
  return rows[0]!.seq;
}

/** Adds the transactions numbered in (after, through] to the summary, by day and by month, and moves the watermark to `through`. */
export async function summarise(db: Db, after: string, through: string): Promise<void> {
  const columns = sql.join([sql`fund_id`, sql`kind`, sql`donor_org_id`, sql`window_id`, sql`project_id`, sql`partner_org_id`, ...CLASSES.map((c) => sql.id(c))]);
  const add = (table: string) =>
    sql.join(
      CLASSES.map((c) => sql`${sql.id(c)} = ${sql.id(table)}.${sql.id(c)} + EXCLUDED.${sql.id(c)}`),
      sql`, `,
    );
  await sql`
    WITH d AS (
      SELECT t.fund_id, t.value_date AS day, ${DIMENSIONS},
        ${sql.join(
          CLASSES.map((c) => sql`coalesce(sum(e.amount_minor) FILTER (WHERE ${ACCOUNT_CLASSES[c]}), 0) AS ${sql.id(c)}`),
          sql`, `,
        )}
      FROM ${LEDGER}
      WHERE t.seq > ${after}::bigint AND t.seq <= ${through}::bigint
      GROUP BY 1, 2, 3, 4, 5, 6, 7
    ), by_day AS (
      INSERT INTO fund_status_day (day, ${columns}) SELECT day, ${columns} FROM d
      ON CONFLICT ON CONSTRAINT fund_status_day_key DO UPDATE SET ${add('fund_status_day')}
    )
    INSERT INTO fund_status_month (month, ${columns})
    SELECT date_trunc('month', day)::date, fund_id, kind, donor_org_id, window_id, project_id, partner_org_id, ${sql.join(CLASSES.map((c) => sql`sum(${sql.id(c)})`))}
    FROM d GROUP BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT ON CONSTRAINT fund_status_month_key DO UPDATE SET ${add('fund_status_month')}`.execute(db);
  await sql`UPDATE fund_status_watermark SET seq = ${through}::bigint, updated_at = now()`.execute(db);
}

/**
 * The first difference between a summary (by month or by day) and the ledger's entries up to
 * the watermark, or undefined: one statement, so the summary, the watermark and the ledger are
 * one snapshot.
 */
export async function firstSummaryDifference(db: Db, unit: 'month' | 'day'): Promise<string | undefined> {
  const table = sql.table(unit === 'month' ? 'fund_status_month' : 'fund_status_day');
  const period = unit === 'month' ? sql`date_trunc('month', t.value_date)::date` : sql`t.value_date`;
  const { rows } = await sql<{ v: string }>`
    WITH l AS (
      SELECT t.fund_id, ${period} AS period, ${DIMENSIONS},
        ${sql.join(
          CLASSES.map((c) => sql`coalesce(sum(e.amount_minor) FILTER (WHERE ${ACCOUNT_CLASSES[c]}), 0) AS ${sql.id(c)}`),
          sql`, `,
        )}
      FROM ${LEDGER}
      WHERE t.seq <= (SELECT seq FROM fund_status_watermark)
      GROUP BY 1, 2, 3, 4, 5, 6, 7
    ), s AS (
      SELECT fund_id, ${sql.ref(unit)} AS period, kind, donor_org_id, window_id, project_id, partner_org_id, ${sql.join(CLASSES.map((c) => sql.id(c)))} FROM ${table}
    )
    SELECT 'fund ' || coalesce(s.fund_id, l.fund_id) || ', ' || ${unit} || ' ' || coalesce(s.period, l.period) || ', ' || coalesce(s.kind, l.kind)
      || ': the summary by ' || ${unit} || ' says ' || coalesce(row(${sql.join(CLASSES.map((c) => sql.ref(`s.${c}`)))})::text, 'nothing')
      || ', the ledger up to the watermark ' || coalesce(row(${sql.join(CLASSES.map((c) => sql.ref(`l.${c}`)))})::text, 'nothing') AS v
    FROM s FULL JOIN l ON (s.fund_id, s.period, s.kind) = (l.fund_id, l.period, l.kind)
      AND s.donor_org_id IS NOT DISTINCT FROM l.donor_org_id AND s.window_id IS NOT DISTINCT FROM l.window_id
      AND s.project_id IS NOT DISTINCT FROM l.project_id AND s.partner_org_id IS NOT DISTINCT FROM l.partner_org_id
    WHERE row(${sql.join(CLASSES.map((c) => sql`coalesce(${sql.ref(`s.${c}`)}, 0)`))}) IS DISTINCT FROM row(${sql.join(CLASSES.map((c) => sql`coalesce(${sql.ref(`l.${c}`)}, 0)`))})
    ORDER BY 1 LIMIT 1`.execute(db);
  return rows[0]?.v;
}

// ---------------------------------------------------------------- donor statements

/** The donor's name if it pledged, committed, paid into or was refunded by the fund (the fund was read under visibleTo first). */
export async function donorOfFund(db: Db, fundId: string, donorOrgId: string) {
  const { rows } = await sql<{ id: string; name: string }>`
    SELECT x.id, ${organisationName(sql.ref('x.id'))} AS name FROM (SELECT ${donorOrgId}::uuid AS id) x
    WHERE EXISTS (SELECT 1 FROM fund_transaction t WHERE t.fund_id = ${fundId} AND t.donor_org_id = x.id)`.execute(db);
  return rows[0];
}

export interface StatementLineRow {
  id: string;
  seq: string;
  kind: FundKind;
  /** A reversal: the kind it reverses. */
  reversed_kind: FundKind | null;
  reverses_id: string | null;
  value_date: string;
  /** Signed as the donor's account sees it: what was paid in, pledged or committed is positive; a refund or a reversal negative. */
  amount_minor: string;
  original_amount_minor: string | null;
  original_currency: string | null;
  rate: string | null;
  /** The administrative agent's fee this transaction took (negated in a deposit's reversal). */
  aa_fee_minor: string;
  description: string;
}

/** A donor's transactions in the fund whose value date is in the span, in value-date order (the fund was read under visibleTo first). */
export async function donorLines(db: Db, fundId: string, donorOrgId: string, span: DateSpan): Promise<StatementLineRow[]> {
  const { rows } = await sql<StatementLineRow>`
    SELECT t.id, t.seq::text AS seq, t.kind, o.kind AS reversed_kind, t.reverses_id, t.value_date,
      (CASE WHEN coalesce(o.kind, t.kind) = 'refund' THEN -1 ELSE 1 END * CASE WHEN t.kind = 'reversal' THEN -1 ELSE 1 END * t.amount_minor)::text AS amount_minor,
      coalesce(t.original_amount_minor, o.original_amount_minor)::text AS original_amount_minor,
      coalesce(t.original_currency, o.original_currency) AS original_currency, coalesce(t.rate, o.rate) AS rate,
      coalesce((SELECT sum(e.amount_minor) FROM fund_entry e WHERE e.transaction_id = t.id AND (e.account = 'fee:aa' OR e.account LIKE 'fee:aa:%')), 0)::text AS aa_fee_minor,
      t.description
    FROM fund_transaction t LEFT JOIN fund_transaction o ON o.id = t.reverses_id
    WHERE t.fund_id = ${fundId} AND t.donor_org_id = ${donorOrgId}
      ${span.from !== undefined ? sql`AND t.value_date >= ${span.from}` : sql``}
      ${span.to !== undefined ? sql`AND t.value_date <= ${span.to}` : sql``}
    ORDER BY t.value_date, t.seq`.execute(db);
  return rows;
}
