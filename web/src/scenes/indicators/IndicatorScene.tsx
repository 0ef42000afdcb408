// One indicator: what it measures and how its values add up, its baseline and targets, its
// progress, its approved values over time against baseline and targets, and who reported
// what when (organisation × period). The files come from the server (under the export rule).
import './i18n/index.ts';
import { Anchor, Button, Card, Group, List, NativeSelect, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, lazy, useState } from 'react';
import type { TileChartKind } from '../../../../common/indicator-tiles.ts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { QueryState } from '../../components/QueryState.tsx';
import { type Indicator, type Pivot, indicatorsApi, useProgress } from './indicatorsApi.ts';
import { ProgressBar } from './IndicatorsScene.tsx';
import { useFrameworkName } from '../../hooks/useLocalName.ts';

const SeriesChart = lazy(() => import('./SeriesChart.tsx').then((m) => ({ default: m.SeriesChart })));
const HeatmapChart = lazy(() => import('../../components/HeatmapChart.tsx').then((m) => ({ default: m.HeatmapChart })));

const PIN_KINDS = ['series', 'bar', 'heatmap', 'progress', 'map', 'table'] as const satisfies readonly TileChartKind[];
/** Each kind of tile's pivot of one indicator (its id added). */
const PIN_QUERIES: Record<TileChartKind, Record<string, string>> = {
  series: { rows: 'period' },
  bar: { rows: 'period' },
  heatmap: { rows: 'organisation', columns: 'period' },
  progress: {},
  map: { rows: 'location:0' },
  table: { rows: 'period' },
};

export function IndicatorScene() {
  const { id = '' } = useParams();
  const indicator = useQuery({ queryKey: ['indicators', 'one', id], queryFn: () => indicatorsApi.get(id) });
  return <QueryState query={indicator}>{(i) => <IndicatorPage indicator={i} />}</QueryState>;
}

function IndicatorPage({ indicator: i }: { indicator: Indicator }) {
  const { t, i18n } = useTranslation();
  const lineName = useFrameworkName();
  const progress = useProgress({ indicatorId: i.id });
  const queryClient = useQueryClient();
  // Pinned as one of the dashboard's kinds of tile: the indicator's pivot shaped for that chart.
  const [pinAs, setPinAs] = useState<TileChartKind>('series');
  const pin = useMutation({
    mutationFn: (chart: TileChartKind) =>
      indicatorsApi.pin({
        title: chart === 'series' ? i.name : `${i.name} — ${t(`indicators.chartKind.${chart}`)}`,
        chart,
        query: { indicatorId: i.id, ...PIN_QUERIES[chart] },
        position: 0,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['indicators', 'tiles'] }),
  });
  const pinnedNow = pin.isSuccess && pin.variables === pinAs;
  const byPeriod = useQuery({ queryKey: ['indicators', 'pivot', i.id, 'period'], queryFn: () => indicatorsApi.pivot({ indicatorId: i.id, rows: 'period' }) });
  const byOrg = useQuery({
    queryKey: ['indicators', 'pivot', i.id, 'organisation×period'],
    queryFn: () => indicatorsApi.pivot({ indicatorId: i.id, rows: 'organisation', columns: 'period' }),
  });
  return (
    <Stack>
      <Anchor component={Link} to="/indicators">
        {t('indicators.all')}
      </Anchor>
      <Title order={2}>{i.name}</Title>
      <Text>{i.definition || t('indicators.noDefinition')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Card withBorder>
          <List listStyleType="none" spacing={4}>
            <List.Item>{t('indicators.codeIs', { code: i.code })}</List.Item>
            <List.Item>{t('indicators.unitIs', { unit: i.unit })}</List.Item>
            <List.Item>{t('indicators.lineIs', { line: lineName(i.line) })}</List.Item>
            <List.Item>{t('indicators.periodTypeIs', { type: t(`indicators.periodType.${i.periodType}`) })}</List.Item>
            <List.Item>{t('indicators.spaceIs', { how: t(`indicators.aggregation.${i.spaceAggregation}`) })}</List.Item>
            <List.Item>{t('indicators.timeIs', { how: t(`indicators.aggregation.${i.timeAggregation}`) })}</List.Item>
            {i.categoryOptions.length > 0 && <List.Item>{t('indicators.optionsAre', { options: i.categoryOptions.join(', ') })}</List.Item>}
          </List>
        </Card>
        <Card withBorder>
          <Text fw={600}>{t('indicators.baseline')}</Text>
          <Text>{i.baseline ? t('indicators.valueOn', { value: i.baseline.value, date: i.baseline.date }) : '—'}</Text>
          <Text fw={600} mt="sm">
            {t('indicators.targets')}
          </Text>
          {i.targets.length === 0 ? (
            <Text>—</Text>
          ) : (
            <List>
              {i.targets.map((tg) => (
                <List.Item key={tg.date}>
                  {t('indicators.valueOn', { value: tg.value, date: tg.date })}
                  {tg.note && ` — ${tg.note}`}
                </List.Item>
              ))}
            </List>
          )}
          <Text fw={600} mt="sm">
            {t('indicators.progress')}
          </Text>
          <ProgressBar progress={progress.data?.items[0]} name={i.name} />
        </Card>
      </SimpleGrid>
      <Group>
        <Button component={Link} to={`/indicators/entry?line=${i.line.id}`} variant="light">
          {t('indicators.enterValues')}
        </Button>
        <Button component="a" href={`/api/indicator-values/export.csv?indicatorId=${i.id}&status=approved`} variant="default">
          {t('indicators.downloadCsv')}
        </Button>
        <NativeSelect
          label={t('indicators.pinAs')}
          value={pinAs}
          onChange={(e) => setPinAs(e.currentTarget.value as TileChartKind)}
          data={PIN_KINDS.map((k) => ({ value: k, label: t(`indicators.chartKind.${k}`) }))}
        />
        <Button variant="default" onClick={() => pin.mutate(pinAs)} loading={pin.isPending} disabled={pinnedNow} style={{ alignSelf: 'flex-end' }}>
          {pinnedNow ? t('indicators.pinned') : t('indicators.pin')}
        </Button>
        <Anchor component={Link} to="/indicators/dashboard">
          {t('indicators.dashboardTitle')}
        </Anchor>
      </Group>
      {pin.isError && (
        <Text c="red.8" role="alert">
          {pin.error.message}
        </Text>
      )}
      <Title order={3}>{t('indicators.overTime')}</Title>
      <QueryState query={byPeriod}>
        {(pivot) => {
          const series = seriesOf(pivot);
          return series.periods.length === 0 ? (
            <Text>{t('indicators.noApproved')}</Text>
          ) : (
            <>
              <Suspense fallback={null}>
                <SeriesChart
                  periods={series.periods}
                  values={series.values}
                  baseline={i.baseline?.value ?? null}
                  targets={i.targets.map((tg) => ({ label: t('indicators.targetOn', { date: tg.date }), value: tg.value }))}
                  names={{ series: i.name, baseline: t('indicators.baseline') }}
                  rtl={i18n.dir() === 'rtl'}
                  locale={i18n.language}
                  label={t('indicators.chartLabel', { name: i.name })}
                />
              </Suspense>
              <Table data-testid="series-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('indicators.period')}</Table.Th>
                    <Table.Th scope="col">{t('indicators.value')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {series.periods.map((p, k) => (
                    <Table.Tr key={p}>
                      <Table.Td>{p}</Table.Td>
                      <Table.Td>{series.values[k] ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </>
          );
        }}
      </QueryState>
      <Title order={3}>{t('indicators.byOrganisation')}</Title>
      <QueryState query={byOrg}>
        {(pivot) => {
          const h = heatOf(pivot);
          return h.yLabels.length === 0 ? (
            <Text>{t('indicators.noApproved')}</Text>
          ) : (
            <Suspense fallback={null}>
              <HeatmapChart {...h} rtl={i18n.dir() === 'rtl'} locale={i18n.language} label={t('indicators.heatmapLabel', { name: i.name })} />
            </Suspense>
          );
        }}
      </QueryState>
    </Stack>
  );
}

/** The pivot by period as a series, periods in order. */
function seriesOf(pivot: Pivot) {
  const at = new Map<string, number>();
  for (const c of pivot.cells) {
    const period = c.row.find((_, k) => pivot.rows[k]?.startsWith('period'))?.label ?? c.row[c.row.length - 1]?.label ?? '';
    at.set(period, Number(c.value));
  }
  const periods = [...at.keys()].sort();
  return { periods, values: periods.map((p) => at.get(p) ?? null) };
}

/** The pivot organisation × period as a heatmap's cells. */
function heatOf(pivot: Pivot) {
  const orgIndex = pivot.rows.indexOf('organisation');
  const xs = new Set<string>();
  const ys = new Set<string>();
  const cells: { x: string; y: string; v: number }[] = [];
  for (const c of pivot.cells) {
    const y = c.row[orgIndex]?.label ?? '';
    const x = c.column[0]?.label ?? '';
    xs.add(x);
    ys.add(y);
    cells.push({ x, y, v: Number(c.value) });
  }
  const xLabels = [...xs].sort();
  const yLabels = [...ys].sort();
  return { xLabels, yLabels, values: cells.map((c) => [xLabels.indexOf(c.x), yLabels.indexOf(c.y), c.v] as [number, number, number]) };
}
