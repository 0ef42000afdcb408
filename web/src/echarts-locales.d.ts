// ECharts ships its locale objects without type declarations.
declare module 'echarts/i18n/langAR-obj.js' {
  const locale: Parameters<typeof import('echarts/core').registerLocale>[1];
  export default locale;
}
declare module 'echarts/i18n/langFR-obj.js' {
  const locale: Parameters<typeof import('echarts/core').registerLocale>[1];
  export default locale;
}
