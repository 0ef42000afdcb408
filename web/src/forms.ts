// Numbers typed into forms, read the way the server reads them: either decimal mark,
// money in exact minor units. A bad amount is reported on the field the server would
// name, so the form shows it where the server's own error would go.
import { MAX_AMOUNT_MINOR, parseDecimal, toMinorUnits } from '../../common/money.ts';
import { ApiError } from './api/client.ts';

/** "1 250,50" in EUR → { amountMinor: 125050, currency: 'EUR' }; empty → null. */
export function moneyField(text: string, currency: string, field: { path: string; label: string; positive?: boolean }) {
  if (!text.trim()) return null;
  const decimal = parseDecimal(text);
  const minor = decimal ? toMinorUnits(decimal, currency) : undefined;
  // Above the maximum the server refuses it by name too; said here before Number() could round it.
  if (minor === undefined || minor < 0n || minor > BigInt(MAX_AMOUNT_MINOR) || (field.positive && minor === 0n))
    throw new ApiError(400, field.label, [{ path: field.path, message: '✗' }]);
  return { amountMinor: Number(minor), currency };
}

/** A quantity typed with either decimal mark; empty → null; not a number → NaN, which the server refuses by name. */
export function numberField(text: string): number | null {
  return text.trim() ? Number(parseDecimal(text) ?? Number.NaN) : null;
}
