/**
 * `jianbao fetch [--db PATH] [--source ID] [--watch]`: polls the due web sources and stores their new articles.
 * Exit code: 0 when at least one polled source answered (or none was due); 1 when every polled source failed,
 * so a cron job notices a dead network but not one broken site. `--watch` runs until SIGINT/SIGTERM, which
 * finish the current item and exit 0.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { createFetcher } from '../../fetch/fetcher.js';
import { fetchDue, watchSources } from '../../sources/fetch-loop.js';
import type { SourceRun } from '../../sources/fetch-source.js';
import { openStore } from '../../store/open.js';
import { openJianbao } from '../../core/index.js';
import { cliActor, cliConfig } from '../core.js';
import { FileProgress } from '../file-progress.js';
import { loggerFor } from '../logger.js';
import { addAllowOptions, allowSettings, count, dbOption, type AllowOpts } from '../options.js';

const MB = 1024 * 1024;

/** Parser for a non-negative number option. */
function nonNegative(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a number ≥ 0');
  return n;
}

/** Parser for a positive number option. */
function positive(value: string): number {
  const n = nonNegative(value);
  if (n === 0) throw new InvalidArgumentError('expected a number > 0');
  return n;
}

interface FetchOpts extends AllowOpts {
  db: string;
  source?: string;
  watch?: boolean;
  timeout: number;
  retries: number;
  hostDelay: number;
  maxMb: number;
}

/** The summary line of one source's poll. */
function summary(run: SourceRun): string {
  const s = run.source;
  const note = run.error ? `  error: ${run.error}` : run.notModified ? '  (not modified)' : '';
  return `#${s.id} ${s.name ?? s.url}: new ${run.new} / unchanged ${run.unchanged} / failed ${run.failed + (run.error ? 1 : 0)}${note}`;
}

/** Registers the `fetch` command. */
export function registerFetch(program: Command): void {
  addAllowOptions(program
    .command('fetch'))
    .description('poll the due sources and store their new articles (with --watch: keep polling)')
    .addOption(dbOption())
    .option('--source <id>', 'poll only this source, due or not')
    .option('--watch', 'keep polling each source on its interval until interrupted')
    .addOption(new Option('--timeout <seconds>', 'time limit per request').argParser(positive).default(20))
    .addOption(new Option('--retries <n>', 'retries after a 5xx, 429 or network failure').argParser(nonNegative).default(3))
    .addOption(new Option('--host-delay <ms>', 'rest between two requests to the same host').argParser(nonNegative).default(1000))
    .addOption(new Option('--max-mb <mb>', 'largest response accepted').argParser(positive).default(10))
    .action(async (opts: FetchOpts, command: Command) => {
      const log = loggerFor(command);
      const sourceId = opts.source !== undefined ? Number(opts.source.replace('#', '')) : undefined;
      if (sourceId !== undefined && !Number.isInteger(sourceId)) throw new Error(`${opts.source}: not a source id`);
      const store = await openStore(opts.db, { mustExist: true });
      // New articles are matched against the watchlists after each source, through the core (one at a time).
      const jianbao = await openJianbao(cliConfig({ db: opts.db }), { mustExist: true });
      let alerting: Promise<unknown> = Promise.resolve();
      const fetcher = createFetcher({
        timeoutMs: opts.timeout * 1000,
        retries: Math.floor(opts.retries),
        hostDelayMs: opts.hostDelay,
        maxBytes: Math.floor(opts.maxMb * MB),
        ...allowSettings(opts),
      });
      const stop = new AbortController();
      const onSignal = (): void => stop.abort();
      process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
      let progress: FileProgress | null = null;
      const runs: SourceRun[] = [];
      const loop = {
        sourceId,
        signal: stop.signal,
        onRound: (sources: { length: number }) => {
          progress?.stop();
          progress = new FileProgress(sources.length);
          if (!sources.length && !opts.watch) progress.result('no source is due');
        },
        onSource: (run: SourceRun) => {
          runs.push(run);
          log.debug({ source: run.source.id, new: run.new, unchanged: run.unchanged, failed: run.failed, error: run.error }, 'polled');
          progress?.result(summary(run));
          for (const w of run.warnings) progress?.error(`warning: #${run.source.id}: ${w}`);
          progress?.tick();
          if (run.new) alerting = alerting.then(() => jianbao.watchlists.match(cliActor()));
        },
      };
      try {
        if (opts.watch) await watchSources(store, fetcher, loop);
        else await fetchDue(store, fetcher, loop);
      } finally {
        (progress as FileProgress | null)?.stop();
        process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
        await alerting.finally(() => Promise.all([store.close(), jianbao.close()]));
      }
      const totals = runs.reduce((t, r) => ({ new: t.new + r.new, failedSources: t.failedSources + (r.error ? 1 : 0) }), { new: 0, failedSources: 0 });
      process.stdout.write(`${count(runs.length, 'source')} polled: ${count(totals.new, 'new article')}, ${totals.failedSources} failed\n`);
      if (!opts.watch && runs.length > 0 && totals.failedSources === runs.length) process.exitCode = 1;
    });
}
