import type { Command } from 'commander';
import { displayLocation } from '../../core/index.js';
import { withCore } from '../core.js';
import { dbOption, nonNegative } from '../options.js';
import { positiveInt } from './search.js';
import type { Cli } from '../io.js';

/** `jianbao bench gen --articles N [--db PATH]`: a deterministic synthetic archive made from the samples. */
export function registerBench(program: Command, cli: Cli): void {
  const bench = program.command('bench').description('tools for measuring the archive');
  bench
    .command('gen')
    .description('fill a store with a synthetic archive built from sample documents (same seed, same archive)')
    .requiredOption('--articles <n>', 'how many articles to make', positiveInt)
    .addOption(dbOption())
    .option('--samples <dir>', 'folder of .txt documents to take sentences, titles and names from', 'samples')
    .option('--seed <n>', 'random seed', positiveInt, 1)
    .option('--threads <n>', 'worker threads segmenting ahead of the writer, for a machine with spare cores (default 0: the writer segments)', nonNegative)
    .option('--issues-per-transaction <n>', 'issues written per transaction (default 1, as a real import)', positiveInt)
    .action(async (opts: { articles: number; db?: string; samples: string; seed: number; threads?: number; issuesPerTransaction?: number }) => {
      const { articles: n, samples, seed, threads, issuesPerTransaction } = opts;
      const input = { articles: n, samples, seed, threads, issuesPerTransaction };
      const { articles, seconds, cpuSeconds, writerCpuSeconds, store } = await withCore(cli, opts, async (jianbao, actor) => ({
        ...(await jianbao.bench.generate(actor, input, (line) => cli.stderr.write(`${line}\n`))),
        store: jianbao.config.store,
      }));
      cli.stdout.write(
        `${articles} articles in ${seconds.toFixed(1)} s: ${Math.round(articles / seconds)} articles/s ` +
          `(${Math.round(articles / cpuSeconds)} per CPU second${writerCpuSeconds ? `, ${Math.round(articles / writerCpuSeconds)} per CPU second of the writer thread` : ''}) ` +
          `indexed into ${displayLocation(store)}\n`,
      );
    });
}
