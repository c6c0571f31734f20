import * as echarts from 'echarts';
import type { Trend } from '../types.js';
import { DEFAULT_RENDER, type RenderOptions } from './style.js';

/** Heading of the trend page. */
export const TRENDS_HEADING = '本期趋势';

/** What a trend counts, as a reader calls it: 标签 (industry tag) or 名称 (organisation, person or place). */
export function trendKind(t: Trend): string {
  return t.kind === 'tag' ? '标签' : '名称';
}

/**
 * The trend chart as an SVG string, rendered on the server by ECharts (no browser, no script in the output):
 * horizontal bars of articles per tag or entity this period next to the period before, biggest rise on top.
 */
export function trendSvg(trends: Trend[], style: Pick<RenderOptions, 'colours' | 'fonts'> = DEFAULT_RENDER): string {
  const rows = [...trends].reverse();
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 640, height: 60 + 28 * rows.length });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: style.fonts.css },
      legend: { top: 0, data: ['本期', '上期'] },
      grid: { left: 8, right: 24, top: 30, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: rows.map((t) => t.name) },
      color: [style.colours.accent, style.colours.faint],
      series: [
        { name: '本期', type: 'bar', data: rows.map((t) => t.count), label: { show: true, position: 'right' } },
        { name: '上期', type: 'bar', data: rows.map((t) => t.previous) },
      ],
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
