// zod at the edge for meeting series, meetings, attendance, agenda, decisions, action items,
// reviews, calendars and the follow-up views.
import { DateTime } from 'luxon';
import { MEETING_YEARS, type NoDate, ruleProblem } from './meetings.recurrence.ts';
import { z } from 'zod';
import { pageOf, pageQuery } from '../../infra/pagination.ts';
import { isoDate, ref } from '../contributions/contributions.schema.ts';
import { markingSchema, sharingInput, sharingOutput } from '../sharing/sharing.schema.ts';
import { ACTION_STATUSES, MEETING_KINDS, MEETING_STATES, PARTICIPANT_ROLES, PARTICIPANT_STATUSES, REVIEW_OUTCOMES } from './meetings.table.ts';

/** An IANA zone the server's time-zone data knows ('Europe/Brussels'); fixed offsets and abbreviations are refused. */
export const timeZone = z
  .string()
  .min(1)
  .max(64)
  .refine((zone) => /^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+$|^UTC$/.test(zone) && DateTime.local().setZone(zone).isValid, {
    message: 'must be an IANA time zone, such as Europe/Brussels',
  })
  .describe('IANA time zone');

/** A wall-clock time to the minute, without zone or offset: it is read in the meeting's zone. */
export const wallClock = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::00)?$/, 'must be a wall-clock time such as 2015-01-22T10:00')
  // A coalition's meetings fall within these years; 9999 was taken once and read back as no rule at all.
  .refine((v) => DateTime.fromISO(v, { zone: 'UTC' }).isValid && Number(v.slice(0, 4)) >= MEETING_YEARS.first && Number(v.slice(0, 4)) <= MEETING_YEARS.last, {
    message: `must be a real date and time, from ${MEETING_YEARS.first} to ${MEETING_YEARS.last}`,
  });

const RULE_PROBLEMS: Record<NoDate, string> = {
  unreadable: 'must be a rule such as FREQ=MONTHLY;BYDAY=2TH: one of its parts is not one a rule can have',
  'none-soon': 'gives no date in the next ten years',
  ended: 'gives no date: it has already run out',
};

/** RFC 5545 RRULE value (FREQ first); e.g. FREQ=MONTHLY;BYDAY=2TH. */
export const rrule = z
  .string()
  .max(500)
  .regex(
    /^FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)(?:;(?:INTERVAL|COUNT|UNTIL|BYDAY|BYMONTHDAY|BYMONTH|BYSETPOS|WKST)=[A-Z0-9,+-]+)*$/,
    'must be an RFC 5545 RRULE such as FREQ=MONTHLY;BYDAY=2TH',
  )
  // A rule that reads but gives no date would offer the secretariat nothing (meetings.recurrence.ts).
  .superRefine((rule, ctx) => {
    const problem = ruleProblem(rule, DateTime.utc().toFormat("yyyy-MM-dd'T'HH:mm"));
    if (problem) ctx.addIssue({ code: 'custom', message: RULE_PROBLEMS[problem] });
  });

export const seriesInput = z.object({
  name: z.string().trim().min(1).max(300),
  code: z.string().regex(/^[A-Z][A-Z0-9]{0,9}$/, 'must be 1 to 10 capital letters or digits, starting with a letter'),
  rrule: rrule.nullable().default(null),
});
export const seriesPatch = seriesInput.partial();
export const seriesOut = z.object({
  id: z.uuid(),
  name: z.string(),
  code: z.string(),
  rrule: z.string().nullable(),
  ownerOrgId: z.uuid(),
  abilities: z.object({ update: z.boolean() }),
});

const meetingFields = {
  seriesId: z.uuid(),
  title: z.string().trim().min(1).max(300),
  kind: z.enum(MEETING_KINDS),
  timeZone,
  start: wallClock.describe("Wall-clock start in the meeting's zone"),
  end: wallClock.describe("Wall-clock end in the meeting's zone"),
  venue: z.string().trim().min(1).max(500).nullable(),
  onlineUrl: z
    .url({ protocol: /^https$/ })
    .max(2000)
    .nullable(),
  hostOrgIds: z.array(z.uuid()).max(50),
  sharing: sharingInput,
};

export const meetingInput = z.object({
  ...meetingFields,
  venue: meetingFields.venue.default(null),
  onlineUrl: meetingFields.onlineUrl.default(null),
  hostOrgIds: meetingFields.hostOrgIds.default([]),
});
export const meetingPatch = z.object(meetingFields).omit({ seriesId: true }).partial();

export const transitionInput = z.object({
  to: z.enum(MEETING_STATES),
  reason: z.string().trim().min(1).max(2000).optional().describe('Why a meeting is cancelled'),
});

/** A moment as the meeting's zone has it and as the instant it is. */
const moment = z.object({ local: z.string().describe('Wall-clock, in timeZone'), timeZone: z.string(), instant: z.string().describe('ISO 8601 UTC') });

export const meetingSummary = z.object({
  id: z.uuid(),
  series: z.object({ id: z.uuid(), name: z.string(), code: z.string() }),
  title: z.string(),
  kind: z.enum(MEETING_KINDS),
  state: z.enum(MEETING_STATES),
  start: moment,
  end: moment,
  venue: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  sequence: z.number().int(),
  cancelledReason: z.string().nullable(),
  marking: sharingOutput.shape.marking,
});

export const participantInput = z.object({
  orgId: z.uuid(),
  userId: z.uuid().nullable().default(null),
  role: z.enum(PARTICIPANT_ROLES).default('principal'),
  status: z.enum(PARTICIPANT_STATUSES).default('invited'),
});
export const participantPatch = z.object({ role: z.enum(PARTICIPANT_ROLES), status: z.enum(PARTICIPANT_STATUSES) }).partial();
export const participantOut = z.object({
  id: z.uuid(),
  organisation: ref,
  person: ref.nullable(),
  role: z.enum(PARTICIPANT_ROLES),
  status: z.enum(PARTICIPANT_STATUSES),
});

export const agendaItemInput = z.object({
  parentId: z.uuid().nullable().default(null),
  position: z.number().int().min(0).max(10000).optional().describe('Place among its siblings; last when left out'),
  title: z.string().trim().min(1).max(500),
  durationMinutes: z.number().int().min(1).max(1440).nullable().default(null),
  frameworkNodeId: z.uuid().nullable().default(null),
  documentId: z.uuid().nullable().default(null),
  needId: z.uuid().nullable().default(null),
  indicatorId: z.uuid().nullable().default(null),
});
/** What an agenda item links to, read under the reader's rule: a row they may not see is null, as a missing one. */
const agendaLink = z.object({ id: z.uuid(), name: z.string() }).nullable();
/** A shared row linked to (a document, a need, an indicator), with its marking and owner: what a briefing pack may carry of it. */
const sharedAgendaLink = z.object({ id: z.uuid(), name: z.string(), marking: markingSchema, ownerOrgId: z.uuid() }).nullable();
export const agendaItemOut = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  position: z.number().int(),
  title: z.string(),
  durationMinutes: z.number().int().nullable(),
  frameworkNodeId: z.uuid().nullable(),
  documentId: z.uuid().nullable().describe('Null when the reader may not see the document'),
  needId: z.uuid().nullable().describe('Null when the reader may not see the need'),
  indicatorId: z.uuid().nullable().describe('Null when the reader may not see the indicator'),
  links: z.object({ line: agendaLink.describe('The line of effort or objective'), document: sharedAgendaLink, need: sharedAgendaLink, indicator: sharedAgendaLink }),
});

export const decisionInput = z
  .object({
    agendaItemId: z.uuid().nullable().default(null),
    text: z.string().trim().min(1).max(5000),
    result: z.enum(['consensus', 'vote']),
    votes: z
      .object({ for: z.number().int().min(0), against: z.number().int().min(0), abstentions: z.number().int().min(0) })
      .nullable()
      .default(null),
  })
  .refine((d) => (d.result === 'vote') === (d.votes !== null), { path: ['votes'], message: 'give the votes of a vote, and none for a consensus' });
export const decisionOut = z.object({
  id: z.uuid(),
  reference: z.string().describe('SG-2015-003'),
  meetingId: z.uuid(),
  agendaItemId: z.uuid().nullable(),
  text: z.string(),
  result: z.enum(['consensus', 'vote']),
  votes: z.object({ for: z.number().int(), against: z.number().int(), abstentions: z.number().int() }).nullable(),
});

export const registerQuery = z.object({ year: z.coerce.number().int().min(1900).max(9999).optional() });
export const registerEntryOut = decisionOut.extend({ meeting: z.object({ id: z.uuid(), title: z.string(), date: z.string() }) });

export const actionItemInput = z.object({
  decisionId: z.uuid().nullable().default(null),
  text: z.string().trim().min(1).max(5000),
  ownerOrgIds: z.array(z.uuid()).min(1).max(50),
  ownerUserId: z.uuid().nullable().default(null),
  dueDate: isoDate.describe("A calendar date in the meeting's zone"),
});

export const actionUpdateInput = z
  .object({
    onDate: isoDate.optional().describe("The update's day in the meeting's zone; today there when left out"),
    body: z.string().trim().min(1).max(5000),
    status: z.enum(ACTION_STATUSES).optional(),
    droppedReason: z.string().trim().min(1).max(2000).optional(),
  })
  .refine((u) => u.status !== 'dropped' || u.droppedReason !== undefined, { path: ['droppedReason'], message: 'say why the item is dropped' });

export const reviewInput = z
  .object({
    outcome: z.enum(REVIEW_OUTCOMES),
    newDueDate: isoDate.optional(),
    reason: z.string().trim().min(1).max(2000).optional(),
  })
  .refine((r) => (r.outcome === 'continued') === (r.newDueDate !== undefined), { path: ['newDueDate'], message: 'a continued item gets a new due date, and only it' })
  .refine((r) => r.outcome !== 'dropped' || r.reason !== undefined, { path: ['reason'], message: 'say why the item is dropped' });

export const actionItemOut = z.object({
  id: z.uuid(),
  text: z.string(),
  meeting: z.object({ id: z.uuid(), title: z.string(), date: z.string().describe("The creating meeting's day in its zone") }),
  series: z.object({ id: z.uuid(), code: z.string() }),
  decisionId: z.uuid().nullable(),
  ownerOrganisations: z.array(ref),
  ownerPerson: ref.nullable(),
  dueDate: z.string(),
  status: z.enum(ACTION_STATUSES),
  droppedReason: z.string().nullable(),
  closedOn: z.string().nullable(),
  overdue: z.boolean(),
  abilities: z.object({ report: z.boolean() }),
});

/** A page of the follow-up lists (GET /api/action-items, …/mine), by due date: `nextCursor` goes back as `cursor`. */
export const actionItemPage = pageOf(actionItemOut);

export const reviewOut = z.object({
  meetingId: z.uuid(),
  outcome: z.enum(REVIEW_OUTCOMES),
  newDueDate: z.string().nullable(),
  reason: z.string().nullable(),
});

/** An item carried into a meeting's automatic review section. */
export const carriedItemOut = actionItemOut.extend({
  ageDays: z.number().int().describe('Days from the creating meeting to this one'),
  review: reviewOut.nullable().describe('Its outcome at this meeting, once given'),
});

export const meetingOut = meetingSummary.extend({
  hosts: z.array(ref),
  sharing: sharingOutput,
  abilities: z.object({
    run: z.boolean(),
    transitions: z.array(z.enum(MEETING_STATES)).describe('The states POST …/transition moves it to now for this reader (none when they may not run it)'),
  }),
  participants: z.array(participantOut),
  agenda: z.array(agendaItemOut),
  review: z.object({ title: z.string(), items: z.array(carriedItemOut) }).describe('The automatic section: every open action item of the series from earlier meetings'),
  decisions: z.array(decisionOut),
  actionItems: z.array(actionItemOut).describe('Created at this meeting'),
});

export const actionItemDetailOut = actionItemOut.extend({
  updates: z.array(z.object({ id: z.uuid(), onDate: z.string(), body: z.string(), status: z.enum(ACTION_STATUSES).nullable() })),
  reviews: z.array(reviewOut.extend({ meetingTitle: z.string() })).describe('The meetings that reviewed it, oldest first'),
});

export const meetingListQuery = z
  .object({
    seriesId: z.uuid().optional(),
    q: z.string().trim().min(1).max(200).optional().describe('Words in the title or venue, or in an agenda item, decision or action item of the meeting'),
    from: isoDate.optional().describe('Meetings starting on or after this day (UTC)'),
    to: isoDate.optional().describe('Meetings starting before the end of this day (UTC)'),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .refine((q) => !q.from || !q.to || q.to >= q.from, { path: ['to'], message: 'must not be before from' });

/** One value or several, comma-separated (`status=open,in_progress`) or repeated (`status=open&status=done`). */
const oneOrMore = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.string().max(200), z.array(z.string().max(200)).max(20)])
    .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()))
    .pipe(z.array(z.enum(values)).min(1));

export const actionListQuery = z
  .object({
    ...pageQuery,
    overdue: z.enum(['true', 'false']).optional().describe('true: only items past their due date and not closed; false: only the others'),
    ownerOrgId: z.uuid().optional().describe('Only items this organisation owns (one of their owners)'),
    status: oneOrMore(ACTION_STATUSES).optional().describe('One or more statuses, comma-separated: open,in_progress'),
    seriesId: z.uuid().optional(),
    q: z.string().trim().min(1).max(200).optional().describe('Words in the action item'),
    dueAfter: isoDate.optional().describe('Only items due after this day'),
    dueBefore: isoDate.optional().describe('Only items due before this day'),
  })
  .refine((q) => !q.dueAfter || !q.dueBefore || q.dueBefore > q.dueAfter, { path: ['dueBefore'], message: 'must be after dueAfter' });

export const scorecardQuery = z.object({ from: isoDate, to: isoDate }).refine((q) => q.to >= q.from, { path: ['to'], message: 'must not be before from' });

export const scorecardRow = z.object({
  organisation: ref,
  meetingsInvited: z.number().int(),
  meetingsAttended: z.number().int(),
  actionsOpen: z.number().int(),
  actionsOverdue: z.number().int(),
  doneOnTime: z.number().int(),
  doneLate: z.number().int(),
  averageDaysOverdue: z.number().nullable().describe('Over the items done late in the period and those overdue at its end'),
});
export const scorecardOut = z.object({ from: z.string(), to: z.string(), rows: z.array(scorecardRow) });

/** A series' meetings in time order with what each did to its action items: the reader's meetings only, and only their items. */
export const seriesNextQuery = z.object({ count: z.coerce.number().int().min(1).max(10).default(3) });
export const seriesNextOut = z.object({
  rule: z.string().nullable(),
  /** The zone of the series' latest meeting, in which the wall-clock times are read. */
  timeZone: z.string().nullable(),
  occurrences: z.array(z.object({ start: z.string(), end: z.string() })),
  /** Why there are none: no rule, no meeting to count from, the rule ran out, none within ten years, or a rule that cannot be read. */
  none: z.enum(['no-rule', 'no-meeting', 'ended', 'none-soon', 'unreadable']).nullable(),
});

export const seriesTimelineOut = z.object({
  series: z.object({ id: z.uuid(), name: z.string(), code: z.string() }),
  meetings: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      kind: z.enum(MEETING_KINDS),
      state: z.enum(MEETING_STATES),
      start: moment,
      decisions: z.array(z.object({ id: z.uuid(), reference: z.string() })).describe('Registered at this meeting, in number order'),
      created: z.number().int().describe('Action items created at this meeting'),
      carriedIn: z.number().int().describe('Items from earlier meetings in its review: reviewed at it, or still open while it is not yet held'),
      done: z.number().int().describe('Carried items closed as done at this meeting'),
      dropped: z.number().int().describe('Carried items dropped at this meeting'),
      stillOpen: z.number().int().describe('Carried items that stay open after it (continued, or not yet given an outcome)'),
    }),
  ),
});

export const calendarTokenInput = z.object({ label: z.string().trim().max(200).default('') });
export const calendarTokenOut = z.object({ id: z.uuid(), label: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable() });
export const calendarTokenCreated = calendarTokenOut.extend({ token: z.string(), url: z.string().describe('The feed: keep it secret; revoke it to stop it') });

export type SeriesInput = z.infer<typeof seriesInput>;
export type SeriesPatch = z.infer<typeof seriesPatch>;
export type MeetingInput = z.infer<typeof meetingInput>;
export type MeetingPatch = z.infer<typeof meetingPatch>;
export type TransitionInput = z.infer<typeof transitionInput>;
export type ParticipantInput = z.infer<typeof participantInput>;
export type ParticipantPatch = z.infer<typeof participantPatch>;
export type AgendaItemInput = z.infer<typeof agendaItemInput>;
export type DecisionInput = z.infer<typeof decisionInput>;
export type ActionItemInput = z.infer<typeof actionItemInput>;
export type ActionUpdateInput = z.infer<typeof actionUpdateInput>;
export type ReviewInput = z.infer<typeof reviewInput>;
export type MeetingListQuery = z.infer<typeof meetingListQuery>;
export type ActionListQuery = z.infer<typeof actionListQuery>;
export type ScorecardQuery = z.infer<typeof scorecardQuery>;
