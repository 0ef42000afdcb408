// Money and quantities at the edge, for every module that takes or sends them (contributions,
// needs, and the indicators and fund to come): one amount is an integer of minor units with
// its ISO 4217 currency, at most MAX_AMOUNT_MINOR; a sum is an exact decimal string; a
// quantity has at most QUANTITY_DECIMALS decimals. The exact conversions are common/money.ts
// and common/quantity.ts, shared with the web app.
import { z } from 'zod';
import { CURRENCIES } from '../../common/currencies.ts';
import { MAX_AMOUNT_MINOR } from '../../common/money.ts';
import { MAX_QUANTITY, MAX_QUANTITY_TEXT, QUANTITY_DECIMALS } from '../../common/quantity.ts';

export const currency = z.enum(CURRENCIES, { error: 'must be an ISO 4217 currency code' });

/** One amount: an integer of minor units (cents), at most MAX_AMOUNT_MINOR, so always exact in JSON. */
export const amountMinor = z
  .number()
  .int()
  .min(0)
  .max(MAX_AMOUNT_MINOR, { error: `must be at most ${MAX_AMOUNT_MINOR} minor units` })
  .describe(`Integer minor units, e.g. cents; at most ${MAX_AMOUNT_MINOR}`);
/** Money is an integer of minor units (cents) with its currency, never a float. */
export const money = z.object({ amountMinor, currency });
/**
 * A sum of amounts, exact at any size: an integer of minor units as a decimal string
 * (a JSON number loses digits beyond 2^53, which a few large amounts pass).
 */
export const minorUnitsSum = z
  .string()
  .regex(/^-?\d+$/)
  .describe('Integer minor units as a decimal string (a sum, exact at any size)');
export const moneySum = z.object({ amountMinor: minorUnitsSum, currency });
/**
 * One quantity: at most MAX_QUANTITY with at most 4 decimals (common/quantity.ts), so that
 * the JSON number (a double) sent comes back exactly as it was, never rounded on the way.
 */
export const quantityValue = z
  .number()
  .min(0)
  .max(MAX_QUANTITY, { error: `must be at most ${MAX_QUANTITY_TEXT}` })
  .multipleOf(10 ** -QUANTITY_DECIMALS, { error: `must have at most ${QUANTITY_DECIMALS} decimals` })
  .describe(`At most ${MAX_QUANTITY_TEXT}, at most ${QUANTITY_DECIMALS} decimals`);
export const quantity = z.object({
  value: quantityValue,
  unit: z.string().trim().min(1).max(50),
});
/** A sum of quantities, exact at any size: a decimal string summed as numeric in SQL. */
export const quantitySum = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .describe('A decimal string (a sum, exact at any size)');
