// A dashboard tile's chart — series with baseline and target lines, bars, heatmap, progress
// bars against targets, or a map of places shaded by value — drawn by ECharts from the same
// option the server renders into the tile's PNG (common/indicator-tiles.ts). Loaded with its
// own chunk, the world's outlines (Natural Earth 1:110m, world-atlas) included. A canvas is
// invisible to screen readers: the tile shows the same figures as a table. No image export
// here: the tile's PNG comes from the server, under the export rule.
import { BarChart, HeatmapChart, LineChart, MapChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { type TileData, type TileWords, tileOption } from '../../../../common/indicator-tiles.ts';
import { useEChart } from '../../components/useEChart.ts';

echarts.use([
  LineChart,
  BarChart,
  HeatmapChart,
  MapChart,
  ScatterChart,
  GridComponent,
  GeoComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);
const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
if (!echarts.getMap('world')) echarts.registerMap('world', feature(topology, topology.objects.countries) as never);
// Countries are named by their ISO alpha-3 code in the outlines the build ships (web/world-map.ts).
const nameOfCountry = new Map(topology.objects.countries.geometries.map((g) => [String(g.id), (g.properties as { name?: string } | undefined)?.name ?? '']));
const countryName = (iso3: string) => nameOfCountry.get(iso3);

export interface TileChartProps {
  data: TileData;
  words: TileWords;
  rtl: boolean;
  locale: string;
  label: string;
}

export function TileChart({ data, words, rtl, locale, label }: TileChartProps) {
  const option = useMemo(() => tileOption(data, { rtl, label, words, today: new Date().toISOString().slice(0, 10), countryName }) ?? {}, [data, words, rtl, label]);
  const el = useEChart(locale, option);
  const rows = data.chart === 'heatmap' || data.chart === 'progress' ? new Set(data.cells.map((c) => c.keys.map((k) => k.label).join())).size : 0;
  const height = data.chart === 'map' ? 380 : Math.max(280, Math.min(600, 34 * rows + 120));
  return <div ref={el} style={{ width: '100%', height }} role="img" aria-label={label} data-testid="tile-chart" />;
}
