// Your dashboard: the pivots you pinned (GET /api/indicator-dashboard/tiles), each computed for
// you when shown, drawn as a series with its table, or as a table. Unpinning asks nothing: the
// tile holds no data and is pinned again from the indicator's page.
import './i18n/index.ts';
import { Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState.tsx';
import { type Pivot, type Tile, indicatorsApi } from './indicatorsApi.ts';

const SeriesChart = lazy(() => import('./SeriesChart.tsx').then((m) => ({ default: m.SeriesChart })));

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
  const pivot = useQuery({ queryKey: ['indicators', 'pivot', 'tile', tile.id], queryFn: () => indicatorsApi.pivot(tile.query) });
  const unpin = useMutation({
    mutationFn: () => indicatorsApi.unpin(tile.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['indicators', 'tiles'] }),
  });
  return (
    <Card withBorder component="section" aria-labelledby={`tile-${tile.id}`} data-testid="tile">
      <Group justify="space-between">
        <Title order={3} size="h4" id={`tile-${tile.id}`}>
          {tile.title}
        </Title>
        <Button variant="subtle" size="xs" onClick={() => unpin.mutate()} loading={unpin.isPending} aria-label={t('indicators.unpinNamed', { title: tile.title })}>
          {t('indicators.unpin')}
        </Button>
      </Group>
      <QueryState query={pivot}>
        {(p) => {
          const rows = rowsOf(p);
          if (rows.length === 0) return <Text>{t('indicators.noApproved')}</Text>;
          return (
            <>
              {tile.chart === 'series' && (
                <Suspense fallback={null}>
                  <SeriesChart
                    periods={rows.map((r) => r.label)}
                    values={rows.map((r) => r.value)}
                    baseline={null}
                    targets={[]}
                    names={{ series: tile.title, baseline: t('indicators.baseline') }}
                    rtl={i18n.dir() === 'rtl'}
                    locale={i18n.language}
                    label={t('indicators.chartLabel', { name: tile.title })}
                  />
                </Suspense>
              )}
              <Table data-testid="tile-table">
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={r.label}>
                      <Table.Th scope="row">{r.label}</Table.Th>
                      <Table.Td>{r.value}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </>
          );
        }}
      </QueryState>
    </Card>
  );
}

/** A pivot's cells as labelled rows (its row and column headers joined), in order. */
function rowsOf(p: Pivot) {
  return p.cells.map((c) => ({ label: [...c.row, ...c.column].map((h) => h.label).join(' · '), value: Number(c.value) })).sort((a, b) => a.label.localeCompare(b.label));
}
