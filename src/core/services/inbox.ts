import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { sectionData } from '../../enrich/data.js';
import type { InboxItem, Triage, TriagePatch } from '../../store/triage-types.js';
import type { Repositories } from '../../store/types.js';
import { authorize, type Actor } from '../actor.js';
import type { CoreContext } from '../context.js';
import { invalidInput, notFound } from '../errors.js';
import { id, parseInput, typedDay } from '../inputs.js';

/** An inbox line: one article, with the other articles of its same-event group listed on this page folded under it. */
export interface InboxEntry extends InboxItem {
  /** Same-event articles folded under this one (newest first). */
  folded: InboxItem[];
}

const text = (max: number) => z.string().trim().min(1).max(max);
const listInput = z.object({
  view: z.enum(['inbox', 'kept', 'discarded', 'duplicate', 'all']).optional(),
  source: text(300).optional(),
  section: text(100).optional(),
  tag: text(100).optional(),
  from: typedDay.optional(),
  to: typedDay.optional(),
  page: z.number().int().min(1).max(100_000).optional(),
}).strict();
export type InboxQuery = z.input<typeof listInput>;

const triageInput = z.discriminatedUnion('action', [
  /** Without a section, each article is kept under the section enrichment predicts for it. */
  z.object({ action: z.literal('keep'), ids: z.array(id).min(1).max(500), section: text(100).optional() }).strict(),
  z.object({ action: z.literal('discard'), ids: z.array(id).min(1).max(500) }).strict(),
  z.object({ action: z.literal('reset'), ids: z.array(id).min(1).max(500) }).strict(),
  z.object({ action: z.literal('duplicate'), ids: z.array(id).min(1).max(500), of: id }).strict(),
  z.object({ action: z.literal('tag'), ids: z.array(id).min(1).max(500), tags: z.array(text(50)).max(20) }).strict(),
  z.object({ action: z.literal('note'), ids: z.array(id).min(1).max(500), note: z.string().trim().max(2000) }).strict(),
]);
export type TriageInput = z.input<typeof triageInput>;

const PAGE = 50;
/** How long the filters' source list is reused: counting sources reads every article (~100 ms at 100k). */
const CHOICES_TTL_MS = 60_000;

/**
 * The 待处理 inbox: what arrived from fetches and imports, newest first, and the editors' triage of it — keep
 * (入选, into this week's pool under a section), discard, mark as a duplicate, tag, note. Every decision is stored
 * per article and logged.
 */
export class InboxService {
  private sourcesRead: { at: number; sources: string[] } | null = null;

  constructor(private readonly ctx: CoreContext) {}

  /**
   * One page of articles (50), same-event groups folded together. `seenUpTo` is the newest article id this user's
   * inbox had shown before: articles above it are new since their last look. Listing moves the mark up to the
   * newest article shown.
   */
  async list(actor: Actor, query: InboxQuery = {}): Promise<{ entries: InboxEntry[]; page: number; more: boolean; seenUpTo: number | null }> {
    authorize(actor, 'drafts.read', 'read the inbox');
    const q = parseInput(listInput, query, 'inbox');
    const page = q.page ?? 1;
    const items = (await this.ctx.store.triage.inbox({ ...q, limit: PAGE + 1, offset: (page - 1) * PAGE }));
    const shown = items.slice(0, PAGE);
    const newest = Math.max(0, ...shown.map((i) => i.id));
    const seenUpTo = newest > 0 ? await this.ctx.store.users.markInboxSeen(actor.id, newest) : null;
    return { entries: fold(shown), page, more: items.length > PAGE, seenUpTo };
  }

  /** The house sections an article may be kept under, and the sources articles came from (up to a minute old), for the filters. */
  async choices(actor: Actor): Promise<{ sections: string[]; sources: string[] }> {
    authorize(actor, 'drafts.read', 'read the inbox');
    const now = this.ctx.now().getTime();
    if (!this.sourcesRead || now - this.sourcesRead.at > CHOICES_TTL_MS) {
      this.sourcesRead = { at: now, sources: (await this.ctx.store.triage.sources()).map((s) => s.source) };
    }
    return { sections: sectionData().sections.map((s) => s.name), sources: this.sourcesRead.sources };
  }

  /**
   * Applies one triage action to one or more articles (a bulk action is the same call with more ids), in one
   * transaction: one change, which one undo takes back whole. Its audit entries (one per article, so the log
   * finds each article's) carry the same `batch` mark.
   */
  async triage(actor: Actor, input: TriageInput): Promise<Map<number, Triage>> {
    authorize(actor, 'drafts.write', 'triage articles');
    const t = parseInput(triageInput, input, 'triage');
    const ids = [...new Set(t.ids)];
    if (t.action === 'duplicate' && ids.includes(t.of)) throw invalidInput(`article ${t.of}`, '文章不能标为自己的重复 (an article cannot duplicate itself)');
    return this.ctx.transaction(async (tx) => {
      await tx.store.audit.lock(ids.map((a) => `article:${a}`));
      for (const articleId of t.action === 'duplicate' ? [...ids, t.of] : ids) {
        if (!(await tx.store.articles.get(articleId))) throw notFound(`article ${articleId}`, '没有这篇文章 (no such article)');
      }
      const patches = await patchesOf(tx.store, t, ids);
      const triage = this.ctx.store.triage;
      const before = await triage.get(ids);
      const at = this.ctx.now().toISOString();
      const after = new Map<number, Triage>();
      for (const [patch, group] of patches) for (const [a, v] of await triage.set(group, patch, at, actor.id)) after.set(a, v);
      const batch = ids.length > 1 ? randomUUID() : undefined;
      for (const articleId of ids) {
        await tx.record(actor, {
          action: `article.${t.action}`, object: `article:${articleId}`, detail: describe(t, after.get(articleId)),
          before: before.get(articleId) ?? null, after: { ...after.get(articleId), ...(batch ? { batch } : {}) },
        });
      }
      return after;
    });
  }
}

/**
 * The patch each article gets, with the articles getting it. Keeping without a section keeps each under its
 * predicted section; an article with none is refused before anything changes.
 */
async function patchesOf(store: Repositories, t: z.output<typeof triageInput>, ids: number[]): Promise<[TriagePatch, number[]][]> {
  switch (t.action) {
    case 'keep': {
      if (t.section) return [[{ state: 'kept', section: t.section }, ids]];
      const bySection = new Map<string, number[]>();
      for (const articleId of ids) {
        const section = (await store.enrichment.get(articleId))?.enrichment.predictedSection?.name;
        if (!section) throw invalidInput(`article ${articleId}`, '没有预测栏目，请选择栏目 (no predicted section: choose one)');
        bySection.set(section, [...(bySection.get(section) ?? []), articleId]);
      }
      return [...bySection].map(([section, group]) => [{ state: 'kept', section }, group]);
    }
    case 'discard': return [[{ state: 'discarded' }, ids]];
    case 'reset': return [[{ state: 'new' }, ids]];
    case 'duplicate': return [[{ state: 'duplicate', duplicateOf: t.of }, ids]];
    case 'tag': return [[{ tags: [...new Set(t.tags)] }, ids]];
    case 'note': return [[{ note: t.note || null }, ids]];
  }
}

/** The audit line of a triage action. */
function describe(t: z.output<typeof triageInput>, after: Triage | undefined): string {
  switch (t.action) {
    case 'keep': return `入选 ${after?.section ?? t.section}`;
    case 'discard': return '舍弃';
    case 'reset': return '退回待处理';
    case 'duplicate': return `标为 #${t.of} 的重复`;
    case 'tag': return `标签 ${t.tags.join('、') || '（无）'}`;
    case 'note': return `备注 ${t.note}`;
  }
}

/** Folds the articles of one same-event group under the first (newest) of them on the page. */
export function fold(items: InboxItem[]): InboxEntry[] {
  const heads = new Map<number, InboxEntry>();
  const out: InboxEntry[] = [];
  for (const item of items) {
    const head = item.groupId === null ? undefined : heads.get(item.groupId);
    if (head) {
      head.folded.push(item);
      continue;
    }
    const entry = { ...item, folded: [] };
    if (item.groupId !== null) heads.set(item.groupId, entry);
    out.push(entry);
  }
  return out;
}
