// Reading one row of a coalition table — organisation, line of effort or objective, places
// (in English, French or Arabic), a description, a type, a size in units or money, dates, a
// status or a priority — into values. A helper for the specs of entities whose rows look so
// (contributions, needs): the engine never calls it, each spec does, and adds its own checks.
import type { Kysely } from 'kysely';
import { CURRENCY_SET } from '../../../common/currencies.ts';
import { CONTRIBUTION_STATUSES, CONTRIBUTION_TYPES, NEED_PRIORITIES } from '../../../common/enums.ts';
import { MAX_AMOUNT_MINOR, fromMinorUnits, parseDecimal, toMinorUnits } from '../../../common/money.ts';
import { MAX_QUANTITY_TEXT, QUANTITY_DECIMALS, isQuantityText } from '../../../common/quantity.ts';
import type { Database } from '../../db/database.ts';
import { nodesWithTheirLine } from '../framework/framework.sql.ts';
import { placeAliasesAs, placesAs } from '../locations/locations.sql.ts';
import { organisationAliasesAs, organisationsAs } from '../members/members.sql.ts';
import type { ExportColumn } from './interchange.export.ts';
import { type ProblemLog, type ProblemText, problem } from './interchange.problems.ts';
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

/**
 * The export and template columns of a coalition row that contributions and needs head alike,
 * with their French and Arabic headers (ADR 0038); each entity puts its own around them.
 */
export const COALITION_EXPORT_COLUMNS = {
  framework: [
    ['Line or objective', '#sector+code', { fr: 'Axe ou objectif', ar: 'خط الجهد أو الهدف' }],
    ['Line or objective name', '#sector+name+label', { fr: "Nom de l'axe ou de l'objectif", ar: 'اسم خط الجهد أو الهدف' }],
  ],
  /** From the description to the end date. */
  work: [
    ['Description', '#activity+description', { fr: 'Description', ar: 'الوصف' }],
    ['Type', '#activity+type', { fr: 'Type', ar: 'النوع' }],
    ['Quantity', '#output+num', { fr: 'Quantité', ar: 'الكمية' }],
    ['Unit', '#output+unit', { fr: 'Unité', ar: 'الوحدة' }],
    ['Amount', '#value', { fr: 'Montant', ar: 'المبلغ' }],
    ['Currency', '#currency', { fr: 'Devise', ar: 'العملة' }],
    ['Start', '#date+start', { fr: 'Début', ar: 'البداية' }],
    ['End', '#date+end', { fr: 'Fin', ar: 'النهاية' }],
  ],
  /** The row's own identifier and its marking, last. */
  record: [
    ['Id', '#meta+id', { fr: 'Identifiant', ar: 'المعرّف' }],
    ['Marking', '#meta+marking', { fr: 'Marquage', ar: 'التصنيف' }],
  ],
} as const satisfies Record<string, readonly ExportColumn[]>;

export interface Reference {
  /** Remembers each distinct cell's answer, by kind: files repeat the same names and dates thousands of times. */
  memo: Map<string, Map<string, unknown>>;
  organisations: NameIndex<string>;
  frameworkNodes: NameIndex<{ id: string; lineId: string }>;
  locations: NameIndex<string>;
  /** Codes and P-codes, upper case. */
  locationCodes: Map<string, string>;
  /** Each place's parent (null for a country), and how a candidate is named in a report. */
  locationParents: Map<string, string | null>;
  locationLabels: Map<string, string>;
  /** The distinct ids the file's rows refer to, checked and locked once before writing. */
  used: { organisation: Set<string>; framework_node: Set<string>; location: Set<string> };
}

export async function loadReference(db: Kysely<Database>): Promise<Reference> {
  const [orgs, orgAliases, nodes, places, placeAliases] = await Promise.all([
    db.selectFrom(organisationsAs('o')).select(['o.id', 'o.name', 'o.short_name', 'o.iso3']).execute(),
    db.selectFrom(organisationAliasesAs('a')).select(['a.org_id', 'a.name']).execute(),
    nodesWithTheirLine().execute(db),
    db.selectFrom(placesAs('l')).select(['l.id', 'l.parent_id', 'l.code', 'l.pcode', 'l.name', 'l.name_fr', 'l.name_ar']).execute(),
    db.selectFrom(placeAliasesAs('a')).select(['a.location_id', 'a.name']).execute(),
  ]);
  const organisations = new NameIndex<string>();
  const orgNames = new Map<string, string>();
  for (const o of orgs) {
    orgNames.set(o.id, o.name);
    organisations.add(o.name, o.id, o.name);
    organisations.add(o.short_name, o.id, o.name);
    organisations.add(o.iso3, o.id, o.name);
  }
  // Its names in French and Arabic and the other names it goes by (members' alias list).
  for (const a of orgAliases) organisations.add(a.name, a.org_id, orgNames.get(a.org_id) ?? a.name);
  const frameworkNodes = new NameIndex<{ id: string; lineId: string }>((n) => n.id);
  for (const n of nodes.rows) {
    frameworkNodes.add(n.code, { id: n.id, lineId: n.line_id }, n.code);
    frameworkNodes.add(n.name, { id: n.id, lineId: n.line_id }, n.name);
  }
  const locations = new NameIndex<string>();
  const locationCodes = new Map<string, string>();
  const locationParents = new Map<string, string | null>();
  const names = new Map<string, { name: string; code: string; pcode: string | null; parent: string | null }>();
  for (const l of places) names.set(l.id, { name: l.name, code: l.code, pcode: l.pcode, parent: l.parent_id });
  // A candidate in a report says which place it is: its name, its P-code (else its code) and its parent's name.
  const locationLabels = new Map<string, string>();
  for (const [id, l] of names) {
    const parent = l.parent ? names.get(l.parent)?.name : undefined;
    locationLabels.set(id, `${l.name} (${l.pcode ?? l.code}${parent ? `, ${parent}` : ''})`);
  }
  for (const l of places) {
    locationParents.set(l.id, l.parent_id);
    locationCodes.set(l.code.toUpperCase(), l.id);
    if (l.pcode) locationCodes.set(l.pcode.toUpperCase(), l.id);
    const label = locationLabels.get(l.id)!;
    locations.add(l.code, l.id, label);
    locations.add(l.pcode, l.id, label);
    locations.add(l.name, l.id, label);
    locations.add(l.name_fr, l.id, label);
    locations.add(l.name_ar, l.id, label);
  }
  // The spellings a gazetteer or a partner uses ("Ninewa", "Al-Anbar").
  for (const a of placeAliases) locations.add(a.name, a.location_id, locationLabels.get(a.location_id) ?? a.name);
  return {
    memo: new Map(),
    organisations,
    frameworkNodes,
    locations,
    locationCodes,
    locationParents,
    locationLabels,
    used: { organisation: new Set(), framework_node: new Set(), location: new Set() },
  };
}

/** Whether `ancestor` is `id`'s parent, grandparent, … */
function isBelow(ref: Reference, id: string, ancestor: string): boolean {
  for (let p = ref.locationParents.get(id); p; p = ref.locationParents.get(p)) if (p === ancestor) return true;
  return false;
}

/**
 * The place a name means, given the other places of its row: a name several places go by
 * ("Markaz" in two districts) is the one candidate under, or above, a place the row names
 * without doubt (its governorate in the #adm1 column). Still several, or none: undefined.
 */
function placeInContext(ref: Reference, candidates: string[], sure: string[]): string | undefined {
  const fits = candidates.filter((c) => sure.some((s) => s !== c && (isBelow(ref, c, s) || isBelow(ref, s, c))));
  return fits.length === 1 ? fits[0] : undefined;
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
  const fail = (col: ColumnMap<CoalitionField> | string, what: ProblemText, value?: string, suggest?: () => string[]) => {
    bad = true;
    problems.add(typeof col === 'string' ? col : col.hashtag, what, rowNo, value, suggest);
  };
  const out: RowValues = { location_ids: [] };
  let amount: string | undefined;
  let amountCol: ColumnMap<CoalitionField> | undefined;
  let currency: string | undefined;
  const placeCells: { col: ColumnMap<CoalitionField>; part: string }[] = [];
  /** Fields a cell of the row gave, good or bad: a bad one is reported as such, not also as missing. */
  const given = new Set<CoalitionField>();
  for (const col of rc.columns) {
    if (!col.field) continue;
    const raw = cellText(cells, col);
    if (!raw) continue;
    given.add(col.field);
    switch (col.field) {
      case 'organisation': {
        const match = remember(ref, 'org', raw, () => {
          const found = ref.organisations.match(raw);
          used(ref.used.organisation, found, found?.value);
          return found;
        });
        const id = match?.value;
        if (match?.candidates) fail(col, problem('organisation_ambiguous'), raw, () => match.candidates);
        else if (!id) fail(col, problem('organisation_unknown'), raw, () => ref.organisations.suggest(raw));
        else if (id !== rc.ownOrgId && !rc.mayActFor(id)) fail(col, problem('organisation_not_yours'), raw);
        else out.owner_org_id = id;
        break;
      }
      case 'framework': {
        const node = remember(ref, 'framework', raw, () => {
          const node = ref.frameworkNodes.get(raw);
          return used(ref.used.framework_node, node, node?.id, node?.lineId);
        });
        if (!node) fail(col, problem('framework_unknown'), raw, () => ref.frameworkNodes.suggest(raw));
        else {
          out.framework_node_id = node.id;
          out.line_id = node.lineId;
        }
        break;
      }
      case 'location':
        // One cell may list several places, separated by | or ;. Resolved after the loop, each
        // in the light of the row's other places.
        for (const part of raw
          .split(/[|;]/)
          .map((p) => p.trim())
          .filter(Boolean))
          placeCells.push({ col, part });
        break;
      case 'description':
        if (raw.length > 5000) fail(col, problem('too_long', { max: 5000 }));
        else out.description = raw;
        break;
      case 'type': {
        const type = remember(ref, 'type', raw, () => parseType(raw));
        if (!type) fail(col, problem('type_unknown', { options: CONTRIBUTION_TYPES.join(', ') }), raw);
        else out.type = type;
        break;
      }
      case 'quantity': {
        const n = parseDecimal(raw);
        // The API's limit (common/quantity.ts): larger or finer would not come back as it was given.
        if (!n || n.startsWith('-') || !isQuantityText(n)) fail(col, problem('not_a_quantity', { max: MAX_QUANTITY_TEXT, decimals: QUANTITY_DECIMALS }), raw);
        else out.quantity = n;
        break;
      }
      case 'unit':
        if (raw.length > 50) fail(col, problem('too_long', { max: 50 }));
        else out.unit = raw;
        break;
      case 'amount': {
        const n = parseDecimal(raw);
        if (!n || n.startsWith('-')) fail(col, problem('not_an_amount'), raw);
        else {
          amount = n;
          amountCol = col;
          if (col.currency) currency = col.currency;
        }
        break;
      }
      case 'currency': {
        const c = raw.toUpperCase();
        if (!CURRENCY_SET.has(c)) fail(col, problem('not_a_currency'), raw);
        else currency = c;
        break;
      }
      case 'start':
      case 'end':
        if (!remember(ref, 'date', raw, () => isIsoDate(raw))) fail(col, problem('date_format'), raw);
        else out[col.field] = raw;
        break;
      case 'status': {
        const status = remember(ref, 'status', raw, () => parseStatus(raw));
        if (!status) fail(col, problem('status_unknown', { options: CONTRIBUTION_STATUSES.join(', ') }), raw);
        else out.status = status;
        break;
      }
      case 'priority': {
        const priority = remember(ref, 'priority', raw, () => parsePriority(raw));
        if (!priority) fail(col, problem('priority_unknown', { options: NEED_PRIORITIES.join(', ') }), raw);
        else out.priority = priority;
        break;
      }
      case 'externalId':
        if (raw.length > 200) fail(col, problem('too_long', { max: 200 }));
        else out.external_id = raw;
        break;
    }
  }
  if (placeCells.length) readPlaces(placeCells, ref, out, fail);
  // Every problem of the row is reported, not only the first: a missing value too.
  if (!given.has('framework')) fail('#sector', problem('line_missing'));
  if (!given.has('type')) fail('#activity+type', problem('type_missing'));
  if (amount !== undefined && amountCol) {
    if (!currency) {
      if (!given.has('currency')) fail(amountCol, problem('currency_missing'));
    } else {
      const minor = toMinorUnits(amount, currency);
      if (minor === undefined) fail(amountCol, problem('amount_decimals', { currency }), amount);
      else if (minor > BigInt(MAX_AMOUNT_MINOR)) fail(amountCol, problem('amount_too_large', { max: fromMinorUnits(MAX_AMOUNT_MINOR, currency), currency }), amount);
      else {
        out.amount_minor = minor.toString();
        out.currency = currency;
      }
    }
  }
  if (out.quantity && !given.has('unit')) fail('#output+unit', problem('unit_missing'));
  if (out.start && out.end && out.end < out.start) fail('#date+end', problem('end_before_start'));
  if (bad || problems.size > before) return undefined;
  if (!out.owner_org_id) {
    out.owner_org_id = rc.ownOrgId;
    ref.used.organisation.add(rc.ownOrgId);
  }
  return out;
}

/**
 * The places of one row: a code or P-code (`IQG15`), else any name or spelling a place goes by
 * (case, accents and hyphens aside). A name several places go by is decided by the row's other
 * places when exactly one candidate lies under (or above) one of them; otherwise it is a
 * problem naming the candidates, never a guess.
 */
function readPlaces(
  cells: { col: ColumnMap<CoalitionField>; part: string }[],
  ref: Reference,
  out: RowValues,
  fail: (col: ColumnMap<CoalitionField>, what: ProblemText, value?: string, suggest?: () => string[]) => void,
) {
  const found = cells.map(({ col, part }) =>
    remember(ref, col.byCode ? 'code' : 'place', part, (): { id?: string; candidates?: string[] } => {
      const byCode = ref.locationCodes.get(part.toUpperCase());
      if (byCode || col.byCode) return { id: byCode };
      const all = ref.locations.all(part);
      return all.length > 1 ? { candidates: all } : { id: all[0] };
    }),
  );
  const sure = found.flatMap((f) => (f.id ? [f.id] : []));
  cells.forEach(({ col, part }, i) => {
    const f = found[i]!;
    const id = f.id ?? (f.candidates ? placeInContext(ref, f.candidates, sure) : undefined);
    if (id) {
      ref.used.location.add(id);
      if (!out.location_ids.includes(id)) out.location_ids.push(id);
    } else if (f.candidates) fail(col, problem('place_ambiguous'), part, () => f.candidates!.map((c) => ref.locationLabels.get(c) ?? c));
    else fail(col, problem('place_unknown'), part, () => ref.locations.suggest(part));
  });
}
