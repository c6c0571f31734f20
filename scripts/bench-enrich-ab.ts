/**
 * Enrichment of another checkout (the baseline, e.g. main's worktree) next to this one's, in one process, rounds
 * alternated, CPU time: on a shared machine two separate runs differ more than a change does, while rounds taken
 * turn about see the same load. Each checkout's src/enrich is bundled as the CLI is (./enrich-bundle.ts). Prints per
 * corpus the CPU µs per article of jieba `tag`, the baseline and this checkout (each piece of 16 articles at its best
 * round, summed), each as × `tag` speed, and this checkout's time over the baseline's: of the best pieces, and by
 * round (median and middle half of the rounds' ratios: the noise).
 *
 *   npx tsx scripts/bench-enrich-ab.ts /work/main [--rounds 30] [--short] [--baseline-names]
 *
 * --short: the short held-out set alone. --baseline-names: the baseline bundled with esbuild's keepNames, as tsx runs
 * the sources (the other benches run through tsx); with this checkout as the baseline (`.`) it measures what that costs.
 */
import type { EnrichInput } from '../src/enrich/index.js';
import { segmenter } from '../src/enrich/segmenter.js';
import { analysedText } from '../src/enrich/text.js';
import { articles003 } from '../test/enrich-samples.js';
import { sectionArticles, unseenArticles } from '../test/enrich-unseen.js';
import { bundledEnrich } from './enrich-bundle.js';

const args = process.argv.slice(2);
const at = args.indexOf('--rounds');
const ROUNDS = at >= 0 ? Number(args[at + 1]) : 30;
const baseDir = args.find((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
if (!baseDir || !Number.isInteger(ROUNDS) || ROUNDS < 1) {
  process.stderr.write('usage: bench-enrich-ab.ts BASELINE_CHECKOUT [--rounds N] [--short] [--baseline-names]\n');
  process.exit(2);
}
const base = await bundledEnrich('base', baseDir, args.includes('--baseline-names'));
const branch = await bundledEnrich('branch');
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
