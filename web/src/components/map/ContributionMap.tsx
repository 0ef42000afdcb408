// Where contributions are: countries shaded by how many contributions they hold
// (Natural Earth 1:110m outlines from the world-atlas package), and a point for each
// subdivision or community at its coordinates. Loaded with its own chunk.
import { MapChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import type { Coverage } from '../../api/client.ts';
import type { HeatmapHandle } from '../HeatmapChart.tsx';
import iso3ToNumeric from './iso3-to-numeric.json';

echarts.use([MapChart, ScatterChart, GeoComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);
const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
echarts.registerMap('world', feature(topology, topology.objects.countries) as never);
const numericToName = new Map(topology.objects.countries.geometries.map((g) => [String(g.id), (g.properties as { name?: string } | undefined)?.name ?? '']));

export const ContributionMap = forwardRef<HeatmapHandle, { places: Coverage['places']; label: string }>(function ContributionMap({ places, label }, ref) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | undefined>(undefined);
  useImperativeHandle(ref, () => ({ toPng: () => chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }) }));

  useEffect(() => {
    if (!el.current) return;
    chart.current = echarts.init(el.current);
    const onResize = () => chart.current?.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.current?.dispose();
    };
  }, []);

  useEffect(() => {
    const byCountry = new Map<string, number>();
    for (const p of places) {
      const numeric = (iso3ToNumeric as Record<string, string>)[p.countryCode];
      const name = numeric ? numericToName.get(numeric) : undefined;
      if (name) byCountry.set(name, (byCountry.get(name) ?? 0) + p.contributions);
    }
    const points = places
      .filter((p) => p.level !== 'country' && p.latitude !== null && p.longitude !== null)
      .map((p) => ({ name: p.name, value: [p.longitude!, p.latitude!, p.contributions] }));
    const max = Math.max(1, ...byCountry.values());
    chart.current?.setOption(
      {
        aria: { enabled: true, label: { description: label } },
        animation: false,
        tooltip: { trigger: 'item' },
        geo: { map: 'world', roam: true, center: [42, 32], zoom: 4, itemStyle: { areaColor: '#f1f3f5', borderColor: '#adb5bd' }, emphasis: { disabled: true } },
        visualMap: { min: 0, max, seriesIndex: 0, left: 10, bottom: 10, inRange: { color: ['#e7f5ff', '#1c7ed6'] }, calculable: false, text: [String(max), '0'] },
        series: [
          { type: 'map', geoIndex: 0, data: [...byCountry].map(([name, value]) => ({ name, value })) },
          {
            type: 'scatter',
            coordinateSystem: 'geo',
            data: points,
            symbolSize: (v: number[]) => 8 + Math.min(20, 3 * (v[2] ?? 1)),
            itemStyle: { color: '#c92a2a', borderColor: '#fff', borderWidth: 1 },
            tooltip: { formatter: (p: { name: string; value: number[] }) => `${p.name}: ${p.value[2]}` },
          },
        ],
      },
      true,
    );
  }, [places, label]);

  return <div ref={el} style={{ width: '100%', height: 420 }} role="img" aria-label={label} data-testid="contribution-map" />;
});
