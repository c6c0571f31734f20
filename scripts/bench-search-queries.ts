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

/**
 * The kinds of query added to the search after its 1M figures of docs/search-speed.md, timed as a set of their own
 * (scripts/bench-search.ts): partial matches (fewer than 10 articles hold every term, so the search also looks for
 * those holding all but one: a rare and a broad term, two rare terms, three and four terms) and entity filters by a
 * name the lexicon does not know (莫若, stored for articles of the synthetic archive: alone and beside a broad word;
 * 星澜微联, which no article has).
 */
export const BENCH_PARTIAL_AND_ENTITY: readonly string[] = [
  '量子点 芯片',
  '光波导 量子点',
  '量子点 数字经济 监管',
  '光波导 芯片 苹果 数字经济',
  'entity:莫若',
  '芯片 entity:莫若',
  'entity:星澜微联',
  '数字经济 entity:星澜微联',
];

/**
 * Learned aliases and one-term queries by their parts, timed as a set of their own: BOE, which the archive prints
 * beside 京东方 (search_names), as a word, an entity filter and beside a broad word; 量子点芯片 and 光波导芯片, one
 * term each found by no article, so the articles holding all its parts but one follow.
 */
export const BENCH_LEARNED_AND_PARTS: readonly string[] = ['BOE', 'entity:BOE', 'AI 芯片', '量子点芯片', '光波导芯片'];
