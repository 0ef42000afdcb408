// An indicator over time, with its baseline and targets as lines across, drawn by ECharts
// (loaded with the indicator page only). ECharts has no right-to-left mode: in Arabic the
// time axis runs from the right. A canvas is invisible to screen readers: the page shows the
// same figures as a table.
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { useEChart } from '../../components/useEChart.ts';

echarts.use([LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

export interface SeriesProps {
  periods: string[];
  values: (number | null)[];
  baseline: number | null;
  targets: { label: string; value: number }[];
  names: { series: string; baseline: string };
  rtl: boolean;
  locale: string;
  label: string;
}

export function SeriesChart(props: SeriesProps) {
  const option = useMemo(() => {
    const lines = [
      ...(props.baseline === null ? [] : [{ name: props.names.baseline, yAxis: props.baseline, lineStyle: { color: '#868e96', type: 'dashed' as const } }]),
      ...props.targets.map((t) => ({ name: t.label, yAxis: t.value, lineStyle: { color: '#2b8a3e', type: 'dotted' as const } })),
    ];
    return {
      aria: { enabled: true, label: { description: props.label } },
      animation: false,
      tooltip: { trigger: 'axis' },
      grid: { top: 20, bottom: 40, left: props.rtl ? 90 : 70, right: props.rtl ? 70 : 90 },
      xAxis: { type: 'category', data: props.periods, inverse: props.rtl },
      yAxis: { type: 'value', position: props.rtl ? 'right' : 'left' },
      series: [
        {
          name: props.names.series,
          type: 'line',
          data: props.values,
          connectNulls: true,
          markLine: { symbol: 'none', label: { formatter: '{b}: {c}', position: props.rtl ? 'insideStartTop' : 'insideEndTop' }, data: lines },
        },
      ],
    };
  }, [props.periods, props.values, props.baseline, props.targets, props.names, props.rtl, props.label]);
  const el = useEChart(props.locale, option);
  return <div ref={el} style={{ width: '100%', height: 320 }} role="img" aria-label={props.label} />;
}
