// Reading one row of a coalition table — organisation, line of effort or objective, places
// (in English, French or Arabic), a description, a type, a size in units or money, dates, a
// status or a priority — into values. A helper for the specs of entities whose rows look so
// (contributions, needs): the engine never calls it, each spec does, and adds its own checks.
import type { Kysely } from 'kysely';
import { CURRENCY_SET } from '../../../common/currencies.ts';
import { NEED_PRIORITIES } from '../../../common/enums.ts';
import { MAX_AMOUNT_MINOR, fromMinorUnits, parseDecimal, toMinorUnits } from '../../../common/money.ts';
import { MAX_QUANTITY_TEXT, QUANTITY_DECIMALS, isQuantityText } from '../../../common/quantity.ts';
import type { Database } from '../../db/database.ts';
import { nodesWithTheirLine } from '../framework/framework.sql.ts';
import { placesAs } from '../locations/locations.sql.ts';
import { organisationsAs } from '../members/members.sql.ts';
import type { ProblemLog } from './interchange.problems.ts';
import { type ColumnMap, type ColumnRule, cellText } from './interchange.tags.ts';
import { NameIndex, isIsoDate, normaliseName, parseStatus, parseType } from './interchange.values.ts';

export type CoalitionField =
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

/** The hashtags of a coalition row; the first rule that matches a column decides its field. */
export const COALITION_COLUMNS: readonly ColumnRule<CoalitionField>[] = [
  { tag: 'meta', with: ['id'], field: 'externalId' },
  { tag: 'org', field: 'organisation' },
  { tag: 'sector', field: 'framework' },
  { tag: 'country', field: 'location', repeatable: true },
  { tag: 'adm1', field: 'location', repeatable: true },
  { tag: 'adm2', field: 'location', repeatable: true },
  { tag: 'adm3', field: 'location', repeatable: true },
  { tag: 'loc', field: 'location', repeatable: true },
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

export interface Reference {
  /** Remembers each distinct cell's answer, by kind: files repeat the same names and dates thousands of times. */
  memo: Map<string, Map<string, unknown>>;
  organisations: NameIndex<string>;
  frameworkNodes: NameIndex<{ id: string; lineId: string }>;
  locations: NameIndex<string>;
  locationCodes: Map<string, string>;
  /** The distinct ids the file's rows refer to, checked and locked once before writing. */
  used: { organisation: Set<string>; framework_node: Set<string>; location: Set<string> };
}

export async function loadReference(db: Kysely<Database>): Promise<Reference> {
  const [orgs, nodes, places] = await Promise.all([
    db.selectFrom(organisationsAs('o')).select(['o.id', 'o.name', 'o.short_name', 'o.iso3']).execute(),
    nodesWithTheirLine().execute(db),
    db.selectFrom(placesAs('l')).select(['l.id', 'l.code', 'l.name', 'l.name_fr', 'l.name_ar']).execute(),
  ]);
  const organisations = new NameIndex<string>();
  for (const o of orgs) {
    organisations.add(o.name, o.id, o.name);
    organisations.add(o.short_name, o.id, o.name);
    organisations.add(o.iso3, o.id, o.name);
  }
  const frameworkNodes = new NameIndex<{ id: string; lineId: string }>();
  for (const n of nodes.rows) {
    frameworkNodes.add(n.code, { id: n.id, lineId: n.line_id }, n.code);
    frameworkNodes.add(n.name, { id: n.id, lineId: n.line_id }, n.name);
  }
  const locations = new NameIndex<string>();
  const locationCodes = new Map<string, string>();
  for (const l of places) {
    locationCodes.set(l.code.toUpperCase(), l.id);
    locations.add(l.code, l.id, l.code);
    locations.add(l.name, l.id, l.name);
    locations.add(l.name_fr, l.id, l.name);
    locations.add(l.name_ar, l.id, l.name);
  }
  return {
    memo: new Map(),
    organisations,
    frameworkNodes,
    locations,
    locationCodes,
    used: { organisation: new Set(), framework_node: new Set(), location: new Set() },
  };
}

function remember<T>(ref: Reference, kind: string, raw: string, compute: () => T): T {
  let answers = ref.memo.get(kind);
  if (!answers) {
    answers = new Map();
    ref.memo.set(kind, answers);
  }
  const known = answers.get(raw);
  if (known !== undefined || answers.has(raw)) return known as T;
  const value = compute();
  if (answers.size < 20_000) answers.set(raw, value);
  return value;
}

/** Notes the ids a resolved cell refers to as used by the file (once per distinct cell: the answer is remembered). */
function used<T>(into: Set<string>, found: T | undefined, ...ids: (string | undefined)[]): T | undefined {
  for (const id of ids) if (id) into.add(id);
  return found;
}

/** The values of one row, as the database will hold them (text, ready for COPY). */
export interface RowValues {
  owner_org_id?: string;
  framework_node_id?: string;
  line_id?: string;
  location_ids: string[];
  description?: string;
  type?: string;
  quantity?: string;
  unit?: string;
  amount_minor?: string;
  currency?: string;
  start?: string;
  end?: string;
  status?: string;
  priority?: string;
  external_id?: string;
}

export interface RowContext {
  rowNo: number;
  columns: ColumnMap<CoalitionField>[];
  ref: Reference;
  problems: ProblemLog;
  /** The organisation rows belong to when the file names none: the importer's own. */
  ownOrgId: string;
  /** Whether the importer may write rows owned by another organisation (the secretariat may). */
  mayActFor: (orgId: string) => boolean;
}

const PRIORITY_WORDS: Record<string, string> = {
  faible: 'low',
  basse: 'low',
  moyenne: 'medium',
  normal: 'medium',
  haute: 'high',
  elevee: 'high',
  critique: 'critical',
  urgent: 'critical',
  منخفضة: 'low',
  متوسطة: 'medium',
  عالية: 'high',
  حرجة: 'critical',
};
export function parsePriority(raw: string): string | undefined {
  const key = normaliseName(raw);
  return (NEED_PRIORITIES as readonly string[]).includes(key) ? key : PRIORITY_WORDS[key];
}

/**
 * Reads the cells of one data row. Each bad cell is logged against its column; the row's
 * values come back only when it had no problem. Rules that concern a whole row (a
 * quantity needs its unit, dates in order, money needs a currency) are checked here too.
 */
export function readRow(cells: string[], rc: RowContext): RowValues | undefined {
  const { ref, rowNo, problems } = rc;
  const before = problems.size;
  let bad = false;
  const fail = (col: ColumnMap<CoalitionField> | string, message: string, value?: string, suggest?: () => string[]) => {
    bad = true;
    problems.add(typeof col === 'string' ? col : col.hashtag, message, rowNo, value, suggest);
  };
  const out: RowValues = { location_ids: [] };
  let amount: string | undefined;
  let amountCol: ColumnMap<CoalitionField> | undefined;
  let currency: string | undefined;
  /** Fields a cell of the row gave, good or bad: a bad one is reported as such, not also as missing. */
  const given = new Set<CoalitionField>();
  for (const col of rc.columns) {
    if (!col.field) continue;
    const raw = cellText(cells, col);
    if (!raw) continue;
    given.add(col.field);
    switch (col.field) {
      case 'organisation': {
        const id = remember(ref, 'org', raw, () => {
          const found = ref.organisations.get(raw);
          return used(ref.used.organisation, found, found);
        });
        if (!id) fail(col, 'unknown organisation', raw, () => ref.organisations.suggest(raw));
        else if (id !== rc.ownOrgId && !rc.mayActFor(id)) fail(col, 'not your organisation: you import your own organisation’s rows', raw);
        else out.owner_org_id = id;
        break;
      }
      case 'framework': {
        const node = remember(ref, 'framework', raw, () => {
          const node = ref.frameworkNodes.get(raw);
          return used(ref.used.framework_node, node, node?.id, node?.lineId);
        });
        if (!node) fail(col, 'unknown line of effort or objective', raw, () => ref.frameworkNodes.suggest(raw));
        else {
          out.framework_node_id = node.id;
          out.line_id = node.lineId;
        }
        break;
      }
      case 'location':
        // One cell may list several places, separated by | or ;.
        for (const part of raw
          .split(/[|;]/)
          .map((p) => p.trim())
          .filter(Boolean)) {
          const id = remember(ref, col.byCode ? 'code' : 'place', part, () => {
            const found = col.byCode ? ref.locationCodes.get(part.toUpperCase()) : (ref.locationCodes.get(part.toUpperCase()) ?? ref.locations.get(part));
            return used(ref.used.location, found, found);
          });
          if (!id) fail(col, 'unknown place', part, () => ref.locations.suggest(part));
          else if (!out.location_ids.includes(id)) out.location_ids.push(id);
        }
        break;
      case 'description':
        if (raw.length > 5000) fail(col, 'longer than 5,000 characters');
        else out.description = raw;
        break;
      case 'type': {
        const type = remember(ref, 'type', raw, () => parseType(raw));
        if (!type) fail(col, 'unknown type (funding, personnel, training, equipment, in_kind, humanitarian_aid, diplomatic, other)', raw);
        else out.type = type;
        break;
      }
      case 'quantity': {
        const n = parseDecimal(raw);
        // The API's limit (common/quantity.ts): larger or finer would not come back as it was given.
        if (!n || n.startsWith('-') || !isQuantityText(n)) fail(col, `not a quantity (a number from 0 to ${MAX_QUANTITY_TEXT}, at most ${QUANTITY_DECIMALS} decimals)`, raw);
        else out.quantity = n;
        break;
      }
      case 'unit':
        if (raw.length > 50) fail(col, 'unit longer than 50 characters');
        else out.unit = raw;
        break;
      case 'amount': {
        const n = parseDecimal(raw);
        if (!n || n.startsWith('-')) fail(col, 'not an amount of money (a number ≥ 0)', raw);
        else {
          amount = n;
          amountCol = col;
          if (col.currency) currency = col.currency;
        }
        break;
      }
      case 'currency': {
        const c = raw.toUpperCase();
        if (!CURRENCY_SET.has(c)) fail(col, 'not an ISO 4217 currency code', raw);
        else currency = c;
        break;
      }
      case 'start':
      case 'end':
        if (!remember(ref, 'date', raw, () => isIsoDate(raw))) fail(col, 'not a date (YYYY-MM-DD)', raw);
        else out[col.field] = raw;
        break;
      case 'status': {
        const status = remember(ref, 'status', raw, () => parseStatus(raw));
        if (!status) fail(col, 'unknown status (pledged, committed, delivered, cancelled)', raw);
        else out.status = status;
        break;
      }
      case 'priority': {
        const priority = remember(ref, 'priority', raw, () => parsePriority(raw));
        if (!priority) fail(col, 'unknown priority (low, medium, high, critical)', raw);
        else out.priority = priority;
        break;
      }
      case 'externalId':
        if (raw.length > 200) fail(col, 'id longer than 200 characters');
        else out.external_id = raw;
        break;
    }
  }
  // Every problem of the row is reported, not only the first: a missing value too.
  if (!given.has('framework')) fail('#sector', 'missing: every row needs a line of effort');
  if (!given.has('type')) fail('#activity+type', 'missing: every row needs a type');
  if (amount !== undefined && amountCol) {
    if (!currency) {
      if (!given.has('currency')) fail(amountCol, 'an amount needs a currency (#currency, or #value +usd)');
    } else {
      const minor = toMinorUnits(amount, currency);
      if (minor === undefined) fail(amountCol, `more decimals than ${currency} has`, amount);
      else if (minor > BigInt(MAX_AMOUNT_MINOR)) fail(amountCol, `amount too large: at most ${fromMinorUnits(MAX_AMOUNT_MINOR, currency)} ${currency}`, amount);
      else {
        out.amount_minor = minor.toString();
        out.currency = currency;
      }
    }
  }
  if (out.quantity && !given.has('unit')) fail('#output+unit', 'a quantity needs its unit');
  if (out.start && out.end && out.end < out.start) fail('#date+end', 'before #date+start');
  if (bad || problems.size > before) return undefined;
  if (!out.owner_org_id) {
    out.owner_org_id = rc.ownOrgId;
    ref.used.organisation.add(rc.ownOrgId);
  }
  return out;
}
