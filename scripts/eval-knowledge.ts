/**
 * What a team's knowledge overlay does on text it was not written from. The example overlay in
 * testdata/knowledge/ adds the section 政策法规, written from testdata/knowledge-eval/dev.json only; held-out
 * regulation articles (heldout.json) are only scored. Beside them, the unseen enrichment articles of the five
 * house sections (testdata/enrich-unseen/, dev and held-out): how many the overlay moves, and where to.
 * Baseline: the same articles enriched without the overlay.
 */
import { readFileSync } from 'node:fs';
import { applyKnowledge } from '../src/core/knowledge.js';
import { enrichArticle, type EnrichInput } from '../src/enrich/index.js';
import { unseenArticles, type Split } from '../test/enrich-unseen.js';

const OVERLAY = new URL('../testdata/knowledge/', import.meta.url).pathname;
const ADDED = '政策法规';

function regulations(split: Split): EnrichInput[] {
  const file = new URL(`../testdata/knowledge-eval/${split}.json`, import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { articles: EnrichInput[] }).articles;
}

const sectionOf = (a: EnrichInput) => enrichArticle(a).predictedSection?.name ?? null;
const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : '—');

const rows: [string, string, string][] = [];
for (const split of ['dev', 'heldout'] as const) {
  const regs = regulations(split);
  const house = unseenArticles(split);
  applyKnowledge(null);
  const plainRegs = regs.map(sectionOf);
  const plainHouse = house.map(sectionOf);
  applyKnowledge(OVERLAY);
  const withRegs = regs.map(sectionOf);
  const withHouse = house.map(sectionOf);
  const moved = withHouse.filter((s, i) => s !== plainHouse[i]);
  const correctBefore = house.filter((a, i) => plainHouse[i] === a.section).length;
  const correctAfter = house.filter((a, i) => withHouse[i] === a.section).length;
  rows.push(
    [`regulation articles → ${ADDED} (${split}: ${regs.length})`, pct(plainRegs.filter((s) => s === ADDED).length, regs.length), pct(withRegs.filter((s) => s === ADDED).length, regs.length)],
    [`house articles moved to ${ADDED} (${split}: ${house.length})`, '—', pct(moved.filter((s) => s === ADDED).length, house.length)],
    [`  of them gold 产业环境`, '—', `${house.filter((a, i) => withHouse[i] === ADDED && plainHouse[i] !== ADDED && a.section === '产业环境').length}`],
    [`house articles moved elsewhere (${split})`, '—', `${moved.filter((s) => s !== ADDED).length}`],
    [`house section accuracy (${split})`, pct(correctBefore, house.length), pct(correctAfter, house.length)],
  );
}
applyKnowledge(null);

console.log(`knowledge overlay ${OVERLAY} (dev: written from; heldout: only scored)`);
const width = Math.max(...rows.map((r) => r[0].length)) + 2;
console.log(`${''.padEnd(width)}${'without'.padStart(10)}${'with'.padStart(10)}`);
for (const [name, before, after] of rows) console.log(`${name.padEnd(width)}${before.padStart(10)}${after.padStart(10)}`);
