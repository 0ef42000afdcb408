// The per-organisation scorecard over a period (/meetings/scorecard?from&to, issue 10): meetings
// attended of those invited, action items open, overdue, done on time and done late, and the
// average days overdue — as a table and as a chart. Figures come from the API under the
// sharing rule (only meetings and items the reader may see count); the period is in the URL.
import './i18n/index.ts';
import { Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Scorecard, api } from '../../api/client.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { useUrlState } from '../../hooks/useUrlState.ts';
import { numberLocale } from '../../i18n/index.ts';

const ScorecardChart = lazy(() => import('./ScorecardChart.tsx').then((m) => ({ default: m.ScorecardChart })));

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The period: from the URL, else the year to date. */
function usePeriod() {
  const [params, setParam] = useUrlState(['from', 'to'] as const);
  const today = new Date().toISOString().slice(0, 10);
  const from = ISO_DATE.test(params.from) ? params.from : `${today.slice(0, 4)}-01-01`;
  const to = ISO_DATE.test(params.to) ? params.to : today;
  return { from, to, set: setParam };
}

export function ScorecardScene() {
  const { t } = useTranslation();
  const { from, to, set } = usePeriod();
  const valid = from <= to;
  const query = useQuery({ queryKey: ['meeting-scorecard', from, to], queryFn: () => api.meetingScorecard({ from, to }), enabled: valid });
  return (
    <Stack>
      <Title order={2}>{t('meetings.scorecard.title')}</Title>
      <Group align="end">
        <TextInput type="date" label={t('meetings.scorecard.from')} value={from} onChange={(e) => e.currentTarget.value && set('from', e.currentTarget.value)} w={180} />
        <TextInput
          type="date"
          label={t('meetings.scorecard.to')}
          value={to}
          onChange={(e) => e.currentTarget.value && set('to', e.currentTarget.value)}
          error={valid ? undefined : t('meetings.scorecard.toBeforeFrom')}
          w={180}
        />
      </Group>
      {valid && <QueryState query={query}>{(card) => (card.rows.length === 0 ? <Text>{t('meetings.scorecard.none')}</Text> : <ScorecardBody card={card} />)}</QueryState>}
    </Stack>
  );
}

function ScorecardBody({ card }: { card: Scorecard }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(numberLocale(i18n.language), { maximumFractionDigits: 1 });
  const rows = card.rows;
  const series = useMemo(
    () => [
      { name: t('meetings.scorecard.attended'), values: rows.map((r) => r.meetingsAttended), colour: '#364fc7' },
      { name: t('meetings.scorecard.open'), values: rows.map((r) => r.actionsOpen), colour: '#868e96' },
      { name: t('meetings.scorecard.overdue'), values: rows.map((r) => r.actionsOverdue), colour: '#c92a2a' },
      { name: t('meetings.scorecard.onTime'), values: rows.map((r) => r.doneOnTime), colour: '#2b8a3e' },
      { name: t('meetings.scorecard.late'), values: rows.map((r) => r.doneLate), colour: '#e67700' },
    ],
    [rows, t],
  );
  const organisations = useMemo(() => rows.map((r) => r.organisation.name), [rows]);
  return (
    <>
      <Suspense fallback={null}>
        <ScorecardChart
          organisations={organisations}
          series={series}
          rtl={i18n.dir() === 'rtl'}
          locale={i18n.language}
          label={t('meetings.scorecard.chartLabel', { from: card.from, to: card.to })}
        />
      </Suspense>
      <Table.ScrollContainer minWidth={800}>
        <Table data-testid="scorecard-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('meetings.scorecard.organisation')}</Table.Th>
              <Table.Th scope="col">{t('meetings.scorecard.attendance')}</Table.Th>
              <Table.Th scope="col">{t('meetings.scorecard.open')}</Table.Th>
              <Table.Th scope="col">{t('meetings.scorecard.overdue')}</Table.Th>
              <Table.Th scope="col">{t('meetings.scorecard.onTime')}</Table.Th>
              <Table.Th scope="col">{t('meetings.scorecard.late')}</Table.Th>
              <Table.Th scope="col">{t('meetings.scorecard.averageOverdue')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.organisation.id}>
                <Table.Th scope="row">{r.organisation.name}</Table.Th>
                <Table.Td>{t('meetings.scorecard.attendedOf', { attended: number.format(r.meetingsAttended), invited: number.format(r.meetingsInvited) })}</Table.Td>
                <Table.Td>{number.format(r.actionsOpen)}</Table.Td>
                <Table.Td>{number.format(r.actionsOverdue)}</Table.Td>
                <Table.Td>{number.format(r.doneOnTime)}</Table.Td>
                <Table.Td>{number.format(r.doneLate)}</Table.Td>
                <Table.Td>{r.averageDaysOverdue === null ? '—' : number.format(r.averageDaysOverdue)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
