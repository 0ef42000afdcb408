// The organisation × line heatmap, drawn by ECharts (loaded with this chunk only). ECharts
// has no right-to-left mode: in Arabic the x axis runs from the right and the y axis
// stands on the right. A canvas is invisible to screen readers: pages show a table too.
import { HeatmapChart as EHeatmap } from 'echarts/charts';
import { GridComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { useEChart } from './useEChart.ts';

echarts.use([EHeatmap, GridComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export interface HeatmapProps {
  xLabels: string[];
  yLabels: string[];
  /** [x index, y index, value] */
  values: [number, number, number][];
  rtl: boolean;
  locale: string;
  label: string;
}

// No image export: a picture of the chart is a file built in the browser from what the
// reader sees, which the export rule would not let them pass on. Files come from the server.
export function HeatmapChart(props: HeatmapProps) {
  const option = useMemo(() => {
    const max = Math.max(1, ...props.values.map((v) => v[2]));
    return {
      aria: { enabled: true, label: { description: props.label } },
      animation: false,
      tooltip: { position: 'top' },
      grid: { top: 10, bottom: 90, left: props.rtl ? 20 : 160, right: props.rtl ? 160 : 20 },
      xAxis: { type: 'category', data: props.xLabels, inverse: props.rtl, axisLabel: { rotate: 30, interval: 0, width: 110, overflow: 'truncate' } },
      yAxis: { type: 'category', data: props.yLabels, position: props.rtl ? 'right' : 'left', axisLabel: { width: 150, overflow: 'truncate' } },
      visualMap: { show: false, min: 0, max, inRange: { color: ['#e7f5ff', '#1c7ed6', '#0b3d91'] } },
      series: [{ type: 'heatmap', data: props.values, label: { show: true }, emphasis: { itemStyle: { borderColor: '#000', borderWidth: 1 } } }],
    };
  }, [props.xLabels, props.yLabels, props.values, props.rtl, props.label]);
  const el = useEChart(props.locale, option);

  return <div ref={el} style={{ width: '100%', height: Math.max(260, 40 * props.yLabels.length + 120) }} role="img" aria-label={props.label} />;
}
