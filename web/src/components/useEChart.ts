// One ECharts instance for a chart component: created on its element in the reader's language,
// given the chart's option (again whenever the option or the language changes), resized with
// the window, disposed with the component. Each chart registers the ECharts parts it draws
// with (echarts.use), so its page's chunk carries only those.
import * as echarts from 'echarts/core';
import langAR from 'echarts/i18n/langAR-obj.js';
import langFR from 'echarts/i18n/langFR-obj.js';
import { useEffect, useRef } from 'react';

echarts.registerLocale('AR', langAR);
echarts.registerLocale('FR', langFR);

/** The element to render the chart of `option` into; pass an option made with useMemo, so that it changes only with its data. */
export function useEChart(locale: string, option: echarts.EChartsCoreOption) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | undefined>(undefined);
  useEffect(() => {
    if (!el.current) return;
    chart.current = echarts.init(el.current, undefined, { locale: locale === 'ar' ? 'AR' : locale === 'fr' ? 'FR' : 'EN' });
    const onResize = () => chart.current?.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.current?.dispose();
      chart.current = undefined;
    };
  }, [locale]);
  // After the chart above (effects run in order): a new language is a new chart, given the option again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: locale re-runs this on the new chart
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option, locale]);
  return el;
}
