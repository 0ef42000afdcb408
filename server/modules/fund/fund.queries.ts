// Kysely only: the pooled fund. Every read of a fund, and of what hangs from it (windows,
// projects, transactions, entries, the funding status), goes through visibleTo on the fund.
import { type Insertable, type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { PREPARED } from '../../db/kysely.ts';
import type { Actor } from '../../infra/actor.ts';
import { joinOrganisation, organisationName } from '../members/members.sql.ts';
import { type SharingDescription, sharingDescription, visibleTo } from '../sharing/sharing.sql.ts';
import { CREDIT_ACCOUNT_SQL } from './fund.rules.ts';
import type { FundTable, FundTransactionTable, FundKind } from './fund.table.ts';

export interface FundRow {
  id: string;
  owner_org_id: string;
  owner_org_name: string;
  name: string;
  base_currency: string;
  aa_fee_bp: number;
  indirect_cost_bp: number;
  launched_on: string | null;
  marking: FundTable['marking'];
  created_by: string;
}

const fundColumns = sql`f.id, f.owner_org_id, ${organisationName(sql.ref('f.owner_org_id'))} AS owner_org_name, f.name, f.base_currency, f.aa_fee_bp,
  f.indirect_cost_bp, f.launched_on, f.marking, f.created_by`;

export async function findVisibleFund(db: Db, actor: Actor, id: string) {
  const { rows } = await sql<FundRow>`SELECT ${fundColumns} FROM fund f WHERE f.id = ${id} AND ${visibleTo(actor, 'fund', 'f')}`.execute(db);
  return rows[0];
}

/** A page of funds: the agent's name by a join (not `organisationName`'s subquery, a scan per row on a page: ADR 0011, 6). */
export async function listVisibleFunds(db: Db, actor: Actor, after: string | undefined, limit: number) {
  const { rows } = await sql<FundRow & { sharing: SharingDescription }>`
    SELECT f.id, f.owner_org_id, owner.name AS owner_org_name, f.name, f.base_currency, f.aa_fee_bp,
      f.indirect_cost_bp, f.launched_on, f.marking, f.created_by
    FROM fund f ${joinOrganisation('owner', sql.ref('f.owner_org_id'))}
    WHERE ${visibleTo(actor, 'fund', 'f')} ${after ? sql`AND f.id > ${after}` : sql``}
    ORDER BY f.id LIMIT ${limit + 1}`.execute(db);
  return rows;
}

export const describeSharing = async (db: Db, id: string) =>
  (await sql<{ sharing: SharingDescription }>`SELECT ${sharingDescription('fund', 'f')} AS sharing FROM fund f WHERE f.id = ${id}`.execute(db)).rows[0]!.sharing;

export async function insertFund(db: Db, values: Insertable<FundTable>) {
  return await db.insertInto('fund').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function insertWindow(db: Db, values: { fund_id: string; code: string; name: string; purpose: string; sectors: string[] }) {
  return await db.insertInto('fund_window').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function insertProject(
  db: Db,
  values: { fund_id: string; window_id: string | null; partner_org_id: string; title: string; budget_minor: number; currency: string; created_by: string },
) {
  return await db.insertInto('fund_project').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function listWindows(db: Db, fundId: string) {
  return await db.selectFrom('fund_window').select(['id', 'code', 'name', 'purpose', 'sectors']).where('fund_id', '=', fundId).orderBy('code').execute();
}

export interface ProjectRow {
  id: string;
  fund_id: string;
  window_id: string | null;
  window_code: string | null;
  partner_org_id: string;
  partner_name: string;
  title: string;
  budget_minor: string;
  currency: string;
}

const projectColumns = sql`p.id, p.fund_id, p.window_id, w.code AS window_code, p.partner_org_id, ${organisationName(sql.ref('p.partner_org_id'))} AS partner_name,
  p.title, p.budget_minor, p.currency`;

/**
 * Whether `actor` may see the project `projectId` (a column or value): its details' own row
 * (entity 'fund_project') is visible to them, or it has none yet. A project they may not see
 * (RED, say) is missing on every path — the fund's answer, its transactions, a posting or a
 * reversal naming it, an import — as in the reports (fund.reports.queries.ts).
 */
export const projectVisibleTo = (actor: Actor, projectId: RawBuilder<unknown> | string) =>
  sql<boolean>`NOT EXISTS (SELECT 1 FROM fund_project_detail pd WHERE pd.id = ${projectId} AND NOT coalesce(${visibleTo(actor, 'fund_project', 'pd')}, false))`;

/** The fund's projects `actor` may see (the fund was read under visibleTo first). */
export async function listProjects(db: Db, actor: Actor, fundId: string) {
  const { rows } = await sql<ProjectRow>`
    SELECT ${projectColumns} FROM fund_project p LEFT JOIN fund_window w ON w.id = p.window_id
    WHERE p.fund_id = ${fundId} AND ${projectVisibleTo(actor, sql.ref('p.id'))} ORDER BY p.title, p.id`.execute(db);
  return rows;
}

/** A project of the fund, if `actor` may see it (the fund was read under visibleTo first). */
export async function findProject(db: Db, actor: Actor, fundId: string, id: string) {
  const { rows } = await sql<ProjectRow>`
    SELECT ${projectColumns} FROM fund_project p LEFT JOIN fund_window w ON w.id = p.window_id
    WHERE p.fund_id = ${fundId} AND p.id = ${id} AND ${projectVisibleTo(actor, sql.ref('p.id'))}`.execute(db);
  return rows[0];
}

export async function findWindow(db: Db, fundId: string, id: string) {
  return await db.selectFrom('fund_window').select(['id', 'code']).where('fund_id', '=', fundId).where('id', '=', id).executeTakeFirst();
}

/** What a posting names, read with its fund in one statement: the project (or null), whether the window is the fund's (null: none named). */
export interface PostingContextRow extends FundRow {
  project: Pick<ProjectRow, 'id' | 'window_id' | 'partner_org_id' | 'title'> | null;
  window_found: boolean | null;
}

/** What a posting's read names: its fund, and the project and window it posts to. */
export interface PostingRefs {
  fundId: string;
  projectId?: string;
  windowId?: string | null;
}

/**
 * For each of `refs`, in order: its fund if `actor` may read it, with the project and window the
 * posting names, or undefined (one round trip for a posting, ADR 0015, and for several postings
 * of one reader read together, ADR 0042).
 */
export async function findPostingContexts(db: Db, actor: Actor, refs: PostingRefs[]): Promise<(PostingContextRow | undefined)[]> {
  const { rows } = await sql<PostingContextRow & { n: string }>`${sql.raw(PREPARED)}
    SELECT x.n, ${fundColumns},
      (SELECT json_build_object('id', p.id, 'window_id', p.window_id, 'partner_org_id', p.partner_org_id, 'title', p.title)
         FROM fund_project p WHERE p.fund_id = f.id AND p.id = x.project_id AND ${projectVisibleTo(actor, sql.ref('p.id'))}) AS project,
      CASE WHEN x.window_id IS NOT NULL THEN EXISTS (SELECT 1 FROM fund_window w WHERE w.fund_id = f.id AND w.id = x.window_id) END AS window_found
    FROM unnest(${refs.map((r) => r.fundId)}::uuid[], ${refs.map((r) => r.projectId ?? null)}::uuid[], ${refs.map((r) => r.windowId ?? null)}::uuid[])
        WITH ORDINALITY AS x (fund_id, project_id, window_id, n)
      JOIN fund f ON f.id = x.fund_id
    WHERE ${visibleTo(actor, 'fund', 'f')}`.execute(db);
  const found = new Map(rows.map(({ n, ...row }) => [Number(n), row]));
  return refs.map((_, i) => found.get(i + 1));
}

export interface TransactionRow {
  id: string;
  seq: string;
  fund_id: string;
  kind: FundKind;
  value_date: string;
  donor_org_id: string | null;
  window_id: string | null;
  project_id: string | null;
  partner_org_id: string | null;
  fee_kind: string | null;
  amount_minor: string;
  original_amount_minor: string | null;
  original_currency: string | null;
  rate: string | null;
  reverses_id: string | null;
  reversed_by: string | null;
  description: string;
  created_at: Date;
  currency: string;
  entries: { account: string; currency: string; amount_minor: string }[];
}

const transactionColumns = sql`t.id, t.seq, t.fund_id, t.kind, t.value_date, t.donor_org_id, t.window_id, t.project_id, t.partner_org_id, t.fee_kind,
  t.amount_minor, t.original_amount_minor, t.original_currency, t.rate, t.reverses_id, t.description, t.created_at, f.base_currency AS currency,
  (SELECT r.id FROM fund_transaction r WHERE r.reverses_id = t.id) AS reversed_by,
  (SELECT coalesce(json_agg(json_build_object('account', e.account, 'currency', e.currency, 'amount_minor', e.amount_minor::text) ORDER BY e.id), '[]'::json)
     FROM fund_entry e WHERE e.transaction_id = t.id) AS entries`;

/** A transaction of a fund `actor` may read. */
export async function findVisibleTransaction(db: Db, actor: Actor, fundId: string, id: string) {
  const { rows } = await sql<TransactionRow>`
    SELECT ${transactionColumns} FROM fund_transaction t JOIN fund f ON f.id = t.fund_id
    WHERE t.id = ${id} AND t.fund_id = ${fundId} AND ${visibleTo(actor, 'fund', 'f')}
      AND (t.project_id IS NULL OR ${projectVisibleTo(actor, sql.ref('t.project_id'))})`.execute(db);
  return rows[0];
}

/** Newest first, keyset on seq. */
export async function listVisibleTransactions(
  db: Db,
  actor: Actor,
  fundId: string,
  f: { kind?: FundKind; projectId?: string; donorOrgId?: string; beforeSeq?: string; limit: number },
) {
  // The fund's projects the reader may not see, once per page (not a lookup per row: the list's speed, ADR 0011).
  const { rows } = await sql<TransactionRow>`
    WITH hidden AS MATERIALIZED (
      SELECT pd.id FROM fund_project p JOIN fund_project_detail pd ON pd.id = p.id
      WHERE p.fund_id = ${fundId} AND NOT coalesce(${visibleTo(actor, 'fund_project', 'pd')}, false)
    )
    SELECT ${transactionColumns} FROM fund_transaction t JOIN fund f ON f.id = t.fund_id
    WHERE t.fund_id = ${fundId} AND ${visibleTo(actor, 'fund', 'f')}
      AND (t.project_id IS NULL OR t.project_id NOT IN (SELECT id FROM hidden))
      ${f.kind ? sql`AND t.kind = ${f.kind}` : sql``}
      ${f.projectId ? sql`AND t.project_id = ${f.projectId}` : sql``}
      ${f.donorOrgId ? sql`AND t.donor_org_id = ${f.donorOrgId}` : sql``}
      ${f.beforeSeq ? sql`AND t.seq < ${f.beforeSeq}::bigint` : sql``}
    ORDER BY t.seq DESC LIMIT ${f.limit + 1}`.execute(db);
  return rows;
}

/** A change to an account's running balance, in the slot row it goes to (fund.table.ts: slot 0 towards the limit, 1–63 away from it). */
export interface BalanceChange {
  fund_id: string;
  account: string;
  currency: string;
  slot: number;
  delta: string;
}

/** An account postings draw on (a change to slot 0), checked in this order; `credit`: kept at or below zero. */
export interface Limit {
  fund_id: string;
  account: string;
  currency: string;
  credit: boolean;
  /** The statement's own change to the account away from its limit (in its other slot): not counted by the check. */
  away: string;
}

/** A transaction's row as a posting writes it. */
export type TransactionInsert = Insertable<FundTransactionTable> & { id: string; fund_id: string; created_at: Date; amount_minor: string };

/** What postings written by one statement write (fund.writer.ts gathers it). */
export interface PostingsWrite {
  transactions: TransactionInsert[];
  /** Every transaction's entries, each naming its transaction. */
  entries: { transaction_id: string; account: string; currency: string; amount_minor: string }[];
  /** The balances' changes, one per balance row. */
  changes: BalanceChange[];
  limits: Limit[];
  /** The audit events' INSERT (audit.service.ts's appendEventsSql). */
  audit: RawBuilder<unknown>;
  /** With Idempotency-Keys: the keys' parts (idempotency.service.ts's keysInStatement), each answer's JSON but for its `seq`. */
  keys?: {
    lock: RawBuilder<unknown>;
    storeAnswers: (bodies: RawBuilder<unknown>) => RawBuilder<unknown>;
    free: RawBuilder<boolean>;
    answers: { user_id: string; key: string; transaction_id: string; template: string }[];
  };
}

const column = <T, V>(rows: T[], pick: (row: T) => V) => rows.map(pick);

/**
 * Writes postings — one, or several sent at once — in one statement, which commits on its own
 * outside a transaction (ADR 0041): the keys' locks first (`idempotency_lock`), then the
 * transactions, their entries, the audit events and the keys' answers; then, once those are
 * written, each change to an account's running balance (created at zero if need be), the rows
 * locked in one fixed order — fund, account, currency, slot — so that two statements touching
 * the same rows wait for each other instead of deadlocking, and held from there to the commit
 * only. Then `fund_check_limits` (migration 0040) checks each account drawn on: its slot 0,
 * locked and read at its latest version here, plus its other slots read in a fresh snapshot,
 * which sees what committed while the statement waited for slot 0 (they only ever move away
 * from the limit). On the wrong side of zero it stops the statement (SQLSTATE EF409) and
 * nothing is written. Returns each transaction's number and each key's stored answer.
 */
export async function writePostings(db: Db, w: PostingsWrite) {
  const t = w.transactions;
  const key = w.keys;
  const { rows } = await sql<{ seqs: { id: string; seq: string }[]; answers: { user_id: string; key: string; body: string }[] | null }>`${sql.raw(PREPARED)}
    WITH ${key ? sql`${key.lock},` : sql``} t AS (
      INSERT INTO fund_transaction (id, fund_id, kind, value_date, donor_org_id, window_id, project_id, partner_org_id, fee_kind, amount_minor,
        original_amount_minor, original_currency, rate, reverses_id, description, created_by, created_at)
      SELECT x.id, x.fund_id, x.kind, x.value_date, x.donor_org_id, x.window_id, x.project_id, x.partner_org_id, x.fee_kind, x.amount_minor,
        x.original_amount_minor, x.original_currency, x.rate, x.reverses_id, x.description, x.created_by, x.created_at
      FROM unnest(${column(t, (r) => r.id)}::uuid[], ${column(t, (r) => r.fund_id)}::uuid[], ${column(t, (r) => r.kind)}::text[], ${column(t, (r) => r.value_date)}::date[],
          ${column(t, (r) => r.donor_org_id ?? null)}::uuid[], ${column(t, (r) => r.window_id ?? null)}::uuid[], ${column(t, (r) => r.project_id ?? null)}::uuid[],
          ${column(t, (r) => r.partner_org_id ?? null)}::uuid[], ${column(t, (r) => r.fee_kind ?? null)}::text[], ${column(t, (r) => r.amount_minor)}::bigint[],
          ${column(t, (r) => r.original_amount_minor ?? null)}::bigint[], ${column(t, (r) => r.original_currency ?? null)}::text[], ${column(t, (r) => r.rate ?? null)}::text[],
          ${column(t, (r) => r.reverses_id ?? null)}::uuid[], ${column(t, (r) => r.description ?? '')}::text[], ${column(t, (r) => r.created_by ?? null)}::uuid[],
          ${column(t, (r) => r.created_at.toISOString())}::timestamptz[])
        WITH ORDINALITY AS x (id, fund_id, kind, value_date, donor_org_id, window_id, project_id, partner_org_id, fee_kind, amount_minor,
          original_amount_minor, original_currency, rate, reverses_id, description, created_by, created_at, n)
        ${key ? sql`CROSS JOIN idempotency_lock` : sql``}
      ORDER BY x.n
      RETURNING id, fund_id, seq
    ), e AS (
      INSERT INTO fund_entry (transaction_id, fund_id, account, currency, amount_minor)
      SELECT t.id, t.fund_id, x.account, x.currency, x.amount
      FROM unnest(${column(w.entries, (e) => e.transaction_id)}::uuid[], ${column(w.entries, (e) => e.account)}::text[], ${column(w.entries, (e) => e.currency)}::text[],
          ${column(w.entries, (e) => e.amount_minor)}::bigint[]) WITH ORDINALITY AS x (transaction_id, account, currency, amount, n)
        JOIN t ON t.id = x.transaction_id
      ORDER BY x.n
      RETURNING 1
    ), audit_event_appended AS (${w.audit} RETURNING 1)
    ${
      key
        ? sql`, ${key.storeAnswers(sql`
            SELECT a.user_id, a.key, jsonb_set(a.template::jsonb, '{seq}', to_jsonb(t.seq::text))::text
            FROM unnest(${column(key.answers, (a) => a.user_id)}::uuid[], ${column(key.answers, (a) => a.key)}::text[], ${column(key.answers, (a) => a.transaction_id)}::uuid[],
              ${column(key.answers, (a) => a.template)}::text[]) AS a (user_id, key, transaction_id, template)
            JOIN t ON t.id = a.transaction_id`)}`
        : sql``
    }
    -- Everything else first (and, with keys, their answers found free): the balances' row locks are held from here to the commit only.
    , written AS (
      SELECT 1 WHERE (SELECT count(*) FROM t) = ${t.length}::int AND (SELECT count(*) FROM e) = ${w.entries.length}::int
        AND (SELECT count(*) FROM audit_event_appended) = ${t.length}::int ${key ? sql`AND ${key.free}` : sql``}
    ), b AS (
      INSERT INTO fund_balance AS b (fund_id, account, currency, slot, balance_minor)
      SELECT c.fund_id, c.account, c.currency, c.slot, c.delta
      FROM written, unnest(${column(w.changes, (c) => c.fund_id)}::uuid[], ${column(w.changes, (c) => c.account)}::text[], ${column(w.changes, (c) => c.currency)}::text[],
          ${column(w.changes, (c) => c.slot)}::smallint[], ${column(w.changes, (c) => c.delta)}::numeric[])
        WITH ORDINALITY AS c (fund_id, account, currency, slot, delta, n)
      ORDER BY c.n
      ON CONFLICT (fund_id, account, currency, slot) DO UPDATE SET balance_minor = b.balance_minor + EXCLUDED.balance_minor
      RETURNING b.fund_id, b.account, b.currency, b.slot, b.balance_minor
    )
    SELECT
      CASE WHEN (SELECT count(*) FROM b) <> ${w.changes.length}::int THEN entente_raise('XX000', 'the postings did not change every balance they move') END AS incomplete,
      fund_check_limits(${column(w.limits, (l) => l.fund_id)}::uuid[], ${column(w.limits, (l) => l.account)}::text[], ${column(w.limits, (l) => l.currency)}::text[],
        ${column(w.limits, (l) => l.credit)}::boolean[],
        (SELECT array_agg(b.balance_minor - x.away ORDER BY x.n)
         FROM unnest(${column(w.limits, (l) => l.fund_id)}::uuid[], ${column(w.limits, (l) => l.account)}::text[], ${column(w.limits, (l) => l.currency)}::text[],
             ${column(w.limits, (l) => l.away)}::numeric[])
           WITH ORDINALITY AS x (fund_id, account, currency, away, n)
         JOIN b ON b.fund_id = x.fund_id AND b.account = x.account AND b.currency = x.currency AND b.slot = 0)) AS checked,
      (SELECT json_agg(json_build_object('id', t.id, 'seq', t.seq::text)) FROM t) AS seqs,
      ${key ? sql`(SELECT json_agg(json_build_object('user_id', a.user_id, 'key', a.key, 'body', a.body)) FROM idempotency_answer a)` : sql`NULL::json`} AS answers`.execute(db);
  return rows[0]!;
}

/** The balances of a fund, as its running balance table holds them (the sum of each account's slots; for tests and the model). */
export async function balancesOf(db: Db, fundId: string) {
  const { rows } = await sql<{ account: string; currency: string; balance_minor: string }>`
    SELECT account, currency, sum(balance_minor)::text AS balance_minor FROM fund_balance WHERE fund_id = ${fundId}
    GROUP BY account, currency HAVING sum(balance_minor) <> 0 ORDER BY account, currency`.execute(db);
  return rows;
}

export async function ledgerSize(db: Db) {
  const { rows } = await sql<{ transactions: string; entries: string }>`
    SELECT (SELECT count(*) FROM fund_transaction) AS transactions, (SELECT count(*) FROM fund_entry) AS entries`.execute(db);
  return rows[0]!;
}

/** The first broken invariant of the whole ledger (every fund), or undefined. ADR 0015. */
export async function firstViolation(db: Db): Promise<string | undefined> {
  const checks = [
    sql<{ v: string }>`
      SELECT 'transaction ' || transaction_id || ': its ' || currency || ' entries sum to ' || sum(amount_minor) || ', not 0' AS v
      FROM fund_entry GROUP BY transaction_id, currency HAVING sum(amount_minor) <> 0 ORDER BY transaction_id, currency LIMIT 1`,
    sql<{ v: string }>`
      SELECT 'transaction ' || t.id || ' has no entries' AS v FROM fund_transaction t
      WHERE NOT EXISTS (SELECT 1 FROM fund_entry e WHERE e.transaction_id = t.id) ORDER BY t.seq LIMIT 1`,
    sql<{ v: string }>`
      SELECT 'entry ' || e.id || ' is in fund ' || e.fund_id || ' but its transaction ' || t.id || ' is in fund ' || t.fund_id AS v
      FROM fund_entry e JOIN fund_transaction t ON t.id = e.transaction_id WHERE e.fund_id <> t.fund_id ORDER BY e.id LIMIT 1`,
    sql<{ v: string }>`
      SELECT 'fund ' || coalesce(b.fund_id, s.fund_id) || ', account ' || coalesce(b.account, s.account) || ' (' || coalesce(b.currency, s.currency) || '): the balance says '
             || coalesce(b.balance_minor, 0) || ', its entries sum to ' || coalesce(s.total, 0) AS v
      FROM (SELECT fund_id, account, currency, sum(balance_minor) AS balance_minor FROM fund_balance GROUP BY fund_id, account, currency) b
      FULL JOIN (SELECT fund_id, account, currency, sum(amount_minor) AS total FROM fund_entry GROUP BY fund_id, account, currency) s
        ON s.fund_id = b.fund_id AND s.account = b.account AND s.currency = b.currency
      WHERE coalesce(b.balance_minor, 0) <> coalesce(s.total, 0)
      ORDER BY 1 LIMIT 1`,
    sql<{ v: string }>`
      SELECT 'fund ' || fund_id || ', account ' || account || ' (' || currency || ') is ' || total || ', on the wrong side of zero' AS v
      FROM (SELECT fund_id, account, currency, sum(amount_minor) AS total FROM fund_entry GROUP BY fund_id, account, currency) s
      WHERE CASE WHEN ${sql.raw(CREDIT_ACCOUNT_SQL)} THEN total > 0 ELSE total < 0 END
      ORDER BY fund_id, account, currency LIMIT 1`,
    sql<{ v: string }>`
      SELECT 'reversal ' || r.id || ' of transaction ' || t.id || ' does not cancel it (' || d.account || ' ' || d.currency || ': ' || d.total || ')' AS v
      FROM fund_transaction r JOIN fund_transaction t ON t.id = r.reverses_id
      CROSS JOIN LATERAL (
        SELECT e.account, e.currency, sum(e.amount_minor) AS total FROM fund_entry e WHERE e.transaction_id IN (r.id, t.id)
        GROUP BY e.account, e.currency HAVING sum(e.amount_minor) <> 0 LIMIT 1
      ) d
      ORDER BY r.seq LIMIT 1`,
    sql<{ v: string }>`
      SELECT 'reversal ' || r.id || ' reverses ' || t.id || ', itself a reversal or in another fund, or with another amount' AS v
      FROM fund_transaction r JOIN fund_transaction t ON t.id = r.reverses_id
      WHERE t.kind = 'reversal' OR t.fund_id <> r.fund_id OR t.amount_minor <> r.amount_minor
      ORDER BY r.seq LIMIT 1`,
  ];
  for (const check of checks) {
    const { rows } = await check.execute(db);
    if (rows[0]) return rows[0].v;
  }
  return undefined;
}
