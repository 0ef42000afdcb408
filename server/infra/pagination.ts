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

/** What each part of a cursor must look like before it reaches SQL (a cast of anything else would fail there). */
const CURSOR_PARTS = {
  text: /^[\s\S]{0,300}$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  number: /^-?\d{1,20}(\.\d{1,20})?(e[+-]?\d{1,3})?$/i,
  date: /^\d{4}-\d{2}-\d{2}$/,
  /** PostgreSQL's own text of a timestamptz, to the microsecond (a JavaScript Date keeps milliseconds only). */
  timestamp: /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/,
} as const;
export type CursorPart = keyof typeof CURSOR_PARTS;

/** The sort key a cursor carries, each part checked against `parts`; a forged or stale cursor is a 400. */
export function decodeCursor(cursor: string | undefined, parts: CursorPart[]): string[] | undefined {
  if (cursor === undefined) return undefined;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === parts.length && key.every((v, i) => typeof v === 'string' && CURSOR_PARTS[parts[i]!].test(v)))
      return key as string[];
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
