// A contribution's or a need's size (a quantity and an amount of money), between the API's
// shape and the columns: the same for every module that stores one.

/**
 * One stored amount (at most MAX_AMOUNT_MINOR, by a CHECK) as a JSON number: always exact.
 * Sums never pass through here: they stay decimal strings (see toNeed and coverage).
 */
export function toSafeInteger(value: string | null | undefined): number {
  if (value === null || value === undefined) return 0;
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new Error(`amount ${value} is beyond the exact range of a number`);
  return n;
}

/**
 * A contribution's or a need's quantity and money as columns. In a patch, an absent field
 * (undefined) leaves its columns alone and null clears them.
 */
export function sizeColumns(v: { quantity?: { value: number; unit: string } | null; money?: { amountMinor: number; currency: string } | null }) {
  return {
    quantity: v.quantity === undefined ? undefined : (v.quantity?.value ?? null),
    unit: v.quantity === undefined ? undefined : (v.quantity?.unit ?? null),
    amount_minor: v.money === undefined ? undefined : (v.money?.amountMinor ?? null),
    currency: v.money === undefined ? undefined : (v.money?.currency ?? null),
  };
}
