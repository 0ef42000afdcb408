// The fund's reports (ADR 0019): the funding status as the MPTF Office Gateway shows it, by
// fund, window, donor, partner, project and period, and a donor's statement. Read from the
// monthly summary plus the ledger's live tail (fund.reports.queries.ts): never stale, and
// the postings write nothing for it. The summary catches up (`refreshStatusSummary`) when a
// report finds a long tail, or when the bench or an operator asks.
//
// The rule for what counts: the fund must be readable (visibleTo; a hidden fund is a 404 like
// a missing one), and a transaction naming a project counts only for a reader who may see
// that project's own row (or it has none yet). So a total — the fund's, a donor's, a
// window's, a period's — is the sum of what the reader may see, and a hidden project's
// allocation, transfer, expenditure, interest or refund shows nowhere, not even as a
// difference between a total and its groups. Each transaction balances, so the identities
// between figures hold for every reader.
import type { Kysely } from 'kysely';
import { fromMinorUnits } from '../../../common/money.ts';
import { FUND_KIND_NAMES, REVERSAL_OF } from '../../../common/fund-kinds.ts';
import type { Database, Db } from '../../db/database.ts';
import type { Ctx } from '../../infra/actor.ts';
import { invalid, notFound } from '../../infra/errors.ts';
import { authorizeUser } from '../../infra/policy.ts';
import type { ExportColumn, ExportLang, FetchBatch } from '../interchange/interchange.service.ts';
import { findVisibleFund } from './fund.queries.ts';
import { findExportableFund } from './fund.projects.queries.ts';
import { divideHalfEven } from './fund.rules.ts';
import { fundReportsPolicy } from './fund.reports.policy.ts';
import * as q from './fund.reports.queries.ts';
import type { StatementBalances, StatementOut, StatementQuery, StatusQuery } from './fund.reports.schema.ts';
import type { StatusFigures } from './fund.schema.ts';
import type { FundKind } from './fund.table.ts';

const DELIVERY_DECIMALS = 4n;

/** The Gateway's figures from the sums by class (ADR 0015's identities). */
export function figuresOf(r: q.FigureRow): StatusFigures {
  const n = (s: string) => BigInt(s);
  const contributions = n(r.deposits) - n(r.refunds_to_donors);
  const sources = contributions + n(r.interest_fund) + n(r.interest_partners);
  const netFunded = n(r.transfers) - n(r.refunds_from_partners);
  const uses = netFunded + n(r.aa_fees) + n(r.direct_costs);
  const scale = 10n ** DELIVERY_DECIMALS;
  // Half up, as fund.service.ts's first version gave it (expenditure is never negative).
  const rate = netFunded > 0n ? (n(r.expenditure) * scale + netFunded / 2n) / netFunded : null;
  const rateText = rate === null ? null : `${rate / scale}.${(rate % scale).toString().padStart(Number(DELIVERY_DECIMALS), '0')}`;
  return {
    pledged: r.pledged,
    committed: r.committed,
    deposits: r.deposits,
    refundsToDonors: r.refunds_to_donors,
    contributions: contributions.toString(),
    interestFund: r.interest_fund,
    interestPartners: r.interest_partners,
    sources: sources.toString(),
    allocations: r.allocations,
    transfers: r.transfers,
    refundsFromPartners: r.refunds_from_partners,
    netFunded: netFunded.toString(),
    aaFees: r.aa_fees,
    directCosts: r.direct_costs,
    uses: uses.toString(),
    expenditure: r.expenditure,
    balanceWithAA: r.balance_with_aa,
    balanceWithPartners: r.balance_with_partners,
    deliveryRate: rateText,
  };
}

function checkSpan(from: string | undefined, to: string | undefined, toPath: string) {
  if (from && to && to < from) throw invalid(toPath, 'must not be before from');
}

/**
 * The status figures as of one state of the summaries: the watermark read, then the statement
 * that says whether it still held when it read the summaries (one snapshot). A catch-up that
 * committed in between makes it read again; after two tries, on the pool, it reads both in one
 * REPEATABLE READ transaction, which a catch-up cannot move under it.
 */
async function consistentFigures(db: Db, actor: Ctx['actor'], fundId: string, query: Parameters<typeof q.statusFigures>[3]): Promise<q.FigureRow[]> {
  for (let attempt = 1; ; attempt++) {
    if (attempt > 2 && !db.isTransaction)
      return await (db as Kysely<Database>)
        .transaction()
        .setIsolationLevel('repeatable read')
        .execute(async (trx) => q.statusFigures(trx, actor, fundId, query, await q.readWatermark(trx)));
    const rows = await q.statusFigures(db, actor, fundId, query, await q.readWatermark(db));
    if (rows[0]?.watermark_held !== false) return rows;
    if (attempt >= 20) throw new Error('the summary moved under twenty reads of the funding status in a row');
  }
}

/** A fund `ctx.actor` may read, or 404 (a hidden fund answers as a missing one). */
async function visibleFund(db: Db, ctx: Ctx, fundId: string) {
  const fund = await findVisibleFund(db, ctx.actor, fundId);
  if (!fund) throw notFound('Fund');
  return fund;
}

/** A summary this far behind the ledger is caught up after the answer (the answer is right either way: the tail is read live). */
export const TAIL_LIMIT = 2_000;

/**
 * The funding status of a fund: the total, and by window, donor, partner, project or period
 * (month, quarter or year of the value date) when `by` is given; over value dates from `from`
 * to `to` (or `asOf`) included.
 */
export async function fundingStatus(db: Db, ctx: Ctx, fundId: string, query: StatusQuery = {}) {
  authorizeUser(ctx.actor, fundReportsPolicy, 'status');
  if (query.asOf && query.to) throw invalid('query.asOf', 'give asOf or to, not both');
  if (query.period && query.by !== 'period') throw invalid('query.period', 'only with by=period');
  const to = query.asOf ?? query.to;
  checkSpan(query.from, to, query.asOf ? 'query.asOf' : 'query.to');
  const fund = await visibleFund(db, ctx, fundId);
  const rows = await consistentFigures(db, ctx.actor, fundId, { from: query.from, to, by: query.by, period: query.period });
  const total = rows.find((r) => r.total)!;
  const groups = rows.filter((r) => !r.total);
  const names =
    query.by && query.by !== 'period'
      ? await q.groupNames(
          db,
          fundId,
          query.by,
          groups.flatMap((g) => (g.key ? [g.key] : [])),
        )
      : new Map<string, string>();
  catchUpIfBehind(db);
  return {
    fundId,
    currency: fund.base_currency as 'USD',
    from: query.from ?? null,
    to: to ?? null,
    total: figuresOf(total),
    groups: groups.map((g) => ({ key: g.key, name: (g.key && names.get(g.key)) ?? null, figures: figuresOf(g) })),
  };
}

// ---------------------------------------------------------------- the summary

let catchingUp: Promise<unknown> | null = null;

/** Starts a catch-up of the summary, once per process at a time, if the tail is long; never waits for it. */
function catchUpIfBehind(db: Db) {
  if (catchingUp || db.isTransaction) return;
  const pool = db as Kysely<Database>;
  catchingUp = q
    .tailLength(pool, TAIL_LIMIT)
    .then((n) => (n >= TAIL_LIMIT ? refreshStatusSummary(pool) : null))
    // A failed catch-up costs speed, not correctness (the tail is read live): the next report tries again.
    .catch(() => null)
    .finally(() => {
      catchingUp = null;
    });
}

/** Waits for the summary catch-up a report started, if any (tests, and a clean shutdown). */
export const summaryCatchUp = () => catchingUp ?? Promise.resolve(null);

export interface RefreshResult {
  /** The watermark before and after. */
  from: string;
  through: string;
  /** False when a transaction that may hold a number below the new watermark did not end in time: nothing was summarised. */
  done: boolean;
}

/**
 * Adds to the summary every transaction numbered up to the highest committed now, once every
 * transaction that may hold a lower number has ended (a posting draws its number before it
 * commits, so a lower one can commit after a higher one: the watermark never passes it).
 * Waits for those at most `waitMs`; summarises in batches of `batch` transactions, each its
 * own transaction that moves the watermark with what it adds. One summariser at a time (the
 * watermark's row lock); the postings are never blocked.
 */
export async function refreshStatusSummary(db: Kysely<Database>, opts: { waitMs?: number; batch?: number } = {}): Promise<RefreshResult> {
  const waitMs = opts.waitMs ?? 30_000;
  const batch = BigInt(opts.batch ?? 200_000);
  const through = BigInt(await q.highestSeq(db));
  const writers = await q.ledgerWriters(db);
  const deadline = Date.now() + waitMs;
  const start = await db.selectFrom('fund_status_watermark').select('seq').executeTakeFirstOrThrow();
  while ((await q.stillRunning(db, writers)) > 0) {
    if (Date.now() > deadline) return { from: start.seq, through: start.seq, done: false };
    await new Promise((r) => setTimeout(r, 20));
  }
  let reached = BigInt(start.seq);
  for (;;) {
    const step = await db.transaction().execute(async (trx) => {
      const after = BigInt(await q.lockWatermark(trx));
      if (after >= through) return null;
      const next = after + batch < through ? after + batch : through;
      await q.summarise(trx, after.toString(), next.toString());
      return next;
    });
    if (step === null) break;
    reached = step;
  }
  return { from: start.seq, through: (reached > through ? reached : through).toString(), done: true };
}

/**
 * The first difference between the summaries and the ledger up to the watermark, or null: the
 * invariant the reports rest on, for `entente fund check` beside the ledger's own.
 */
export async function checkStatusSummary(db: Db): Promise<string | null> {
  return (await q.firstSummaryDifference(db, 'month')) ?? (await q.firstSummaryDifference(db, 'day')) ?? null;
}

// ---------------------------------------------------------------- donor statements

const ZERO_BALANCES: StatementBalances = {
  pledged: '0',
  committed: '0',
  deposits: '0',
  refunds: '0',
  contributions: '0',
  aaFees: '0',
  interestShare: '0',
  directCostsShare: '0',
  balance: '0',
};

/** The day before `d`, or '' for 0001-01-01: there is no year 0 (PostgreSQL refuses it: a 500 on ?from=0001-01-01 before). */
const dayBefore = (d: string) => (d <= '0001-01-01' ? '' : new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10));

/** `amount × part / whole`, half to even; 0 when the whole is not positive. */
const proRata = (amount: bigint, part: bigint, whole: bigint) => (whole > 0n ? divideHalfEven(amount * part, whole) : 0n);

/** A donor's balances as of a day (every value date up to it), from the funding status by donor as `ctx.actor` sees it. */
async function balancesAsOf(db: Db, ctx: Ctx, fundId: string, donorOrgId: string, asOf: string | undefined): Promise<StatementBalances> {
  const rows = await consistentFigures(db, ctx.actor, fundId, { to: asOf, by: 'donor' });
  const fund = figuresOf(rows.find((r) => r.total)!);
  const own = rows.find((r) => !r.total && r.key === donorOrgId);
  if (!own) return ZERO_BALANCES;
  const mine = figuresOf(own);
  const contributions = BigInt(mine.contributions);
  const interestShare = proRata(BigInt(fund.interestFund), contributions, BigInt(fund.contributions));
  const directCostsShare = proRata(BigInt(fund.directCosts), contributions, BigInt(fund.contributions));
  return {
    pledged: mine.pledged,
    committed: mine.committed,
    deposits: mine.deposits,
    refunds: mine.refundsToDonors,
    contributions: mine.contributions,
    aaFees: mine.aaFees,
    interestShare: interestShare.toString(),
    directCostsShare: directCostsShare.toString(),
    balance: (contributions - BigInt(mine.aaFees) + interestShare - directCostsShare).toString(),
  };
}

/**
 * A donor's statement of a fund for a period: its pledges, commitments, deposits (with the
 * original currency, rate and value date), refunds and their reversals, the AA fee each took,
 * its pro-rata share of the fund's interest and direct costs, and its balances at the opening
 * (the day before `from`) and the closing (`to`). Read by the donor, the fund's administrative
 * agent and the secretariat (fund.reports.policy.ts).
 */
export async function donorStatement(db: Db, ctx: Ctx, fundId: string, donorOrgId: string, query: StatementQuery = {}): Promise<StatementOut> {
  authorizeUser(ctx.actor, fundReportsPolicy, 'status');
  checkSpan(query.from, query.to, 'query.to');
  const fund = await visibleFund(db, ctx, fundId);
  authorizeUser(ctx.actor, fundReportsPolicy, 'statement', { fund, donorOrgId });
  const donor = await q.donorOfFund(db, fundId, donorOrgId);
  if (!donor) throw notFound('Donor');
  const [opening, closing, lines] = await Promise.all([
    // Nothing is dated before 0001-01-01: its opening balance is zero.
    query.from && dayBefore(query.from) ? balancesAsOf(db, ctx, fundId, donorOrgId, dayBefore(query.from)) : ZERO_BALANCES,
    balancesAsOf(db, ctx, fundId, donorOrgId, query.to),
    q.donorLines(db, fundId, donorOrgId, query),
  ]);
  return {
    fundId,
    donor,
    currency: fund.base_currency as 'USD',
    from: query.from ?? null,
    to: query.to ?? null,
    opening,
    closing,
    lines: lines.map((l) => ({
      transactionId: l.id,
      kind: l.kind,
      reversedKind: l.reversed_kind,
      reversesId: l.reverses_id,
      valueDate: l.value_date,
      amountMinor: l.amount_minor,
      original: l.original_currency && l.original_amount_minor && l.rate ? { amountMinor: l.original_amount_minor, currency: l.original_currency as 'USD', rate: l.rate } : null,
      aaFeeMinor: l.aa_fee_minor,
      description: l.description,
    })),
  };
}

export const STATEMENT_COLUMNS: readonly ExportColumn[] = [
  ['Date', '#date', { fr: 'Date', ar: 'التاريخ' }],
  ['Transaction', '#meta+id', { fr: 'Transaction', ar: 'المعاملة' }],
  ['Kind', '#activity+type', { fr: 'Nature', ar: 'النوع' }],
  ['Reverses', '#meta+reverses', { fr: 'Contrepasse', ar: 'قيد عكسي لـ' }],
  ['Amount', '#value', { fr: 'Montant', ar: 'المبلغ' }],
  ['Currency', '#currency', { fr: 'Devise', ar: 'العملة' }],
  ['Original amount', '#value+original', { fr: "Montant d'origine", ar: 'المبلغ الأصلي' }],
  ['Original currency', '#currency+original', { fr: "Devise d'origine", ar: 'العملة الأصلية' }],
  ['Rate', '#indicator+rate', { fr: 'Taux de change', ar: 'سعر الصرف' }],
  ['AA fee', '#value+fee', { fr: "Frais de l'agent administratif", ar: 'رسوم الوكيل الإداري' }],
  ['Description', '#description', { fr: 'Description', ar: 'الوصف' }],
];

/** A transaction's kind in a statement file, as the web app names it (a reversal as its `fund.reversalOf`), in lower case: it stands in a column, not at a sentence's start. */
const kindIn = (lang: 'fr' | 'ar') => (kind: FundKind, reversed: FundKind | null) =>
  (kind === 'reversal' && reversed ? REVERSAL_OF[lang].replace('{{kind}}', FUND_KIND_NAMES[lang][reversed]) : FUND_KIND_NAMES[lang][kind]).toLocaleLowerCase(lang);

/**
 * The words of a statement file's rows, in the file's language (its headers: STATEMENT_COLUMNS):
 * the balance rows', and each line's kind (in English the kind's code, as the API names it).
 */
const STATEMENT_WORDS: Record<
  ExportLang,
  {
    opening: string;
    closing: string;
    summary: (m: Record<'contributions' | 'pledged' | 'committed' | 'interest' | 'directCosts', string>) => string;
    kind: (kind: FundKind, reversed: FundKind | null) => string;
  }
> = {
  en: {
    kind: (kind, reversed) => (kind === 'reversal' && reversed ? `reversal of ${reversed}` : kind),
    opening: 'opening balance',
    closing: 'closing balance',
    summary: (m) => `contributions ${m.contributions}, pledged ${m.pledged}, committed ${m.committed}, interest share ${m.interest}, direct costs share ${m.directCosts}`,
  },
  fr: {
    kind: kindIn('fr'),
    opening: "solde d'ouverture",
    closing: 'solde de clôture',
    summary: (m) => `contributions ${m.contributions}, annoncé ${m.pledged}, engagé ${m.committed}, part des intérêts ${m.interest}, part des coûts directs ${m.directCosts}`,
  },
  ar: {
    kind: kindIn('ar'),
    opening: 'الرصيد الافتتاحي',
    closing: 'الرصيد الختامي',
    summary: (m) => `المساهمات ${m.contributions}، المتعهد به ${m.pledged}، الملتزم به ${m.committed}، حصة الفوائد ${m.interest}، حصة التكاليف المباشرة ${m.directCosts}`,
  },
};

/**
 * The statement as a table for the project's CSV writer (interchange's writeTable), read
 * before the answer starts: the opening balance, the lines, the closing balance. A file leaves
 * the platform: the fund must be one the reader may export (exportableBy), else 404.
 */
export async function statementTable(db: Db, ctx: Ctx, fundId: string, donorOrgId: string, query: StatementQuery = {}, lang: ExportLang = 'en') {
  const statement = await donorStatement(db, ctx, fundId, donorOrgId, query);
  if (!(await findExportableFund(db, ctx.actor, fundId))) throw notFound('Fund');
  const c = statement.currency;
  const money = (minor: string) => fromMinorUnits(minor, c);
  const words = STATEMENT_WORDS[lang];
  const balanceRow = (what: 'opening' | 'closing', date: string, b: StatementBalances) => [
    date,
    '',
    words[what],
    '',
    money(b.balance),
    c,
    '',
    '',
    '',
    money(b.aaFees),
    words.summary({
      contributions: money(b.contributions),
      pledged: money(b.pledged),
      committed: money(b.committed),
      interest: money(b.interestShare),
      directCosts: money(b.directCostsShare),
    }),
  ];
  const cells = [
    balanceRow('opening', statement.from ? dayBefore(statement.from) : '', statement.opening),
    ...statement.lines.map((l) => [
      l.valueDate,
      l.transactionId,
      words.kind(l.kind, l.reversedKind),
      l.reversesId ?? '',
      money(l.amountMinor),
      c,
      l.original ? fromMinorUnits(l.original.amountMinor, l.original.currency) : '',
      l.original?.currency ?? '',
      l.original?.rate ?? '',
      money(l.aaFeeMinor),
      l.description,
    ]),
    balanceRow('closing', statement.to ?? '', statement.closing),
  ];
  let done = false;
  const fetch: FetchBatch = async () => {
    if (done) return [];
    done = true;
    return cells.map((row, index) => ({ key: { created_at: '', id: String(index) }, cells: row }));
  };
  return { columns: STATEMENT_COLUMNS, fetch, filename: `fund-${fundId}-donor-${donorOrgId}-statement.csv` };
}
