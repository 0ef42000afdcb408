// Where contributions are and where gaps remain, a map people use: it zooms and pans (wheel,
// drag, pinch); each governorate the app knows, and each other country, is shaded by the
// number of contributions in it (a choropleth; governorates are approximate areas, see
// governorates.ts); places with contributions are markers that merge into clusters when
// they would overlap at the current zoom, and split as one zooms in; a diamond marks each
// place with needs still unmet. A click on an area or on a place's marker opens the
// contributions list filtered by that place; a click on a cluster zooms into it. The page
// keeps a table of the same places, with the same links, for the keyboard and screen readers.
// Loaded with its own chunk.
import { MapChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo } from 'react';
import type { Coverage } from '../../api/client.ts';
import { useEChart } from '../useEChart.ts';
import { type Cluster, type MapPlace, clusterPlaces, reachAt } from './clusters.ts';
import { areas, countryName } from './governorates.ts';
import { escapeHtml, pointTooltip } from './tooltip.ts';

echarts.use([MapChart, ScatterChart, GeoComponent, LegendComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);
const MAP = 'entente-areas';
if (!echarts.getMap(MAP)) echarts.registerMap(MAP, areas as never);

const START = { center: [42.5, 34] as [number, number], zoom: 11 };

export interface Governorate {
  /** The location's id, for the list's filter. */
  id: string;
  name: string;
  contributions: number;
}

interface MapProps {
  places: Coverage['places'];
  /** Contributions per governorate, by its code ("IQ-KI"), each counted once however many of its places it is at. */
  governorates: Map<string, Governorate>;
  label: string;
  /** The reader's language (ECharts' own words). */
  locale: string;
  /** Legend names of the two point series. */
  series: { contributions: string; openNeeds: string };
  /** A cluster's tooltip title, in the reader's language: "3 places". */
  placesLabel: (count: number) => string;
  /** Opens the contributions list filtered by this location. */
  onOpen: (locationId: string) => void;
}

type ClusterDatum = { name: string; value: [number, number, number]; ids: string[]; places: string[] };

function clusterData(places: MapPlace[], zoom: number, placesLabel: (n: number) => string): ClusterDatum[] {
  return clusterPlaces(places, reachAt(zoom)).map((c: Cluster) => ({
    name: c.places.length === 1 ? c.places[0]!.name : placesLabel(c.places.length),
    value: [c.longitude, c.latitude, c.count],
    ids: c.places.map((p) => p.id),
    places: c.places.map((p) => `${p.name}: ${p.count}`),
  }));
}

// No image export, as for the heatmap: files come from the server, under the export rule.
export function ContributionMap({ places, governorates, label, locale, series, placesLabel, onOpen }: MapProps) {
  const { option, markers, countryIds } = useMemo(() => {
    // Countries drawn whole: their contributions are those of every place in them (a place in two countries counts in each).
    const byCountry = new Map<string, number>();
    const countryIds = new Map<string, string>();
    for (const p of places) {
      const name = countryName.get(p.countryCode);
      if (!name) continue;
      byCountry.set(name, (byCountry.get(name) ?? 0) + p.contributions);
      if (p.level === 'country') countryIds.set(name, p.id);
    }
    const areaValues = [...[...byCountry].map(([name, value]) => ({ name, value })), ...[...governorates].map(([code, g]) => ({ name: code, value: g.contributions }))];
    const located = places.filter((p) => p.latitude !== null && p.longitude !== null);
    const markers: MapPlace[] = located
      .filter((p) => p.level !== 'country' && p.contributions > 0)
      .map((p) => ({ id: p.id, name: p.name, longitude: p.longitude!, latitude: p.latitude!, count: p.contributions }));
    const gaps = located.filter((p) => p.openNeeds > 0).map((p) => ({ name: p.name, value: [p.longitude!, p.latitude!, p.openNeeds] }));
    const max = Math.max(1, ...areaValues.map((a) => a.value));
    const areaName = (name: string) => governorates.get(name)?.name ?? name;
    const countOf = new Map(areaValues.map((a) => [a.name, a.value]));
    const option = {
      aria: { enabled: true, label: { description: label } },
      animation: false,
      tooltip: { trigger: 'item' },
      legend: { data: [series.contributions, series.openNeeds], top: 10, right: 10 },
      geo: {
        map: MAP,
        roam: true,
        ...START,
        scaleLimit: { min: 1, max: 60 },
        itemStyle: { areaColor: '#f1f3f5', borderColor: '#adb5bd' },
        emphasis: { itemStyle: { areaColor: '#ffd43b' }, label: { show: false } },
        select: { disabled: true },
        // With the map series drawn on it (geoIndex), hovering and clicking an area are the geo component's.
        tooltip: {
          show: true,
          formatter: (p: { name: string }) => `${escapeHtml(areaName(p.name))} — ${escapeHtml(series.contributions)}: ${countOf.get(p.name) ?? 0}`,
        },
      },
      visualMap: { min: 0, max, seriesIndex: 0, left: 10, bottom: 10, inRange: { color: ['#e7f5ff', '#1c7ed6'] }, calculable: false, text: [String(max), '0'] },
      series: [
        {
          id: 'areas',
          type: 'map',
          geoIndex: 0,
          data: areaValues,
        },
        {
          id: 'clusters',
          name: series.contributions,
          type: 'scatter',
          coordinateSystem: 'geo',
          data: clusterData(markers, START.zoom, placesLabel),
          symbolSize: (v: number[]) => 12 + Math.min(26, 3 * Math.sqrt(v[2] ?? 1) * 2),
          itemStyle: { color: '#1864ab', borderColor: '#fff', borderWidth: 1 },
          label: { show: true, formatter: (p: { data: ClusterDatum }) => (p.data.ids.length > 1 ? String(p.data.value[2]) : ''), color: '#fff', fontWeight: 'bold' },
          tooltip: {
            formatter: (p: { data: ClusterDatum; name: string; value: number[] }) =>
              p.data.ids.length > 1
                ? `${escapeHtml(p.name)} — ${escapeHtml(series.contributions)}: ${p.value[2]}<br>${p.data.places.slice(0, 8).map(escapeHtml).join('<br>')}`
                : pointTooltip(series.contributions)(p),
          },
        },
        {
          id: 'gaps',
          name: series.openNeeds,
          type: 'scatter',
          coordinateSystem: 'geo',
          symbol: 'diamond',
          data: gaps,
          symbolSize: (v: number[]) => 10 + Math.min(16, 3 * (v[2] ?? 1)),
          itemStyle: { color: '#e8590c', borderColor: '#fff', borderWidth: 1, opacity: 0.9 },
          tooltip: { formatter: pointTooltip(series.openNeeds) },
          silent: false,
        },
      ],
    };
    return { option, markers, countryIds };
  }, [places, governorates, label, series.contributions, series.openNeeds, placesLabel]);
  const el = useEChart(locale, option);

  // After useEChart's own effects (declared before): the chart of this option and language exists.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new language is a new chart, whose events are bound again
  useEffect(() => {
    const chart = el.current ? echarts.getInstanceByDom(el.current) : undefined;
    if (!chart) return;
    let frame = 0;
    const zoomNow = () => (chart.getOption() as { geo?: { zoom?: number }[] }).geo?.[0]?.zoom ?? START.zoom;
    const recluster = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => chart.setOption({ series: [{ id: 'clusters', data: clusterData(markers, zoomNow(), placesLabel) }] }));
    };
    const onClick = (p: { componentType?: string; seriesId?: string; name: string; data?: unknown }) => {
      if (p.componentType === 'geo' || p.seriesId === 'areas') {
        const id = governorates.get(p.name)?.id ?? countryIds.get(p.name);
        if (id) onOpen(id);
      } else if (p.seriesId === 'clusters') {
        const d = p.data as ClusterDatum;
        if (d.ids.length === 1) onOpen(d.ids[0]!);
        else {
          // Into the cluster, far enough for its places to stand apart.
          chart.setOption({ geo: [{ center: [d.value[0], d.value[1]], zoom: Math.min(60, zoomNow() * 2.5) }] });
          recluster();
        }
      }
    };
    chart.on('click', onClick as never);
    chart.on('georoam', recluster);
    return () => {
      cancelAnimationFrame(frame);
      chart.off('click', onClick as never);
      chart.off('georoam', recluster);
    };
  }, [el, locale, option, markers, countryIds, governorates, onOpen, placesLabel]);

  return <div ref={el} style={{ width: '100%', height: 480 }} role="img" aria-label={label} data-testid="contribution-map" />;
}
