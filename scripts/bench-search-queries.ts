/**
 * The fixed mixed query set of the search benchmarks (scripts/bench-search.ts on the embedded store,
 * scripts/bench-search-pg.ts on PostgreSQL): single terms, compounds, phrases, OR, exclusion, filters, and
 * combinations, so both backends answer the same questions.
 */
export const BENCH_QUERIES: readonly string[] = [
  '芯片',
  '数字经济',
  '动力电池',
  '"电池 回收"',
  '"人工智能"',
  '华为 OR 中兴通讯',
  '芯片 -汽车',
  '新能源 汽车 电池',
  '5G 基站',
  '芯片 from:2019-01 to:2019-06',
  '数据 source:合成刊3',
  '苹果 芯片 -英特尔 from:2020',
  '监管 OR 治理 平台',
  '"数字 经济" -疫情 to:2018',
  '光波导',
];
