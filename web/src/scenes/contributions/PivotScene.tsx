// The pivot over contributions (GET /api/coverage/pivot): rows and columns chosen among
// organisation, line, place (rolled up to a level), type, status and currency, with the
// lists' filters (period included), all kept in the address so a view of it can be saved.
// The figure is the number of contributions or their sum in one currency at a time: amounts
// are never added across currencies. With a currency to convert into (`currency`, ADR 0034)
// the server converts each amount at the rate in force on its date; what has no rate is
// named beside each sum, never dropped. A chart and its table twin show the same figures;
// the table downloads as CSV or XLSX.
import { Alert, Anchor, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CURRENCIES } from '../../../../common/currencies.ts';
import { fromMinorUnits } from '../../../../common/money.ts';
import { type ContributionsPivot, listsApi } from '../../api/lists.ts';
import { ListFilters } from '../../components/ListFilters.tsx';
import { formatMoney } from '../../components/Money.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { SavedViews } from '../../components/SavedViews.tsx';
import { useFormats } from '../../components/formats.ts';
import { useEChart } from '../../components/useEChart.ts';
import { useUrlState } from '../../hooks/useUrlState.ts';
import './lists-i18n/index.ts';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const DIMENSIONS = ['organisation', 'line', 'place', 'type', 'status', 'currency'] as const;
const FILTERS = ['lineId', 'type', 'status', 'orgId', 'locationId', 'from', 'to', 'marking'] as const;

type Cell = ContributionsPivot['cells'][number];
/** The currency picker's choice of no conversion (a Select's option needs a value). */
const NO_CONVERSION = 'none';
/** A figure: the count or sum (minor units, as an exact string) or null, and, converted, the contributions not in the sum per currency. */
type Figure = { value: string | null; notConverted: Record<string, number> };

/** The figure of a cell: its count, or its sum in `currency`, with what could not be converted into it. */
function figureOf(cell: Cell | undefined, measure: string): Figure {
  if (!cell) return { value: null, notConverted: {} };
  if (measure === 'count') return { value: String(cell.count), notConverted: {} };
  return {
    value: cell.money.find((m) => m.currency === measure)?.amountMinor ?? null,
    notConverted: Object.fromEntries(cell.notConverted.map((n) => [n.currency, n.count])),
  };
}

const addValues = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : (BigInt(a) + BigInt(b)).toString());
const add = (a: Figure, b: Figure): Figure => {
  const notConverted = { ...a.notConverted };
  for (const [c, n] of Object.entries(b.notConverted)) notConverted[c] = (notConverted[c] ?? 0) + n;
  return { value: addValues(a.value, b.value), notConverted };
};
const none: Figure = { value: null, notConverted: {} };

export function PivotScene() {
  const { t, i18n } = useTranslation();
  const fmt = useFormats();
  const [state, set] = useUrlState(['rows', 'columns', 'placeLevel', 'measure', 'currency', ...FILTERS] as const);
  const rows = state.rows || 'organisation';
  // Place and currency are never crossed (the place summaries keep no money), nor a dimension with itself.
  const crossable = (c: string) => c !== rows && !(rows === 'place' && c === 'currency') && !(rows === 'currency' && c === 'place');
  const columns = state.columns && crossable(state.columns) ? state.columns : rows === 'status' ? 'type' : 'status';
  const usesPlace = rows === 'place' || columns === 'place';
  const filter = Object.fromEntries(FILTERS.map((k) => [k, state[k] || undefined]));
  // Place pivots carry no money, so nothing to convert.
  const convertInto = !usesPlace && (CURRENCIES as readonly string[]).includes(state.currency) ? state.currency : undefined;
  const params = { ...filter, rows, columns, placeLevel: usesPlace && state.placeLevel ? Number(state.placeLevel) : undefined, currency: convertInto };
  const pivot = useQuery({ queryKey: ['contributions-pivot', params], queryFn: () => listsApi.pivot(params) });
  const data = pivot.data;
  const currencies = useMemo(() => [...new Set((data?.cells ?? []).flatMap((c) => c.money.map((m): string => m.currency)))].sort(), [data]);
  const measure = state.measure && (state.measure === 'count' || currencies.includes(state.measure)) ? state.measure : 'count';
  const showValue = (v: string | null) => (v === null ? '—' : measure === 'count' ? fmt.number(v) : formatMoney(v, measure, i18n.language));
  // A converted sum, with the contributions it leaves out for want of a rate named beside it.
  const show = (f: Figure) => {
    const missing = Object.entries(f.notConverted).sort(([a], [b]) => a.localeCompare(b));
    if (missing.length === 0) return showValue(f.value);
    return (
      <>
        {showValue(f.value)}
        <Text size="xs" component="span" display="block" data-testid="not-converted">
          {t('lists.pivot.notConverted')}{' '}
          {missing.map(([c, n], i) => (
            <span key={c}>
              {i > 0 && ', '}
              <bdi>
                {c} {fmt.number(n)}
              </bdi>
            </span>
          ))}
        </Text>
      </>
    );
  };
  const dimLabel = (d: string) => t(`lists.pivot.dimensions.${d}`);
  const measureLabel = measure === 'count' ? t('lists.pivot.count') : t('lists.pivot.sumIn', { currency: measure });

  const table = useMemo(() => {
    if (!data) return null;
    const at = new Map(data.cells.map((c) => [`${c.row}\u0000${c.column}`, c]));
    const headerLabel = (h: { key: string | null; label: string }) => (h.key === null ? t('lists.pivot.none') : h.label);
    const body = data.rowHeaders.map((r) => {
      const values = data.columnHeaders.map((c) => figureOf(at.get(`${r.key}\u0000${c.key}`), measure));
      return { key: r.key, label: headerLabel(r), values, total: values.reduce(add, none) };
    });
    const totals = data.columnHeaders.map((_, i) => body.map((b) => b.values[i] ?? none).reduce(add, none));
    return { columns: data.columnHeaders.map((c) => ({ key: c.key, label: headerLabel(c) })), body, totals, total: totals.reduce(add, none) };
  }, [data, measure, t]);

  const option = useMemo(() => {
    if (!table) return {};
    const value = (v: string | null) => (v === null ? 0 : measure === 'count' ? Number(v) : Number(fromMinorUnits(v, measure)));
    return {
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', top: 0 },
      grid: { top: 40, left: 16, right: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: table.body.map((b) => b.label), axisLabel: { interval: 0, rotate: table.body.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value' },
      series: table.columns.map((c, i) => ({ name: c.label, type: 'bar', stack: 'all', data: table.body.map((b) => value(b.values[i]?.value ?? null)) })),
    };
  }, [table, measure]);
  const chart = useEChart(i18n.language, option);

  // The file comes from the server, computed under the export rule: it sums what the reader
  // may pass on; its header row in the page's language.
  const fileUrl = (format: 'csv' | 'xlsx') => listsApi.pivotFileUrl(format, { ...params, lang: i18n.language });

  const dimensionData = DIMENSIONS.map((d) => ({ value: d, label: dimLabel(d) }));
  const currencyData = useMemo(() => {
    const names = new Intl.DisplayNames([i18n.language], { type: 'currency' });
    return [{ value: NO_CONVERSION, label: t('lists.pivot.noConversion') }, ...CURRENCIES.map((c) => ({ value: c, label: `${c} — ${names.of(c) ?? c}` }))];
  }, [i18n.language, t]);
  const note =
    data && !data.withMoney ? t('lists.pivot.noMoneyWithPlace') : convertInto ? t('lists.pivot.convertedNote', { currency: convertInto }) : t('lists.pivot.currencyNote');
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('lists.pivot.title')}</Title>
        <Group>
          <SavedViews page="pivot" />
          <Anchor component={Link} to="/contributions">
            {t('contributions.title')}
          </Anchor>
        </Group>
      </Group>
      <Group align="end">
        <Select label={t('lists.pivot.rows')} data={dimensionData} value={rows} onChange={(v) => set('rows', v ?? '')} allowDeselect={false} w={200} />
        <Select
          label={t('lists.pivot.columns')}
          data={dimensionData.filter((d) => crossable(d.value))}
          value={columns}
          onChange={(v) => set('columns', v ?? '')}
          allowDeselect={false}
          w={200}
        />
        {usesPlace && (
          <Select
            label={t('lists.pivot.placeLevel')}
            data={['0', '1', '2', '3'].map((l) => ({ value: l, label: t(`lists.pivot.levels.${l}`) }))}
            value={state.placeLevel || '0'}
            onChange={(v) => set('placeLevel', v === '0' ? '' : (v ?? ''))}
            allowDeselect={false}
            w={240}
          />
        )}
        <Select
          label={t('lists.pivot.measure')}
          data={[{ value: 'count', label: t('lists.pivot.count') }, ...currencies.map((c) => ({ value: c, label: t('lists.pivot.sumIn', { currency: c }) }))]}
          value={measure}
          onChange={(v) => set('measure', v === 'count' ? '' : (v ?? ''))}
          allowDeselect={false}
          w={220}
        />
        {!usesPlace && (
          <Select
            label={t('lists.pivot.convert')}
            data={currencyData}
            value={convertInto ?? NO_CONVERSION}
            onChange={(v) => {
              // Converting is asked for to see the sum: show it at once (the count stays one choice away).
              const chosen = v && v !== NO_CONVERSION ? v : '';
              set('currency', chosen);
              set('measure', chosen);
            }}
            searchable
            allowDeselect={false}
            w={300}
          />
        )}
      </Group>
      <Group align="end">
        <ListFilters values={state} set={set} keys={[...FILTERS]} />
      </Group>
      <Text size="sm">{note}</Text>
      <QueryState query={pivot}>
        {() => (
          <>
            {table && table.body.length === 0 && <Alert>{t('lists.pivot.empty')}</Alert>}
            {table && table.body.length > 0 && (
              <>
                <div
                  ref={chart}
                  role="img"
                  aria-label={t('lists.pivot.chartLabel', { measure: measureLabel, rows: dimLabel(rows), columns: dimLabel(columns) })}
                  style={{ height: 360 }}
                />
                <Group justify="space-between">
                  <Title order={3} size="h4">
                    {t('lists.pivot.table')}
                  </Title>
                  <Group gap="xs">
                    <Button component="a" variant="default" href={fileUrl('csv')} download>
                      {t('lists.pivot.csv')}
                    </Button>
                    <Button component="a" variant="default" href={fileUrl('xlsx')} download>
                      {t('lists.pivot.xlsx')}
                    </Button>
                  </Group>
                </Group>
                <Table.ScrollContainer minWidth={600}>
                  <Table striped data-testid="pivot-table">
                    <Table.Caption>{measureLabel}</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">
                          {dimLabel(rows)} \ {dimLabel(columns)}
                        </Table.Th>
                        {table.columns.map((c) => (
                          <Table.Th key={c.key ?? ''} scope="col">
                            {c.label}
                          </Table.Th>
                        ))}
                        <Table.Th scope="col">{t('lists.pivot.total')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {table.body.map((b) => (
                        <Table.Tr key={b.key ?? ''}>
                          <Table.Th scope="row">{b.label}</Table.Th>
                          {b.values.map((v, i) => (
                            <Table.Td key={table.columns[i]!.key ?? ''}>{show(v)}</Table.Td>
                          ))}
                          <Table.Td>{show(b.total)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                    <Table.Tfoot>
                      <Table.Tr>
                        <Table.Th scope="row">{t('lists.pivot.total')}</Table.Th>
                        {table.totals.map((v, i) => (
                          <Table.Td key={table.columns[i]!.key ?? ''}>{show(v)}</Table.Td>
                        ))}
                        <Table.Td>{show(table.total)}</Table.Td>
                      </Table.Tr>
                    </Table.Tfoot>
                  </Table>
                </Table.ScrollContainer>
              </>
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}
