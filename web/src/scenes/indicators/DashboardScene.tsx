// Your dashboard: the pivots you pinned (GET /api/indicator-dashboard/tiles), each computed for
// you when shown (GET …/tiles/:id/data, under the reading rule) and drawn as its chart — series
// with baseline and targets, bars, heatmap, progress against targets, map — with the same
// figures as a table beside it. Each tile's CSV and PNG come from the server, computed again
// under the export rule (docs/SECURITY.md: the web app builds no file). Unpinning asks nothing:
// the tile holds no data and is pinned again from the indicator's page.
import './i18n/index.ts';
import { Anchor, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, lazy, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type TileData, type TileWords, progressRows } from '../../../../common/indicator-tiles.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { type Tile, indicatorsApi } from './indicatorsApi.ts';

const TileChart = lazy(() => import('./TileChart.tsx').then((m) => ({ default: m.TileChart })));

export function DashboardScene() {
  const { t } = useTranslation();
  const tiles = useQuery({ queryKey: ['indicators', 'tiles'], queryFn: indicatorsApi.tiles });
  return (
    <Stack>
      <Title order={2}>{t('indicators.dashboardTitle')}</Title>
      <QueryState query={tiles}>
        {(data) =>
          data.items.length === 0 ? (
            <Text>{t('indicators.noTiles')}</Text>
          ) : (
            <SimpleGrid cols={{ base: 1, lg: 2 }}>
              {data.items.map((tile) => (
                <TileCard key={tile.id} tile={tile} />
              ))}
            </SimpleGrid>
          )
        }
      </QueryState>
    </Stack>
  );
}

function TileCard({ tile }: { tile: Tile }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const figures = useQuery({ queryKey: ['indicators', 'tile', tile.id], queryFn: () => indicatorsApi.tileData(tile.id) });
  const unpin = useMutation({
    mutationFn: () => indicatorsApi.unpin(tile.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['indicators', 'tiles'] }),
  });
  const words: TileWords = useMemo(
    () => ({
      baseline: t('indicators.baseline'),
      target: t('indicators.target'),
      value: t('indicators.value'),
      unit: t('indicators.unit'),
      percentOfTarget: t('indicators.percentOfTarget'),
    }),
    [t],
  );
  const headingId = `tile-${tile.id}`;
  return (
    <Card withBorder component="section" aria-labelledby={headingId} data-testid="tile" data-chart={tile.chart}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Title order={3} size="h4" id={headingId}>
          {tile.title}
        </Title>
        <Button variant="subtle" size="xs" onClick={() => unpin.mutate()} loading={unpin.isPending} aria-label={t('indicators.unpinNamed', { title: tile.title })}>
          {t('indicators.unpin')}
        </Button>
      </Group>
      <QueryState query={figures}>
        {(data) => (
          <>
            {data.cells.length === 0 ? (
              <Text>{t('indicators.noApproved')}</Text>
            ) : (
              <>
                {data.chart !== 'table' && (
                  <Suspense fallback={null}>
                    <TileChart
                      data={data}
                      words={words}
                      rtl={i18n.dir() === 'rtl'}
                      locale={i18n.language}
                      label={t(`indicators.tileChartLabel.${data.chart}`, { title: tile.title })}
                    />
                  </Suspense>
                )}
                <TileTable data={data} caption={t('indicators.tileTableCaption', { title: tile.title })} />
              </>
            )}
            <Group gap="md" mt="xs">
              <Anchor href={`/api/indicator-dashboard/tiles/${tile.id}.csv`} download aria-label={t('indicators.downloadTileCsv', { title: tile.title })} size="sm">
                {t('indicators.tileCsv')}
              </Anchor>
              <Anchor href={`/api/indicator-dashboard/tiles/${tile.id}.png`} download aria-label={t('indicators.downloadTilePng', { title: tile.title })} size="sm">
                {t('indicators.tilePng')}
              </Anchor>
            </Group>
          </>
        )}
      </QueryState>
    </Card>
  );
}

/** The chart's twin: the same figures as a table (a progress tile: figure, target and share of it per indicator). */
function TileTable({ data, caption }: { data: TileData; caption: string }) {
  const { t, i18n } = useTranslation();
  const number = (n: number | string) => Number(n).toLocaleString(i18n.language);
  if (data.chart === 'progress') {
    const rows = progressRows(data, new Date().toISOString().slice(0, 10));
    return (
      <Table data-testid="tile-table" aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('indicators.indicator')}</Table.Th>
            <Table.Th scope="col">{t('indicators.current')}</Table.Th>
            <Table.Th scope="col">{t('indicators.target')}</Table.Th>
            <Table.Th scope="col">{t('indicators.percentOfTarget')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.indicator.id}>
              <Table.Th scope="row">{r.indicator.name}</Table.Th>
              <Table.Td>{r.current === null ? '—' : `${number(r.current)} ${r.indicator.unit}`}</Table.Td>
              <Table.Td>{r.target ? t('indicators.valueOn', { value: number(r.target.value), date: r.target.date }) : t('indicators.noTarget')}</Table.Td>
              <Table.Td>{r.percent === null ? '—' : `${number(r.percent)}%`}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    );
  }
  const rows = data.cells.map((c) => ({ label: c.keys.map((h) => h.label).join(' · '), value: c.value, unit: c.unit })).sort((a, b) => a.label.localeCompare(b.label));
  return (
    <Table data-testid="tile-table" aria-label={caption}>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.label}>
            <Table.Th scope="row">{r.label}</Table.Th>
            <Table.Td>{r.value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
