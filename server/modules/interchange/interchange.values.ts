// Reading the cells of an HXL file: names in English, French or Arabic, numbers with
// either decimal mark, ISO dates, statuses and types in the three languages.

import { CONTRIBUTION_STATUSES, CONTRIBUTION_TYPES, type ContributionStatus, type ContributionType } from '../../../common/enums.ts';
import { nameKey } from '../../infra/names.ts';

/** Case, accents and Arabic diacritics/tatweel do not distinguish names. */
export function normaliseName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** What a name finds: the one thing it names, or the several things that go by it (labelled for the report). */
export type NameMatch<T> = { value: T; candidates?: undefined } | { value?: undefined; candidates: string[] };

/**
 * A name lookup that also proposes near misses for a value it does not know. Names match by
 * `nameKey` (case, accents, hyphens and apostrophes do not count). A name two different things
 * go by is ambiguous: `get` finds nothing for it and `match` names the candidates, so that an
 * import reports it rather than guessing. `idOf` says when two values are the same thing.
 */
export class NameIndex<T> {
  private readonly byName = new Map<string, { value: T; id: string; label: string }[]>();

  constructor(private readonly idOf: (value: T) => string = (v) => (typeof v === 'string' ? v : JSON.stringify(v))) {}

  add(name: string | null | undefined, value: T, label: string) {
    if (!name) return;
    const key = nameKey(name);
    if (!key) return;
    const id = this.idOf(value);
    const entries = this.byName.get(key);
    if (!entries) this.byName.set(key, [{ value, id, label }]);
    else if (!entries.some((e) => e.id === id)) entries.push({ value, id, label });
  }

  /** The one thing `name` names; undefined when nothing or several things go by it. */
  get(name: string): T | undefined {
    const entries = this.byName.get(nameKey(name));
    return entries?.length === 1 ? entries[0]!.value : undefined;
  }

  /** The one thing `name` names, or the things that go by it (values and labels), or undefined. */
  match(name: string): NameMatch<T> | undefined {
    const entries = this.byName.get(nameKey(name));
    if (!entries) return undefined;
    return entries.length === 1 ? { value: entries[0]!.value } : { candidates: entries.map((e) => e.label) };
  }

  /** Every value `name` may mean (one, several, or none). */
  all(name: string): T[] {
    return (this.byName.get(nameKey(name)) ?? []).map((e) => e.value);
  }

  suggest(name: string, max = 3): string[] {
    const key = nameKey(name);
    const limit = Math.max(2, Math.floor(key.length / 3));
    return [...this.byName.entries()]
      .flatMap(([k, entries]) => entries.map((e) => ({ label: e.label, d: k.includes(key) || key.includes(k) ? 1 : levenshtein(key, k) })))
      .filter((c) => c.d <= limit)
      .sort((a, b) => a.d - b.d)
      .map((c) => c.label)
      .filter((l, i, all) => all.indexOf(l) === i)
      .slice(0, max);
  }
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** YYYY-MM-DD naming a real day from year 1 on (PostgreSQL refuses year 0). */
export function isIsoDate(s: string): boolean {
  if (s.length !== 10 || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const year = Number(s.slice(0, 4));
  const month = Number(s.slice(5, 7));
  const day = Number(s.slice(8, 10));
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= DAYS_IN_MONTH[month - 1]! + (leap ? 1 : 0);
}

const STATUS_WORDS: Record<string, ContributionStatus> = {
  pledge: 'pledged',
  promised: 'pledged',
  // The statuses of an HDX 3W file (Planned, Ongoing, Completed) and their French and Arabic.
  planned: 'pledged',
  prevu: 'pledged',
  مخطط: 'pledged',
  ongoing: 'committed',
  'en cours': 'committed',
  جاري: 'committed',
  promis: 'pledged',
  annonce: 'pledged',
  تعهد: 'pledged',
  'متعهد به': 'pledged',
  commitment: 'committed',
  engage: 'committed',
  ملتزم: 'committed',
  'ملتزم به': 'committed',
  done: 'delivered',
  complete: 'delivered',
  completed: 'delivered',
  livre: 'delivered',
  realise: 'delivered',
  منجز: 'delivered',
  'تم التسليم': 'delivered',
  canceled: 'cancelled',
  annule: 'cancelled',
  ملغى: 'cancelled',
  ملغي: 'cancelled',
};
export function parseStatus(raw: string): ContributionStatus | undefined {
  const key = normaliseName(raw);
  return (CONTRIBUTION_STATUSES as readonly string[]).includes(key) ? (key as ContributionStatus) : STATUS_WORDS[key];
}

const TYPE_WORDS: Record<string, ContributionType> = {
  'in kind': 'in_kind',
  'in-kind': 'in_kind',
  'humanitarian aid': 'humanitarian_aid',
  humanitarian: 'humanitarian_aid',
  financement: 'funding',
  formation: 'training',
  equipement: 'equipment',
  'en nature': 'in_kind',
  'aide humanitaire': 'humanitarian_aid',
  diplomatique: 'diplomatic',
  autre: 'other',
  تمويل: 'funding',
  تدريب: 'training',
  معدات: 'equipment',
  افراد: 'personnel',
  عيني: 'in_kind',
  'مساعدات انسانية': 'humanitarian_aid',
  دبلوماسي: 'diplomatic',
  اخرى: 'other',
};
export function parseType(raw: string): ContributionType | undefined {
  const key = normaliseName(raw);
  return (CONTRIBUTION_TYPES as readonly string[]).includes(key) ? (key as ContributionType) : TYPE_WORDS[key];
}
