// The pooled fund: funds, windows, projects, and the double-entry ledger (ADR 0015). Every
// posting reads the fund under visibleTo with what the posting names → validates the input →
// authorises (fund.policy.ts) → then writes in one statement, all or nothing (ADR 0041): the
// transaction, its entries, the balances it moves (locked in a fixed order), the overdraft
// check that refuses with its reason, the audit event, and the Idempotency-Key's answer. A
// deadlock or serialization failure is retried a bounded number of times.
import type { Kysely } from 'kysely';
import type { Database, Db } from '../../db/database.ts';
import { uuidv7 } from '../../db/uuidv7.ts';
import type { Actor, Ctx } from '../../infra/actor.ts';
import { type ConstraintFields, translateDbError } from '../../infra/db-errors.ts';
import { AppError, invalid, notFound } from '../../infra/errors.ts';
import { decodeCursor, toPage } from '../../infra/pagination.ts';
import { authorize, authorizeUser } from '../../infra/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { KeyClaim } from '../idempotency/idempotency.service.ts';
import { sharingBlock } from '../sharing/sharing.sql.ts';
import { fundAbilities, fundPolicy } from './fund.policy.ts';
import { readPostingContext } from './fund.posting-reads.ts';
import { projectAbilities } from './fund.projects.policy.ts';
import * as q from './fund.queries.ts';
import { type Entry, type Posting, type ProjectRef, RATE_PATTERN, convert, entriesOf, formatMoney } from './fund.rules.ts';
import type { FundInput, FundListQuery, ProjectInput, TransactionInput, TransactionListQuery, WindowInput } from './fund.schema.ts';
import { sharedFunds } from './fund.sharing.ts';
import { type PreparedPosting, writePosting } from './fund.writer.ts';
import type { FundKind } from './fund.table.ts';

const CONSTRAINTS: ConstraintFields = {
  fund_owner_org_id_fkey: ['body.administrativeAgentOrgId', 'no such organisation'],
  fund_window_code_unique: ['body.code', 'this fund has a window with this code already'],
  fund_project_partner_org_id_fkey: ['body.partnerOrgId', 'no such organisation'],
  fund_transaction_donor_org_id_fkey: ['body.donorOrgId', 'no such organisation'],
  fund_transaction_reverses_id_key: ['body.reversesId', 'this transaction has been reversed already'],
};

// ---------------------------------------------------------------- funds, windows, projects

/**
 * A project as an audit event's related row (entity 'fund_project', its details' row): the
 * event's content is then shown only to a reader who may see the project now. A project not
 * described yet has no such row, so its events' content is withheld until it is (fail closed).
 */
const projectRow = (id: string) => ({ entity: 'fund_project', id });

function toFundSummary(actor: Actor, r: q.FundRow) {
  return {
    id: r.id,
    name: r.name,
    baseCurrency: r.base_currency as 'USD',
    administrativeAgent: { id: r.owner_org_id, name: r.owner_org_name },
    aaFeeBp: r.aa_fee_bp,
    indirectCostBp: r.indirect_cost_bp,
    launchedOn: r.launched_on,
    abilities: fundAbilities(actor, r),
  };
}

/** A project, with what `actor` may do with it (fund.projects.policy.ts). */
const toProject = (actor: Actor, fund: q.FundRow) => (p: q.ProjectRow) => ({
  id: p.id,
  fundId: p.fund_id,
  window: p.window_id ? { id: p.window_id, code: p.window_code ?? '' } : null,
  partner: { id: p.partner_org_id, name: p.partner_name },
  title: p.title,
  budget: { amountMinor: Number(p.budget_minor), currency: p.currency as 'USD' },
  abilities: projectAbilities(actor, fund, { partnerOrgId: p.partner_org_id }),
});

/** The fund `id` if `actor` may read it; a fund they may not read is not found, like a missing one. */
async function visibleFund(db: Db, actor: Actor, id: string) {
  const fund = await q.findVisibleFund(db, actor, id);
  if (!fund) throw notFound('Fund');
  return fund;
}

export async function listFunds(db: Db, ctx: Ctx, query: FundListQuery) {
  authorizeUser(ctx.actor, fundPolicy, 'read');
  const after = decodeCursor(query.cursor, ['uuid'])?.[0];
  const rows = await q.listVisibleFunds(db, ctx.actor, after, query.limit);
  return toPage(
    rows,
    query.limit,
    (r) => [r.id],
    (r) => toFundSummary(ctx.actor, r),
  );
}

export async function getFund(db: Db, ctx: Ctx, id: string) {
  authorizeUser(ctx.actor, fundPolicy, 'read');
  const fund = await visibleFund(db, ctx.actor, id);
  const [sharing, windows, projects] = await Promise.all([q.describeSharing(db, id), q.listWindows(db, id), q.listProjects(db, ctx.actor, id)]);
  return {
    ...toFundSummary(ctx.actor, fund),
    sharing: sharingBlock(fund, fund.owner_org_name, sharing),
    windows: windows.map((w) => ({ id: w.id, code: w.code, name: w.name, purpose: w.purpose, sectors: w.sectors })),
    projects: projects.map(toProject(ctx.actor, fund)),
  };
}

export async function createFundIn(trx: Db, ctx: Ctx, input: FundInput): Promise<string> {
  authorizeUser(ctx.actor, fundPolicy, 'create', { orgId: input.administrativeAgentOrgId });
  await sharedFunds.bulk.assertAudience(trx, input.sharing, 'body.sharing');
  const { id } = await q
    .insertFund(trx, {
      owner_org_id: input.administrativeAgentOrgId,
      name: input.name,
      base_currency: input.baseCurrency,
      aa_fee_bp: input.aaFeeBp,
      indirect_cost_bp: input.indirectCostBp,
      launched_on: input.launchedOn,
      marking: input.sharing.marking,
      created_by: ctx.actor.userId,
    })
    .catch((e) => translateDbError(e, CONSTRAINTS));
  await sharedFunds.create(trx, id, input.sharing);
  await recordAudit(trx, ctx, { action: 'fund.create', entity: 'fund', entityId: id, after: input });
  return id;
}

export async function createFund(db: Kysely<Database>, ctx: Ctx, input: FundInput) {
  return await db.transaction().execute(async (trx) => getFund(trx, ctx, await createFundIn(trx, ctx, input)));
}

export async function createWindowIn(trx: Db, ctx: Ctx, fundId: string, input: WindowInput): Promise<string> {
  const fund = await visibleFund(trx, ctx.actor, fundId);
  authorize(ctx.actor, fundPolicy, 'manage', fund);
  const { id } = await q.insertWindow(trx, { fund_id: fundId, ...input }).catch((e) => translateDbError(e, CONSTRAINTS));
  await recordAudit(trx, ctx, { action: 'fund.window.create', entity: 'fund', entityId: fundId, after: { id, ...input } });
  return id;
}

export async function createWindow(db: Kysely<Database>, ctx: Ctx, fundId: string, input: WindowInput) {
  return await db.transaction().execute(async (trx) => {
    const id = await createWindowIn(trx, ctx, fundId, input);
    const window = (await q.listWindows(trx, fundId)).find((w) => w.id === id)!;
    return { id, code: window.code, name: window.name, purpose: window.purpose, sectors: window.sectors };
  });
}

export async function createProjectIn(trx: Db, ctx: Ctx, fundId: string, input: ProjectInput): Promise<string> {
  const fund = await visibleFund(trx, ctx.actor, fundId);
  authorizeUser(ctx.actor, fundPolicy, 'manage', fund);
  if (input.windowId && !(await q.findWindow(trx, fundId, input.windowId))) throw invalid('body.windowId', 'no such window in this fund');
  const { id } = await q
    .insertProject(trx, {
      fund_id: fundId,
      window_id: input.windowId,
      partner_org_id: input.partnerOrgId,
      title: input.title,
      budget_minor: input.budget.amountMinor,
      currency: input.budget.currency,
      created_by: ctx.actor.userId,
    })
    .catch((e) => translateDbError(e, CONSTRAINTS));
  // The event names the project: its content (a title) is for readers of the project's own row too (a RED project's stays hidden).
  await recordAudit(trx, ctx, { action: 'fund.project.create', entity: 'fund', entityId: fundId, after: { id, ...input }, related: [projectRow(id)] });
  return id;
}

export async function createProject(db: Kysely<Database>, ctx: Ctx, fundId: string, input: ProjectInput) {
  return await db.transaction().execute(async (trx) => {
    const id = await createProjectIn(trx, ctx, fundId, input);
    return toProject(ctx.actor, (await q.findVisibleFund(trx, ctx.actor, fundId))!)((await q.findProject(trx, ctx.actor, fundId, id))!);
  });
}

// ---------------------------------------------------------------- the ledger

/** Which optional fields each kind takes (the rest must be absent). */
const FIELDS: Record<FundKind, readonly (keyof TransactionInput)[]> = {
  pledge: ['amount', 'rate', 'donorOrgId', 'windowId'],
  commitment: ['amount', 'rate', 'donorOrgId', 'windowId'],
  deposit: ['amount', 'rate', 'donorOrgId', 'windowId'],
  interest: ['amount', 'windowId', 'projectId'],
  allocation: ['amount', 'projectId'],
  transfer: ['amount', 'projectId'],
  expenditure: ['amount', 'projectId'],
  refund: ['amount', 'projectId', 'donorOrgId', 'windowId'],
  fee: ['amount', 'feeKind', 'windowId'],
  reversal: ['reversesId'],
};
const OPTIONAL: readonly (keyof TransactionInput)[] = ['amount', 'rate', 'donorOrgId', 'windowId', 'projectId', 'feeKind', 'reversesId'];
const OTHER_CURRENCY_KINDS: readonly FundKind[] = ['pledge', 'commitment', 'deposit'];

const required = (path: string, kind: FundKind) => invalid(path, `required for a ${kind}`);

function toTransaction(r: q.TransactionRow) {
  return {
    id: r.id,
    seq: r.seq,
    fundId: r.fund_id,
    kind: r.kind,
    valueDate: r.value_date,
    donorOrgId: r.donor_org_id,
    windowId: r.window_id,
    projectId: r.project_id,
    partnerOrgId: r.partner_org_id,
    feeKind: r.fee_kind,
    amount: { amountMinor: Number(r.amount_minor), currency: r.currency as 'USD' },
    original:
      r.original_currency && r.original_amount_minor && r.rate ? { amountMinor: Number(r.original_amount_minor), currency: r.original_currency as 'USD', rate: r.rate } : null,
    reversesId: r.reverses_id,
    reversedBy: r.reversed_by,
    description: r.description,
    createdAt: new Date(r.created_at).toISOString(),
    entries: r.entries.map((e) => ({ account: e.account, currency: e.currency as 'USD', amountMinor: e.amount_minor })),
  };
}
export type FundTransaction = ReturnType<typeof toTransaction>;

/** What the posting is, its references resolved in the fund (each unknown one a 400 naming its field). */
async function resolvePosting(trx: Db, actor: Actor, fund: q.PostingContextRow, input: TransactionInput) {
  const kind = input.kind;
  for (const field of OPTIONAL) if (input[field] !== undefined && !FIELDS[kind].includes(field)) throw invalid(`body.${field}`, `not used by a ${kind}`);

  if (kind === 'reversal') {
    if (!input.reversesId) throw required('body.reversesId', kind);
    const original = await q.findVisibleTransaction(trx, actor, fund.id, input.reversesId);
    if (!original) throw invalid('body.reversesId', 'no such transaction in this fund');
    if (original.kind === 'reversal') throw invalid('body.reversesId', 'a reversal is not reversed: post the transaction again');
    if (original.reversed_by)
      throw new AppError('conflict', `body.reversesId: this transaction has been reversed already (by ${original.reversed_by})`, [
        { path: 'body.reversesId', message: 'reversed already' },
      ]);
    return { kind, original, amount: BigInt(original.amount_minor), projectPartnerOrgId: original.partner_org_id };
  }

  if (!input.amount) throw required('body.amount', kind);
  let amount = BigInt(input.amount.amountMinor);
  let original: { amountMinor: number; currency: string; rate: string } | null = null;
  if (input.amount.currency !== fund.base_currency) {
    if (!OTHER_CURRENCY_KINDS.includes(kind)) throw invalid('body.amount.currency', `must be the fund's base currency ${fund.base_currency}`);
    if (!input.rate || !RATE_PATTERN.test(input.rate)) throw invalid('body.rate', `required: ${fund.base_currency} per ${input.amount.currency}`);
    amount = convert(amount, input.amount.currency, input.rate, fund.base_currency);
    if (amount <= 0n) throw invalid('body.rate', 'gives an amount of zero in the base currency');
    if (amount > 1_000_000_000_000_000n) throw invalid('body.amount.amountMinor', 'is more than 10^15 minor units of the base currency');
    original = { amountMinor: input.amount.amountMinor, currency: input.amount.currency, rate: input.rate };
  } else if (input.rate !== undefined) throw invalid('body.rate', 'only for an amount in another currency than the base currency');

  let project: (ProjectRef & { title: string }) | null = null;
  if (input.projectId) {
    const p = fund.project;
    if (!p) throw invalid('body.projectId', 'no such project in this fund');
    project = { id: p.id, windowId: p.window_id, partnerOrgId: p.partner_org_id, title: p.title };
  }
  const windowId = input.windowId ?? null;
  if (windowId && !fund.window_found) throw invalid('body.windowId', 'no such window in this fund');

  let posting: Posting;
  switch (kind) {
    case 'pledge':
    case 'commitment':
    case 'deposit':
      if (!input.donorOrgId) throw required('body.donorOrgId', kind);
      posting = kind === 'deposit' ? { kind, donorOrgId: input.donorOrgId, windowId, amount, feeBp: fund.aa_fee_bp } : { kind, donorOrgId: input.donorOrgId, amount };
      break;
    case 'interest':
      if (project && input.windowId !== undefined) throw invalid('body.windowId', "partner interest goes to the project's partner balance: give projectId or windowId");
      posting = project ? { kind, project, amount } : { kind, windowId, project: null, amount };
      break;
    case 'allocation':
    case 'transfer':
    case 'expenditure':
      if (!project) throw required('body.projectId', kind);
      posting = { kind, project, amount };
      break;
    case 'refund':
      if (project) {
        if (input.donorOrgId || input.windowId !== undefined)
          throw invalid(input.donorOrgId ? 'body.donorOrgId' : 'body.windowId', 'a refund is from a partner (projectId) or to a donor (donorOrgId, windowId), not both');
        posting = { kind, project, amount };
      } else {
        if (!input.donorOrgId) throw invalid('body.projectId', 'a refund names the project (from its partner) or the donor (to whom the fund refunds)');
        posting = { kind, project: null, donorOrgId: input.donorOrgId, windowId, amount };
      }
      break;
    case 'fee':
      if (!input.feeKind) throw required('body.feeKind', kind);
      posting = { kind, feeKind: input.feeKind, windowId, amount };
      break;
  }
  return { kind, posting, amount, original, project, windowId, projectPartnerOrgId: project?.partnerOrgId ?? null };
}

/** Why a posting may not move `account` to `after`: the refusal people read, naming the window, project or donor. */
function overdraftReason(kind: FundKind, refusal: Overdraft, delta: bigint, project: { title: string } | null) {
  const { account, currency } = refusal;
  const before = BigInt(refusal.balance) - delta;
  const has = formatMoney(before < 0n ? -before : before, currency);
  const asks = formatMoney(delta < 0n ? -delta : delta, currency);
  if (account.startsWith('aa:window:')) {
    const windowId = account.slice('aa:window:'.length);
    const code = windowId === 'unearmarked' ? 'unearmarked' : (refusal.windowCode ?? windowId);
    return `window ${code} has ${has} ${currency} unallocated, the ${kind} asks ${asks}`;
  }
  if (account.startsWith('aa:project:'))
    return `project ${project?.title ?? account.slice(11)} has ${has} ${currency} allocated with the administrative agent, the ${kind} asks ${asks}`;
  if (account.startsWith('partner:')) return `the partner's balance on project ${project?.title ?? account.split(':')[3]} is ${has} ${currency}, the ${kind} asks ${asks}`;
  if (account.startsWith('source:donor:')) return `the donor has contributed ${has} ${currency} net, the ${kind} asks ${asks}`;
  return `account ${account} has ${has} ${currency}, the ${kind} asks ${asks}`;
}

/** What `fund_check_limits` (migration 0040) says of the account a posting would overdraw: SQLSTATE EF409, this as JSON detail. */
interface Overdraft {
  account: string;
  currency: string;
  /** The balance the posting would leave, in minor units. */
  balance: string;
  windowCode: string | null;
}
const OVERDRAFT = 'EF409';

/**
 * Reads the fund and what the posting names → validates → authorises, and returns what the
 * posting writes (fund.writer.ts, ADR 0041) — with a key, the answer to store under it —, its
 * answer once its number is known, and the refusal a database error means for it.
 */
async function preparePosting(db: Db, ctx: Ctx, fundId: string, input: TransactionInput, claim?: KeyClaim) {
  if (ctx.actor.kind === 'anonymous') authorize(ctx.actor, fundPolicy, 'read');
  const fund = await readPostingContext(db, ctx.actor, { fundId, projectId: input.projectId, windowId: input.windowId });
  if (!fund) throw notFound('Fund');
  const resolved = await resolvePosting(db, ctx.actor, fund, input);
  authorize(ctx.actor, fundPolicy, 'post', { fund, kind: input.kind, projectPartnerOrgId: resolved.projectPartnerOrgId });

  const currency = fund.base_currency;
  let entries: Entry[];
  let columns: { donor_org_id: string | null; window_id: string | null; project_id: string | null; partner_org_id: string | null; fee_kind: string | null };
  if ('original' in resolved && resolved.kind === 'reversal') {
    const o = resolved.original;
    entries = o.entries.map((e) => ({ account: e.account, currency: e.currency, amountMinor: -BigInt(e.amount_minor) }));
    columns = { donor_org_id: o.donor_org_id, window_id: o.window_id, project_id: o.project_id, partner_org_id: o.partner_org_id, fee_kind: o.fee_kind };
  } else {
    const r = resolved as Exclude<typeof resolved, { kind: 'reversal' }> & { posting: Posting };
    entries = entriesOf(r.posting, currency);
    const p = r.posting;
    columns = {
      donor_org_id: 'donorOrgId' in p ? p.donorOrgId : null,
      window_id: r.project ? r.project.windowId : r.windowId,
      project_id: r.project?.id ?? null,
      partner_org_id: r.project?.partnerOrgId ?? null,
      fee_kind: p.kind === 'fee' ? p.feeKind : null,
    };
  }
  const foreign = 'original' in resolved && resolved.kind !== 'reversal' ? resolved.original : null;
  const row = {
    id: uuidv7(),
    fund_id: fundId,
    kind: input.kind,
    value_date: input.valueDate,
    ...columns,
    amount_minor: resolved.amount.toString(),
    original_amount_minor: foreign ? String(foreign.amountMinor) : null,
    original_currency: foreign ? foreign.currency : null,
    rate: foreign ? foreign.rate : null,
    reverses_id: input.kind === 'reversal' ? input.reversesId! : null,
    description: input.description ?? '',
    created_by: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    created_at: new Date(),
  };
  // The answer from what is written (a new transaction is reversed by nothing yet); its number comes from the statement.
  const answer = (seq: string) =>
    toTransaction({
      ...row,
      seq,
      currency,
      reversed_by: null,
      entries: entries.map((e) => ({ account: e.account, currency: e.currency, amount_minor: e.amountMinor.toString() })),
    });
  const posting: PreparedPosting = {
    row,
    entries,
    audit: {
      ctx,
      entry: {
        action: `fund.${input.kind}`,
        entity: 'fund',
        entityId: fundId,
        after: { transactionId: row.id, ...input, amountMinor: resolved.amount.toString(), entries: entries.map((e) => ({ ...e, amountMinor: e.amountMinor.toString() })) },
        // A posting naming a project (a reversal: the one its original names) is that project's too: its content only for those who may see it.
        related: columns.project_id ? [projectRow(columns.project_id)] : undefined,
      },
    },
    key: claim && { claim, status: 201, template: JSON.stringify(answer('0')) },
  };

  const project = 'project' in resolved ? (resolved.project ?? null) : null;
  /** The refusal a database error means for this posting (an overdraft: its reason), or the error as it came. */
  const refused = (e: unknown): never => {
    const err = e as { code?: string; detail?: string };
    if (err?.code === OVERDRAFT && err.detail) {
      const refusal = JSON.parse(err.detail) as Overdraft;
      const delta = entries.filter((x) => x.account === refusal.account && x.currency === refusal.currency).reduce((sum, x) => sum + x.amountMinor, 0n);
      throw new AppError('conflict', overdraftReason(input.kind, refusal, delta, project), [{ path: 'body.amount', message: 'more than the balance it draws on' }]);
    }
    return translateDbError(e, CONSTRAINTS);
  };
  return { posting, answer, refused };
}

/**
 * Posts one transaction (ADR 0015, 0041): reads the fund and what the posting names →
 * validates → authorises → one statement writing the transaction, its entries, its balances
 * and the audit event, refusing an overdraft. In the caller's transaction (an import, the
 * demo), or on its own, with the postings arriving at the same time (fund.writer.ts): all or
 * nothing either way. Returns the transaction with its entries.
 */
export async function postTransactionIn(db: Db, ctx: Ctx, fundId: string, input: TransactionInput): Promise<FundTransaction> {
  const { posting, answer, refused } = await preparePosting(db, ctx, fundId, input);
  const { seq } = await writePosting(db, posting).catch(refused);
  return answer(seq);
}

/** `postTransactionIn` under an Idempotency-Key: the key's lock and answer are written by the posting's statement (ADR 0041). */
export async function postTransactionKeyed(db: Db, ctx: Ctx, fundId: string, input: TransactionInput, claim: KeyClaim) {
  const { posting, refused } = await preparePosting(db, ctx, fundId, input, claim);
  const { storedBody } = await writePosting(db, posting).catch(refused);
  return { status: 201, storedBody: storedBody! };
}

const RETRYABLE = new Set(['40001', '40P01']);
const POST_ATTEMPTS = 5;

/**
 * Posts one transaction, its write one statement committing on its own (ADR 0041); again (at
 * most POST_ATTEMPTS times, with jittered backoff) when PostgreSQL gives up on it for a
 * deadlock or a serialization failure: the locking order should prevent both, this is the
 * net under it.
 */
export async function postTransaction(db: Kysely<Database>, ctx: Ctx, fundId: string, input: TransactionInput): Promise<FundTransaction> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await postTransactionIn(db, ctx, fundId, input);
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (!code || !RETRYABLE.has(code) || attempt >= POST_ATTEMPTS) throw err;
      await new Promise((r) => setTimeout(r, Math.random() * 10 * 2 ** attempt));
    }
  }
}

export async function listTransactions(db: Db, ctx: Ctx, fundId: string, query: TransactionListQuery) {
  authorizeUser(ctx.actor, fundPolicy, 'read');
  // The query is checked first: a bad cursor is a 400 whatever the fund.
  const beforeSeq = decodeCursor(query.cursor, ['integer'])?.[0];
  const rows = await q.listVisibleTransactions(db, ctx.actor, fundId, { kind: query.kind, projectId: query.projectId, donorOrgId: query.donor, beforeSeq, limit: query.limit });
  // The page's statement applies the fund's rule itself, so a row proves the fund visible; only
  // an empty page needs the fund read, to tell a hidden or missing fund (404) from an empty
  // ledger. One statement a page instead of two (the list's speed, ADR 0011).
  if (rows.length === 0) await visibleFund(db, ctx.actor, fundId);
  return toPage(rows, query.limit, (r) => [r.seq], toTransaction);
}

// ---------------------------------------------------------------- reports and checks

/** The first broken invariant of the ledger (every fund), or null: what `entente fund check` reports. */
export async function checkLedger(db: Db): Promise<string | null> {
  return (await q.firstViolation(db)) ?? null;
}

/** How many transactions and entries the ledger holds (every fund): what `entente fund check` verified. */
export const ledgerSize = (db: Db) => q.ledgerSize(db);

/** The balances of a fund's accounts (non-zero), as the running balances hold them. */
export async function balancesOf(db: Db, fundId: string) {
  return await q.balancesOf(db, fundId);
}
