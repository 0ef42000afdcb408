// Keyset pagination: the cursor is the sort key of the last row returned, opaque to
// clients (base64url JSON). Stable under inserts, unlike offsets.
import { z } from 'zod';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '../../common/enums.ts';
import { invalid } from './errors.ts';
import { badCharacterIn } from './input.ts';

export const pageQuery = {
  // Room for a text key of 300 characters in any script (UTF-8, JSON, then base64url: up to about 1,700).
  cursor: z.string().max(2500).optional().describe('From `nextCursor` of the previous page'),
  limit: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT),
};

export const pageOf = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export function encodeCursor(key: (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** Whether a calendar date exists (PostgreSQL has no year 0 and refuses 2024-02-30). */
function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(2000, month, 0)).getUTCDate() + (month === 2 && !isLeap(year) ? -1 : 0);
}
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

const BIGINT_MAX = 9223372036854775807n;

/**
 * What each part of a cursor must be before it reaches SQL: a cast of anything else fails
 * there (a 500), so each test is as strict as the cast it guards.
 */
const CURSOR_PARTS = {
  /** Any text up to 300 characters that PostgreSQL can store (no NUL, no lone surrogate). */
  text: (v: string) => v.length <= 300 && badCharacterIn(v) === undefined,
  uuid: (v: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  /** A numeric or float8 value. */
  number: (v: string) => /^-?\d{1,20}(\.\d{1,20})?(e[+-]?\d{1,2})?$/i.test(v),
  /** A bigint (an identity column). */
  integer: (v: string) => /^-?\d{1,19}$/.test(v) && BigInt(v) <= BIGINT_MAX && BigInt(v) >= -BIGINT_MAX,
  date: (v: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
  },
  /** PostgreSQL's own text of a timestamptz, to the microsecond (a JavaScript Date keeps milliseconds only). */
  timestamp: (v: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?(?:([+-])(\d{2})(?::?(\d{2}))?|Z)?$/.exec(v);
    if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) return false;
    const [hour, minute, second, offsetHours, offsetMinutes] = [m[4], m[5], m[6], m[9], m[10]].map((x) => Number(x ?? 0));
    return hour! <= 23 && minute! <= 59 && second! <= 59 && offsetHours! <= 14 && offsetMinutes! <= 59;
  },
} as const satisfies Record<string, (v: string) => boolean>;
export type CursorPart = keyof typeof CURSOR_PARTS;

/** The sort key a cursor carries, each part checked against `parts`; a forged or stale cursor is a 400. */
export function decodeCursor(cursor: string | undefined, parts: CursorPart[]): string[] | undefined {
  if (cursor === undefined) return undefined;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === parts.length && key.every((v, i) => typeof v === 'string' && CURSOR_PARTS[parts[i]!](v))) return key as string[];
  } catch {
    // fall through
  }
  throw invalid('query.cursor', 'is not a cursor this list returned');
}

/** Takes limit + 1 rows from a query and turns the extra one into the next cursor. */
export function toPage<Row, Item>(rows: Row[], limit: number, keyOf: (row: Row) => (string | null)[], toItem: (row: Row) => Item): { items: Item[]; nextCursor: string | null } {
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page[page.length - 1];
  return { items: page.map(toItem), nextCursor: more && last ? encodeCursor(keyOf(last)) : null };
}
