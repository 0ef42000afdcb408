// zod at the edge for exchange rates (ADR 0031).
import { z } from 'zod';
import { currency } from '../../infra/money.schema.ts';
import { pageQuery } from '../../infra/pagination.ts';
import { isoDate } from '../contributions/contributions.schema.ts';

/** The most a file of rates may hold: a year of daily rates for a dozen currencies fits. */
export const MAX_IMPORT_ROWS = 5000;
/** The CSV text's size limit (characters), well under the body limit. */
export const MAX_IMPORT_CHARS = 500_000;

/** A rate as people write it, an exact decimal: up to 14 digits before the point and 10 after, above zero. */
export const RATE_PATTERN = /^\d{1,14}(\.\d{1,10})?$/;
export const rateValue = z
  .string()
  .trim()
  .regex(RATE_PATTERN, { error: 'must be a decimal number such as 1.2745 (at most 14 digits before the point and 10 after)' })
  .refine((v) => /[1-9]/.test(v), { error: 'must be above zero' })
  .describe('How many units of the base currency one unit of the currency is worth, an exact decimal (text, never a float)');

export const exchangeRateOut = z.object({
  id: z.uuid(),
  currency,
  baseCurrency: currency,
  rate: z.string().describe('An exact decimal'),
  validFrom: z.string().describe('In force from this day until a later rate of the same pair'),
  source: z.string(),
  createdAt: z.string(),
});

export const exchangeRateInput = z
  .object({
    currency,
    baseCurrency: currency,
    rate: rateValue,
    validFrom: isoDate,
    source: z.string().trim().max(200).default(''),
  })
  .refine((r) => r.currency !== r.baseCurrency, { path: ['baseCurrency'], message: 'must differ from the currency' });

export const exchangeRateListQuery = z.object({
  ...pageQuery,
  currency: currency.optional().describe('Rates of this currency, on either side of the pair'),
});

export const exchangeRateImportInput = z.object({
  csv: z
    .string()
    .min(1)
    .max(MAX_IMPORT_CHARS)
    .describe(`A CSV file's text: a header row naming currency, base_currency, rate, valid_from and optionally source; at most ${MAX_IMPORT_ROWS} rows`),
});

export const exchangeRateImportOut = z.object({ created: z.number().int() });

export type ExchangeRateInput = z.infer<typeof exchangeRateInput>;
export type ExchangeRateListQuery = z.infer<typeof exchangeRateListQuery>;
