// Where the fund's money went, as a Sankey chart: donors → fund → windows → projects →
// partners. ECharts' Sankey only (tree-shaken), loaded with this chunk. ECharts' Sankey
// has no right-to-left mode: the flow runs left to right in every language (in Arabic the
// labels stand on the left of their nodes, and the room kept for them moves). A canvas says nothing to screen readers: the page
// shows the same flows as a table.
import { SankeyChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { useEChart } from '../../components/useEChart.ts';
import type { SankeyLink, SankeyNode } from './fundData.ts';

echarts.use([SankeyChart, TooltipComponent, CanvasRenderer]);

export interface FundSankeyProps {
  nodes: SankeyNode[];
  links: SankeyLink[];
  rtl: boolean;
  locale: string;
  label: string;
  /** An amount in minor units as the reader's money text. */
  formatAmount: (amountMinor: string) => string;
}

export function FundSankey(props: FundSankeyProps) {
  const option = useMemo(() => {
    const labels = new Map(props.nodes.map((n) => [n.id, n.label]));
    const amounts = new Map(props.links.map((l) => [`${l.source}>${l.target}`, l.amountMinor]));
    return {
      aria: { enabled: true, label: { description: props.label } },
      animation: false,
      tooltip: {
        trigger: 'item',
        formatter: (p: { dataType?: string; data: { source?: string; target?: string; name?: string } }) => {
          const esc = (s: string) => echarts.format.encodeHTML(s);
          if (p.dataType === 'edge' && p.data.source && p.data.target)
            return `${esc(labels.get(p.data.source) ?? '')} ${props.rtl ? '←' : '→'} ${esc(labels.get(p.data.target) ?? '')}<br/>${esc(props.formatAmount(amounts.get(`${p.data.source}>${p.data.target}`) ?? '0'))}`;
          return esc(labels.get(p.data.name ?? '') ?? '');
        },
      },
      series: [
        {
          type: 'sankey',
          left: props.rtl ? 160 : 20,
          right: props.rtl ? 20 : 160,
          top: 10,
          bottom: 10,
          orient: 'horizontal',
          emphasis: { focus: 'adjacency' },
          lineStyle: { color: 'gradient', curveness: 0.5, opacity: 0.35 },
          label: { position: props.rtl ? 'left' : 'right', formatter: (p: { name: string }) => labels.get(p.name) ?? '', width: 150, overflow: 'truncate' },
          data: props.nodes.map((n) => ({ name: n.id })),
          links: props.links.map((l) => ({ source: l.source, target: l.target, value: l.value })),
        },
      ],
    };
  }, [props.nodes, props.links, props.rtl, props.label, props.formatAmount]);
  const el = useEChart(props.locale, option);

  return <div ref={el} style={{ width: '100%', height: Math.max(280, 28 * props.nodes.length) }} role="img" aria-label={props.label} data-testid="fund-sankey" />;
}
