import { z } from 'zod';
import { addressPolicy } from '../../fetch/address-policy.js';
import { FetchError } from '../../fetch/fetch-error.js';
import type { Fetcher } from '../../fetch/fetcher.js';
import { requireSourceUrl } from '../../fetch/url-policy.js';
import type { SourceRun } from '../../sources/fetch-source.js';
import { formatInterval, parseInterval } from '../../sources/interval.js';
import type { NewSource, StoredArticle, StoredSource } from '../../store/types.js';
import { authorize, type Actor } from '../actor.js';
import type { JianbaoConfig } from '../config.js';
import { matchNewArticles } from '../alerting/match-new.js';
import type { CoreContext } from '../context.js';
import { invalidInput, notFound } from '../errors.js';
import { id, parseInput } from '../inputs.js';

const addInput = z.object({
  url: z.string().trim().min(1),
  name: z.string().trim().min(1).nullable().default(null),
  /** Section its articles are filed under. */
  section: z.string().trim().min(1).nullable().default(null),
  /** Poll interval as written (`30m`, `2h`, `1d`) or in seconds; an hour by default. */
  every: z.union([z.string().transform((v) => parseInterval(v)), z.number().int().min(60)]).default(3600),
});
export type SourceInput = z.input<typeof addInput>;

/** A source named by its id (`3`, `#3`) or its URL. */
const sourceRef = z.union([id, z.string().trim().min(1).transform((v) => (/^#?\d+$/.test(v) ? Number(v.replace('#', '')) : v))]);

const pollInput = z.object({ sourceId: sourceRef.pipe(id).optional() });
export type PollInput = z.input<typeof pollInput>;

/** A source with, when asked for, the web articles stored from it. */
export interface SourceWithArticles {
  source: StoredSource;
  articles: StoredArticle[];
}

/** What one "fetch now" did, for the workbench. */
export interface FetchReport {
  source: StoredSource;
  new: number;
  unchanged: number;
  failed: number;
  error: string | null;
  warnings: string[];
}

/** How a poll is stopped and followed; every field is optional. */
export interface PollHooks {
  /** Stops the loop: the item being fetched is finished first. */
  signal?: AbortSignal;
  /** Called with the sources about to be polled in one round. */
  onRound?(sources: StoredSource[]): void;
  /** Called after each source is polled. */
  onSource?(run: SourceRun): void;
}

/** The web sources followed (feeds and listing pages) and polling them, with the config's fetch limits. */
export class SourceService {
  constructor(private readonly ctx: CoreContext) {}

  /** Adds a source; a URL that is one already is a conflict, one the address policy refuses invalid input. */
  async add(actor: Actor, input: SourceInput): Promise<StoredSource> {
    authorize(actor, 'sources.manage', 'add sources');
    const source = checkSource(this.ctx.config, input);
    return this.ctx.transaction(async (tx) => {
      const added = await tx.store.sources.add(source);
      await tx.record(actor, {
        action: 'source.add', object: `source:${added.id}`, detail: `${added.url}（每 ${formatInterval(added.everySeconds)}）`,
        after: { url: added.url, name: added.name, section: added.section, everySeconds: added.everySeconds },
      });
      return added;
    });
  }

  /** Every source in the order added, with its last poll and counts; with `articles`, each one's stored articles. */
  async list(actor: Actor, input: { articles?: boolean } = {}): Promise<SourceWithArticles[]> {
    authorize(actor, 'archive.read', 'read sources');
    const { articles } = parseInput(z.object({ articles: z.boolean().default(false) }), input, 'sources');
    const store = this.ctx.store;
    return Promise.all(
      (await store.sources.list()).map(async (source) => ({ source, articles: articles ? await store.articles.list({ sourceId: source.id }) : [] })),
    );
  }

  /** Removes a source by id or URL (its articles stay); not-found when there is none. */
  async remove(actor: Actor, ref: number | string): Promise<StoredSource> {
    authorize(actor, 'sources.manage', 'remove sources');
    const key = parseInput(sourceRef, ref, 'source');
    return this.ctx.transaction(async (tx) => {
      const removed = await tx.store.sources.remove(key);
      if (!removed) throw notFound(String(ref), '没有这个信息源，可用 jianbao sources list 查看 (no such source (see jianbao sources list))');
      await tx.record(actor, { action: 'source.remove', object: `source:${removed.id}`, detail: removed.url, before: removed });
      return removed;
    });
  }

  /** Pauses or resumes a source: a paused source is not polled when due, but can still be fetched now. */
  async pause(actor: Actor, input: { id: number; paused: boolean }): Promise<StoredSource> {
    authorize(actor, 'sources.manage', 'pause sources');
    const { id: sourceId, paused } = parseInput(z.object({ id, paused: z.boolean() }).strict(), input, 'source');
    const before = await this.ctx.store.sources.get(sourceId);
    if (!before) throw notFound(`source ${sourceId}`, '没有这个信息源 (no such source)');
    const after = (await this.ctx.store.sources.setPaused(sourceId, paused))!;
    await this.ctx.record(actor, {
      action: paused ? 'source.pause' : 'source.resume', object: `source:${sourceId}`, detail: `${paused ? '暂停' : '恢复'} ${before.url}`,
      before: { paused: before.paused }, after: { paused: after.paused },
    });
    return after;
  }

  /** Polls one source now (paused or not, due or not) and stores its new articles; what happened, for a page. */
  async fetchNow(actor: Actor, input: { id: number }): Promise<FetchReport> {
    const { id: sourceId } = parseInput(z.object({ id }).strict(), input, 'source');
    const [run] = await this.poll(actor, { sourceId });
    if (!run) throw notFound(`source ${sourceId}`, '没有这个信息源 (no such source)');
    const source = (await this.ctx.store.sources.get(sourceId)) ?? run.source;
    return { source, new: run.new, unchanged: run.unchanged, failed: run.failed, error: run.error, warnings: run.warnings };
  }

  /** Polls the due sources once (or the one asked for, due or not) and stores their new articles, each once. */
  async poll(actor: Actor, input: PollInput = {}, hooks: PollHooks = {}): Promise<SourceRun[]> {
    authorize(actor, 'sources.poll', 'poll sources');
    const { sourceId } = parseInput(pollInput, input, 'poll');
    const { fetchDue } = await import('../../sources/fetch-loop.js');
    return fetchDue(this.ctx.store, await this.fetcher(), this.loop(actor, sourceId, hooks));
  }

  /** Polls every source (or the one asked for) on its own interval until the signal aborts. */
  async watch(actor: Actor, input: PollInput, hooks: PollHooks & { signal: AbortSignal }): Promise<void> {
    authorize(actor, 'sources.poll', 'poll sources');
    const { sourceId } = parseInput(pollInput, input, 'poll');
    const { watchSources } = await import('../../sources/fetch-loop.js');
    await watchSources(this.ctx.store, await this.fetcher(), this.loop(actor, sourceId, hooks));
  }

  /** The fetcher and the fetch loop (feeds, extraction, HTTP) are loaded only when a poll runs. */
  private async fetcher(): Promise<Fetcher> {
    const { createFetcher } = await import('../../fetch/fetcher.js');
    return createFetcher(fetcherOptions(this.ctx.config.fetch));
  }

  /** The fetch loop's options: the hooks, an audit entry and watchlist matching for every poll that stored articles. */
  private loop(actor: Actor, sourceId: number | undefined, hooks: PollHooks) {
    return {
      sourceId,
      signal: hooks.signal ?? new AbortController().signal,
      onRound: hooks.onRound,
      onSource: async (run: SourceRun) => {
        hooks.onSource?.(run);
        if (run.new) {
          await this.ctx.record(actor, {
            action: 'source.poll', object: `source:${run.source.id}`, detail: `${run.source.url}：${run.new} 篇新文章`,
            after: { new: run.new, unchanged: run.unchanged, failed: run.failed },
          });
          // The new articles are queued for matching (a store trigger): match them against the watchlists now.
          await matchNewArticles(this.ctx);
        }
      },
    };
  }
}

/**
 * The source a user gave, checked as `add` checks it (interval, http(s) URL without credentials, address policy)
 * without touching a store, so a shell can refuse bad input before it opens or creates one.
 */
export function checkSource(config: Readonly<JianbaoConfig>, input: SourceInput): NewSource {
  const s = parseInput(addInput, input, 'source');
  const { allowNetworks, allowPrivate } = config.fetch;
  try {
    // The URL as fetched (normalised by WHATWG URL), so the same feed written twice is caught as a duplicate.
    const url = requireSourceUrl(s.url, addressPolicy(allowNetworks, allowPrivate)).href;
    return { url, name: s.name, section: s.section, everySeconds: s.every };
  } catch (err) {
    throw err instanceof FetchError ? invalidInput(err.url, err.message.slice(err.url.length + 2), err) : err;
  }
}

/** The fetcher's settings from the configuration, where the CLI's flags, the environment and the config file meet. */
export function fetcherOptions(f: Readonly<JianbaoConfig['fetch']>) {
  return { timeoutMs: f.timeoutMs, retries: f.retries, hostDelayMs: f.hostDelayMs, maxBytes: f.maxBytes, allowPrivate: f.allowPrivate, allowNetworks: [...f.allowNetworks] };
}
