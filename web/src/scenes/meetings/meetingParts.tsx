// What the meetings' pages share: a moment shown in the meeting's own zone with the zone named,
// and the table of action items (a meeting's, my organisation's, the overdue ones).
import './i18n/index.ts';
import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ActionItem, MeetingState } from '../../api/client.ts';
import { numberLocale } from '../../i18n/index.ts';

export interface Moment {
  local: string;
  timeZone: string;
  instant: string;
}

/**
 * A meeting's moment in the reader's own zone, with the wall-clock time where the meeting is
 * and that place's zone beside it ("22 Jan 2015, 10:00 your time · 22 Jan 2015, 09:00
 * (Europe/London)"); only the latter when the reader is in the meeting's zone.
 */
export function useMomentText() {
  const { t, i18n } = useTranslation();
  const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (m: Moment) => {
    const format = (timeZone: string) => new Intl.DateTimeFormat(numberLocale(i18n.language), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(m.instant));
    const there = t('meetings.inZone', { time: format(m.timeZone), zone: m.timeZone });
    return viewerZone === m.timeZone ? there : t('meetings.yoursAndThere', { mine: format(viewerZone), there });
  };
}

/** A calendar date ('2015-03-01') in the reader's language, without moving it to any zone. */
export function useDayText() {
  const { i18n } = useTranslation();
  return (day: string) => new Intl.DateTimeFormat(numberLocale(i18n.language), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

export function ActionStatus({ item }: { item: Pick<ActionItem, 'status' | 'overdue'> }) {
  const { t } = useTranslation();
  return (
    <>
      {t(`meetings.actionStatuses.${item.status}`)}
      {item.overdue && (
        <Badge color="red.9" variant="filled" ms="xs" radius="sm" styles={{ root: { textTransform: 'none' } }}>
          {t('meetings.overdue')}
        </Badge>
      )}
    </>
  );
}

/** Action items with their owners, due date and status; `withMeeting` adds the meeting that created each. */
export function ActionItemsTable({ items, withMeeting, testId }: { items: ActionItem[]; withMeeting?: boolean; testId: string }) {
  const { t } = useTranslation();
  const day = useDayText();
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('meetings.actionItem')}</Table.Th>
            {withMeeting && <Table.Th scope="col">{t('meetings.follow.meeting')}</Table.Th>}
            <Table.Th scope="col">{t('meetings.owners')}</Table.Th>
            <Table.Th scope="col">{t('meetings.dueDate')}</Table.Th>
            <Table.Th scope="col">{t('meetings.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>{a.text}</Table.Td>
              {withMeeting && (
                <Table.Td>
                  <Anchor component={Link} to={`/meetings/${a.meeting.id}`}>
                    {a.meeting.title}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {a.series.code} · {day(a.meeting.date)}
                  </Text>
                </Table.Td>
              )}
              <Table.Td>
                {a.ownerOrganisations.map((o) => o.name).join(', ')}
                {a.ownerPerson && <Text size="sm">{a.ownerPerson.name}</Text>}
              </Table.Td>
              <Table.Td>{day(a.dueDate)}</Table.Td>
              <Table.Td>
                <ActionStatus item={a} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The states in which a meeting's page offers its edit form, and in which its time and place may change (the server checks again). */
export const mayEditMeeting = (s: MeetingState) => s !== 'cancelled' && s !== 'minutes_approved';
export const mayMove = (s: MeetingState) => s === 'draft' || s === 'scheduled';
