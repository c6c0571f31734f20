/**
 * `jianbao fetch [--db PATH] [--source ID] [--watch]`: polls the due web sources and stores their new articles.
 * Exit code: 0 when at least one polled source answered (or none was due); 1 when every polled source failed,
 * so a cron job notices a dead network but not one broken site. `--watch` runs until SIGINT/SIGTERM, which
 * finish the current item and exit 0.
 */
import { Option, type Command } from 'commander';
import { count, type ConfigLayer, type SourceRun } from '../../core/index.js';
import { withCore } from '../core.js';
import { FileProgress } from '../file-progress.js';
import { loggerFor } from '../logger.js';
import { addAllowOptions, dbOption, nonNegative, positiveNumber } from '../options.js';
import { type Cli, CommandExit } from '../io.js';

const MB = 1024 * 1024;

interface FetchOpts {
  db?: string;
  source?: string;
  watch?: boolean;
  timeout?: number;
  retries?: number;
  hostDelay?: number;
  maxMb?: number;
  allowPrivate?: boolean;
  allowNetworks?: string;
}

/** The fetch settings the flags give; the rest come from the environment, the config file and the defaults. */
function fetchLayer(opts: FetchOpts): ConfigLayer {
  const fetch: NonNullable<ConfigLayer['fetch']> = {};
  if (opts.timeout !== undefined) fetch.timeoutMs = opts.timeout * 1000;
  if (opts.retries !== undefined) fetch.retries = Math.floor(opts.retries);
  if (opts.hostDelay !== undefined) fetch.hostDelayMs = opts.hostDelay;
  if (opts.maxMb !== undefined) fetch.maxBytes = Math.floor(opts.maxMb * MB);
  return { fetch };
}

/** The summary line of one source's poll. */
function summary(run: SourceRun): string {
  const s = run.source;
  const note = run.error ? `  error: ${run.error}` : run.notModified ? '  (not modified)' : '';
  return `#${s.id} ${s.name ?? s.url}: new ${run.new} / unchanged ${run.unchanged} / failed ${run.failed + (run.error ? 1 : 0)}${note}`;
}

/** Registers the `fetch` command. */
export function registerFetch(program: Command, cli: Cli): void {
  addAllowOptions(program
    .command('fetch'))
    .description('poll the due sources and store their new articles (with --watch: keep polling)')
    .addOption(dbOption())
    .option('--source <id>', 'poll only this source, due or not')
    .option('--watch', 'keep polling each source on its interval until interrupted')
    .addOption(new Option('--timeout <seconds>', 'time limit per request (default 20)').argParser(positiveNumber))
    .addOption(new Option('--retries <n>', 'retries after a 5xx, 429 or network failure (default 3)').argParser(nonNegative))
    .addOption(new Option('--host-delay <ms>', 'rest between two requests to the same host (default 1000)').argParser(nonNegative))
    .addOption(new Option('--max-mb <mb>', 'largest response accepted (default 10)').argParser(positiveNumber))
    .action(async (opts: FetchOpts, command: Command) => {
      const log = loggerFor(command, cli);
      const sourceId = opts.source !== undefined ? Number(opts.source.replace('#', '')) : undefined;
      if (sourceId !== undefined && !Number.isInteger(sourceId)) throw new Error(`${opts.source}: 不是信息源编号 (not a source id)`);
      const stop = new AbortController();
      const onSignal = (): void => stop.abort();
      process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
      let progress: FileProgress | null = null;
      const runs: SourceRun[] = [];
      const hooks = {
        signal: stop.signal,
        onRound: (sources: { length: number }) => {
          progress?.stop();
          progress = new FileProgress(sources.length, cli);
          if (!sources.length && !opts.watch) progress.result('no source is due');
        },
        onSource: (run: SourceRun) => {
          runs.push(run);
          log.debug({ source: run.source.id, new: run.new, unchanged: run.unchanged, failed: run.failed, error: run.error }, 'polled');
          progress?.result(summary(run));
          for (const w of run.warnings) progress?.error(`warning: #${run.source.id}: ${w}`);
          progress?.tick();
        },
      };
      // --max-mb here caps a response (the fetch setting), not an input file.
      const flags = { ...opts, maxMb: undefined };
      try {
        await withCore(cli, flags, async (jianbao, actor) => {
          if (opts.watch) await jianbao.sources.watch(actor, { sourceId }, hooks);
          else await jianbao.sources.poll(actor, { sourceId }, hooks);
        }, { mustExist: true, config: fetchLayer(opts) });
      } finally {
        (progress as FileProgress | null)?.stop();
        process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
      }
      const totals = runs.reduce((t, r) => ({ new: t.new + r.new, failedSources: t.failedSources + (r.error ? 1 : 0) }), { new: 0, failedSources: 0 });
      cli.stdout.write(`${count(runs.length, 'source')} polled: ${count(totals.new, 'new article')}, ${totals.failedSources} failed\n`);
      if (!opts.watch && runs.length > 0 && totals.failedSources === runs.length) throw new CommandExit(1);
    });
}
