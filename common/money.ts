// Money is an integer of minor units with its ISO 4217 currency, never a float. These
// convert between that and the decimal text people type and read, exactly (BigInt).

/**
 * The largest amount one contribution, need or link may hold: 10^15 minor units (ten
 * trillion in a currency with cents, about forty billion US dollars in Vietnamese dong,
 * the largest nominal amounts in use). Below 2^53, so every accepted amount is an exact
 * JSON number; sums are not bounded by it (PostgreSQL sums bigint as numeric, and sums
 * travel as decimal strings). Enforced by the API's schemas, the import and a CHECK.
 */
export const MAX_AMOUNT_MINOR = 1_000_000_000_000_000;

/** An integer of minor units, or the sum of many, as JSON carries it: a decimal string. */
export type MinorUnitsText = string;

/** "1,234.5", "1 234,5", "1234" → a decimal string, or undefined. */
export function parseDecimal(raw: string): string | undefined {
  let s = raw.replace(/[\s\u00a0\u202f']/g, '');
  if (!s) return undefined;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    s = s.replace(decimal === ',' ? /\./g : /,/g, '').replace(',', '.');
  } else if (lastComma >= 0) {
    // "1,234" and "1,234,567" are thousands; "12,5" is a decimal comma.
    s = /^-?\d{1,3}(,\d{3})+$/.test(s) ? s.replace(/,/g, '') : s.replace(',', '.');
  }
  return /^-?\d+(\.\d+)?$/.test(s) ? s : undefined;
}

const minorDigitsCache = new Map<string, number>();
export function minorDigits(currency: string): number {
  let d = minorDigitsCache.get(currency);
  if (d === undefined) {
    d = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    minorDigitsCache.set(currency, d);
  }
  return d;
}

/** A decimal amount in major units → integer minor units, exactly (no floats), or undefined. */
export function toMinorUnits(decimal: string, currency: string): bigint | undefined {
  const digits = minorDigits(currency);
  const [whole, fraction = ''] = decimal.replace(/^-/, '').split('.');
  if (fraction.replace(/0+$/, '').length > digits) return undefined;
  const minor = BigInt(whole! + fraction.padEnd(digits, '0').slice(0, digits));
  return decimal.startsWith('-') ? -minor : minor;
}

/** Integer minor units (a number, a bigint or a decimal string of any size) → the decimal amount in major units. */
export function fromMinorUnits(amount: bigint | number | string, currency: string): string {
  const digits = minorDigits(currency);
  const minor = BigInt(amount);
  const s = (minor < 0n ? -minor : minor).toString().padStart(digits + 1, '0');
  const major = digits ? `${s.slice(0, -digits)}.${s.slice(-digits)}` : s;
  return minor < 0n ? `-${major}` : major;
}
