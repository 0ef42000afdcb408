// Keyset pagination: the cursor is the sort key of the last row returned, opaque to
// clients (base64url JSON). Stable under inserts, unlike offsets.
import { z } from 'zod';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '../../common/enums.ts';
import { invalid } from './errors.ts';

export const pageQuery = {
  cursor: z.string().max(500).optional().describe('From `nextCursor` of the previous page'),
  limit: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT),
};

export const pageOf = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export function encodeCursor(key: (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, length: number): (string | null)[] | undefined {
  if (cursor === undefined) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === length && key.every((v) => v === null || typeof v === 'string'))
      return key;
  } catch {
    // fall through
  }
  throw invalid('query.cursor', 'is not a cursor this list returned');
}

/** Takes limit + 1 rows from a query and turns the extra one into the next cursor. */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  keyOf: (row: Row) => (string | null)[],
  toItem: (row: Row) => Item,
): { items: Item[]; nextCursor: string | null } {
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page[page.length - 1];
  return { items: page.map(toItem), nextCursor: more && last ? encodeCursor(keyOf(last)) : null };
}
