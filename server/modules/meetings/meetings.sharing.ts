// Meetings are shared rows (ADR 0012), and a RED meeting has its own audience beside its
// named recipients: the people on it. Before the meeting is held those are the people
// invited who have not declined or been excused; once it is held, the people present
// (attended, or represented by a proxy they named). Registered with sharing from this
// module; the agenda, decisions and action items of a meeting are read under its rule.
import { sql } from 'kysely';
import { defineSharedEntity } from '../sharing/sharing.service.ts';

export const sharedMeetings = defineSharedEntity({
  entity: 'meeting',
  table: 'meeting',
  audience: {
    redRowIds: (userId) => sql`SELECT mp.meeting_id FROM meeting_participant mp JOIN meeting pm ON pm.id = mp.meeting_id
      WHERE mp.user_id = ${userId}
        AND (mp.status IN ('attended', 'proxy')
             OR (pm.state IN ('draft', 'scheduled', 'in_progress', 'cancelled') AND mp.status IN ('invited', 'accepted')))`,
  },
});
