// Numbers typed into forms, read the way the server reads them: either decimal mark,
// money in exact minor units. A bad amount is reported on the field the server would
// name, so the form shows it where the server's own error would go.
import { MAX_AMOUNT_MINOR, parseDecimal, toMinorUnits } from '../../common/money.ts';
import { MAX_QUANTITY_TEXT, QUANTITY_DECIMALS, isQuantityText } from '../../common/quantity.ts';
import { ApiError } from './api/client.ts';

/** "1 250,50" in EUR → { amountMinor: 125050, currency: 'EUR' }; empty → null. */
export function moneyField(text: string, currency: string, field: { path: string; label: string; positive?: boolean }) {
  if (!text.trim()) return null;
  const decimal = parseDecimal(text);
  const minor = decimal ? toMinorUnits(decimal, currency) : undefined;
  // Above the maximum the server refuses it by name too; said here before Number() could round it.
  if (minor === undefined || minor < 0n || minor > BigInt(MAX_AMOUNT_MINOR) || (field.positive && minor === 0n))
    throw new ApiError(400, field.label, [{ path: field.path, message: '✗', rule: 'invalid_amount' }]);
  return { amountMinor: Number(minor), currency };
}

/**
 * A quantity typed with either decimal mark; empty → null. Checked as text against the
 * server's limit (common/quantity.ts) before Number() could round it ("1.000000000000000001"
 * would otherwise be sent as 1): refused on the field the server names.
 */
export function numberField(text: string): number | null {
  if (!text.trim()) return null;
  const decimal = parseDecimal(text);
  if (!decimal || !isQuantityText(decimal))
    throw new ApiError(400, text, [{ path: 'body.quantity.value', message: `0 – ${MAX_QUANTITY_TEXT}, ≤ ${QUANTITY_DECIMALS} decimals`, rule: 'invalid_quantity' }]);
  return Number(decimal);
}
