import { Anchor, Button, Card, Group, SegmentedControl, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, Suspense, lazy, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { type Coverage, type CoverageFile, api } from '../../api/client.ts';
import { GapFigure } from '../../components/GapFigure.tsx';
import { ListFilters } from '../../components/ListFilters.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useUrlState } from '../../hooks/useUrlState.ts';
import { useFrameworkName } from '../../hooks/useLocalName.ts';

const HeatmapChart = lazy(() => import('../../components/HeatmapChart.tsx').then((m) => ({ default: m.HeatmapChart })));
const ContributionMap = lazy(() => import('../../components/map/ContributionMap.tsx').then((m) => ({ default: m.ContributionMap })));

type Filter = Record<string, string | undefined>;

/**
 * A table of this page as a file, CSV or XLSX. The server builds it — the same aggregate,
 * under the export rule (what the reader may pass on), through the one writer — so these
 * are plain links: the page builds no file itself.
 */
function DownloadLinks({ file, filter, table }: { file: CoverageFile; filter: Filter; table: string }) {
  const { t, i18n } = useTranslation();
  // The page's language for the file's header row (the browser's Accept-Language may differ).
  const asked = { ...filter, lang: i18n.language };
  // Several tables on one page: each link's name says which table it downloads (the visible words start it, WCAG 2.5.3).
  return (
    <>
      <Button component="a" variant="default" href={api.coverageFileUrl(file, 'csv', asked)} download aria-label={t('coverage.downloadCsvOf', { table })}>
        {t('coverage.downloadCsv')}
      </Button>
      <Button component="a" variant="default" href={api.coverageFileUrl(file, 'xlsx', asked)} download aria-label={t('coverage.downloadXlsxOf', { table })}>
        {t('coverage.downloadXlsx')}
      </Button>
    </>
  );
}

/**
 * A chart with its table: a toggle between the two, and the table as a file from the
 * server. The table is always in the page — shown on request, otherwise for screen
 * readers only, since a canvas says nothing to them.
 */
function ChartCard({
  id,
  title,
  file,
  filter,
  chartLabel,
  rows,
  empty,
  chart,
  note,
}: {
  id: string;
  title: string;
  file: CoverageFile;
  filter: Filter;
  chartLabel: string;
  /** The header row first; each other row starts with its own header cell. */
  rows: ReactNode[][];
  empty: boolean;
  chart: ReactNode;
  /** Under the chart: what it shows that the table does not say. */
  note?: string;
}) {
  const { t } = useTranslation();
  const [view, setView] = useState('chart');
  const [header, ...body] = rows;
  const table = (
    <Table data-testid={`${id}-table`} withTableBorder>
      <Table.Thead>
        <Table.Tr>
          {header!.map((h) => (
            <Table.Th key={String(h)} scope="col">
              {h}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {body.map((row, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a table's rows are replaced whole with each answer, and their first cells may repeat.
          <Table.Tr key={index}>
            <Table.Th scope="row">{row[0]}</Table.Th>
            {row.slice(1).map((v, i) => (
              <Table.Td key={String(header![i + 1])}>{v}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return (
    <Card withBorder component="section" aria-labelledby={`${id}-title`}>
      <Group justify="space-between" mb="sm">
        <Title order={3} id={`${id}-title`} size="h4">
          {title}
        </Title>
        <Group>
          <SegmentedControl
            value={view}
            onChange={setView}
            data={[
              { value: 'chart', label: chartLabel },
              { value: 'table', label: t('coverage.table') },
            ]}
          />
          <DownloadLinks file={file} filter={filter} table={title} />
        </Group>
      </Group>
      {empty ? <Text>{t('coverage.noneFound')}</Text> : view === 'chart' && <Suspense fallback={<Text>{t('app.loading')}</Text>}>{chart}</Suspense>}
      {!empty && view === 'chart' && note && (
        <Text size="sm" c="dimmed" mt="xs">
          {note}
        </Text>
      )}
      {view === 'table' ? <Table.ScrollContainer minWidth={400}>{table}</Table.ScrollContainer> : <VisuallyHidden>{table}</VisuallyHidden>}
    </Card>
  );
}

function Matrix({ coverage, filter }: { coverage: Coverage; filter: Filter }) {
  const { t, i18n } = useTranslation();
  const lineName = useFrameworkName();
  const { lines, organisations, cells } = coverage.matrix;
  const count = (orgId: string, lineId: string) => cells.find((c) => c.orgId === orgId && c.lineId === lineId)?.count ?? 0;
  const values = useMemo(
    () => cells.map((c) => [lines.findIndex((l) => l.id === c.lineId), organisations.findIndex((o) => o.id === c.orgId), c.count] as [number, number, number]),
    [cells, lines, organisations],
  );
  const rows = [[t('contributions.organisation'), ...lines.map(lineName)], ...organisations.map((o) => [o.name, ...lines.map((l) => count(o.id, l.id))])];
  return (
    <ChartCard
      id="coverage"
      title={t('coverage.matrix')}
      file="matrix"
      filter={filter}
      chartLabel={t('coverage.chart')}
      rows={rows}
      empty={organisations.length === 0}
      chart={
        <HeatmapChart
          xLabels={lines.map(lineName)}
          yLabels={organisations.map((o) => o.name)}
          values={values}
          rtl={i18n.dir() === 'rtl'}
          locale={i18n.language}
          label={t('coverage.matrix')}
        />
      }
    />
  );
}

/** The contributions list filtered by a place (and everything under it), with the page's other filters. */
const listOf = (locationId: string, filter: Filter) => {
  const params = new URLSearchParams(Object.entries({ ...filter, locationId }).filter((e): e is [string, string] => Boolean(e[1])));
  return `/contributions?${params.toString()}`;
};

/** Contributions per governorate (by its code), for the map's shading: the places rolled up to their first level. */
function useGovernorates(filter: Filter) {
  const adm1 = useQuery({ queryKey: ['locations', 'adm1'], queryFn: () => api.locations({ level: 'adm1', limit: 100 }), staleTime: Number.POSITIVE_INFINITY });
  const pivot = useQuery({ queryKey: ['coverage-pivot', 'adm1', filter], queryFn: () => api.coveragePivot({ ...filter, rows: 'place', columns: 'status', placeLevel: 1 }) });
  return useMemo(() => {
    const counts = new Map<string, number>();
    for (const c of pivot.data?.cells ?? []) if (c.row) counts.set(c.row, (counts.get(c.row) ?? 0) + c.count);
    return new Map((adm1.data?.items ?? []).map((l) => [l.code, { id: l.id, name: l.name, contributions: counts.get(l.id) ?? 0 }]));
  }, [adm1.data, pivot.data]);
}

function Places({ coverage, filter }: { coverage: Coverage; filter: Filter }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const governorates = useGovernorates(filter);
  const onOpen = useCallback((id: string) => navigate(listOf(id, filter)), [navigate, filter]);
  const placesLabel = useCallback((count: number) => t('maps.places', { count }), [t]);
  const rows = [
    [t('coverage.place'), t('coverage.count'), t('coverage.contributors'), t('coverage.openNeeds')],
    ...coverage.places.map((p) => [
      <Anchor key={p.id} component={Link} to={listOf(p.id, filter)} aria-label={t('maps.openList', { place: p.name })}>
        {p.name}
      </Anchor>,
      p.contributions,
      p.organisations,
      p.openNeeds,
    ]),
  ];
  return (
    <ChartCard
      id="places"
      title={t('coverage.map')}
      file="places"
      filter={filter}
      chartLabel={t('coverage.mapView')}
      rows={rows}
      empty={false}
      chart={
        <ContributionMap
          places={coverage.places}
          locale={i18n.language}
          label={t('coverage.map')}
          series={{ contributions: t('coverage.count'), openNeeds: t('coverage.openNeeds') }}
          governorates={governorates}
          placesLabel={placesLabel}
          onOpen={onOpen}
        />
      }
      note={t('maps.note')}
    />
  );
}

export function CoverageScene() {
  const { t } = useTranslation();
  const lineName = useFrameworkName();
  const [filters, setFilter] = useUrlState(['lineId', 'type', 'status'] as const);
  const filter = { lineId: filters.lineId || undefined, type: filters.type || undefined, status: filters.status || undefined };
  const coverage = useQuery({ queryKey: ['coverage', filter], queryFn: () => api.coverage(filter) });
  const needs = useQuery({ queryKey: ['needs', filters.lineId], queryFn: () => api.needs({ lineId: filters.lineId || undefined, limit: 50 }) });
  return (
    <Stack>
      <Title order={2}>{t('coverage.title')}</Title>
      <Group align="end">
        <ListFilters values={filters} set={setFilter} keys={['lineId', 'type', 'status']} />
      </Group>
      <Text size="sm">{t('coverage.downloadNote')}</Text>
      <QueryState query={coverage}>
        {(c) => (
          <Stack>
            <Matrix coverage={c} filter={filter} />
            <Places coverage={c} filter={filter} />
            <Group align="start" grow>
              <Card withBorder component="section" aria-labelledby="thin-lines">
                <Group justify="space-between" mb="sm">
                  <Title order={3} size="h4" id="thin-lines">
                    {t('coverage.thinLines')}
                  </Title>
                  <Group>
                    <DownloadLinks file="thin-lines" filter={filter} table={t('coverage.thinLines')} />
                  </Group>
                </Group>
                {c.linesWithFewContributors.length ? (
                  <Table>
                    <Table.Tbody>
                      {c.linesWithFewContributors.map((l) => (
                        <Table.Tr key={l.id}>
                          <Table.Td>
                            <bdi>{lineName(l)}</bdi>
                          </Table.Td>
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
                <Group justify="space-between" mb="sm">
                  <Title order={3} size="h4" id="duplicates">
                    {t('coverage.duplicates')}
                  </Title>
                  <Group>
                    <DownloadLinks file="duplicates" filter={filter} table={t('coverage.duplicates')} />
                  </Group>
                </Group>
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
          <Group>
            <DownloadLinks file="gaps" filter={{ lineId: filters.lineId || undefined }} table={t('coverage.gaps')} />
          </Group>
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
                    {page.items.map((n) => (
                      <Table.Tr key={n.id}>
                        <Table.Td>{n.description || t(`types.${n.type}`)}</Table.Td>
                        <Table.Td>{n.location?.name ?? '—'}</Table.Td>
                        <Table.Td>{t(`priorities.${n.priority}`)}</Table.Td>
                        <Table.Td fw={600}>
                          <GapFigure need={n} gap={n.gap.unmet} />
                        </Table.Td>
                        <Table.Td>
                          <GapFigure need={n} gap={n.gap.committed} />
                        </Table.Td>
                        <Table.Td>
                          <GapFigure need={n} gap={n.gap.delivered} />
                        </Table.Td>
                        <Table.Td>
                          <GapFigure need={n} gap={n.gap.oversubscribed} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
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
