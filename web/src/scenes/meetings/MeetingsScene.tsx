// The meetings the reader may see, newest first: series, kind, state, the start in the
// meeting's own zone (named), venue.
import './i18n/index.ts';
import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { MarkingBadge } from '../../components/MarkingBadge.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useMomentText } from './meetingParts.tsx';

export function MeetingsScene() {
  const { t } = useTranslation();
  const moment = useMomentText();
  // The API lists by start, oldest first; the page shows the newest first.
  const query = useQuery({ queryKey: ['meetings'], queryFn: async () => (await api.meetings({ limit: 500 })).sort((a, b) => b.start.instant.localeCompare(a.start.instant)) });
  return (
    <Stack>
      <Title order={2}>{t('meetings.listTitle')}</Title>
      <Anchor component={Link} to="/meetings/scorecard">
        {t('meetings.scorecard.link')}
      </Anchor>
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
