// HXL hashtags (https://hxlstandard.org): a row of tags like `#org +name` or
// `#date+start` says what each column holds. The engine finds that row among the first rows
// of a file, as libhxl does, and maps each column to a field through the rules of the
// entity being imported (its spec's `columns`): the engine itself knows no field. A column
// whose hashtag has the `+label` attribute (`#loc +name +label`: names an export writes beside
// its codes, for people) is never read, whatever its tag, and is reported as a label column,
// not as an unknown one; a label column alone is nothing (ADR 0038).
import { CURRENCY_SET } from '../../../common/currencies.ts';

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

/**
 * One rule of an entity's columns: the first rule that matches a column's hashtag decides
 * its field; `with` attributes narrow. `repeatable` fields (places) may have several
 * columns that add up; any other field is taken once, by its first column.
 */
export interface ColumnRule<F extends string = string> {
  tag: string;
  with?: string[];
  field: F;
  repeatable?: boolean;
  /** `#value +usd`: an attribute naming an ISO 4217 currency is kept as the column's currency. */
  currencyFrom?: boolean;
  /**
   * Keys of a JSON file's objects that mean this rule's hashtag (`['dataElement']` for a DHIS2
   * dataValueSet), besides the hashtag itself (`{"#org": …}`), which always does.
   */
  json?: readonly string[];
}

/**
 * The hashtag row of a JSON file, from its objects' keys: a key a rule names in `json` stands
 * for that rule's hashtag, a key that is a hashtag for itself; any other key stays as it is,
 * and is ignored and reported like a CSV column without a hashtag the entity knows.
 */
export function jsonHashtags(keys: readonly string[], rules: readonly ColumnRule[]): string[] {
  return keys.map((key) => {
    const rule = rules.find((r) => r.json?.includes(key));
    return rule ? formatHashtag({ tag: rule.tag, attributes: [...(rule.with ?? [])] }) : key;
  });
}

export interface ColumnMap<F extends string = string> {
  index: number;
  header: string;
  hashtag: string;
  field: F | null;
  /** `#value +usd`: the currency the attribute names. */
  currency?: string;
  /** `+code` (or `+pcode`): match by code or P-code only. */
  byCode: boolean;
  /** `+label`: a name written beside a code for people (an export's), never read (ADR 0038). */
  label?: boolean;
}

/**
 * The attribute of a label column: `#loc +name +label` beside `#loc +code` holds the places'
 * names, in the reader's language, for people and for HDX. The import reads no label column,
 * whatever its tag (a `#loc` column would otherwise be read as more places, `#loc` being
 * repeatable): it reports it among the label columns, not among the unknown ones. A file of
 * names without codes (`#loc +name`, no `+label`) is read as before. ADR 0038.
 */
export const LABEL_ATTRIBUTE = 'label';
export const isLabelHashtag = (cell: string) => parseHashtag(cell)?.attributes.includes(LABEL_ATTRIBUTE) ?? false;

export function mapColumns<F extends string>(hashtagRow: string[], headerRow: string[] | undefined, rules: readonly ColumnRule<F>[]): ColumnMap<F>[] {
  const taken = new Set<F>();
  return hashtagRow.map((cell, index) => {
    const h = parseHashtag(cell);
    const base = { index, header: headerRow?.[index]?.trim() ?? '', hashtag: h ? formatHashtag(h) : cell.trim(), byCode: false };
    if (!h) return { ...base, field: null };
    if (h.attributes.includes(LABEL_ATTRIBUTE)) return { ...base, field: null, label: true };
    const rule = rules.find((r) => r.tag === h.tag && (r.with ?? []).every((a) => h.attributes.includes(a)));
    if (!rule || (!rule.repeatable && taken.has(rule.field))) return { ...base, field: null };
    taken.add(rule.field);
    const currency = rule.currencyFrom ? h.attributes.map((a) => a.toUpperCase()).find((a) => CURRENCY_SET.has(a)) : undefined;
    return { ...base, field: rule.field, currency, byCode: h.attributes.includes('code') || h.attributes.includes('pcode') };
  });
}

/** A cell as the import reads it: trimmed, without the ' our CSV export puts before a cell starting with = + - or @. */
export function cellText(cells: string[], col: { index: number }): string {
  const raw = (cells[col.index] ?? '').trim();
  return raw.charCodeAt(0) === 39 && /^'[=+\-@]/.test(raw) ? raw.slice(1) : raw;
}
