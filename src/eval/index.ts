/** Quality evaluation of bulletin parsing against gold annotations: the API `jianbao eval` calls. */
export { evaluate, type EvalReport } from './metrics.js';
export { evaluateFiles, loadGold } from './run.js';
export { formatReport, meetsBars, BARS } from './report.js';
export { parseGold, type Gold, type GoldArticle } from './gold.js';
