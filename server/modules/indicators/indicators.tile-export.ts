// What a dashboard tile draws, and its files. The page reads the tile's figures under the
// reading rule (visibleTo); its CSV and PNG are computed again under the export rule
// (exportableBy: RED values and other organisations' AMBER+STRICT values count in no cell),
// by the same pivot, and drawn by the same ECharts option as the page (common/indicator-tiles.ts):
// the PNG is that option rendered to SVG on the server (ECharts' SSR), then photographed by
// Chromium (infra/pdf.ts; 503 naming what to install where it is missing). ADR 0028.
// A tile is its owner's only: another's is not found, exactly as a missing one.
import Papa from 'papaparse';
import { ENGLISH_TILE_WORDS, type TileData, type TileChartKind, progressRows, tileOption, tileShapeProblem } from '../../../common/indicator-tiles.ts';
import type { Db } from '../../db/database.ts';
import type { Ctx } from '../../infra/actor.ts';
import { invalid, notFound } from '../../infra/errors.ts';
import type { PdfPrinter } from '../../infra/pdf.ts';
import { authorizeUser } from '../../infra/policy.ts';
import * as q from './indicators.dashboards.queries.ts';
import { type PivotPlan, dimensionName, parseDimension } from './indicators.pivot.ts';
import { indicatorsPolicy } from './indicators.policy.ts';
import { pivotFigures, targetsOf } from './indicators.queries.ts';
import { parsePeriod } from './indicators.period.ts';
import { pivotQuery } from './indicators.schema.ts';

export type TileRule = 'read' | 'export';
const today = () => new Date().toISOString().slice(0, 10);

/** The pivot's plan for a tile's query: as GET /api/indicators/pivot makes it (a progress tile: by indicator only, to date). */
export function tilePlan(chart: TileChartKind, stored: Record<string, string>): { plan: PivotPlan; rowDims: number } {
  const checked = pivotQuery.safeParse(chart === 'progress' ? { ...stored, rows: 'indicator', columns: undefined, periodFrom: undefined, periodTo: undefined } : stored);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw invalid(`query.${issue.path.join('.')}`, issue.message);
  }
  const query = checked.data;
  const rowDims = query.rows.map(parseDimension);
  const columnDims = query.columns.map(parseDimension);
  const names = [...rowDims, ...columnDims].map(dimensionName);
  for (const [n, name] of names.entries()) {
    const kind = name.split(':')[0];
    if (names.findIndex((o) => o.split(':')[0] === kind) !== n)
      throw invalid(n < rowDims.length ? 'query.rows' : 'query.columns', `${kind} is a dimension once, in rows or in columns`);
  }
  if (!names.includes('indicator')) rowDims.unshift({ kind: 'indicator' });
  const shape = tileShapeProblem(chart, [...rowDims, ...columnDims].map(dimensionName));
  if (shape) throw invalid(`query.${shape.field}`, shape.message);
  const plan: PivotPlan = {
    dims: [...rowDims, ...columnDims],
    includeSubmitted: chart === 'progress' ? false : query.includeSubmitted,
    indicatorId: query.indicatorId,
    lineId: query.lineId,
    locationId: query.locationId,
    organisationId: query.organisationId,
    categoryOption: query.categoryOption,
    periodFrom: periodOf(query.periodFrom, 'query.periodFrom'),
    periodTo: periodOf(query.periodTo, 'query.periodTo'),
  };
  return { plan, rowDims: rowDims.length };
}

function periodOf(text: string | undefined, path: string) {
  if (text === undefined) return undefined;
  const p = parsePeriod(text);
  if (!p) throw invalid(path, 'an ISO period: 2015, 2015Q1 or 2015-01');
  return p;
}

/** The tile `id` of the reader's dashboard, its figures under `rule`; another's tile, or none, is not found. */
export async function tileData(db: Db, ctx: Ctx, id: string, rule: TileRule): Promise<TileData> {
  authorizeUser(ctx.actor, indicatorsPolicy, 'read');
  const actor = ctx.actor;
  const tile = await q.findTile(db, id, actor.userId);
  if (!tile) throw notFound('Tile');
  const { plan, rowDims } = tilePlan(tile.chart, tile.query);
  // A file's figures come from the live statement, which applies the export rule in its SQL; the rollup (ADR 0025)
  // keys its rows by what the reading rule needs and serves the page.
  const figures = await pivotFigures(db, actor, { ...plan, rule }, rule === 'export' ? 'live' : 'auto');
  const dims = plan.dims.map(dimensionName);
  const cells = figures.map((f) => ({
    keys: dims.map((_, n) => ({ key: f[`k${n}`] ?? null, label: f[`l${n}`] ?? '' })),
    value: f.value,
    unit: f.unit,
  }));
  const indicatorIds = [...new Set(cells.map((c) => c.keys[dims.indexOf('indicator')]?.key).filter((k): k is string => !!k))];
  const location = dims.findIndex((d) => d.startsWith('location'));
  const placeIds = location < 0 ? [] : [...new Set(cells.map((c) => c.keys[location]!.key).filter((k): k is string => !!k))];
  const [indicators, targets, places] = await Promise.all([q.tileIndicators(db, actor, indicatorIds, rule), targetsOf(db, indicatorIds), q.tilePlaces(db, placeIds)]);
  return {
    chart: tile.chart,
    title: tile.title,
    dims,
    rowDims,
    cells,
    indicators: indicators.map((i) => ({
      id: i.id,
      code: i.code,
      name: i.name,
      unit: i.unit,
      baseline: i.baseline_value === null || i.baseline_date === null ? null : { value: Number(i.baseline_value), date: i.baseline_date },
      targets: targets.filter((t) => t.indicator_id === i.id).map((t) => ({ date: t.target_date, value: Number(t.value) })),
    })),
    places: places.map((p) => ({ id: p.id, code: p.code, level: p.level, latitude: p.latitude, longitude: p.longitude })),
  };
}

// The CSV: English headers and HXL hashtags (docs/SECURITY.md), each dimension's code beside its name.

const DIM_COLUMNS: Record<string, [string, string, string, string]> = {
  indicator: ['Indicator code', '#indicator+code', 'Indicator', '#indicator+name'],
  line: ['Line of effort id', '#sector+id', 'Line of effort', '#sector+name'],
  organisation: ['Organisation id', '#org+id', 'Organisation', '#org+name'],
  location: ['Place code', '#loc+code', 'Place', '#loc+name'],
  category: ['Category option', '#category+code', 'Category option', '#category+name'],
  period: ['Period', '#date+period', 'Period', '#date+period+name'],
};

/** The tile's table as CSV rows: a header row, the hashtag row, one row per cell (a progress tile: per indicator). */
export function tileCsvRows(data: TileData, on = today()): string[][] {
  if (data.chart === 'progress') {
    const head = ['Indicator code', 'Indicator', 'Unit', 'Baseline', 'Baseline date', 'To date', 'Target', 'Target date', 'Percent of target'];
    const tags = ['#indicator+code', '#indicator+name', '#meta+unit', '#value+baseline', '#date+baseline', '#value+current', '#value+target', '#date+target', '#value+pct'];
    const rows = progressRows(data, on).map((p) => [
      p.indicator.code,
      p.indicator.name,
      p.indicator.unit,
      p.indicator.baseline ? String(p.indicator.baseline.value) : '',
      p.indicator.baseline?.date ?? '',
      p.current === null ? '' : String(p.current),
      p.target ? String(p.target.value) : '',
      p.target?.date ?? '',
      p.percent === null ? '' : String(p.percent),
    ]);
    return [head, tags, ...rows];
  }
  const codes = new Map<string, string>([...data.indicators.map((i) => [i.id, i.code] as const), ...data.places.map((p) => [p.id, p.code] as const)]);
  const kinds = data.dims.map((d) => d.split(':')[0]!);
  const head = kinds.flatMap((k) => [DIM_COLUMNS[k]![0], DIM_COLUMNS[k]![2]]);
  const tags = kinds.flatMap((k) => [DIM_COLUMNS[k]![1], DIM_COLUMNS[k]![3]]);
  const rows = data.cells.map((c) => [...c.keys.flatMap((h) => [h.key === null ? '' : (codes.get(h.key) ?? h.key), h.label]), c.value, c.unit]);
  return [[...head, 'Value', 'Unit'], [...tags, '#value', '#meta+unit'], ...rows];
}

/** CSV text, with formula-looking cells quoted (docs/SECURITY.md: one writer's rule). */
export const tileCsv = (data: TileData) => `${Papa.unparse(tileCsvRows(data), { newline: '\n', escapeFormulae: true })}\n`;

/** A file name from the tile's title: letters, digits and dashes only. */
export const tileFileName = (data: TileData, ext: string) =>
  `${
    data.title
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase()
      .slice(0, 60) || 'tile'
  }.${ext}`;

// The PNG.

const WIDTH = 800;
const HEIGHT = 450;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

let echartsReady: Promise<{ render: (option: Record<string, unknown>) => string; countryName: (iso3: string) => string | undefined }> | undefined;

/** ECharts with the parts the tiles draw, the SVG renderer and the world map: loaded on the first PNG. */
function loadEcharts() {
  echartsReady ??= (async () => {
    const [echarts, charts, components, renderers, topojson, world, iso3] = await Promise.all([
      import('echarts/core'),
      import('echarts/charts'),
      import('echarts/components'),
      import('echarts/renderers'),
      import('topojson-client'),
      import('world-atlas/countries-110m.json', { with: { type: 'json' } }),
      import('../../../web/src/components/map/iso3-to-numeric.json', { with: { type: 'json' } }),
    ]);
    echarts.use([
      charts.LineChart,
      charts.BarChart,
      charts.HeatmapChart,
      charts.MapChart,
      charts.ScatterChart,
      components.GridComponent,
      components.GeoComponent,
      components.LegendComponent,
      components.MarkLineComponent,
      components.VisualMapComponent,
      components.AriaComponent,
      components.TooltipComponent,
      renderers.SVGRenderer,
    ]);
    // biome-ignore lint/suspicious/noExplicitAny: topojson's typings want the topology's exact shape
    const topology = world.default as any;
    echarts.registerMap('world', topojson.feature(topology, topology.objects.countries) as never);
    const numericToName = new Map<string, string>(
      (topology.objects.countries.geometries as { id: string; properties?: { name?: string } }[]).map((g) => [String(g.id), g.properties?.name ?? '']),
    );
    const codes = iso3.default as Record<string, string>;
    return {
      countryName: (code: string) => (codes[code] ? numericToName.get(codes[code]) : undefined),
      render: (option: Record<string, unknown>) => {
        const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: WIDTH, height: HEIGHT });
        try {
          chart.setOption(option);
          return chart.renderToSVGString();
        } finally {
          chart.dispose();
        }
      },
    };
  })();
  return echartsReady;
}

/** The chart as a self-contained page of SVG, in English (files carry English words), titled with the tile's title. */
export async function tileSvgPage(data: TileData): Promise<{ html: string; width: number; height: number }> {
  const { render, countryName } = await loadEcharts();
  const label = `${data.title}: ${data.dims.join(' × ')}`;
  const option = tileOption(data, { rtl: false, label, words: ENGLISH_TILE_WORDS, today: today(), countryName });
  const body = option && data.cells.length ? render(option) : `<p style="padding:12px">${data.cells.length ? 'A table: see the CSV.' : 'No approved value yet.'}</p>`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(data.title)}</title></head>
<body style="margin:0;background:#fff;font-family:sans-serif;color:#212529">
<div style="font-weight:600;font-size:16px;padding:8px 12px;height:20px">${escapeHtml(data.title)}</div>${body}</body></html>`;
  return { html, width: WIDTH, height: HEIGHT + 36 };
}

export async function tilePng(printer: PdfPrinter, data: TileData): Promise<Buffer> {
  const page = await tileSvgPage(data);
  return await printer.screenshot(page.html, { width: page.width, height: page.height });
}
