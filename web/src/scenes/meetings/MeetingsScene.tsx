// The meetings the reader may see, newest first: series, kind, state, the start in the
// meeting's own zone (named), venue — or a month of them as a calendar (MeetingCalendar), the
// choice and the month in the address (?view=calendar&month=2015-01).
import './i18n/index.ts';
import { Anchor, Group, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { MarkingBadge } from '../../components/MarkingBadge.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useUrlState } from '../../hooks/useUrlState.ts';
import { MONTH, MeetingCalendar, thisMonth } from './MeetingCalendar.tsx';
import { useMomentText } from './meetingParts.tsx';
import { NewMeetingLinks } from './NewMeetingLinks.tsx';

export function MeetingsScene() {
  const { t } = useTranslation();
  const [url, setUrl] = useUrlState(['view', 'month', 'q'] as const);
  const calendar = url.view === 'calendar';
  return (
    <Stack>
      <Title order={2}>{t('meetings.listTitle')}</Title>
      <NewMeetingLinks />
      <Group justify="space-between">
        <Anchor component={Link} to="/meetings/scorecard">
          {t('meetings.scorecard.link')}
        </Anchor>
        <SegmentedControl
          aria-label={t('meetings.view.label')}
          value={calendar ? 'calendar' : 'list'}
          onChange={(v) => setUrl('view', v === 'calendar' ? v : '')}
          data={[
            { value: 'list', label: t('meetings.view.list') },
            { value: 'calendar', label: t('meetings.view.calendar') },
          ]}
        />
      </Group>
      {calendar ? (
        <MeetingCalendar month={MONTH.test(url.month) ? url.month : thisMonth()} onMonth={(m) => setUrl('month', m)} />
      ) : (
        <MeetingList q={url.q} onQ={(q) => setUrl('q', q)} />
      )}
    </Stack>
  );
}

/** The meetings, newest first, found by words (title, venue, agenda, decisions, actions: the server searches only what the reader may see). */
function MeetingList({ q, onQ }: { q: string; onQ: (q: string) => void }) {
  const { t } = useTranslation();
  const moment = useMomentText();
  const [text, setText] = useState(q);
  const [words] = useDebouncedValue(text.trim(), 300);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the address follows the words typed, not the callback's identity
  useEffect(() => {
    if (words !== q) onQ(words);
  }, [words]);
  // The API lists by start, oldest first; the page shows the newest first.
  const query = useQuery({
    queryKey: ['meetings', q],
    queryFn: async () => (await api.meetings({ limit: 500, q: q || undefined })).sort((a, b) => b.start.instant.localeCompare(a.start.instant)),
  });
  return (
    <Stack>
      <TextInput type="search" label={t('meetings.search')} description={t('meetings.searchHint')} value={text} onChange={(e) => setText(e.currentTarget.value)} maw={420} />
      <QueryState query={query}>
        {(rows) =>
          rows.length === 0 ? (
            <Text>{t('meetings.none')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={700}>
              <Table data-testid="meetings-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('meetings.title')}</Table.Th>
                    <Table.Th scope="col">{t('meetings.series')}</Table.Th>
                    <Table.Th scope="col">{t('meetings.kind')}</Table.Th>
                    <Table.Th scope="col">{t('meetings.state')}</Table.Th>
                    <Table.Th scope="col">{t('meetings.start')}</Table.Th>
                    <Table.Th scope="col">{t('meetings.venue')}</Table.Th>
                    <Table.Th scope="col">{t('meetings.marking')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((m) => (
                    <Table.Tr key={m.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/meetings/${m.id}`}>
                          {m.title}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        {m.series.name} ({m.series.code})
                      </Table.Td>
                      <Table.Td>{t(`meetings.kinds.${m.kind}`)}</Table.Td>
                      <Table.Td>{t(`meetings.states.${m.state}`)}</Table.Td>
                      <Table.Td>{moment(m.start)}</Table.Td>
                      <Table.Td>{m.venue ?? (m.onlineUrl ? t('meetings.online') : '—')}</Table.Td>
                      <Table.Td>
                        <MarkingBadge marking={m.marking} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
    </Stack>
  );
}
