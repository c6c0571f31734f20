import { z } from 'zod';
import { addressPolicy } from '../../fetch/address-policy.js';
import { createFetcher } from '../../fetch/fetcher.js';
import { requireSourceUrl } from '../../fetch/url-policy.js';
import { fetchSource, type SourceRun } from '../../sources/fetch-source.js';
import { parseInterval } from '../../sources/interval.js';
import type { StoredSource } from '../../store/types.js';
import { authorize, type Actor } from '../actor.js';
import type { CoreContext } from '../context.js';
import { conflict, invalidInput, notFound } from '../errors.js';
import { id, parseInput } from '../inputs.js';

/** A source as the services show one: without its list of seen item keys. */
export type SourceView = Omit<StoredSource, 'seen' | 'etag' | 'lastModified'>;

/** What one "fetch now" did. */
export interface FetchReport {
  source: SourceView;
  new: number;
  unchanged: number;
  failed: number;
  error: string | null;
  warnings: string[];
}

const addInput = z.object({
  url: z.string().trim().min(1, 'expected a URL').max(2000),
  name: z.string().trim().max(200).nullish(),
  section: z.string().trim().max(100).nullish(),
  /** Poll interval as written: 30m, 2h, 1d (default 1h). */
  every: z.string().trim().max(20).optional(),
}).strict();
export type AddSourceInput = z.input<typeof addInput>;
const ref = z.object({ id }).strict();

const view = ({ seen: _seen, etag: _etag, lastModified: _lm, ...s }: StoredSource): SourceView => s;

/**
 * The web sources (feeds and listing pages): adding, pausing and removing them is the admin's; polling one now
 * is any editor's. Articles fetched are enriched in the storing transaction (src/sources/fetch-source.ts).
 */
export class SourceService {
  constructor(private readonly ctx: CoreContext) {}

  async list(actor: Actor): Promise<SourceView[]> {
    authorize(actor, 'sources.poll', 'list sources');
    return (await this.ctx.store.listSources()).map(view);
  }

  async add(actor: Actor, input: AddSourceInput): Promise<SourceView> {
    authorize(actor, 'sources.manage', 'add sources');
    const a = parseInput(addInput, input, 'source');
    const { allowNetworks, allowPrivate } = this.ctx.config.fetch;
    let url: string;
    let everySeconds: number;
    try {
      url = requireSourceUrl(a.url, addressPolicy(allowNetworks, allowPrivate)).href;
    } catch (err) {
      throw invalidInput(a.url, (err as Error).message.replace(/^.*?: /, ''), err);
    }
    try {
      everySeconds = parseInterval(a.every || '1h');
    } catch (err) {
      throw invalidInput('every', (err as Error).message, err);
    }
    if (await this.ctx.store.getSource(url)) throw conflict(url, 'already a source');
    const added = view(await this.ctx.store.addSource({ url, name: a.name || null, section: a.section || null, everySeconds }));
    await this.ctx.record(actor, { action: 'source.add', object: `source:${added.id}`, detail: `added ${url}`, after: added });
    return added;
  }

  async pause(actor: Actor, input: { id: number; paused: boolean }): Promise<SourceView> {
    authorize(actor, 'sources.manage', 'pause sources');
    const { id: sourceId, paused } = parseInput(z.object({ id, paused: z.boolean() }).strict(), input, 'source');
    const before = await this.require(sourceId);
    const after = view((await this.ctx.store.setSourcePaused(sourceId, paused))!);
    await this.ctx.record(actor, {
      action: paused ? 'source.pause' : 'source.resume', object: `source:${sourceId}`, detail: `${paused ? 'paused' : 'resumed'} ${before.url}`,
      before: { paused: before.paused }, after: { paused: after.paused },
    });
    return after;
  }

  async remove(actor: Actor, input: { id: number }): Promise<SourceView> {
    authorize(actor, 'sources.manage', 'remove sources');
    const { id: sourceId } = parseInput(ref, input, 'source');
    const removed = await this.ctx.store.removeSource(sourceId);
    if (!removed) throw notFound(`source ${sourceId}`, 'no such source');
    const before = view(removed);
    await this.ctx.record(actor, { action: 'source.remove', object: `source:${sourceId}`, detail: `removed ${removed.url}`, before });
    return before;
  }

  /** Polls one source now (paused or not) and stores its new articles, enriched. */
  async fetchNow(actor: Actor, input: { id: number }): Promise<FetchReport> {
    authorize(actor, 'sources.poll', 'fetch sources');
    const { id: sourceId } = parseInput(ref, input, 'source');
    const source = await this.ctx.store.getSource(sourceId);
    if (!source) throw notFound(`source ${sourceId}`, 'no such source');
    const run: SourceRun = await fetchSource(source, this.ctx.store, createFetcher({ ...this.ctx.config.fetch }));
    const report: FetchReport = {
      source: view((await this.ctx.store.getSource(sourceId)) ?? source), new: run.new, unchanged: run.unchanged, failed: run.failed,
      error: run.error, warnings: run.warnings,
    };
    await this.ctx.record(actor, {
      action: 'source.fetch', object: `source:${sourceId}`,
      detail: run.error ? `fetch failed: ${run.error}` : `fetched: ${run.new} new, ${run.unchanged} unchanged, ${run.failed} failed`,
    });
    return report;
  }

  private async require(sourceId: number): Promise<StoredSource> {
    const source = await this.ctx.store.getSource(sourceId);
    if (!source) throw notFound(`source ${sourceId}`, 'no such source');
    return source;
  }
}
