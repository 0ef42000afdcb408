// SQL fragments of exchange rates that other modules embed (ADR 0010, ADR 0031): converting
// an amount of minor units from one currency to another at the rate in force on a day. The
// exchange_rate table is read elsewhere only through these. They build SQL; they run nothing.
//
// The rule (ADR 0031): the rate in force on a day is the latest one dated on or before it.
// A rate entered for the pair itself, either way round (GBP→USD, or USD→GBP inverted), or
// through a currency both are rated against (EUR→USD and GBP→USD give EUR→GBP); the latest
// date wins, and on the same date a direct pair wins over a crossing. No such rate: no
// conversion (NULL), never 1:1. The result is exact: numeric all the way, rounded once to the
// target's minor unit, half away from zero (amounts are never negative: half up).
import { type Expression, type RawBuilder, sql } from 'kysely';
import { CURRENCIES } from '../../../common/currencies.ts';
import { minorDigits } from '../../../common/money.ts';

// The size of a currency's minor unit, as in common/money.ts (Intl's ISO 4217 digits: JPY 0,
// KWD 3, CLF 4, most 2), written into the SQL as literals: the same statement on every call.
const byDigits = new Map<number, string[]>();
for (const c of CURRENCIES) {
  const d = minorDigits(c);
  if (d !== 2) byDigits.set(d, [...(byDigits.get(d) ?? []), c]);
}
const factorCases = [...byDigits.entries()].map(([d, codes]) => ({ factor: 10 ** d, codes }));

/** A currency code typed, so that a caller may pass a parameter as well as a column. */
const code = (currency: Expression<unknown>) => sql`(${currency})::char(3)`;

/**
 * How many minor units make one unit of `currency` (100 for USD, 1 for JPY, 1000 for KWD), as
 * an integer numeric. Each list is one literal ('AFN ALL BIF …'): a three-letter code is found
 * in it only as a whole code, and the statement stays short.
 */
export function minorUnitsPerUnit(currency: Expression<unknown>): RawBuilder<string> {
  const whens = factorCases.map(({ factor, codes }) => sql`WHEN strpos(${sql.lit(codes.join(' '))}, ${currency}) > 0 THEN ${sql.lit(factor)}`);
  return sql<string>`(CASE ${sql.join(whens, sql` `)} ELSE 100 END)::numeric`;
}

/**
 * The rate in force converting `from` into `to` on `day`: a subquery for `LEFT JOIN LATERAL
 * … ON true` giving at most one row — `n` and `d` (one unit of `from` is n/d units of `to`,
 * both exact numerics), `minor_n` and `minor_d` (the same for minor units: one minor unit of
 * `from` is minor_n/minor_d minor units of `to`), `valid_from` (the date of the rate, or of the older leg of a crossing)
 * and `rate` (n/d as text, rounded to 10 decimals, for showing). No row when the two
 * currencies are the same or no rate is in force.
 */
export function rateInForce(fromCurrency: Expression<unknown>, toCurrency: Expression<unknown>, onDay: Expression<unknown>): RawBuilder<unknown> {
  // Typed here, so that a caller may pass parameters as well as columns.
  const from = code(fromCurrency);
  const to = code(toCurrency);
  const day = sql`(${onDay})::date`;
  // The pairs held are read once per statement (an uncorrelated CTE is not evaluated again for
  // each outer row); each leg is then the latest rate of its pair on or before the day, one
  // backward step of the pair's unique index (currency, base_currency, valid_from) — not a sort
  // of the pair's whole history for every link converted.
  return sql`(
    WITH pairs AS MATERIALIZED (
      SELECT DISTINCT p.currency, p.base_currency FROM exchange_rate p
    ), legs AS (
      SELECT p.currency, p.base_currency, r.rate, r.valid_from
      FROM pairs p
      CROSS JOIN LATERAL (
        SELECT r.rate, r.valid_from FROM exchange_rate r
        WHERE r.currency = p.currency AND r.base_currency = p.base_currency AND r.valid_from <= ${day}
        ORDER BY r.valid_from DESC
        LIMIT 1
      ) r
      WHERE (p.currency IN (${from}, ${to}) OR p.base_currency IN (${from}, ${to})) AND ${from} <> ${to}
    ), sides AS (
      SELECT l.currency AS cur, l.base_currency AS via, l.rate AS n, 1::numeric AS d, l.valid_from FROM legs l
      UNION ALL
      SELECT l.base_currency, l.currency, 1::numeric, l.rate, l.valid_from FROM legs l
    )
    SELECT a.n * b.d AS n, a.d * b.n AS d, least(a.valid_from, b.valid_from) AS valid_from,
           a.n * b.d * ${minorUnitsPerUnit(to)} AS minor_n, a.d * b.n * ${minorUnitsPerUnit(from)} AS minor_d,
           trim_scale(round(a.n * b.d / (a.d * b.n), 10))::text AS rate
    FROM sides a
    JOIN (SELECT s.cur, s.via, s.n, s.d, s.valid_from FROM sides s
          UNION ALL SELECT ${to}, ${to}, 1::numeric, 1::numeric, 'infinity'::date) b ON b.via = a.via
    WHERE a.cur = ${from} AND b.cur = ${to} AND ${from} <> ${to}
    ORDER BY least(a.valid_from, b.valid_from) DESC, (a.via = ${to}) DESC, a.via
    LIMIT 1
  )`;
}

/**
 * The latest day on or before `day` on which any rate is dated (NULL when none is): the day the
 * table, as rateInForce reads it for `day`, last changed. rateInForce reads only rates dated on
 * or before its day, so it gives the same row on `day` as on this one; a caller converting rows
 * of many days (the pivot) looks each currency's rate up once per such day, not once per day.
 */
export function ratesLastChangedBy(onDay: Expression<unknown>): RawBuilder<string | null> {
  return sql<string | null>`(SELECT max(r.valid_from) FROM exchange_rate r WHERE r.valid_from <= (${onDay})::date)`;
}

/**
 * `amount` minor units of `from` in minor units of `to`, with the rate row `rate` (an alias
 * of `rateInForce`): the amount itself when the currencies are the same, NULL when no rate is
 * in force (or no amount). Exact: amount × minor_n / minor_d, that is amount × n × (to's minor
 * units per unit) / (d × from's minor units per unit), rounded half up to a whole minor unit by integer division, so no digit depends on a float
 * or on numeric division's scale.
 */
export function convertedWith(amount: Expression<unknown>, fromCurrency: Expression<unknown>, toCurrency: Expression<unknown>, rate: string): RawBuilder<string | null> {
  const from = code(fromCurrency);
  const to = code(toCurrency);
  const a = sql`(${amount})::numeric`;
  const n = sql.ref(`${rate}.minor_n`);
  const d = sql.ref(`${rate}.minor_d`);
  return sql<string | null>`(CASE WHEN ${a} IS NULL THEN NULL WHEN ${from} = ${to} THEN ${a}
    ELSE div(2 * ${a} * ${n} + ${d}, 2 * ${d}) END)`;
}

/**
 * `amount` minor units of `from` in minor units of `to` at the rate in force on `day`: a
 * scalar expression, NULL when there is no rate (never 1:1), the amount when the currencies
 * are the same.
 */
export function convertMinorUnits(amount: Expression<unknown>, from: Expression<unknown>, to: Expression<unknown>, day: Expression<unknown>): RawBuilder<string | null> {
  return sql<string | null>`(CASE WHEN (${amount})::numeric IS NULL THEN NULL WHEN ${code(from)} = ${code(to)} THEN (${amount})::numeric
    ELSE (SELECT ${convertedWith(amount, from, to, 'x')} FROM ${rateInForce(from, to, day)} x) END)`;
}
