// A dashboard tile's figures and how they are drawn, shared by the web page (ECharts in the
// browser, with a table twin) and the server (the same ECharts option rendered to SVG, then to
// PNG, and the same table as CSV), so that the file is the chart the reader sees. Plain data
// in, a plain ECharts option out: nothing here imports ECharts or touches a DOM.

export const TILE_CHARTS = ['series', 'bar', 'heatmap', 'progress', 'map', 'table'] as const;
export type TileChartKind = (typeof TILE_CHARTS)[number];

export interface TileHeader {
  key: string | null;
  label: string;
}
export interface TileCell {
  /** The row dimensions' headers, then the column dimensions'. */
  keys: TileHeader[];
  /** A decimal string. */
  value: string;
  unit: string;
}
export interface TileIndicator {
  id: string;
  code: string;
  name: string;
  unit: string;
  baseline: { value: number; date: string } | null;
  targets: { date: string; value: number }[];
}
export interface TilePlace {
  id: string;
  code: string;
  level: string;
  latitude: number | null;
  longitude: number | null;
}
/** What a tile draws: the pivot's cells, with the indicators' baselines and targets and the places' codes and points. */
export interface TileData {
  chart: TileChartKind;
  title: string;
  /** Dimension names (`indicator`, `period:quarter`, `location:0`…), rows first. */
  dims: string[];
  rowDims: number;
  cells: TileCell[];
  indicators: TileIndicator[];
  places: TilePlace[];
}
export interface TileWords {
  baseline: string;
  target: string;
  value: string;
  unit: string;
  percentOfTarget: string;
}
export const ENGLISH_TILE_WORDS: TileWords = { baseline: 'Baseline', target: 'Target', value: 'Value', unit: 'Unit', percentOfTarget: '% of target' };

/** A chart's dimensions that a map, series or progress tile needs in its query; null when it has what it needs. */
export function tileShapeProblem(chart: TileChartKind, dims: string[]): { field: 'rows' | 'columns'; message: string } | null {
  const kinds = dims.map((d) => d.split(':')[0]);
  if (chart === 'series' && !kinds.includes('period')) return { field: 'rows', message: 'a series tile needs a period dimension' };
  if (chart === 'map' && kinds.filter((k) => k !== 'indicator').join() !== 'location')
    return { field: 'rows', message: 'a map tile has one dimension besides the indicator: location' };
  if (chart === 'heatmap' && kinds.filter((k) => k !== 'indicator').length < 1) return { field: 'rows', message: 'a heatmap tile needs a dimension besides the indicator' };
  return null;
}

const dimIndex = (data: TileData, kind: string) => data.dims.findIndex((d) => d.split(':')[0] === kind);
/** The dimensions whose label is the same in every cell (one indicator, one organisation): left out of a chart's labels. */
const constantDims = (data: TileData) => data.dims.map((_, n) => n).filter((n) => new Set(data.cells.map((c) => c.keys[n]?.label)).size <= 1);
const joinedIn =
  (data: TileData) =>
  (cell: TileCell, skip: number[]): string => {
    const constant = constantDims(data);
    const shown = cell.keys.filter((_, n) => !skip.includes(n) && !constant.includes(n));
    return (shown.length ? shown : cell.keys.filter((_, n) => !skip.includes(n))).map((h) => h.label).join(' · ');
  };
const uniq = (xs: string[]) => [...new Set(xs)];

/** The target a figure is measured against: the first not yet past, else the last. */
export function targetOf(indicator: TileIndicator, today: string): { date: string; value: number } | null {
  return indicator.targets.find((t) => t.date >= today) ?? indicator.targets.at(-1) ?? null;
}

/** Each indicator's figure to date against its baseline and target (a progress tile: the cells have the indicator only). */
export function progressRows(data: TileData, today: string) {
  return data.indicators.map((i) => {
    const cell = data.cells.find((c) => c.keys[0]?.key === i.id);
    const current = cell ? Number(cell.value) : null;
    const target = targetOf(i, today);
    const base = i.baseline?.value ?? 0;
    const span = target ? target.value - base : 0;
    const percent = current !== null && target && span !== 0 ? Math.round(((current - base) / span) * 1000) / 10 : null;
    return { indicator: i, current, target, percent };
  });
}

/** The tile as a table — the chart's twin for screen readers and the CSV's rows: one line per cell, a header per dimension. */
export function tileTable(data: TileData, today: string): { head: string[]; rows: string[][] } {
  if (data.chart === 'progress')
    return {
      head: ['indicator', 'baseline', 'value', 'target', 'percent'],
      rows: progressRows(data, today).map((p) => [
        p.indicator.name,
        p.indicator.baseline ? String(p.indicator.baseline.value) : '',
        p.current === null ? '' : String(p.current),
        p.target ? `${p.target.value} (${p.target.date})` : '',
        p.percent === null ? '' : String(p.percent),
      ]),
    };
  return { head: [...data.dims, 'value', 'unit'], rows: data.cells.map((c) => [...c.keys.map((h) => h.label), c.value, c.unit]) };
}

interface OptionContext {
  rtl: boolean;
  label: string;
  words: TileWords;
  today: string;
  /** The world map's name for a country's ISO3 code (the map tile shades countries). */
  countryName: (iso3: string) => string | undefined;
}

const BLUES = ['#e7f5ff', '#1c7ed6', '#0b3d91'];

/** The ECharts option that draws the tile (series, bars, heatmap, progress bars or map); null for a table tile. */
export function tileOption(data: TileData, ctx: OptionContext): Record<string, unknown> | null {
  const joined = joinedIn(data);
  const base = { aria: { enabled: true, label: { description: ctx.label } }, animation: false };
  const yAxisSide = ctx.rtl ? 'right' : 'left';
  switch (data.chart) {
    case 'table':
      return null;
    case 'series': {
      const p = dimIndex(data, 'period');
      if (p < 0) return null;
      const periods = uniq(data.cells.map((c) => c.keys[p]!.label)).sort();
      const groups = uniq(data.cells.map((c) => joined(c, [p])));
      const one = data.indicators.length === 1 ? data.indicators[0]! : null;
      const lines = one
        ? [
            ...(one.baseline ? [{ name: ctx.words.baseline, yAxis: one.baseline.value, lineStyle: { color: '#868e96', type: 'dashed' } }] : []),
            ...one.targets.map((t) => ({ name: `${ctx.words.target} ${t.date}`, yAxis: t.value, lineStyle: { color: '#2b8a3e', type: 'dotted' } })),
          ]
        : [];
      return {
        ...base,
        tooltip: { trigger: 'axis' },
        legend: groups.length > 1 ? { top: 0 } : undefined,
        grid: { top: groups.length > 1 ? 30 : 20, bottom: 40, left: ctx.rtl ? 90 : 70, right: ctx.rtl ? 70 : 90 },
        xAxis: { type: 'category', data: periods, inverse: ctx.rtl },
        // The axis reaches the highest target too, so that its line is drawn.
        yAxis: { type: 'value', position: yAxisSide, max: (extent: { max: number }) => Math.max(extent.max, ...lines.map((l) => l.yAxis)) },
        series: groups.map((g, n) => ({
          name: g,
          type: 'line',
          connectNulls: true,
          data: periods.map((per) => {
            const cell = data.cells.find((c) => c.keys[p]!.label === per && joined(c, [p]) === g);
            return cell ? Number(cell.value) : null;
          }),
          ...(n === 0 && lines.length
            ? { markLine: { symbol: 'none', label: { formatter: '{b}: {c}', position: ctx.rtl ? 'insideStartTop' : 'insideEndTop' }, data: lines } }
            : {}),
        })),
      };
    }
    case 'bar': {
      const columns = data.dims.map((_, n) => n).filter((n) => n >= data.rowDims);
      const rowsOnly = data.dims.map((_, n) => n).filter((n) => n < data.rowDims);
      const categories = uniq(data.cells.map((c) => joined(c, columns)));
      const groups = columns.length ? uniq(data.cells.map((c) => joined(c, rowsOnly))) : [ctx.words.value];
      return {
        ...base,
        tooltip: { trigger: 'axis' },
        legend: groups.length > 1 ? { top: 0 } : undefined,
        grid: { top: groups.length > 1 ? 30 : 10, bottom: 90, left: ctx.rtl ? 20 : 70, right: ctx.rtl ? 70 : 20 },
        xAxis: { type: 'category', data: categories, inverse: ctx.rtl, axisLabel: { rotate: 30, interval: 0, width: 110, overflow: 'truncate' } },
        yAxis: { type: 'value', position: yAxisSide },
        series: groups.map((g) => ({
          name: g,
          type: 'bar',
          data: categories.map((cat) => {
            const cell = data.cells.find((c) => joined(c, columns) === cat && (!columns.length || joined(c, rowsOnly) === g));
            return cell ? Number(cell.value) : null;
          }),
        })),
      };
    }
    case 'heatmap': {
      const p = dimIndex(data, 'period');
      const x = p >= 0 ? p : data.dims.length - 1;
      const xLabels = uniq(data.cells.map((c) => c.keys[x]!.label)).sort();
      const yLabels = uniq(data.cells.map((c) => joined(c, [x])));
      const values = data.cells.map((c) => [xLabels.indexOf(c.keys[x]!.label), yLabels.indexOf(joined(c, [x])), Number(c.value)]);
      const max = Math.max(1, ...values.map((v) => v[2]!));
      return {
        ...base,
        tooltip: { position: 'top' },
        grid: { top: 10, bottom: 90, left: ctx.rtl ? 20 : 200, right: ctx.rtl ? 200 : 20 },
        xAxis: { type: 'category', data: xLabels, inverse: ctx.rtl, axisLabel: { rotate: 30, interval: 0, width: 110, overflow: 'truncate' } },
        yAxis: { type: 'category', data: yLabels, position: yAxisSide, axisLabel: { width: 190, overflow: 'truncate' } },
        visualMap: { show: false, min: 0, max, inRange: { color: BLUES } },
        series: [{ type: 'heatmap', data: values, label: { show: true }, emphasis: { itemStyle: { borderColor: '#000', borderWidth: 1 } } }],
      };
    }
    case 'progress': {
      const rows = progressRows(data, ctx.today);
      const names = rows.map((r) => r.indicator.name);
      return {
        ...base,
        tooltip: { trigger: 'axis' },
        grid: { top: 10, bottom: 30, left: ctx.rtl ? 60 : 220, right: ctx.rtl ? 220 : 60 },
        xAxis: { type: 'value', min: 0, max: 100, inverse: ctx.rtl, name: ctx.words.percentOfTarget, nameLocation: 'middle', nameGap: 22 },
        yAxis: { type: 'category', data: names, position: yAxisSide, axisLabel: { width: 210, overflow: 'truncate' } },
        series: [
          {
            type: 'bar',
            name: ctx.words.percentOfTarget,
            showBackground: true,
            backgroundStyle: { color: '#f1f3f5' },
            itemStyle: { color: '#2b8a3e' },
            label: { show: true, position: ctx.rtl ? 'left' : 'right', formatter: '{c}%' },
            data: rows.map((r) => (r.percent === null ? null : Math.max(0, Math.min(100, r.percent)))),
          },
        ],
      };
    }
    case 'map': {
      const l = dimIndex(data, 'location');
      const places = new Map(data.places.map((p) => [p.id, p]));
      // One indicator a map (units never mix): the one with the most places.
      const ind = Math.max(0, dimIndex(data, 'indicator'));
      const located = data.cells.filter((c) => c.keys[l]?.key && places.has(c.keys[l]!.key!));
      const counts = new Map<string, number>();
      for (const c of located) counts.set(c.keys[ind]!.label, (counts.get(c.keys[ind]!.label) ?? 0) + 1);
      const shown = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
      const countries: { name: string; value: number }[] = [];
      const points: { name: string; value: [number, number, number] }[] = [];
      for (const c of located.filter((x) => x.keys[ind]!.label === shown)) {
        const place = c.keys[l]?.key ? places.get(c.keys[l]!.key!) : undefined;
        if (!place) continue;
        const value = Number(c.value);
        const country = place.level === 'country' ? ctx.countryName(place.code) : undefined;
        if (country) countries.push({ name: country, value });
        else if (place.latitude !== null && place.longitude !== null) points.push({ name: c.keys[l]!.label, value: [place.longitude, place.latitude, value] });
      }
      const max = Math.max(1, ...countries.map((c) => c.value), ...points.map((p) => p.value[2]));
      const unit = located.find((c) => c.keys[ind]!.label === shown)?.unit ?? '';
      return {
        ...base,
        tooltip: { trigger: 'item' },
        geo: { map: 'world', roam: false, center: [42, 32], zoom: 4, itemStyle: { areaColor: '#f1f3f5', borderColor: '#adb5bd' }, emphasis: { disabled: true } },
        visualMap: {
          min: 0,
          max,
          left: ctx.rtl ? undefined : 10,
          right: ctx.rtl ? 10 : undefined,
          bottom: 10,
          inRange: { color: BLUES.slice(0, 2) },
          calculable: false,
          text: [`${max} ${unit}`, '0'],
          seriesIndex: [0, 1],
        },
        series: [
          { type: 'map', geoIndex: 0, name: shown ?? unit, data: countries },
          { type: 'scatter', coordinateSystem: 'geo', name: shown ?? unit, data: points, symbolSize: 14, itemStyle: { borderColor: '#fff', borderWidth: 1 } },
        ],
      };
    }
  }
}
