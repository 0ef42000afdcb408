// A series' rhythm (its RFC 5545 RRULE, e.g. FREQ=MONTHLY;BYDAY=2TH) turned into the dates of
// its next meetings, so that whoever schedules the next one is offered the date the rule gives
// rather than counting Thursdays by hand. Nothing is created from the rule: a meeting has an
// agenda, invitations and a marking, and the secretariat decides when each is made.
//
// The rule is read in wall-clock time: a series meeting at 10:00 in London meets at 10:00 in
// winter and in summer. Wall-clock times travel through rrule.js as "floating" dates — their
// UTC fields hold the wall-clock fields — and come back as text; the meeting's zone is applied
// when the meeting is made.
//
// Why a vm context: rrule.js walks a rule until it finds a match, and a rule that never matches
// (the 31st of February, every other day but only on Mondays counted from a Tuesday) is walked
// to the year 9999 — 66 s for a daily one, measured — with the event loop blocked. Run in a
// context of its own with a time limit, such a walk is cut off after WALK_LIMIT_MS instead.
// rrule's package ships a self-contained bundle (no require inside), which loads into it as is.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import { DateTime } from 'luxon';

/** A wall-clock time as the meetings keep it: 2015-01-22T10:00. */
type WallClock = string;

/** Longer than any real rule needs (a few milliseconds for ten dates), short enough not to stall other requests. */
const WALK_LIMIT_MS = 250;
/** How far ahead occurrences are looked for. */
const HORIZON_YEARS = 10;
/** The years a meeting may fall in (meetings.schema.ts); a rule's dates stop at the last. */
export const MEETING_YEARS = { first: 1900, last: 2100 } as const;
const AFTER_LAST_YEAR = DateTime.utc(MEETING_YEARS.last + 1, 1, 1);

const rruleContext = (() => {
  const bundle = readFileSync(createRequire(import.meta.url).resolve('rrule/dist/es5/rrule.js'), 'utf8');
  const context = vm.createContext({});
  vm.runInContext(bundle, context);
  // Plain JavaScript inside the context: JSON in, JSON out, so no object crosses realms.
  vm.runInContext(
    `globalThis.walk = function (json) {
      var input = JSON.parse(json);
      var RRule = rrule.RRule;
      var options = RRule.parseString(input.rule);
      options.dtstart = new Date(input.dtstart);
      var rule = new RRule(options);
      var found = rule.between(new Date(input.after), new Date(input.before), false, function (_d, i) { return i < input.count; });
      return JSON.stringify(found.map(function (d) { return d.toISOString(); }));
    };`,
    context,
  );
  return context;
})();

const floatingIso = (local: WallClock) => `${DateTime.fromISO(local, { zone: 'UTC' }).toFormat("yyyy-MM-dd'T'HH:mm")}:00.000Z`;
const wallClock = (iso: string): WallClock => iso.slice(0, 16);

/** Why a rule gave no date: it ran out (COUNT, UNTIL), it gave none within the horizon or the time limit, or rrule.js could not read it. */
export type NoDate = 'ended' | 'none-soon' | 'unreadable';

/** The rule's starts in (after, before), at most `count`; throws when rrule.js cannot read it or the walk passes WALK_LIMIT_MS. */
function walk(input: { rule: string; dtstart: string; after: string; before: string; count: number }): string[] {
  rruleContext.input = JSON.stringify(input);
  return JSON.parse(vm.runInContext('walk(input)', rruleContext, { timeout: WALK_LIMIT_MS }) as string) as string[];
}
// The error comes from the context's realm, so it is not an `instanceof Error` here: its code tells.
const timedOut = (e: unknown) => (e as { code?: unknown } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT';

/**
 * Rules found to give no date, by rule, DTSTART and the day walked from, for an hour: a rule
 * that never matches from its series' first meeting (saved as valid from another day) costs a
 * walk to the time limit, and any reader of the series could ask for it again and again.
 */
const nothingFound = new Map<string, { none: NoDate; until: number }>();
const NOTHING_FOUND_MS = 60 * 60 * 1000;
const NOTHING_FOUND_MAX = 1000;

/**
 * Up to `count` starts of `rule` strictly after `after`, with the rule's DTSTART at
 * `dtstart` (both wall-clock times), within HORIZON_YEARS and WALK_LIMIT_MS.
 */
export function walkRule(rule: string, dtstart: WallClock, after: WallClock, count: number): { starts: WallClock[] } | { none: NoDate } {
  const key = `${rule}\n${dtstart}\n${after.slice(0, 10)}`;
  const known = nothingFound.get(key);
  if (known && known.until > Date.now()) return { none: known.none };
  const walked = walkRuleNow(rule, dtstart, after, count);
  if ('none' in walked) {
    // The oldest goes first when the map is full (a Map keeps the order of insertion).
    if (nothingFound.size >= NOTHING_FOUND_MAX) nothingFound.delete(nothingFound.keys().next().value!);
    nothingFound.set(key, { none: walked.none, until: Date.now() + NOTHING_FOUND_MS });
  }
  return walked;
}

function walkRuleNow(rule: string, dtstart: WallClock, after: WallClock, count: number): { starts: WallClock[] } | { none: NoDate } {
  // Within the horizon, and no date after the last year a meeting may have: it could not be taken.
  const before = DateTime.min(DateTime.fromISO(after, { zone: 'UTC' }).plus({ years: HORIZON_YEARS }), AFTER_LAST_YEAR).toFormat("yyyy-MM-dd'T'HH:mm");
  try {
    const found = walk({ rule, dtstart: floatingIso(dtstart), after: floatingIso(after), before: floatingIso(before), count });
    if (found.length) return { starts: found.map(wallClock) };
  } catch (e) {
    return { none: timedOut(e) ? 'none-soon' : 'unreadable' };
  }
  // None within the horizon: did the rule run out, or is its next date further away?
  try {
    const later = walk({ rule, dtstart: floatingIso(dtstart), after: floatingIso(before), before: '9999-12-31T00:00:00.000Z', count: 1 });
    return { none: later.length ? 'none-soon' : 'ended' };
  } catch {
    return { none: 'none-soon' };
  }
}

/** Why a rule may not be saved: rrule.js cannot read it, or it gives no date within the horizon of `from` (a rule already run out included). */
export function ruleProblem(rule: string, from: WallClock): NoDate | undefined {
  const walked = walkRule(rule, from, from, 1);
  return 'none' in walked ? walked.none : undefined;
}

export interface Anchor {
  /** The series' first meeting's start: the rule's DTSTART, which gives the occurrences their time of day. */
  firstStart: WallClock;
  /** The latest meeting's start and end: occurrences come after its start, and last as long as it did. */
  lastStart: WallClock;
  lastEnd: WallClock;
}

/** Up to `count` meetings by the rule after both the latest meeting and `now`, each as long as the latest. */
export function nextOccurrences(rule: string, anchor: Anchor, now: WallClock, count: number): { occurrences: { start: WallClock; end: WallClock }[]; none?: NoDate } {
  const walked = walkRule(rule, anchor.firstStart, anchor.lastStart > now ? anchor.lastStart : now, count);
  if ('none' in walked) return { occurrences: [], none: walked.none };
  const minutes = DateTime.fromISO(anchor.lastEnd, { zone: 'UTC' }).diff(DateTime.fromISO(anchor.lastStart, { zone: 'UTC' }), 'minutes').minutes;
  return {
    occurrences: walked.starts.map((start) => ({ start, end: DateTime.fromISO(start, { zone: 'UTC' }).plus({ minutes }).toFormat("yyyy-MM-dd'T'HH:mm") })),
  };
}
