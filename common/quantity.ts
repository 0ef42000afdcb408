// Quantities (of a contribution, a need, or what a contribution meets of a need) travel as
// JSON numbers, that is IEEE doubles. A double holds every decimal of at most 15
// significant digits exactly (and prints it back the same), so a quantity has at most 4
// decimals and at most 11 digits before the point: every accepted quantity comes back as
// it was sent. Sums of quantities are not bounded by this and travel as decimal strings.

/** Digits after the decimal point a quantity may have. */
export const QUANTITY_DECIMALS = 4;
/** The largest quantity: 99,999,999,999.9999 (15 significant digits). Enforced by the API's schemas, the import and a CHECK. */
export const MAX_QUANTITY = 99_999_999_999.9999;
/** The same limit as text, for messages and SQL. */
export const MAX_QUANTITY_TEXT = '99999999999.9999';

/** A quantity or a sum of quantities as JSON carries a sum: a decimal string, exact at any size. */
export type QuantityText = string;

/** A decimal string as people read it: "12000", not "12000.0000"; "0.5", not "0.5000". */
export function trimDecimal(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** Whether a plain decimal string ("12", "0.25", "007") is a quantity the API would accept: at most MAX_QUANTITY, at most 4 decimals. */
export function isQuantityText(text: string): boolean {
  return /^\d{1,11}(\.\d{1,4})?$/.test(text.replace(/^0+(?=\d)/, ''));
}
