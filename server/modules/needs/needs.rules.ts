// The rule of a need, written once as a value that the service checks and the import applies.

/** A need has a quantity, an amount of money, or both. */
export const NEED_HAS_A_SIZE = {
  message: 'a need needs a quantity, an amount of money, or both',
  holds: (quantity: unknown, amount: unknown) => (quantity !== null && quantity !== undefined && quantity !== '') || (amount !== null && amount !== undefined && amount !== ''),
} as const;
