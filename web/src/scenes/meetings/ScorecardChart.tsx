// The scorecard as bars per organisation — meetings attended of those invited, and action items
// open, overdue, done on time and done late — drawn by ECharts (loaded with the scorecard page
// only). ECharts has no right-to-left mode: in Arabic the organisations run from the right. A
// canvas is invisible to screen readers: the page shows the same figures as a table.
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { useEChart } from '../../components/useEChart.ts';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface ScorecardChartProps {
  organisations: string[];
  /** One bar series per measure, one value per organisation. */
  series: { name: string; values: number[]; colour: string }[];
  rtl: boolean;
  locale: string;
  label: string;
}

export function ScorecardChart(props: ScorecardChartProps) {
  const option = useMemo(
    () => ({
      aria: { enabled: true, label: { description: props.label } },
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { top: 40, bottom: 90, left: 50, right: 50 },
      xAxis: { type: 'category', data: props.organisations, inverse: props.rtl, axisLabel: { rotate: 30, interval: 0, width: 120, overflow: 'truncate' } },
      yAxis: { type: 'value', minInterval: 1, position: props.rtl ? 'right' : 'left' },
      series: props.series.map((s) => ({ name: s.name, type: 'bar', data: s.values, itemStyle: { color: s.colour } })),
    }),
    [props.organisations, props.series, props.rtl, props.label],
  );
  const el = useEChart(props.locale, option);
  return <div ref={el} style={{ width: '100%', height: 380 }} role="img" aria-label={props.label} data-testid="scorecard-chart" />;
}
