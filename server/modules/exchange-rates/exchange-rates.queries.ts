// Kysely only: the exchange_rate table. Rates are reference data, read by everyone signed in
// (no sharing rule): other modules convert through exchange-rates.sql.ts.
import { type Insertable, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { ExchangeRateTable } from './exchange-rates.table.ts';

export interface ExchangeRateRow {
  id: string;
  currency: string;
  base_currency: string;
  rate: string;
  valid_from: string;
  source: string;
  created_at: string;
}

const columns = sql`r.id, r.currency, r.base_currency, trim_scale(r.rate)::text AS rate, r.valid_from::text AS valid_from, r.source, r.created_at::text AS created_at`;

/** Newest first, then by pair; keyset on (valid_from, currency, base_currency), unique together. */
export async function listRates(db: Db, f: { currency?: string; limit: number; after?: string[] }) {
  const filters = [sql`true`];
  if (f.currency) filters.push(sql`(r.currency = ${f.currency} OR r.base_currency = ${f.currency})`);
  if (f.after) filters.push(sql`(r.valid_from, r.currency, r.base_currency) < (${f.after[0]}::date, ${f.after[1]}::char(3), ${f.after[2]}::char(3))`);
  const { rows } = await sql<ExchangeRateRow>`
    SELECT ${columns} FROM exchange_rate r
    WHERE ${sql.join(filters, sql` AND `)}
    ORDER BY r.valid_from DESC, r.currency DESC, r.base_currency DESC
    LIMIT ${f.limit + 1}`.execute(db);
  return rows;
}

export async function findRate(db: Db, id: string) {
  const { rows } = await sql<ExchangeRateRow>`SELECT ${columns} FROM exchange_rate r WHERE r.id = ${id}`.execute(db);
  return rows[0];
}

export async function insertRates(db: Db, values: Insertable<ExchangeRateTable>[]) {
  return await db.insertInto('exchange_rate').values(values).returning('id').execute();
}

export async function deleteRate(db: Db, id: string) {
  const result = await db.deleteFrom('exchange_rate').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Which of these (currency, base, day) triples already have a rate: their keys as "GBP USD 2026-01-31". */
export async function existingPairs(db: Db, keys: { currency: string; base: string; day: string }[]) {
  if (keys.length === 0) return new Set<string>();
  const { rows } = await sql<{ key: string }>`
    SELECT r.currency || ' ' || r.base_currency || ' ' || r.valid_from::text AS key
    FROM exchange_rate r
    JOIN unnest(${keys.map((k) => k.currency)}::text[], ${keys.map((k) => k.base)}::text[], ${keys.map((k) => k.day)}::date[]) AS k(currency, base, day)
      ON r.currency = k.currency::char(3) AND r.base_currency = k.base::char(3) AND r.valid_from = k.day`.execute(db);
  return new Set(rows.map((r) => r.key));
}
