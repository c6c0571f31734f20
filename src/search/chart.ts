import * as echarts from 'echarts';
import type { TrendPoint } from './trend.js';

/**
 * Fonts that carry Chinese on Windows, macOS and Linux, so the SVG reads right wherever it is opened. Single
 * quotes: ECharts writes the list into a double-quoted style attribute without escaping.
 */
const CJK_FONTS = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif";

/** A bar chart of a trend as a standalone SVG document (ECharts server-side rendering, no browser). */
export function trendSvg(points: TrendPoint[], title: string, options: { width?: number; height?: number } = {}): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: options.width ?? 900, height: options.height ?? 420 });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: CJK_FONTS },
      title: { text: title, left: 'center', textStyle: { fontFamily: CJK_FONTS, fontSize: 16 } },
      grid: { left: 56, right: 24, top: 56, bottom: 64 },
      xAxis: { type: 'category', data: points.map((p) => p.bucket), name: '时间', axisLabel: { rotate: points.length > 12 ? 45 : 0 } },
      yAxis: { type: 'value', name: '文章数', minInterval: 1 },
      series: [{ type: 'bar', name: '文章数', data: points.map((p) => p.count), itemStyle: { color: '#c23531' } }],
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
