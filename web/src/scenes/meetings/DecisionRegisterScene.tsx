// A series' decision register: its decisions in number order (as far as the reader may see
// them), each with its meeting and day, filtered by year; the register as a CSV file (the
// decisions of meetings the reader may pass on).
import './i18n/index.ts';
import { Anchor, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { RegisterPdfLink } from './BriefLink.tsx';
import { useDayText } from './meetingParts.tsx';
import { NewMeetingLinks } from './NewMeetingLinks.tsx';

export function DecisionRegisterScene() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const day = useDayText();
  const [year, setYear] = useState<number | string>('');
  const chosen = typeof year === 'number' && year >= 1900 && year <= 9999 ? year : undefined;
  const series = useQuery({ queryKey: ['meeting-series'], queryFn: () => api.meetingSeries() });
  const register = useQuery({ queryKey: ['decision-register', id, chosen], queryFn: () => api.decisionRegister(id, chosen) });
  const named = series.data?.find((s) => s.id === id);
  return (
    <Stack>
      <Anchor component={Link} to="/meetings">
        {t('meetings.all')}
      </Anchor>
      <Title order={2}>{named ? t('meetings.register.titleOf', { series: named.name }) : t('meetings.register.title')}</Title>
      <NewMeetingLinks seriesId={id} />
      <Group align="flex-end">
        <NumberInput label={t('meetings.register.year')} value={year} onChange={setYear} min={1900} max={9999} w={140} allowDecimal={false} />
        <Anchor href={api.decisionRegisterCsvUrl(id, chosen, i18n.language)} download data-testid="register-csv">
          {t('meetings.register.csv')}
        </Anchor>
        <RegisterPdfLink key={chosen ?? 'all'} seriesId={id} year={chosen} />
        <Anchor component={Link} to={`/meeting-series/${id}`}>
          {t('meetings.timeline.link')}
        </Anchor>
      </Group>
      <QueryState query={register}>
        {(entries) =>
          entries.length === 0 ? (
            <Text>{t('meetings.noDecisions')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={700}>
              <Table data-testid="register">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('meetings.reference')}</Table.Th>
                    <Table.Th scope="col">{t('meetings.decision')}</Table.Th>
                    <Table.Th scope="col">{t('meetings.result')}</Table.Th>
                    <Table.Th scope="col">{t('meetings.follow.meeting')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {entries.map((d) => (
                    <Table.Tr key={d.id}>
                      <Table.Td>
                        <bdi dir="ltr">{d.reference}</bdi>
                      </Table.Td>
                      <Table.Td>{d.text}</Table.Td>
                      <Table.Td>
                        {t(`meetings.results.${d.result}`)}
                        {d.votes && <Text size="sm">{t('meetings.votes', { for: d.votes.for, against: d.votes.against, abstentions: d.votes.abstentions })}</Text>}
                      </Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`/meetings/${d.meeting.id}`}>
                          {d.meeting.title}
                        </Anchor>
                        <Text size="sm">{day(d.meeting.date)}</Text>
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
