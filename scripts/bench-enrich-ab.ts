/**
 * Enrichment of another checkout (the baseline, e.g. main's worktree) next to this one's, in one process, rounds
 * alternated, CPU time: on a shared machine two separate runs differ more than a change does, while rounds taken
 * turn about see the same load. Each checkout's src/enrich is bundled by esbuild as `npm run build` bundles the CLI
 * (so without tsx's function-name helpers, which cost short articles several per cent), into .tmp/bench-ab/.
 * Prints per corpus CPU µs per article of jieba `tag`, the baseline and this checkout (best of the rounds), this
 * checkout's time over the baseline's (median of the rounds' ratios, and the spread), and each as × `tag` speed.
 *
 *   npx tsx scripts/bench-enrich-ab.ts /work/main [--rounds 30] [--short]    (--short: the short held-out articles alone)
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
const baseDir = args.find((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
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
async function enrichOf(checkout: string, name: string, keepNames = false): Promise<Enrich> {
  const entry = join(resolve(checkout), 'src/enrich/index.ts');
  const file = join(out, `${name}.mjs`);
  await build({ entryPoints: [entry], outfile: file, bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', keepNames, plugins: [sourceUrls], logLevel: 'error' });
  return ((await import(pathToFileURL(file).href)) as { enrichArticles: Enrich }).enrichArticles;
}

const base = await enrichOf(baseDir, 'base', args.includes('--baseline-names'));
const branch = await enrichOf(here, 'branch');
const corpora: [string, EnrichInput[]][] = [
  ['short held-out', [...unseenArticles('heldout'), ...sectionArticles('new-heldout')]],
  ['short dev', [...unseenArticles('dev'), ...sectionArticles('new-dev')]],
  ['003 (long)', articles003()],
].slice(0, args.includes('--short') ? 1 : 3) as [string, EnrichInput[]][];

/** Articles enriched as one issue is at a time: each piece is timed on its own (see below). */
const PIECE = 16;

for (const [name, articles] of corpora) {
  const pieces: EnrichInput[][] = [];
  for (let from = 0; from < articles.length; from += PIECE) pieces.push(articles.slice(from, from + PIECE));
  const contenders: [string, (piece: EnrichInput[]) => unknown][] = [
    ['jieba tag', (piece) => piece.map((a) => segmenter().tag(analysedText(a)))],
    ['baseline', base],
    ['this checkout', branch],
  ];
  // times[contender][piece][round]: a piece takes a few ms, less than the scheduler's slice, so under load most of
  // its rounds run undisturbed and its best round is the undisturbed time; a corpus's time is the sum of its pieces'.
  const times = contenders.map(() => pieces.map((): number[] => []));
  for (const [, run] of contenders) pieces.forEach(run);
  for (let round = 0; round < ROUNDS; round++) {
    pieces.forEach((piece, p) => {
      // Each round in another order, so that neither checkout always follows the other.
      const order = (round + p) % 2 ? [2, 1, 0] : [0, 1, 2];
      for (const c of order) {
        const start = process.cpuUsage();
        contenders[c][1](piece);
        const used = process.cpuUsage(start);
        times[c][p].push(used.user + used.system);
      }
    });
  }
  const best = (c: number) => times[c].reduce((sum, rounds) => sum + Math.min(...rounds), 0) / articles.length;
  // The same per round: the sum of the pieces' times in that round, over the baseline's.
  const roundTime = (c: number, round: number) => times[c].reduce((sum, rounds) => sum + rounds[round], 0);
  const ratios = Array.from({ length: ROUNDS }, (_, r) => roundTime(2, r) / roundTime(1, r)).sort((a, b) => a - b);
  const quantile = (q: number) => ratios[Math.min(ratios.length - 1, Math.floor(q * ratios.length))];
  console.log(`${name}: ${articles.length} articles; CPU µs per article, each piece of ${PIECE} at its best of ${ROUNDS} alternated rounds`);
  contenders.forEach(([label], c) => {
    const speed = c === 0 ? '' : `  ${(best(0) / best(c)).toFixed(2)}× tag speed`;
    console.log(`  ${label.padEnd(14)} ${best(c).toFixed(1).padStart(8)}${speed}`);
  });
  console.log(`  this checkout / baseline: ${(best(2) / best(1)).toFixed(2)}× the time (best pieces); by round, median ${quantile(0.5).toFixed(2)}×, middle half ${quantile(0.25).toFixed(2)}–${quantile(0.75).toFixed(2)}\n`);
}
