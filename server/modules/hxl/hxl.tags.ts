// HXL hashtags (https://hxlstandard.org): a row of tags like `#org +name` or
// `#date+start` says what each column holds. We find that row among the first rows of a
// file, as libhxl does, and map each column to a field of a contribution or a need.

export interface Hashtag {
  tag: string;
  attributes: string[];
}

/** `#date +start` → { tag: 'date', attributes: ['start'] }; anything else → undefined. */
export function parseHashtag(cell: string): Hashtag | undefined {
  const m = /^\s*#([a-z][a-z0-9_]*)((?:\s*\+[a-z][a-z0-9_]*)*)\s*$/i.exec(cell);
  if (!m) return undefined;
  const attributes = (m[2] ?? '')
    .split('+')
    .map((a) => a.trim().toLowerCase())
    .filter(Boolean);
  return { tag: m[1]!.toLowerCase(), attributes };
}

export const formatHashtag = (h: Hashtag) => `#${h.tag}${h.attributes.map((a) => `+${a}`).join('')}`;

/** How far down a file the hashtag row may be (libhxl looks at the first 25 rows). */
export const HASHTAG_ROW_SEARCH_LIMIT = 25;

/** A row is the hashtag row when at least half of its non-empty cells are hashtags. */
export function isHashtagRow(cells: string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  if (!filled.length) return false;
  return filled.filter((c) => parseHashtag(c)).length * 2 >= filled.length && cells.some((c) => parseHashtag(c));
}

export type Field =
  | 'organisation'
  | 'framework'
  | 'location'
  | 'description'
  | 'type'
  | 'quantity'
  | 'unit'
  | 'amount'
  | 'currency'
  | 'start'
  | 'end'
  | 'status'
  | 'externalId'
  | 'priority';

/** The first rule that matches a column's hashtag decides its field; attributes narrow. */
const RULES: { tag: string; with?: string[]; without?: string[]; field: Field; currencyFrom?: boolean }[] = [
  { tag: 'meta', with: ['id'], field: 'externalId' },
  { tag: 'org', field: 'organisation' },
  { tag: 'sector', field: 'framework' },
  { tag: 'country', field: 'location' },
  { tag: 'adm1', field: 'location' },
  { tag: 'adm2', field: 'location' },
  { tag: 'adm3', field: 'location' },
  { tag: 'loc', field: 'location' },
  { tag: 'activity', with: ['type'], field: 'type' },
  { tag: 'activity', field: 'description' },
  { tag: 'output', with: ['unit'], field: 'unit' },
  { tag: 'output', with: ['num'], field: 'quantity' },
  { tag: 'value', field: 'amount', currencyFrom: true },
  { tag: 'currency', field: 'currency' },
  { tag: 'date', with: ['start'], field: 'start' },
  { tag: 'date', with: ['end'], field: 'end' },
  { tag: 'status', field: 'status' },
  { tag: 'priority', field: 'priority' },
  { tag: 'severity', field: 'priority' },
];

export interface ColumnMap {
  index: number;
  header: string;
  hashtag: string;
  field: Field | null;
  /** `#value +usd`: the currency the attribute names. */
  currency?: string;
  /** `+code`: match by code only. */
  byCode: boolean;
}

export function mapColumns(hashtagRow: string[], headerRow: string[] | undefined, currencies: ReadonlySet<string>): ColumnMap[] {
  const taken = new Set<Field>();
  return hashtagRow.map((cell, index) => {
    const h = parseHashtag(cell);
    const base = { index, header: headerRow?.[index]?.trim() ?? '', hashtag: h ? formatHashtag(h) : cell.trim(), byCode: false };
    if (!h) return { ...base, field: null };
    const rule = RULES.find((r) => r.tag === h.tag && (r.with ?? []).every((a) => h.attributes.includes(a)));
    // Several location columns (#adm1, #loc…) add up; any other field is taken once, by its first column.
    if (!rule || (rule.field !== 'location' && taken.has(rule.field))) return { ...base, field: null };
    taken.add(rule.field);
    const currency = rule.currencyFrom ? h.attributes.map((a) => a.toUpperCase()).find((a) => currencies.has(a)) : undefined;
    return { ...base, field: rule.field, currency, byCode: h.attributes.includes('code') };
  });
}
