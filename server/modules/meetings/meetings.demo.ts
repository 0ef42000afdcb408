// The small-group meeting of the founding example (issue 10, item 10): London, 22 January
// 2015, hosted by the United Kingdom, the 21 members of coalition-2015.json's
// `small_group_2015_01_22` present, the lines of effort reviewed, and what was agreed
// registered as decisions and action items: expert-level working groups, the small group
// meeting on a regular basis, the full plenary later in 2015, the February summit on
// countering violent extremism in Washington, training of the Syrian opposition starting in
// the spring at camps in Saudi Arabia, Turkey and Qatar. The meeting's hours and the action
// items' due dates are not documented: they are illustrative and say so. A later meeting of
// the series (illustrative too) is scheduled, with the open items carried into its review.
//
// Loaded inside the demo's one transaction (server/seed/demo.ts), through this module's
// service functions as the secretariat's admin, so every input is checked and audited as a
// user's would be.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import type { Ctx, UserActor } from '../../infra/actor.ts';
import { actionItemInput, agendaItemInput, decisionInput, meetingInput, participantInput, seriesInput } from './meetings.schema.ts';
import { addAgendaItem, addParticipant, createActionItem, createMeeting, createSeries, recordDecision, transitionMeeting } from './meetings.service.ts';

export const MEETINGS_DEMO_SERIES = 'SG';
const ILLUSTRATIVE = 'illustrative';
const SECRETARIAT = 'Coalition Secretariat';
/** The demo users who attend for their state (the other members hold a seat without an account). */
const PEOPLE: Record<string, string> = {
  'United Kingdom': 'focal@uk.demo',
  'United States': 'focal@us.demo',
  Germany: 'focal@de.demo',
  Iraq: 'focal@iq.demo',
};

const demoSection = z.object({
  small_group_2015_01_22: z.array(z.string()).length(21),
  lines_of_effort: z.array(z.object({ key: z.string(), name: z.string() })),
});

export interface MeetingsDemoRefs {
  orgId: (name: string) => string;
  userId: (email: string) => string;
  lineId: (key: string) => string;
  /** The small group's org group: the meetings' AMBER audience. */
  smallGroup: string;
}

export async function loadMeetingsDemo(trx: Db, ctx: Ctx, file: string, ref: MeetingsDemoRefs) {
  const data = demoSection.parse(JSON.parse(readFileSync(file, 'utf8')));
  const admin: UserActor = {
    kind: 'user',
    userId: ref.userId('admin@secretariat.demo'),
    orgId: ref.orgId(SECRETARIAT),
    orgKind: 'secretariat',
    role: 'admin',
    email: 'admin@secretariat.demo',
  };
  const as: Ctx = { actor: admin, requestId: ctx.requestId };
  const sharing = { marking: 'AMBER', audienceGroupIds: [ref.smallGroup] };

  const series = await createSeries(trx, as, seriesInput.parse({ name: 'Small group', code: MEETINGS_DEMO_SERIES }));
  const london = await createMeeting(
    trx,
    as,
    meetingInput.parse({
      seriesId: series.id,
      title: `Small group meeting, London (hours ${ILLUSTRATIVE})`,
      kind: 'small_group',
      timeZone: 'Europe/London',
      start: '2015-01-22T09:00',
      end: '2015-01-22T17:00',
      venue: 'London',
      hostOrgIds: [ref.orgId('United Kingdom')],
      sharing,
    }),
  );
  const id = london.id;
  for (const member of data.small_group_2015_01_22) {
    const person = PEOPLE[member];
    await addParticipant(trx, as, id, participantInput.parse({ orgId: ref.orgId(member), userId: person ? ref.userId(person) : null, status: 'attended' }));
  }
  const review = await addAgendaItem(trx, as, id, agendaItemInput.parse({ title: 'Review of the lines of effort' }));
  const reviewItem = review.agenda[0]!.id;
  for (const line of data.lines_of_effort)
    await addAgendaItem(trx, as, id, agendaItemInput.parse({ title: line.name, parentId: reviewItem, frameworkNodeId: ref.lineId(line.key) }));
  const next = (await addAgendaItem(trx, as, id, agendaItemInput.parse({ title: 'The coalition’s next meetings' }))).agenda.at(-1)!.id;

  for (const to of ['scheduled', 'in_progress'] as const) await transitionMeeting(trx, as, id, { to });
  const decide = async (text: string, agendaItemId: string) => (await recordDecision(trx, as, id, decisionInput.parse({ text, result: 'consensus', agendaItemId }))).id;
  const workingGroups = await decide('Expert-level working groups are set up, pooling resources and expertise from coalition capitals, one per line of effort.', reviewItem);
  const regular = await decide('The small group meets on a regular basis and keeps consulting all members of the coalition.', next);
  const plenary = await decide('The full plenary convenes again later in 2015.', next);
  const summit = await decide(
    'Members join the February 2015 summit on countering violent extremism in Washington, followed by a ministerial meeting at the State Department.',
    next,
  );

  const act = (text: string, owners: string[], dueDate: string, decisionId: string | null) =>
    createActionItem(trx, as, id, actionItemInput.parse({ text, ownerOrgIds: owners.map(ref.orgId), dueDate, decisionId }));
  await act(`Propose the working groups’ terms of reference, co-leads and members (due date ${ILLUSTRATIVE})`, [SECRETARIAT], '2015-03-01', workingGroups);
  await act(`Propose the dates of the next small-group meetings (due date ${ILLUSTRATIVE})`, [SECRETARIAT], '2015-02-15', regular);
  await act(`Propose a date and a host for the plenary (due date ${ILLUSTRATIVE})`, [SECRETARIAT], '2015-06-30', plenary);
  await act('Prepare the ministerial meeting at the State Department after the summit on countering violent extremism', ['United States'], '2015-02-28', summit);
  await act(
    'Begin training Syrian opposition forces at camps in Saudi Arabia, Turkey and Qatar this spring',
    ['Saudi Arabia', 'Turkey', 'Qatar', 'United States'],
    '2015-06-20',
    null,
  );
  await transitionMeeting(trx, as, id, { to: 'held' });

  // The next meeting of the series: its review section lists the five open items.
  const later = await createMeeting(
    trx,
    as,
    meetingInput.parse({
      seriesId: series.id,
      title: `Small group meeting (${ILLUSTRATIVE} date)`,
      kind: 'small_group',
      timeZone: 'Europe/London',
      start: '2015-03-26T10:00',
      end: '2015-03-26T13:00',
      venue: 'London',
      hostOrgIds: [ref.orgId('United Kingdom')],
      sharing,
    }),
  );
  await transitionMeeting(trx, as, later.id, { to: 'scheduled' });
  return { meetings: 2, decisions: 4, actionItems: 5 };
}
