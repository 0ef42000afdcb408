// A series' timeline (/meeting-series/:id, issue 10 items 6 and 9): its meetings the reader may
// see, in time order, with their state, the decisions registered at each and what each did to
// the action items — created there, carried in from earlier meetings, closed there as done or
// dropped, still open after it — as a chart and as the same figures in a table (the chart's
// twin for screen readers). One request (GET /api/meeting-series/:id/timeline), under the
// sharing rule: a meeting the reader may not see is absent and its items are in no figure.
import './i18n/index.ts';
import { Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { type SeriesTimeline, api } from '../../api/client.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { NewMeetingLinks } from './NewMeetingLinks.tsx';
import { numberLocale } from '../../i18n/index.ts';
import { useMomentText } from './meetingParts.tsx';

const SeriesTimelineChart = lazy(() => import('./SeriesTimelineChart.tsx').then((m) => ({ default: m.SeriesTimelineChart })));

export function SeriesTimelineScene() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useQuery({ queryKey: ['series-timeline', id], queryFn: () => api.seriesTimeline(id) });
  return (
    <Stack>
      <Group>
        <Anchor component={Link} to="/meetings">
          {t('meetings.all')}
        </Anchor>
        <Anchor component={Link} to={`/meeting-series/${id}/decisions`}>
          {t('meetings.register.open')}
        </Anchor>
      </Group>
      <Title order={2}>{query.data ? t('meetings.timeline.titleOf', { series: query.data.series.name }) : t('meetings.timeline.title')}</Title>
      <NewMeetingLinks seriesId={id} />
      <QueryState query={query}>{(timeline) => (timeline.meetings.length === 0 ? <Text>{t('meetings.timeline.none')}</Text> : <TimelineBody timeline={timeline} />)}</QueryState>
    </Stack>
  );
}

function TimelineBody({ timeline }: { timeline: SeriesTimeline }) {
  const { t, i18n } = useTranslation();
  const moment = useMomentText();
  const number = new Intl.NumberFormat(numberLocale(i18n.language));
  const rows = timeline.meetings;
  const meetings = useMemo(() => rows.map((m) => ({ instant: m.start.instant, title: m.title })), [rows]);
  const series = useMemo(
    () => [
      { name: t('meetings.timeline.created'), values: rows.map((m) => m.created), colour: '#364fc7' },
      { name: t('meetings.timeline.closed'), values: rows.map((m) => m.done + m.dropped), colour: '#2b8a3e' },
      { name: t('meetings.timeline.stillOpen'), values: rows.map((m) => m.stillOpen), colour: '#e67700' },
    ],
    [rows, t],
  );
  return (
    <>
      <Text>{t('meetings.timeline.explain')}</Text>
      <Suspense fallback={null}>
        <SeriesTimelineChart
          meetings={meetings}
          series={series}
          rtl={i18n.dir() === 'rtl'}
          locale={i18n.language}
          label={t('meetings.timeline.chartLabel', { series: timeline.series.name })}
        />
      </Suspense>
      <Table.ScrollContainer minWidth={900}>
        <Table data-testid="timeline-table">
          <Table.Caption>{t('meetings.timeline.tableCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('meetings.timeline.meeting')}</Table.Th>
              <Table.Th scope="col">{t('meetings.state')}</Table.Th>
              <Table.Th scope="col">{t('meetings.decisions')}</Table.Th>
              <Table.Th scope="col">{t('meetings.timeline.created')}</Table.Th>
              <Table.Th scope="col">{t('meetings.timeline.carriedIn')}</Table.Th>
              <Table.Th scope="col">{t('meetings.timeline.done')}</Table.Th>
              <Table.Th scope="col">{t('meetings.timeline.dropped')}</Table.Th>
              <Table.Th scope="col">{t('meetings.timeline.stillOpen')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((m) => (
              <Table.Tr key={m.id} data-meeting={m.id}>
                <Table.Th scope="row" fw="normal">
                  <Anchor component={Link} to={`/meetings/${m.id}`}>
                    {m.title}
                  </Anchor>
                  <Text size="sm">{moment(m.start)}</Text>
                </Table.Th>
                <Table.Td>{t(`meetings.states.${m.state}`)}</Table.Td>
                <Table.Td>
                  {m.decisions.length === 0
                    ? t('meetings.timeline.noDecision')
                    : m.decisions.map((d, i) => (
                        <span key={d.id}>
                          {i > 0 && ', '}
                          <bdi dir="ltr">{d.reference}</bdi>
                        </span>
                      ))}
                </Table.Td>
                <Table.Td data-figure="created">{number.format(m.created)}</Table.Td>
                <Table.Td data-figure="carriedIn">{number.format(m.carriedIn)}</Table.Td>
                <Table.Td data-figure="done">{number.format(m.done)}</Table.Td>
                <Table.Td data-figure="dropped">{number.format(m.dropped)}</Table.Td>
                <Table.Td data-figure="stillOpen">{number.format(m.stillOpen)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
