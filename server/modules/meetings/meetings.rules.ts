// A meeting's life: draft → scheduled → in progress → held → minutes circulated → minutes
// approved, or cancelled from scheduled. Each refusal says why.
import type { MeetingState } from './meetings.table.ts';

const NEXT: Record<MeetingState, MeetingState[]> = {
  draft: ['scheduled'],
  scheduled: ['in_progress', 'cancelled'],
  in_progress: ['held'],
  held: ['minutes_circulated'],
  minutes_circulated: ['minutes_approved'],
  minutes_approved: [],
  cancelled: [],
};

/** The states a meeting in state `from` may become next. */
export const nextStates = (from: MeetingState): readonly MeetingState[] => NEXT[from];

/** Why `from` cannot become `to`, or null when it can. */
export function refusalOf(from: MeetingState, to: MeetingState): string | null {
  if (from === to) return `the meeting is ${from.replace('_', ' ')} already`;
  if (NEXT[from].includes(to)) return null;
  if (to === 'cancelled') return 'only a scheduled meeting can be cancelled';
  if (!NEXT[from].length) return `a meeting whose state is ${from.replace('_', ' ')} changes no more`;
  return `a ${from.replace('_', ' ')} meeting can only become ${NEXT[from].map((s) => s.replace('_', ' ')).join(' or ')}`;
}

/** Its time and place change only before it starts. */
export const mayMove = (state: MeetingState) => state === 'draft' || state === 'scheduled';

/** Decisions and action items are recorded while the meeting runs and until its minutes are approved. */
export const mayRecord = (state: MeetingState) => state === 'in_progress' || state === 'held' || state === 'minutes_circulated';
