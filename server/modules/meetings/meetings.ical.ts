// iCalendar (RFC 5545) files of meetings, written by ical-generator (ADR 0022): each start
// and end as the meeting's wall-clock time with its TZID, a VTIMEZONE for each zone from
// timezones-ical-library's current zone data, a UID that never changes, the SEQUENCE the
// meeting keeps (raised on every change of time, place or state) and a cancelled meeting
// kept as STATUS:CANCELLED, so that a subscribed calendar updates its copy instead of adding one.
import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { MeetingRow } from './meetings.queries.ts';

const STATUS: Record<MeetingRow['state'], ICalEventStatus> = {
  draft: ICalEventStatus.TENTATIVE,
  scheduled: ICalEventStatus.CONFIRMED,
  in_progress: ICalEventStatus.CONFIRMED,
  held: ICalEventStatus.CONFIRMED,
  minutes_circulated: ICalEventStatus.CONFIRMED,
  minutes_approved: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
};

/** The stable UID of a meeting's event. */
export const meetingUid = (id: string) => `meeting-${id}@entente`;

export function meetingCalendar(name: string, meetings: MeetingRow[]): string {
  const calendar = ical({ name, prodId: { company: 'Entente', product: 'meetings', language: 'EN' } });
  // One VTIMEZONE per zone used, from the library's zone data (the event names its TZID).
  calendar.timezone({
    name: null,
    generator: (zone: string) => {
      const block = tzlib_get_ical_block(zone);
      return Array.isArray(block) ? block[0] : null;
    },
  });
  for (const m of meetings) {
    calendar.createEvent({
      id: meetingUid(m.id),
      sequence: m.sequence,
      stamp: m.updated_at,
      // luxon DateTimes in the meeting's zone: written as its wall-clock time with TZID.
      start: DateTime.fromJSDate(m.starts_at, { zone: m.time_zone }),
      end: DateTime.fromJSDate(m.ends_at, { zone: m.time_zone }),
      timezone: m.time_zone,
      summary: `${m.series_code}: ${m.title}`,
      location: m.venue,
      url: m.online_url,
      status: STATUS[m.state],
      description: m.state === 'cancelled' && m.cancelled_reason ? `Cancelled: ${m.cancelled_reason}` : null,
    });
  }
  return calendar.toString();
}
