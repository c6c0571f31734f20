/**
 * Enrichment of another checkout (the baseline, e.g. main's worktree) next to this one's, in one process, rounds
 * alternated, CPU time: on a shared machine two separate runs differ more than a change does, while rounds taken
 * turn about see the same load. Each checkout's src/enrich is bundled by esbuild as `npm run build` bundles the CLI
 * (so without tsx's function-name helpers, which cost short articles several per cent), into .tmp/bench-ab/.
 * Prints per corpus CPU µs per article of jieba `tag`, the baseline and this checkout (best of the rounds), this
 * checkout's time over the baseline's (median of the rounds' ratios, and the spread), and each as × `tag` speed.
 *
 *   npx tsx scripts/bench-enrich-ab.ts /work/main [--rounds 30]
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import type { EnrichInput, Enrichment } from '../src/enrich/index.js';
import { segmenter } from '../src/enrich/segmenter.js';
import { analysedText } from '../src/enrich/text.js';
import { articles003 } from '../test/enrich-samples.js';
import { sectionArticles, unseenArticles } from '../test/enrich-unseen.js';

const args = process.argv.slice(2);
const at = args.indexOf('--rounds');
const ROUNDS = at >= 0 ? Number(args[at + 1]) : 30;
const baseDir = args.find((a, i) => !a.startsWith('--') && i !== at + 1);
if (!baseDir || !Number.isInteger(ROUNDS) || ROUNDS < 1) {
  process.stderr.write('usage: bench-enrich-ab.ts BASELINE_CHECKOUT [--rounds N]\n');
  process.exit(2);
}
const here = fileURLToPath(new URL('..', import.meta.url));
const out = join(here, '.tmp/bench-ab');
mkdirSync(out, { recursive: true });

/** A module that finds its data next to its source keeps doing so inside the bundle. */
const sourceUrls: Plugin = {
  name: 'source-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, ({ path }) => {
      const text = readFileSync(path, 'utf8');
      return text.includes('import.meta.url') ? { contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href)), loader: 'ts' } : undefined;
    });
  },
};

type Enrich = (articles: EnrichInput[]) => Enrichment[];

/** The enrichArticles of a checkout, bundled. */
async function enrichOf(checkout: string, name: string): Promise<Enrich> {
  const entry = join(resolve(checkout), 'src/enrich/index.ts');
  const file = join(out, `${name}.mjs`);
  await build({ entryPoints: [entry], outfile: file, bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', plugins: [sourceUrls], logLevel: 'error' });
  return ((await import(pathToFileURL(file).href)) as { enrichArticles: Enrich }).enrichArticles;
}

const base = await enrichOf(baseDir, 'base');
const branch = await enrichOf(here, 'branch');
const corpora: [string, EnrichInput[]][] = [
  ['short held-out', [...unseenArticles('heldout'), ...sectionArticles('new-heldout')]],
  ['short dev', [...unseenArticles('dev'), ...sectionArticles('new-dev')]],
  ['003 (long)', articles003()],
];

for (const [name, articles] of corpora) {
  const texts = articles.map(analysedText);
  const contenders: [string, () => unknown][] = [
    ['jieba tag', () => texts.map((t) => segmenter().tag(t))],
    ['baseline', () => base(articles)],
    ['this checkout', () => branch(articles)],
  ];
  const times = new Map<string, number[]>(contenders.map(([label]) => [label, []]));
  for (const [, run] of contenders) run();
  for (let round = 0; round < ROUNDS; round++) {
    // Each round in another order, so that neither checkout always follows the other.
    const order = round % 2 ? [...contenders].reverse() : contenders;
    for (const [label, run] of order) {
      const start = process.cpuUsage();
      run();
      const used = process.cpuUsage(start);
      times.get(label)!.push((used.user + used.system) / articles.length);
    }
  }
  const best = (label: string) => Math.min(...times.get(label)!);
  const ratios = times.get('this checkout')!.map((t, i) => t / times.get('baseline')![i]).sort((a, b) => a - b);
  const quantile = (q: number) => ratios[Math.min(ratios.length - 1, Math.floor(q * ratios.length))];
  console.log(`${name}: ${articles.length} articles; CPU µs per article, best of ${ROUNDS} alternated rounds`);
  for (const [label] of contenders) {
    const speed = label === 'jieba tag' ? '' : `  ${(best('jieba tag') / best(label)).toFixed(2)}× tag speed`;
    console.log(`  ${label.padEnd(14)} ${best(label).toFixed(1).padStart(8)}${speed}`);
  }
  console.log(`  this checkout / baseline: ${quantile(0.5).toFixed(2)}× the time (median of rounds; middle half ${quantile(0.25).toFixed(2)}–${quantile(0.75).toFixed(2)})\n`);
}
