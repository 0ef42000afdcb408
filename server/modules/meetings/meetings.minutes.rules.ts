// The minutes' life, read from the meeting's state (meetings.rules.ts moves it): draft while
// the meeting is prepared, runs and is held; circulated to the people on it with a comment
// deadline; approved (a change is then a correction, with its reason); locked (no change).
import type { MeetingState } from './meetings.table.ts';

export const MINUTES_STATUSES = ['draft', 'circulated', 'approved', 'locked'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

/** The minutes' status, or null for a cancelled meeting (which has none). */
export function minutesStatusOf(state: MeetingState, lockedAt: Date | null): MinutesStatus | null {
  if (state === 'cancelled') return null;
  if (state === 'minutes_circulated') return 'circulated';
  if (state === 'minutes_approved') return lockedAt ? 'locked' : 'approved';
  return 'draft';
}

/**
 * Why the minutes cannot be edited now by this editor, or null when they can. While they are
 * circulated the people on the meeting comment until the deadline; after it only the meeting's
 * organisers (and its secretariat) change them.
 */
export function editRefusal(status: MinutesStatus | null, editor: { organiser: boolean; pastDeadline: string | null }): string | null {
  if (status === null) return 'a cancelled meeting has no minutes';
  if (status === 'locked') return 'the minutes are locked: they change no more';
  if (status === 'circulated' && editor.pastDeadline && !editor.organiser)
    return `the comment period ended on ${editor.pastDeadline}: only the meeting's organisers and secretariat change the minutes now`;
  return null;
}
