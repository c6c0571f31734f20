import type { TrendPoint } from '../search/trend.js';

/** A trend as a standalone SVG bar chart. echarts is loaded only here: it would add half a second to every trend. */
export async function trendChart(points: TrendPoint[], title: string): Promise<string> {
  const { trendSvg } = await import('../search/chart.js');
  return trendSvg(points, title);
}
