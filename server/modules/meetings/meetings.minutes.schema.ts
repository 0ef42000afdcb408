// zod at the edge for a meeting's minutes (ADR 0023): Yjs updates travel as base64 in JSON.
import { z } from 'zod';
import { isoDate } from '../contributions/contributions.schema.ts';
import { MINUTES_STATUSES } from './meetings.minutes.rules.ts';
import { MEETING_STATES } from './meetings.table.ts';

/** The largest Yjs update the API takes, in bytes. */
export const MAX_UPDATE_BYTES = 256 * 1024;

/** A Yjs update (Y.encodeStateAsUpdate, or the `update` event of a Y.Doc), in standard base64. */
const base64Update = z
  .string()
  .min(1)
  .max(Math.ceil(MAX_UPDATE_BYTES / 3) * 4, `must be at most ${MAX_UPDATE_BYTES} bytes once decoded`)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64')
  .describe('A Yjs update (version 1 encoding), in base64');

export const minutesUpdateInput = z.object({
  update: base64Update,
  reason: z.string().trim().min(1).max(2000).optional().describe('Why approved minutes change: required then, each change being a correction'),
});
export type MinutesUpdateInput = z.infer<typeof minutesUpdateInput>;

export const minutesSinceQuery = z.object({
  since: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0).describe('The last update you have (`seq`)'),
  wait: z.coerce.number().int().min(0).max(25).default(0).describe('A long poll: wait up to this many seconds for a change'),
});

export const circulateInput = z.object({
  commentDeadline: isoDate.describe("The last day for comments, in the meeting's zone"),
});
export type CirculateInput = z.infer<typeof circulateInput>;

const who = z.object({ id: z.uuid(), name: z.string() }).nullable();

export const correctionOut = z.object({
  id: z.uuid(),
  seq: z.number().int(),
  author: z.object({ id: z.uuid(), name: z.string() }),
  at: z.string(),
  reason: z.string(),
  before: z.string(),
  after: z.string(),
});

export const minutesOut = z.object({
  meetingId: z.uuid(),
  meetingState: z.enum(MEETING_STATES),
  status: z.enum(MINUTES_STATUSES).nullable().describe('null: the meeting is cancelled'),
  seq: z.number().int().describe('The last update merged into `update`'),
  update: z.string().describe('The whole document as one Yjs update, in base64: apply it to a new Y.Doc; the text is getText("markdown")'),
  stateVector: z.string().describe('Its state vector, in base64'),
  markdown: z.string(),
  commentDeadline: isoDate.nullable(),
  pastDeadline: z.boolean(),
  circulated: z.object({ by: who, at: z.string() }).nullable(),
  approved: z.object({ by: who, at: z.string() }).nullable(),
  locked: z.object({ by: who, at: z.string() }).nullable(),
  corrections: z.array(correctionOut),
  abilities: z.object({ edit: z.boolean(), circulate: z.boolean(), approve: z.boolean(), lock: z.boolean() }),
});

export const minutesUpdatesOut = z.object({
  seq: z.number().int(),
  update: z.string().nullable().describe('Every change after `since` merged into one Yjs update, in base64; null when there is none'),
});

export const minutesWriteOut = z.object({
  seq: z.number().int(),
  status: z.enum(MINUTES_STATUSES),
  markdown: z.string(),
  correctionId: z.uuid().nullable(),
});
