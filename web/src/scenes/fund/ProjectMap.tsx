// Where a project is: its place as a point on the country outlines (Natural Earth 1:110m, as
// the coverage map), centred on it. Loaded with its own chunk, only when the place has
// coordinates; the page names the place in text as well.
import { ScatterChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { useEChart } from '../../components/useEChart.ts';

echarts.use([ScatterChart, GeoComponent, TooltipComponent, CanvasRenderer]);
const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
echarts.registerMap('world', feature(topology, topology.objects.countries) as never);

export function ProjectMap({ name, latitude, longitude, label, locale }: { name: string; latitude: number; longitude: number; label: string; locale: string }) {
  const option = useMemo(
    () => ({
      aria: { enabled: true, label: { description: label } },
      animation: false,
      tooltip: { trigger: 'item', formatter: (p: { name: string }) => echarts.format.encodeHTML(p.name) },
      geo: { map: 'world', roam: true, center: [longitude, latitude], zoom: 12, itemStyle: { areaColor: '#f1f3f5', borderColor: '#adb5bd' }, emphasis: { disabled: true } },
      series: [
        {
          type: 'scatter',
          coordinateSystem: 'geo',
          data: [{ name, value: [longitude, latitude] }],
          symbolSize: 16,
          itemStyle: { color: '#1864ab', borderColor: '#fff', borderWidth: 2 },
        },
      ],
    }),
    [name, latitude, longitude, label],
  );
  const el = useEChart(locale, option);

  return <div ref={el} style={{ width: '100%', maxWidth: 480, height: 280 }} role="img" aria-label={label} data-testid="project-map" />;
}
