import { Button, Card, Group, SegmentedControl, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Suspense, lazy, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTRIBUTION_STATUSES, CONTRIBUTION_TYPES } from '../../../../common/enums.ts';
import { type Coverage, api } from '../../api/client.ts';
import type { HeatmapHandle } from '../../components/HeatmapChart.tsx';
import { Money } from '../../components/Money.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useFrameworkOptions } from '../../hooks/useFrameworkOptions.ts';
import { useUrlState } from '../../hooks/useUrlState.ts';

const HeatmapChart = lazy(() => import('../../components/HeatmapChart.tsx').then((m) => ({ default: m.HeatmapChart })));
const ContributionMap = lazy(() => import('../../components/map/ContributionMap.tsx').then((m) => ({ default: m.ContributionMap })));

function Places({ coverage }: { coverage: Coverage }) {
  const { t } = useTranslation();
  const [view, setView] = useState('map');
  const map = useRef<HeatmapHandle>(null);
  const table = [[t('coverage.place'), t('coverage.count'), t('coverage.contributors')], ...coverage.places.map((p) => [p.name, p.contributions, p.organisations])];
  return (
    <Card withBorder component="section" aria-labelledby="map-title">
      <Group justify="space-between" mb="sm">
        <Title order={3} id="map-title" size="h4">
          {t('coverage.map')}
        </Title>
        <Group>
          <SegmentedControl value={view} onChange={setView} data={[{ value: 'map', label: t('coverage.mapView') }, { value: 'table', label: t('coverage.table') }]} />
          <Button variant="default" onClick={() => download('places.csv', csvOf(table))}>
            {t('coverage.downloadCsv')}
          </Button>
          {view === 'map' && (
            <Button variant="default" onClick={() => { const png = map.current?.toPng(); if (png) download('places.png', png); }}>
              {t('coverage.downloadPng')}
            </Button>
          )}
        </Group>
      </Group>
      {view === 'map' && (
        <Suspense fallback={<Text>{t('app.loading')}</Text>}>
          <ContributionMap ref={map} places={coverage.places} label={t('coverage.map')} />
        </Suspense>
      )}
      <ChartTable shown={view === 'table'} minWidth={400}>
        <Table data-testid="places-table">
          <Table.Thead>
            <Table.Tr>
              {table[0]!.map((h) => (
                <Table.Th key={String(h)} scope="col">
                  {h}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {coverage.places.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Th scope="row">{p.name}</Table.Th>
                <Table.Td>{p.contributions}</Table.Td>
                <Table.Td>{p.organisations}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ChartTable>
    </Card>
  );
}

/** A chart's table: on screen when asked for, otherwise there for screen readers only. */
function ChartTable({ shown, minWidth, children }: { shown: boolean; minWidth: number; children: ReactNode }) {
  return shown ? <Table.ScrollContainer minWidth={minWidth}>{children}</Table.ScrollContainer> : <VisuallyHidden>{children}</VisuallyHidden>;
}

function download(name: string, href: string) {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.click();
}

function csvOf(rows: (string | number)[][]) {
  const cell = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\n')}`)}`;
}

function Matrix({ coverage }: { coverage: Coverage }) {
  const { t, i18n } = useTranslation();
  const [view, setView] = useState('chart');
  const chart = useRef<HeatmapHandle>(null);
  const { lines, organisations, cells } = coverage.matrix;
  const count = (orgId: string, lineId: string) => cells.find((c) => c.orgId === orgId && c.lineId === lineId)?.count ?? 0;
  const values = useMemo(
    () => cells.map((c) => [lines.findIndex((l) => l.id === c.lineId), organisations.findIndex((o) => o.id === c.orgId), c.count] as [number, number, number]),
    [cells, lines, organisations],
  );
  const table = [[t('contributions.organisation'), ...lines.map((l) => l.name)], ...organisations.map((o) => [o.name, ...lines.map((l) => count(o.id, l.id))])];
  return (
    <Card withBorder component="section" aria-labelledby="matrix-title">
      <Group justify="space-between" mb="sm">
        <Title order={3} id="matrix-title" size="h4">
          {t('coverage.matrix')}
        </Title>
        <Group>
          <SegmentedControl
            value={view}
            onChange={setView}
            data={[
              { value: 'chart', label: t('coverage.chart') },
              { value: 'table', label: t('coverage.table') },
            ]}
          />
          <Button variant="default" onClick={() => download('coverage.csv', csvOf(table))}>
            {t('coverage.downloadCsv')}
          </Button>
          {view === 'chart' && (
            <Button variant="default" onClick={() => { const png = chart.current?.toPng(); if (png) download('coverage.png', png); }}>
              {t('coverage.downloadPng')}
            </Button>
          )}
        </Group>
      </Group>
      {organisations.length === 0 ? (
        <Text>{t('coverage.noneFound')}</Text>
      ) : view === 'chart' ? (
        <Suspense fallback={<Text>{t('app.loading')}</Text>}>
          <HeatmapChart ref={chart} xLabels={lines.map((l) => l.name)} yLabels={organisations.map((o) => o.name)} values={values} rtl={i18n.dir() === 'rtl'} locale={i18n.language} label={t('coverage.matrix')} />
        </Suspense>
      ) : null}
      <ChartTable shown={view === 'table'} minWidth={600}>
        <Table data-testid="coverage-table" withTableBorder>
          <Table.Thead>
            <Table.Tr>
              {table[0]!.map((h) => (
                <Table.Th key={String(h)} scope="col">
                  {h}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.slice(1).map((row) => (
              <Table.Tr key={String(row[0])}>
                <Table.Th scope="row">{row[0]}</Table.Th>
                {row.slice(1).map((v, i) => (
                  <Table.Td key={lines[i]!.id}>{v}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ChartTable>
    </Card>
  );
}

export function CoverageScene() {
  const { t } = useTranslation();
  const [filters, setFilter] = useUrlState(['lineId', 'type', 'status'] as const);
  const lines = useFrameworkOptions({ linesOnly: true });
  const filter = { lineId: filters.lineId || undefined, type: filters.type || undefined, status: filters.status || undefined };
  const coverage = useQuery({ queryKey: ['coverage', filter], queryFn: () => api.coverage(filter) });
  const needs = useQuery({ queryKey: ['needs', filters.lineId], queryFn: () => api.needs({ lineId: filters.lineId || undefined, limit: 50 }) });
  const any = { value: '', label: t('contributions.any') };
  return (
    <Stack>
      <Title order={2}>{t('coverage.title')}</Title>
      <Group align="end">
        <Select label={t('contributions.line')} data={[any, ...lines]} value={filters.lineId} onChange={(v) => setFilter('lineId', v ?? '')} allowDeselect={false} w={260} />
        <Select label={t('contributions.type')} data={[any, ...CONTRIBUTION_TYPES.map((k) => ({ value: k, label: t(`types.${k}`) }))]} value={filters.type} onChange={(v) => setFilter('type', v ?? '')} allowDeselect={false} w={180} />
        <Select label={t('contributions.status')} data={[any, ...CONTRIBUTION_STATUSES.map((k) => ({ value: k, label: t(`contributionStatus.${k}`) }))]} value={filters.status} onChange={(v) => setFilter('status', v ?? '')} allowDeselect={false} w={160} />
      </Group>
      <QueryState query={coverage}>
        {(c) => (
          <Stack>
            <Matrix coverage={c} />
            <Places coverage={c} />
            <Group align="start" grow>
              <Card withBorder component="section" aria-labelledby="thin-lines">
                <Title order={3} size="h4" id="thin-lines" mb="sm">
                  {t('coverage.thinLines')}
                </Title>
                {c.linesWithFewContributors.length ? (
                  <Table>
                    <Table.Tbody>
                      {c.linesWithFewContributors.map((l) => (
                        <Table.Tr key={l.id}>
                          <Table.Td>{l.name}</Table.Td>
                          <Table.Td>{l.onlyOrganisation ? t('coverage.onlyOne', { org: l.onlyOrganisation }) : t('coverage.nobody')}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                ) : (
                  <Text>{t('coverage.noneFound')}</Text>
                )}
              </Card>
              <Card withBorder component="section" aria-labelledby="duplicates">
                <Title order={3} size="h4" id="duplicates" mb="sm">
                  {t('coverage.duplicates')}
                </Title>
                {c.likelyDuplicates.length ? (
                  <Table>
                    <Table.Tbody>
                      {c.likelyDuplicates.map((d) => (
                        <Table.Tr key={d.location.id + d.type}>
                          <Table.Td>{d.location.name}</Table.Td>
                          <Table.Td>{t(`types.${d.type}`)}</Table.Td>
                          <Table.Td>{d.organisations.join(' / ')}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                ) : (
                  <Text>{t('coverage.noneFound')}</Text>
                )}
              </Card>
            </Group>
          </Stack>
        )}
      </QueryState>
      <Card withBorder component="section" aria-labelledby="gaps">
        <Group justify="space-between" mb="sm">
          <Title order={3} size="h4" id="gaps">
            {t('coverage.gaps')}
          </Title>
          {needs.data && needs.data.items.length > 0 && (
            <Button
              variant="default"
              onClick={() =>
                download(
                  'gaps.csv',
                  csvOf([
                    ['need', 'place', 'priority', 'currency', 'unmet_amount_minor', 'unit', 'unmet_quantity', 'committed_quantity', 'delivered_quantity'],
                    ...needs.data.items.map((n) => [
                      n.description, n.location?.code ?? '', n.priority, n.money?.currency ?? '', n.gap.unmet.amountMinor,
                      n.quantity?.unit ?? '', n.gap.unmet.quantity, n.gap.committed.quantity, n.gap.delivered.quantity,
                    ]),
                  ]),
                )
              }
            >
              {t('coverage.downloadCsv')}
            </Button>
          )}
        </Group>
        <QueryState query={needs}>
          {(page) =>
            page.items.length ? (
              <Table.ScrollContainer minWidth={700}>
                <Table striped data-testid="gap-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('coverage.need')}</Table.Th>
                      <Table.Th scope="col">{t('coverage.place')}</Table.Th>
                      <Table.Th scope="col">{t('coverage.priority')}</Table.Th>
                      <Table.Th scope="col">{t('coverage.unmet')}</Table.Th>
                      <Table.Th scope="col">{t('coverage.committed')}</Table.Th>
                      <Table.Th scope="col">{t('coverage.delivered')}</Table.Th>
                      <Table.Th scope="col">{t('coverage.oversubscribed')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {page.items.map((n) => {
                      const show = (g: { quantity: number; amountMinor: number }) =>
                        n.money ? <Money value={{ amountMinor: g.amountMinor, currency: n.money.currency }} /> : `${g.quantity} ${n.quantity?.unit ?? ''}`;
                      return (
                        <Table.Tr key={n.id}>
                          <Table.Td>{n.description || t(`types.${n.type}`)}</Table.Td>
                          <Table.Td>{n.location?.name ?? '—'}</Table.Td>
                          <Table.Td>{n.priority}</Table.Td>
                          <Table.Td fw={600}>{show(n.gap.unmet)}</Table.Td>
                          <Table.Td>{show(n.gap.committed)}</Table.Td>
                          <Table.Td>{show(n.gap.delivered)}</Table.Td>
                          <Table.Td>{show(n.gap.oversubscribed)}</Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            ) : (
              <Text>{t('coverage.noNeeds')}</Text>
            )
          }
        </QueryState>
      </Card>
    </Stack>
  );
}
