import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { materialFromTexts, syntheticIssues } from '../../search/synthetic-archive.js';
import { displayLocation } from '../../store/location.js';
import { openStore } from '../../store/open.js';
import type { Store } from '../../store/types.js';
import { dbOption } from '../options.js';
import { positiveInt } from './search.js';

/** `jianbao bench gen --articles N [--db PATH]`: a deterministic synthetic archive made from the samples. */
export function registerBench(program: Command): void {
  const bench = program.command('bench').description('tools for measuring the archive');
  bench
    .command('gen')
    .description('fill a store with a synthetic archive built from sample documents (same seed, same archive)')
    .requiredOption('--articles <n>', 'how many articles to make', positiveInt)
    .addOption(dbOption())
    .option('--samples <dir>', 'folder of .txt documents to take sentences, titles and names from', 'samples')
    .option('--seed <n>', 'random seed', positiveInt, 1)
    .action(async (opts: { articles: number; db: string; samples: string; seed: number }) => {
      const store = await openStore(opts.db);
      try {
        const { articles, seconds, cpuSeconds } = await generateArchive(store, { ...opts, progress: (line) => process.stderr.write(`${line}\n`) });
        process.stdout.write(
          `${articles} articles in ${seconds.toFixed(1)} s: ${Math.round(articles / seconds)} articles/s ` +
            `(${Math.round(articles / cpuSeconds)} per CPU second) indexed into ${displayLocation(opts.db)}\n`,
        );
      } finally {
        await store.close();
      }
    });
}

/** Reads the sample texts of a folder, or throws `<dir>: <problem>`. */
export function readSampleTexts(dir: string): string[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  } catch (err) {
    throw new Error(`${dir}: cannot read sample folder (${(err as Error).message})`);
  }
  if (!files.length) throw new Error(`${dir}: no .txt samples in it`);
  return files.map((f) => readFileSync(join(dir, f), 'utf8'));
}

/**
 * Makes the archive through Store.importBulletin (one transaction per issue, as real imports), reporting the
 * rate every ~10,000 articles. Returns how many articles, how long the inserts took, and the CPU time this
 * process spent on them (on a shared machine wall time also counts waiting for the CPU).
 */
export async function generateArchive(
  store: Store,
  o: { articles: number; samples: string; seed: number; progress?: (line: string) => void },
): Promise<{ articles: number; seconds: number; cpuSeconds: number }> {
  const material = materialFromTexts(readSampleTexts(o.samples));
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  let made = 0;
  let reported = 0;
  for (const issue of syntheticIssues(material, { articles: o.articles, seed: o.seed })) {
    const r = await store.importBulletin(issue.source, issue.bulletin);
    made += r.status === 'imported' ? r.articles : 0;
    if (o.progress && made - reported >= 10_000) {
      reported = made;
      const s = (performance.now() - started) / 1000;
      o.progress(`  ${made} articles, ${Math.round(made / s)} articles/s`);
    }
  }
  const cpu = process.cpuUsage(cpuStart);
  return { articles: made, seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}
