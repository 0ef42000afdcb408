// Where contributions are and where gaps remain: countries shaded by how many
// contributions they hold (Natural Earth 1:110m outlines from the world-atlas package), a
// point for each subdivision or community with contributions, and a diamond for each place
// with needs still unmet. Loaded with its own chunk.
import { MapChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import type { Coverage } from '../../api/client.ts';
import { useEChart } from '../useEChart.ts';
import iso3ToNumeric from './iso3-to-numeric.json';
import { pointTooltip } from './tooltip.ts';

echarts.use([MapChart, ScatterChart, GeoComponent, LegendComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);
const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
echarts.registerMap('world', feature(topology, topology.objects.countries) as never);
const numericToName = new Map(topology.objects.countries.geometries.map((g) => [String(g.id), (g.properties as { name?: string } | undefined)?.name ?? '']));

interface MapProps {
  places: Coverage['places'];
  label: string;
  /** The reader's language (ECharts' own words). */
  locale: string;
  /** Legend names of the two point series. */
  series: { contributions: string; openNeeds: string };
}

// No image export, as for the heatmap: files come from the server, under the export rule.
export function ContributionMap({ places, label, locale, series }: MapProps) {
  const option = useMemo(() => {
    const byCountry = new Map<string, number>();
    for (const p of places) {
      const numeric = (iso3ToNumeric as Record<string, string>)[p.countryCode];
      const name = numeric ? numericToName.get(numeric) : undefined;
      if (name) byCountry.set(name, (byCountry.get(name) ?? 0) + p.contributions);
    }
    const located = places.filter((p) => p.latitude !== null && p.longitude !== null);
    const points = located.filter((p) => p.level !== 'country' && p.contributions > 0).map((p) => ({ name: p.name, value: [p.longitude!, p.latitude!, p.contributions] }));
    const gaps = located.filter((p) => p.openNeeds > 0).map((p) => ({ name: p.name, value: [p.longitude!, p.latitude!, p.openNeeds] }));
    const max = Math.max(1, ...byCountry.values());
    return {
      aria: { enabled: true, label: { description: label } },
      animation: false,
      tooltip: { trigger: 'item' },
      legend: { data: [series.contributions, series.openNeeds], top: 10, right: 10 },
      geo: { map: 'world', roam: true, center: [42, 32], zoom: 4, itemStyle: { areaColor: '#f1f3f5', borderColor: '#adb5bd' }, emphasis: { disabled: true } },
      visualMap: { min: 0, max, seriesIndex: 0, left: 10, bottom: 10, inRange: { color: ['#e7f5ff', '#1c7ed6'] }, calculable: false, text: [String(max), '0'] },
      series: [
        { type: 'map', geoIndex: 0, data: [...byCountry].map(([name, value]) => ({ name, value })) },
        {
          name: series.contributions,
          type: 'scatter',
          coordinateSystem: 'geo',
          data: points,
          symbolSize: (v: number[]) => 8 + Math.min(20, 3 * (v[2] ?? 1)),
          itemStyle: { color: '#1864ab', borderColor: '#fff', borderWidth: 1 },
          tooltip: { formatter: pointTooltip(series.contributions) },
        },
        {
          name: series.openNeeds,
          type: 'scatter',
          coordinateSystem: 'geo',
          symbol: 'diamond',
          data: gaps,
          symbolSize: (v: number[]) => 12 + Math.min(20, 4 * (v[2] ?? 1)),
          itemStyle: { color: '#e8590c', borderColor: '#fff', borderWidth: 1, opacity: 0.9 },
          tooltip: { formatter: pointTooltip(series.openNeeds) },
        },
      ],
    };
  }, [places, label, series.contributions, series.openNeeds]);
  const el = useEChart(locale, option);

  return <div ref={el} style={{ width: '100%', height: 420 }} role="img" aria-label={label} data-testid="contribution-map" />;
}
