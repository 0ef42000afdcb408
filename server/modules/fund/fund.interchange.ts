// A fund's ledger transactions in HXL files (CSV, XLSX, JSON) — the fund transactions' interchange
// spec. A transaction is not a shared row of its own: it is read through its fund, and never
// changed once posted (ADR 0015). So the spec names no table (ADR 0018): the engine matches and
// shares nothing, and this spec's `compare` does what only the ledger can — each new row is
// posted through the ledger's own service (`postTransactionIn`: the same checks, refusals and
// audit events as a POST), in file order, inside the import's one transaction. A refused row
// (an overdraft, a project not in the fund) is a problem naming its row and column; the engine
// then rolls the whole file back, as it does after every dry run: one refused row, nothing posted.
// A row whose #meta+id is a transaction of its fund already is left unchanged (an exported file
// imported again into its fund posts nothing); any other #meta+id is the file's own reference,
// which a later reversal row may name. Registered from the fund's plugin (fund.routes.ts).
import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import { CURRENCY_SET } from '../../../common/currencies.ts';
import { fromMinorUnits, parseDecimal, toMinorUnits } from '../../../common/money.ts';
import type { Database } from '../../db/database.ts';
import type { Actor, Ctx, UserActor } from '../../infra/actor.ts';
import { AppError } from '../../infra/errors.ts';
import { strictInput } from '../../infra/input.ts';
import { can } from '../../infra/policy.ts';
import {
  type ColumnMap,
  type ColumnRule,
  type ExportLang,
  type FetchBatch,
  type InterchangeSpec,
  type ProblemLog,
  type ProblemText,
  cellText,
  defineInterchange,
  problem,
} from '../interchange/interchange.service.ts';
import { joinOrganisation, organisationNameIn, organisationsAs } from '../members/members.sql.ts';
import { exportableBy, visibleTo } from '../sharing/sharing.sql.ts';
import { fundPolicy } from './fund.policy.ts';
import { projectVisibleTo } from './fund.queries.ts';
import { type TransactionInput, transactionInput } from './fund.schema.ts';
import { postTransactionIn } from './fund.service.ts';
import { sharedFunds } from './fund.sharing.ts';
import { FUND_KINDS, type FundKind } from './fund.table.ts';

type Field =
  | 'externalId'
  | 'fund'
  | 'valueDate'
  | 'kind'
  | 'amount'
  | 'currency'
  | 'rate'
  | 'donor'
  | 'window'
  | 'projectCode'
  | 'projectTitle'
  | 'partner'
  | 'feeKind'
  | 'reverses'
  | 'description';

/** The hashtags (the first rule that matches a column decides its field: the narrower ones first). */
const COLUMNS: readonly ColumnRule<Field>[] = [
  { tag: 'meta', with: ['fund'], field: 'fund' },
  { tag: 'meta', with: ['id'], field: 'externalId' },
  { tag: 'date', field: 'valueDate' },
  { tag: 'x_kind', field: 'kind' },
  { tag: 'value', field: 'amount', currencyFrom: true },
  { tag: 'currency', field: 'currency' },
  { tag: 'x_rate', field: 'rate' },
  { tag: 'org', with: ['funder'], field: 'donor' },
  { tag: 'org', with: ['impl'], field: 'partner' },
  { tag: 'x_window', field: 'window' },
  { tag: 'activity', with: ['code'], field: 'projectCode' },
  { tag: 'activity', with: ['name'], field: 'projectTitle' },
  { tag: 'x_fee', field: 'feeKind' },
  { tag: 'x_reverses', field: 'reverses' },
  { tag: 'description', field: 'description' },
];

/** Where each field of a posting is in the file: a refusal naming `body.<field>` names this column. */
const COLUMN_OF: Record<string, string> = {
  kind: '#x_kind',
  valueDate: '#date',
  amount: '#value',
  'amount.amountMinor': '#value',
  'amount.currency': '#currency',
  rate: '#x_rate',
  donorOrgId: '#org+funder',
  windowId: '#x_window',
  projectId: '#activity+code',
  feeKind: '#x_fee',
  reversesId: '#x_reverses',
  description: '#description',
};
const columnOf = (path: string | undefined) => COLUMN_OF[(path ?? '').replace(/^body\./, '')] ?? '#x_kind';

/** The import's columns, and beside each code or organisation its name in the reader's language (`+label`: for people, never read back; ADR 0038). */
export const FUND_TRANSACTION_COLUMNS = [
  ['Fund', '#meta+fund', { fr: 'Fonds', ar: 'الصندوق' }],
  ['Fund name', '#meta+fund+name+label', { fr: 'Nom du fonds', ar: 'اسم الصندوق' }],
  ['Value date', '#date', { fr: 'Date de valeur', ar: 'تاريخ القيمة' }],
  ['Kind', '#x_kind', { fr: 'Nature', ar: 'النوع' }],
  ['Amount', '#value', { fr: 'Montant', ar: 'المبلغ' }],
  ['Currency', '#currency', { fr: 'Devise', ar: 'العملة' }],
  ['Rate', '#x_rate', { fr: 'Taux de change', ar: 'سعر الصرف' }],
  ['Donor', '#org+funder', { fr: 'Donateur', ar: 'المانح' }],
  ['Donor (name)', '#org+funder+name+label', { fr: 'Donateur (nom)', ar: 'المانح (الاسم)' }],
  ['Window', '#x_window', { fr: 'Guichet', ar: 'النافذة' }],
  ['Window name', '#x_window+name+label', { fr: 'Nom du guichet', ar: 'اسم النافذة' }],
  ['Project', '#activity+code', { fr: 'Projet', ar: 'المشروع' }],
  ['Project title', '#activity+name', { fr: 'Titre du projet', ar: 'عنوان المشروع' }],
  ['Partner', '#org+impl', { fr: 'Partenaire', ar: 'الشريك' }],
  ['Partner (name)', '#org+impl+name+label', { fr: 'Partenaire (nom)', ar: 'الشريك (الاسم)' }],
  ['Fee', '#x_fee', { fr: 'Frais', ar: 'الرسوم' }],
  ['Reverses', '#x_reverses', { fr: 'Contrepasse', ar: 'قيد عكسي لـ' }],
  ['Description', '#description', { fr: 'Description', ar: 'الوصف' }],
  ['Id', '#meta+id', { fr: 'Identifiant', ar: 'المعرّف' }],
] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const lower = (s: string) => s.trim().toLowerCase();

interface FundRef {
  id: string;
  name: string;
  owner_org_id: string;
  base_currency: string;
}

/** What the rows are resolved against: the funds the importer may see, their windows and projects, the organisations. */
async function loadLedgerReference(db: Kysely<Database>, actor: UserActor) {
  const [funds, windows, projects, orgs] = await Promise.all([
    sql<FundRef>`
      SELECT f.id, f.name, f.owner_org_id, f.base_currency FROM fund f WHERE ${visibleTo(actor, sharedFunds.entity, 'f')}`.execute(db),
    sql<{ id: string; fund_id: string; code: string }>`
      SELECT w.id, w.fund_id, w.code FROM fund f JOIN fund_window w ON w.fund_id = f.id WHERE ${visibleTo(actor, sharedFunds.entity, 'f')}`.execute(db),
    // A project's IATI identifier is its details', a shared row of its own: read only where the importer may see it.
    sql<{ id: string; fund_id: string; title: string; partner_org_id: string; iati_identifier: string | null }>`
      SELECT p.id, p.fund_id, p.title, p.partner_org_id, d.iati_identifier
      FROM fund f JOIN fund_project p ON p.fund_id = f.id
      LEFT JOIN fund_project_detail d ON d.id = p.id
      WHERE ${visibleTo(actor, sharedFunds.entity, 'f')}
        -- A project the importer may not see (RED, say) is not matched by its id or title: as missing.
        AND (d.id IS NULL OR ${visibleTo(actor, 'fund_project', 'd')})`.execute(db),
    db.selectFrom(organisationsAs('o')).select(['o.id', 'o.name', 'o.short_name', 'o.iso3']).execute(),
  ]);
  const fundsByKey = new Map<string, FundRef[]>();
  for (const f of funds.rows) for (const key of [f.id, lower(f.name)]) fundsByKey.set(key, [...(fundsByKey.get(key) ?? []), f]);
  const orgsByKey = new Map<string, Set<string>>();
  for (const o of orgs)
    for (const key of [o.id, lower(o.name), lower(o.short_name ?? ''), lower(o.iso3 ?? '')]) if (key) orgsByKey.set(key, new Set([...(orgsByKey.get(key) ?? []), o.id]));
  return {
    /** The fund a cell names (its id or its name), if the importer may see exactly one such. */
    fund: (cell: string) => {
      const found = fundsByKey.get(UUID.test(cell) ? cell.toLowerCase() : lower(cell)) ?? [];
      return found.length === 1 ? found[0] : undefined;
    },
    window: (fundId: string, cell: string) => windows.rows.find((w) => w.fund_id === fundId && (w.id === cell.toLowerCase() || lower(w.code) === lower(cell)))?.id,
    /** By its id or IATI identifier; else by its title, if one project of the fund has it. */
    project: (fundId: string, code: string, title: string) => {
      const inFund = projects.rows.filter((p) => p.fund_id === fundId);
      const byCode = code ? inFund.find((p) => p.id === code.toLowerCase() || (p.iati_identifier !== null && p.iati_identifier === code)) : undefined;
      if (byCode) return byCode;
      const byTitle = title ? inFund.filter((p) => lower(p.title) === lower(title)) : [];
      return byTitle.length === 1 ? byTitle[0] : undefined;
    },
    /** By its id, name, short name or ISO 3166 code, if one organisation has it. */
    organisation: (cell: string) => {
      const found = orgsByKey.get(UUID.test(cell) ? cell.toLowerCase() : lower(cell));
      return found?.size === 1 ? [...found][0] : undefined;
    },
  };
}
type LedgerReference = Awaited<ReturnType<typeof loadLedgerReference>>;

/** One row → its staging record (external id, owner, fund, the posting as JSON, the id it reverses), or undefined after logging its problems. */
function readTransaction(
  cells: string[],
  { rowNo, columns, problems }: { rowNo: number; columns: ColumnMap[]; problems: ProblemLog },
  ref: LedgerReference,
  actor: UserActor,
): (string | null)[] | undefined {
  const col = (field: Field) => columns.find((c) => c.field === field);
  const value = (field: Field) => {
    const c = col(field);
    return c ? cellText(cells, c) : '';
  };
  const hashtag = (field: Field, fallback: string) => col(field)?.hashtag ?? fallback;
  const before = problems.size;
  const fail = (field: Field, fallback: string, what: ProblemText, cell?: string) => problems.add(hashtag(field, fallback), what, rowNo, cell);

  const fundCell = value('fund');
  const fund = fundCell ? ref.fund(fundCell) : undefined;
  // A fund the importer may not see is named exactly as one that does not exist.
  if (!fund) return void fail('fund', '#meta+fund', problem(fundCell ? 'fund_unknown' : 'fund_missing'), fundCell);
  if (!can(actor, fundPolicy, 'import', fund)) return void fail('fund', '#meta+fund', problem('fund_not_agent'), fundCell);

  const kindCell = lower(value('kind'));
  if (!FUND_KINDS.includes(kindCell as FundKind)) return void fail('kind', '#x_kind', problem('kind_unknown', { options: FUND_KINDS.join(', ') }), value('kind'));
  const kind = kindCell as FundKind;
  const input: Record<string, unknown> = { kind, valueDate: value('valueDate'), description: value('description') };
  let reverses: string | null = null;
  if (kind === 'reversal') {
    // A reversal takes everything from the transaction it reverses: its other cells are only for people to read.
    reverses = value('reverses') || null;
    if (!reverses) fail('reverses', '#x_reverses', problem('reverses_missing'));
  } else {
    const amountCell = value('amount');
    const currency = (value('currency') || col('amount')?.currency || fund.base_currency).toUpperCase();
    if (!CURRENCY_SET.has(currency)) fail('currency', '#currency', problem('not_a_currency'), currency);
    const decimal = amountCell ? parseDecimal(amountCell) : undefined;
    const minor = decimal === undefined ? undefined : toMinorUnits(decimal, currency);
    if (!amountCell) fail('amount', '#value', problem('amount_required', { kind }));
    else if (minor === undefined || minor <= 0n) fail('amount', '#value', problem('amount_positive', { currency }), amountCell);
    else input.amount = { amountMinor: Number(minor), currency };
    if (value('rate')) input.rate = value('rate');
    const donor = value('donor');
    if (donor) {
      const id = ref.organisation(donor);
      if (id) input.donorOrgId = id;
      else fail('donor', '#org+funder', problem('organisation_unknown'), donor);
    }
    const window = value('window');
    if (window) {
      const id = ref.window(fund.id, window);
      if (id) input.windowId = id;
      else fail('window', '#x_window', problem('window_unknown'), window);
    }
    const code = value('projectCode');
    const title = value('projectTitle');
    if (code || title) {
      const project = ref.project(fund.id, code, title);
      if (!project) fail(code ? 'projectCode' : 'projectTitle', code ? '#activity+code' : '#activity+name', problem('project_unknown'), code || title);
      else {
        input.projectId = project.id;
        const partner = value('partner');
        if (partner && ref.organisation(partner) !== project.partner_org_id) fail('partner', '#org+impl', problem('partner_mismatch'), partner);
      }
    }
    if (value('feeKind')) input.feeKind = value('feeKind');
  }
  if (problems.size > before) return undefined;
  // The posting's own schema, as the POST route reads it: a bad value is a problem naming its column.
  // As at the HTTP edge: a date of year 0 is refused here (PostgreSQL has none: it failed the whole import job).
  const parsed = (strictInput(transactionInput, false) as typeof transactionInput).safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.add(columnOf(issue.path.join('.')), problem('refused', { reason: issue.message }), rowNo);
    return undefined;
  }
  return [value('externalId') || null, fund.owner_org_id, fund.id, JSON.stringify(parsed.data), reverses];
}

/** The posting a refusal names: the message people read, in the column of the field it names. */
function refusal(err: AppError) {
  const field = err.errors[0];
  return { column: columnOf(field?.path), message: err.code === 'validation_failed' && field ? field.message : err.message };
}

/**
 * Posts the staged rows, in file order, through the ledger's service as the importer: each in a
 * savepoint, so that a refused row leaves no trace and the rows after it are still checked.
 */
async function postRows(trx: Kysely<Database>, problems: ProblemLog, ctx: Ctx & { actor: UserActor }) {
  // A row naming a transaction of its fund already: unchanged if it says the same, a problem if not (posted rows never change).
  await sql`
    UPDATE import_fund_transaction s SET existing_id = t.id,
      unchanged = (t.kind = s.input->>'kind' AND t.value_date = (s.input->>'valueDate')::date
        AND (t.kind = 'reversal' OR coalesce(t.original_amount_minor, t.amount_minor) = (s.input->'amount'->>'amountMinor')::bigint))
    FROM fund_transaction t
    WHERE s.external_id ~* ${UUID.source} AND t.id = s.external_id::uuid AND t.fund_id = s.fund_id
      -- A transaction of a project the importer may not see is not theirs to match: as missing.
      AND (t.project_id IS NULL OR ${projectVisibleTo(ctx.actor, sql.ref('t.project_id'))})`.execute(trx);
  const changed = await sql<{ row_no: number; external_id: string }>`
    SELECT row_no, external_id FROM import_fund_transaction WHERE existing_id IS NOT NULL AND NOT unchanged ORDER BY row_no`.execute(trx);
  for (const r of changed.rows) problems.add('#meta+id', problem('transaction_changed'), r.row_no, r.external_id);

  // The file's own ids → the transactions they are now (a reversal may name an earlier row).
  const posted = new Map<string, string>();
  const known = await sql<{ external_id: string; existing_id: string }>`
    SELECT external_id, existing_id FROM import_fund_transaction WHERE existing_id IS NOT NULL`.execute(trx);
  for (const r of known.rows) posted.set(r.external_id, r.existing_id);

  let after = 0;
  for (;;) {
    const { rows } = await sql<{ row_no: number; external_id: string | null; fund_id: string; input: TransactionInput; reverses: string | null }>`
      SELECT row_no, external_id, fund_id, input, reverses FROM import_fund_transaction
      WHERE existing_id IS NULL AND row_no > ${after} ORDER BY row_no LIMIT 1000`.execute(trx);
    if (!rows.length) return;
    for (const row of rows) {
      after = row.row_no;
      const input: TransactionInput = { ...row.input };
      if (row.reverses !== null) {
        const id = posted.get(row.reverses) ?? row.reverses;
        if (!UUID.test(id)) {
          problems.add('#x_reverses', problem('reverses_unknown'), row.row_no, row.reverses);
          continue;
        }
        input.reversesId = id.toLowerCase();
      }
      await sql`SAVEPOINT fund_import_row`.execute(trx);
      try {
        const done = await postTransactionIn(trx, ctx, row.fund_id, input);
        await sql`RELEASE SAVEPOINT fund_import_row`.execute(trx);
        if (row.external_id) posted.set(row.external_id, done.id);
      } catch (err) {
        await sql`ROLLBACK TO SAVEPOINT fund_import_row`.execute(trx);
        // Anything but a refusal (a deadlock, a lost connection) fails the import as it is; the job retries it.
        if (!(err instanceof AppError)) throw err;
        const { column, message } = refusal(err);
        problems.add(column, problem('refused', { reason: message }), row.row_no, row.reverses ?? undefined);
      }
    }
  }
}

interface ExportRow {
  id: string;
  seq: string;
  fund_id: string;
  fund_name: string;
  kind: FundKind;
  value_date: string;
  amount_minor: string;
  original_amount_minor: string | null;
  original_currency: string | null;
  rate: string | null;
  base_currency: string;
  donor: string | null;
  donor_name: string | null;
  window_code: string | null;
  window_name: string | null;
  project_id: string | null;
  iati_identifier: string | null;
  project_title: string | null;
  partner: string | null;
  partner_name: string | null;
  fee_kind: string | null;
  reverses_id: string | null;
  description: string;
}

export const fundTransactionExportQuery = z.object({
  fundId: z.uuid().optional().describe('One fund’s transactions (default: those of every fund you may pass on)'),
});
export type FundTransactionExportQuery = z.infer<typeof fundTransactionExportQuery>;

/** One exported row, in the columns the import reads: a reversal names only what it reverses. */
function exportCells(r: ExportRow): string[] {
  const reversal = r.kind === 'reversal';
  const inOriginal = !reversal && r.original_currency !== null && r.original_amount_minor !== null;
  const currency = inOriginal ? r.original_currency! : r.base_currency;
  const names = !reversal;
  return [
    r.fund_id,
    r.fund_name,
    r.value_date,
    r.kind,
    fromMinorUnits(inOriginal ? r.original_amount_minor! : r.amount_minor, currency),
    currency,
    inOriginal ? (r.rate ?? '') : '',
    names ? (r.donor ?? '') : '',
    names ? (r.donor_name ?? '') : '',
    // A project names its window itself: the window is written only for what names one directly.
    names && !r.project_id ? (r.window_code ?? '') : '',
    names && !r.project_id ? (r.window_name ?? '') : '',
    names && r.project_id ? (r.iati_identifier ?? r.project_id) : '',
    names && r.project_id ? (r.project_title ?? '') : '',
    names && r.project_id ? (r.partner ?? '') : '',
    names && r.project_id ? (r.partner_name ?? '') : '',
    names ? (r.fee_kind ?? '') : '',
    r.reverses_id ?? '',
    r.description,
    r.id,
  ];
}

/**
 * The transactions `actor` may pass on, in posting order (so that the file posts again as it
 * did): those of the funds they may export, less those of a project whose details they may not
 * (a RED project is in no file, ADR 0017). The keyset's `created_at` carries the ledger's seq.
 */
function transactionBatches(db: Kysely<Database>, actor: Actor, filter: FundTransactionExportQuery, lang: ExportLang): FetchBatch {
  return async (after, limit) => {
    const { rows } = await sql<ExportRow>`
      SELECT t.id, t.seq::text AS seq, t.fund_id, f.name AS fund_name, t.kind, t.value_date::text AS value_date, t.amount_minor, t.original_amount_minor, t.original_currency, t.rate,
        f.base_currency, donor.name AS donor, ${organisationNameIn('donor', lang)} AS donor_name, w.code AS window_code, w.name AS window_name, t.project_id,
        d.iati_identifier, p.title AS project_title, partner.name AS partner, ${organisationNameIn('partner', lang)} AS partner_name,
        t.fee_kind, t.reverses_id, t.description
      FROM fund f
      JOIN fund_transaction t ON t.fund_id = f.id
      LEFT JOIN fund_window w ON w.id = t.window_id
      LEFT JOIN fund_project p ON p.id = t.project_id
      LEFT JOIN fund_project_detail d ON d.id = t.project_id
      ${joinOrganisation('donor', sql.ref('t.donor_org_id'), 'LEFT JOIN')}
      ${joinOrganisation('partner', sql.ref('t.partner_org_id'), 'LEFT JOIN')}
      WHERE ${exportableBy(actor, sharedFunds.entity, 'f')}
        AND (d.id IS NULL OR ${exportableBy(actor, 'fund_project', 'd')})
        ${filter.fundId ? sql`AND f.id = ${filter.fundId}` : sql``}
        ${after ? sql`AND t.seq > ${after.created_at}::bigint` : sql``}
      ORDER BY t.seq
      LIMIT ${limit}`.execute(db);
    return rows.map((r) => ({ key: { created_at: r.seq, id: r.id }, cells: exportCells(r) }));
  };
}

/** Defined when this module loads, so that the command line finds it through the app's module list. */
export const fundTransactionInterchange: InterchangeSpec = defineInterchange({
  name: 'fund-transactions',
  entity: sharedFunds.entity,
  label: 'fund transactions',
  columns: COLUMNS,
  async prepare(db, { actor }) {
    const ref = await loadLedgerReference(db, actor);
    return {
      read: (cells, row) => readTransaction(cells, row, ref, actor),
      // Each posting checks what it names itself (postTransactionIn), in the import's transaction.
      references: () => ({}),
    };
  },
  staging: {
    table: 'import_fund_transaction',
    columns: ['external_id', 'owner_org_id', 'fund_id', 'input', 'reverses'],
    definition: sql`external_id text, owner_org_id uuid NOT NULL, fund_id uuid NOT NULL, input jsonb NOT NULL, reverses text`,
  },
  compare: postRows,
  // Nothing is left to write: compare posted every row (a dry run or a file with a problem is then rolled back whole).
  async apply() {},
  export: {
    columns: FUND_TRANSACTION_COLUMNS,
    query: fundTransactionExportQuery,
    tag: 'fund',
    batches: (db, actor, filter, lang) => transactionBatches(db, actor, filter as FundTransactionExportQuery, lang),
  },
});
