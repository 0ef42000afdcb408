// A series' timeline as stacked bars on a time axis, one stack per meeting at its start: the
// action items created there, those carried in and closed there (done or dropped), and those
// carried in that stay open — together, what was on the table. Drawn by ECharts (loaded with
// the timeline page only); ECharts has no right-to-left mode, so in Arabic time runs from the
// right. A canvas is invisible to screen readers: the page shows the same figures as a table.
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { useEChart } from '../../components/useEChart.ts';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface SeriesTimelineChartProps {
  /** Each meeting's start (ISO instant) and title. */
  meetings: { instant: string; title: string }[];
  /** One stacked bar series per measure, one value per meeting. */
  series: { name: string; values: number[]; colour: string }[];
  rtl: boolean;
  locale: string;
  label: string;
}

export function SeriesTimelineChart(props: SeriesTimelineChartProps) {
  const option = useMemo(
    () => ({
      animation: false,
      tooltip: {
        trigger: 'axis',
        // The meeting's title (escaped: the tooltip is HTML), then each measure.
        formatter: (params: { name: string; marker: string; seriesName: string; value: [string, number] }[]) =>
          [echarts.format.encodeHTML(params[0]?.name ?? ''), ...params.map((p) => `${p.marker}${echarts.format.encodeHTML(p.seriesName)}: ${p.value[1]}`)].join('<br/>'),
      },
      legend: { top: 0 },
      grid: { top: 40, bottom: 40, left: 50, right: 50 },
      xAxis: { type: 'time', inverse: props.rtl, boundaryGap: ['8%', '8%'], axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', minInterval: 1, position: props.rtl ? 'right' : 'left' },
      series: props.series.map((s) => ({
        name: s.name,
        type: 'bar',
        stack: 'items',
        barWidth: 28,
        data: props.meetings.map((m, i) => ({ value: [m.instant, s.values[i] ?? 0], name: m.title })),
        itemStyle: { color: s.colour },
      })),
    }),
    [props.meetings, props.series, props.rtl],
  );
  const el = useEChart(props.locale, option);
  return <div ref={el} style={{ width: '100%', height: 340 }} role="img" aria-label={props.label} data-testid="timeline-chart" />;
}
