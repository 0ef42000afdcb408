// Exchange rates: policy → one transaction → change → audit. A rate is reference data the
// secretariat keeps (entered one by one or imported from a CSV file, all or nothing); the
// conversion itself is SQL, in exchange-rates.sql.ts, embedded by the modules that show money.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import Papa from 'papaparse';
import { z } from 'zod';
import { CURRENCY_SET } from '../../../common/currencies.ts';
import type { Database, Db } from '../../db/database.ts';
import type { Ctx } from '../../infra/actor.ts';
import { type ConstraintFields, translateDbError } from '../../infra/db-errors.ts';
import { AppError, type FieldError, invalid, notFound } from '../../infra/errors.ts';
import { decodeCursor, toPage } from '../../infra/pagination.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { exchangeRatesPolicy } from './exchange-rates.policy.ts';
import * as q from './exchange-rates.queries.ts';
import { type ExchangeRateInput, type ExchangeRateListQuery, MAX_IMPORT_ROWS, RATE_PATTERN } from './exchange-rates.schema.ts';
import type { ExchangeRateTable } from './exchange-rates.table.ts';

const CONSTRAINTS: ConstraintFields = {
  exchange_rate_unique: ['body.validFrom', 'a rate of this currency against this base currency on this day exists already'],
  exchange_rate_positive: ['body.rate', 'must be above zero'],
};

const toRate = (r: q.ExchangeRateRow) => ({
  id: r.id,
  currency: r.currency as 'USD',
  baseCurrency: r.base_currency as 'USD',
  rate: r.rate,
  validFrom: r.valid_from,
  source: r.source,
  createdAt: r.created_at,
});

export async function listRates(db: Db, ctx: Ctx, f: ExchangeRateListQuery) {
  exchangeRatesPolicy.read(ctx.actor);
  const after = decodeCursor(f.cursor, ['date', 'text', 'text']);
  const rows = await q.listRates(db, { currency: f.currency, limit: f.limit, after });
  return toPage(rows, f.limit, (r) => [r.valid_from, r.currency, r.base_currency], toRate);
}

export async function createRate(db: Kysely<Database>, ctx: Ctx, input: ExchangeRateInput) {
  exchangeRatesPolicy.manage(ctx.actor);
  return await db.transaction().execute(async (trx) => {
    const [row] = await q
      .insertRates(trx, [
        {
          currency: input.currency,
          base_currency: input.baseCurrency,
          rate: input.rate,
          valid_from: input.validFrom,
          source: input.source,
          created_by: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
        },
      ])
      .catch((e) => translateDbError(e, CONSTRAINTS));
    await recordAudit(trx, ctx, { action: 'exchange_rate.create', entity: 'exchange_rate', entityId: row!.id, after: input });
    return toRate((await q.findRate(trx, row!.id))!);
  });
}

export async function deleteRate(db: Kysely<Database>, ctx: Ctx, id: string) {
  exchangeRatesPolicy.manage(ctx.actor);
  await db.transaction().execute(async (trx) => {
    const before = await q.findRate(trx, id);
    if (!before || !(await q.deleteRate(trx, id))) throw notFound('Exchange rate');
    await recordAudit(trx, ctx, { action: 'exchange_rate.delete', entity: 'exchange_rate', entityId: id, before: toRate(before) });
  });
}

/** The columns a file of rates has, by the names its header row may give them. */
const COLUMNS = {
  currency: ['currency', 'from', 'from_currency'],
  base_currency: ['base_currency', 'base', 'to', 'to_currency'],
  rate: ['rate'],
  valid_from: ['valid_from', 'date', 'from_date'],
  source: ['source'],
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: Column[] = ['currency', 'base_currency', 'rate', 'valid_from'];
/** Beyond this many problems the file is refused with the first ones only. */
const MAX_PROBLEMS = 100;
const isDate = z.iso.date();

/**
 * A CSV file of rates, all or nothing: every row is checked (each problem names its row, as
 * numbered in the file, and its column) and nothing is written unless every row is good; a
 * rate already held for a pair and day is a problem of its row, not replaced.
 */
export async function importRates(db: Kysely<Database>, ctx: Ctx, csv: string) {
  exchangeRatesPolicy.manage(ctx.actor);
  const parsed = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: 'greedy' });
  const [header, ...rows] = parsed.data;
  if (!header) throw invalid('body.csv', 'the file has no header row');
  const names = header.map((h) =>
    h
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_'),
  );
  const at = {} as Record<Column, number>;
  const problems: FieldError[] = [];
  for (const [column, aliases] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    const i = names.findIndex((n) => aliases.includes(n));
    if (i >= 0) at[column] = i;
    else if (REQUIRED.includes(column)) problems.push({ path: `body.csv.header.${column}`, message: `the header row has no ${column} column`, rule: 'required' });
  }
  if (problems.length) throw new AppError('validation_failed', 'body.csv: the header row lacks a column', problems);
  if (rows.length === 0) throw invalid('body.csv', 'the file has no rows of rates');
  if (rows.length > MAX_IMPORT_ROWS)
    throw new AppError('validation_failed', `body.csv: at most ${MAX_IMPORT_ROWS} rows`, [
      { path: 'body.csv', message: `at most ${MAX_IMPORT_ROWS} rows`, rule: 'too_big', limit: MAX_IMPORT_ROWS },
    ]);

  const good: (Omit<ExchangeRateTable, 'id' | 'created_at' | 'source' | 'rate' | 'valid_from'> & { rate: string; valid_from: string; source: string; line: number })[] = [];
  const seen = new Map<string, number>();
  for (const [i, cells] of rows.entries()) {
    const line = i + 2; // the file's own numbering: the header is row 1
    const problem = (column: Column, message: string, rule: string) => problems.push({ path: `body.csv.${line}.${column}`, message, rule });
    const cell = (column: Column) => (at[column] === undefined ? '' : (cells[at[column]] ?? '').trim());
    const currency = cell('currency').toUpperCase();
    const base = cell('base_currency').toUpperCase();
    const rate = cell('rate');
    const day = cell('valid_from');
    const source = cell('source');
    const before = problems.length;
    if (!currency) problem('currency', 'required', 'required');
    else if (!CURRENCY_SET.has(currency)) problem('currency', 'must be an ISO 4217 currency code', 'invalid_value');
    if (!base) problem('base_currency', 'required', 'required');
    else if (!CURRENCY_SET.has(base)) problem('base_currency', 'must be an ISO 4217 currency code', 'invalid_value');
    else if (base === currency) problem('base_currency', 'must differ from the currency', 'custom');
    if (!rate) problem('rate', 'required', 'required');
    else if (!RATE_PATTERN.test(rate)) problem('rate', 'must be a decimal number such as 1.2745 (at most 14 digits before the point and 10 after)', 'invalid_format');
    else if (!/[1-9]/.test(rate)) problem('rate', 'must be above zero', 'too_small');
    if (!day) problem('valid_from', 'required', 'required');
    else if (!isDate.safeParse(day).success) problem('valid_from', 'must be a date written 2026-01-31', 'invalid_format');
    if (source.length > 200) problem('source', 'at most 200 characters', 'too_big');
    if (problems.length === before) {
      const key = `${currency} ${base} ${day}`;
      const first = seen.get(key);
      if (first !== undefined) problem('valid_from', `the same pair and day as row ${first}`, 'duplicate');
      else {
        seen.set(key, line);
        good.push({ currency, base_currency: base, rate, valid_from: day, source, created_by: ctx.actor.kind === 'user' ? ctx.actor.userId : null, line });
      }
    }
    if (problems.length >= MAX_PROBLEMS) break;
  }
  if (problems.length) throw new AppError('validation_failed', `body.csv: ${problems.length} problem(s); nothing was imported`, problems);

  return await db.transaction().execute(async (trx) => {
    const taken = await q.existingPairs(
      trx,
      good.map((r) => ({ currency: r.currency, base: r.base_currency, day: r.valid_from })),
    );
    for (const r of good)
      if (taken.has(`${r.currency} ${r.base_currency} ${r.valid_from}`))
        problems.push({ path: `body.csv.${r.line}.valid_from`, message: 'a rate of this pair on this day exists already', rule: 'exists' });
    if (problems.length) throw new AppError('validation_failed', `body.csv: ${problems.length} problem(s); nothing was imported`, problems.slice(0, MAX_PROBLEMS));
    await q
      .insertRates(
        trx,
        good.map(({ line: _line, ...r }) => r),
      )
      .catch((e) => translateDbError(e, CONSTRAINTS));
    await recordAudit(trx, ctx, {
      action: 'exchange_rate.import',
      entity: 'exchange_rate',
      after: { rows: good.length, sha256: createHash('sha256').update(csv).digest('hex') },
    });
    return { created: good.length };
  });
}
