import { z } from 'zod';
import type { Enrichment } from '../../enrich/types.js';
import { reunderstand } from '../../pipeline/refresh.js';
import type { EventGroup } from '../../store/enrichment-types.js';
import type { ArticleEdits, IssueSummary, Repositories, StoredArticle } from '../../store/types.js';
import type { Article } from '../../types.js';
import { authorize, type Actor } from '../actor.js';
import type { CoreContext } from '../context.js';
import { conflict, invalidInput, notFound } from '../errors.js';
import { id, parseInput } from '../inputs.js';
import { moveReferences } from './article-references.js';
import { mergedBody, paragraphsOf, splitArticle } from './article-text.js';
import { houseSections } from './bulletin-edits.js';
import { followArticles } from './entry-follow.js';
import { draftPlaces } from './draft-places.js';

/** One article as its page shows it: text and provenance, what enrichment found, the editors' changes applied. */
export interface ArticleView {
  article: StoredArticle;
  /** The issue it was printed in; null for a web article. */
  issue: IssueSummary | null;
  /** The body as the page numbers its paragraphs (split takes these numbers). */
  paragraphs: string[];
  /** What enrichment found; null until the article is enriched. */
  enrichment: Enrichment | null;
  /** The editor's summary, else enrichment's. */
  summary: string;
  /** The editor's tags, else enrichment's. */
  tags: string[];
  /** The section enrichment predicts. */
  predictedSection: string | null;
  /** The other articles of its same-event group. */
  group: EventGroup['articles'];
  /** The article printed before it in its issue (what a merge joins it to); null for the first and web articles. */
  previousId: number | null;
}

/** The article page's fields as its form labels them. */
const FIELD_NAMES = { title: '标题', section: '栏目', summary: '摘要', tags: '标签' } as const;

/** How many of the newest article entries of the log are searched for the merge that took an article away. */
const MERGE_LOOK_BACK = 5000;

const fields = {
  title: z.string().trim().min(1).max(500).optional(),
  /** A house section; an unknown one is refused, never created. */
  section: z.string().trim().min(1).max(100).optional(),
  /** Empty: back to enrichment's summary. */
  summary: z.string().trim().max(2000).transform((v) => v.replace(/\r\n?/g, '\n')).optional(),
  tags: z.array(z.string().trim().min(1).max(50)).max(30).optional(),
};
const editInput = z
  .object({
    ...fields,
    /**
     * What the page showed, per field: a field sent as shown is left alone, and one changed both here and by someone
     * else since is refused (conflict) rather than written over theirs.
     */
    shown: z.object({ ...fields, title: z.string().trim().max(500).optional(), section: z.string().trim().max(100).optional() }).strict().optional(),
  })
  .strict();
export type ArticleEditInput = z.input<typeof editInput>;

const splitInput = z.object({
  /** The paragraph (1-based, as the page numbers them) the second article starts with. */
  at: z.number().int().min(2),
  /** The new article's title; default its first line. */
  title: z.string().trim().max(500).optional(),
}).strict();
export type SplitInput = z.input<typeof splitInput>;

/** What an article is as an undo puts it back: its text, section and the editors' changes. */
export type ArticleState = Pick<StoredArticle, 'title' | 'section' | 'body'> & { edits: ArticleEdits | null };

/** The part of an article an edit, split or merge changes, for the audit log's before and after. */
export function stateOf(a: StoredArticle): ArticleState {
  return { title: a.title, section: a.section, body: a.body, edits: a.edits ?? null };
}

/**
 * The article page's workflows: read one article with its enrichment and group; edit its title, section, summary
 * and tags; fix a bad parse by splitting it at a paragraph or merging it with the one printed before it. Every
 * change re-enriches and reindexes the articles it touched, in the transaction that logs it (jianbao undo can
 * take it back: ./history.ts).
 */
export class ArticleService {
  constructor(private readonly ctx: CoreContext) {}

  /**
   * One article as its page shows it. Readers may read it as they may search the archive (the search service
   * shows them every stored article); not-found when there is none.
   */
  async get(actor: Actor, articleId: number): Promise<ArticleView> {
    authorize(actor, 'archive.read', 'read the archive');
    const store = this.ctx.store;
    const article = await this.load(store, articleId);
    const issue = article.issueId === null ? null : await store.issues.get(article.issueId);
    const stored = await store.enrichment.get(article.id);
    const enrichment = stored?.enrichment ?? null;
    const group = stored?.groupId == null ? [] : ((await store.enrichment.eventGroup(stored.groupId))?.articles ?? []);
    const previous = article.issueId === null ? [] : (await store.articles.list({ issueId: article.issueId })).filter((a) => a.ordinal < article.ordinal);
    return {
      article, issue, enrichment,
      paragraphs: paragraphsOf(article.body),
      summary: article.edits?.summary ?? enrichment?.summary ?? '',
      tags: article.edits?.tags ?? enrichment?.tags.map((t) => t.name) ?? [],
      predictedSection: enrichment?.predictedSection?.name ?? null,
      group: group.filter((g) => g.id !== article.id),
      previousId: previous.at(-1)?.id ?? null,
    };
  }

  /**
   * Changes the title, section (a house section), summary and tags given; fields equal to what the page shows are
   * left alone. A section chosen here is a correction `jianbao train` learns from. Returns the article after.
   */
  async edit(actor: Actor, articleId: number, input: ArticleEditInput): Promise<StoredArticle> {
    authorize(actor, 'archive.write', 'edit articles');
    const e = parseInput(editInput, input, 'edit');
    if (e.section !== undefined && !houseSections().includes(e.section)) {
      throw invalidInput(`section ${e.section}`, `不是本社栏目（本社栏目：${houseSections().join('、')}） (not a house section)`);
    }
    return this.ctx.transaction(async (tx) => {
      // Read after the lock: an undo or another edit of this article running now lands wholly before or after.
      await tx.store.audit.lock([`article:${articleId}`]);
      const view = await this.get(actor, articleId);
      const before = view.article;
      if (e.shown) await this.checkShown(tx.store, e, view);
      const edits: ArticleEdits = { ...before.edits };
      const changed: string[] = [];
      if (e.title !== undefined && e.title !== before.title) changed.push(`标题 ${e.title}`);
      if (e.section !== undefined && e.section !== before.section) {
        changed.push(`栏目 ${e.section}`);
        edits.sectionBy = actor.id;
      }
      if (e.summary !== undefined && e.summary !== view.summary.trim()) {
        changed.push(`摘要 ${e.summary || '(按自动摘要)'}`);
        if (e.summary) edits.summary = e.summary;
        else delete edits.summary;
      }
      const tags = e.tags && [...new Set(e.tags)];
      if (tags && tags.join('\n') !== view.tags.join('\n')) {
        changed.push(`标签 ${tags.join('、') || '(无)'}`);
        edits.tags = tags;
      }
      if (!changed.length) return before;
      const after = await tx.store.articles.update(articleId, {
        ...(e.title !== undefined ? { title: e.title } : {}),
        ...(e.section !== undefined ? { section: e.section } : {}),
        edits,
      });
      await reunderstand(tx.store, [articleId]);
      await tx.record(actor, {
        action: 'article.edit', object: `article:${articleId}`, detail: changed.join('；'), before: stateOf(before), after: stateOf(after),
      });
      await followArticles(tx, actor, this.ctx.now().toISOString(), [articleId]);
      return after;
    });
  }

  /**
   * Splits a badly parsed article before paragraph `at`: the paragraphs from there become a new article printed
   * right after it, titled as given or by their first line. Returns both.
   */
  async split(actor: Actor, articleId: number, input: SplitInput): Promise<{ first: StoredArticle; second: StoredArticle }> {
    authorize(actor, 'archive.write', 'fix articles');
    const s = parseInput(splitInput, input, 'split');
    return this.ctx.transaction(async (tx) => {
      await tx.store.audit.lock([`article:${articleId}`]);
      const before = await this.load(tx.store, articleId);
      if (before.issueId === null) throw invalidInput(`article ${articleId}`, '网页文章按网页提取，不能拆分 (a web article is extracted from its page, not parsed: it cannot be split)');
      const halves = splitArticle(before, s.at, s.title);
      if (typeof halves === 'string') throw invalidInput(`article ${articleId}: paragraph ${s.at}`, halves);
      const first = await tx.store.articles.update(articleId, { body: halves.first.body });
      // The editors' summary and tags were written for the whole: the new part starts from its own enrichment.
      const { edits: _whole, ...parsed } = halves.second as Article & { edits?: ArticleEdits };
      const second = await tx.store.articles.insertAfter(articleId, parsed);
      // Its text is not news: watchlists saw it in the article it came from.
      await this.ctx.store.alerts.queueLike(second.id, articleId);
      await reunderstand(tx.store, [first.id, second.id]);
      await tx.record(actor, {
        action: 'article.split', object: `article:${articleId}`, detail: `第 ${s.at} 段起拆为 #${second.id} ${second.title}`,
        before: stateOf(before), after: { ...stateOf(first), created: second.id },
      });
      await followArticles(tx, actor, this.ctx.now().toISOString(), [first.id]);
      return { first, second };
    });
  }

  /**
   * Merges a badly split article into the one printed before it in its issue (its title becomes a paragraph) and
   * removes it. Refused when a bulletin under sign-off or signed off prints it. Returns the merged article.
   */
  async merge(actor: Actor, articleId: number): Promise<StoredArticle> {
    authorize(actor, 'archive.write', 'fix articles');
    parseInput(id, articleId, 'article');
    return this.ctx.transaction(async (tx) => {
      const located = await this.get(actor, articleId);
      if (located.previousId === null) throw invalidInput(`article ${articleId}`, located.article.issueId === null ? '网页文章没有上一篇可并入 (a web article has no previous article to merge with)'
          : '这是本期第一篇，没有上一篇可并入 (the first article of its issue has no previous article to merge with)');
      await tx.store.audit.lock([`article:${articleId}`, `article:${located.previousId}`]);
      // Read again under the lock: what is merged and logged is what the store holds now.
      const view = await this.get(actor, articleId);
      const removed = view.article;
      if (view.previousId !== located.previousId) throw conflict(`article ${articleId}`, '合并时本期文章有变动，请重试 (its issue changed while merging; try again)');
      const triage = (await this.ctx.store.triage.get([articleId])).get(articleId) ?? null;
      const drafts = await draftPlaces(tx.store, articleId);
      const before = await this.load(tx.store, view.previousId);
      const after = await tx.store.articles.update(before.id, { body: mergedBody(before, removed) });
      // Alerts, duplicate marks and triage follow the text into the kept article; 另见 lines are recorded for the undo.
      const references = await moveReferences(this.ctx.store, actor, this.ctx.now().toISOString(), articleId, before.id);
      await tx.store.articles.remove(articleId);
      await reunderstand(tx.store, [after.id]);
      await tx.record(actor, {
        action: 'article.merge', object: `article:${after.id}`,
        detail: `并入 #${articleId} ${removed.title}${drafts.length ? `（从草稿 ${[...new Set(drafts.map((d) => `#${d.draftId}`))].join('、')} 撤下）` : ''}`,
        before: { ...stateOf(before), removed: parsedOf(removed), removedTriage: triage, removedFrom: drafts, references }, after: { ...stateOf(after), removedId: articleId },
      });
      await followArticles(tx, actor, this.ctx.now().toISOString(), [after.id]);
      return after;
    });
  }

  /**
   * The article a merged-away one now lives in (through later merges too), from the log's merges not undone;
   * null when it was not merged away (removed with its issue, or never stored). Links to it lead there.
   */
  async mergedInto(actor: Actor, articleId: number): Promise<number | null> {
    authorize(actor, 'archive.read', 'read the archive');
    parseInput(id, articleId, 'article');
    const log = await this.ctx.store.audit.list({ object: 'article', limit: MERGE_LOOK_BACK });
    const undone = new Set(log.filter((e) => e.action === 'change.undo').flatMap((e) => (e.after as { undid?: number[] } | null)?.undid ?? []));
    const merges = log.filter((e) => e.action === 'article.merge' && !undone.has(e.id));
    let at = articleId;
    for (const _hop of merges) {
      const merge = merges.find((e) => (e.after as { removedId?: number } | null)?.removedId === at);
      if (!merge) return null;
      at = Number(merge.object.slice('article:'.length));
      if (await this.ctx.store.articles.get(at)) return at;
    }
    return null;
  }

  /**
   * Per field, three ways: what the page showed, what was typed, what is stored now. A field left as shown is dropped
   * from the edit (another editor's change to it stays); one changed here and, differently, by someone else since
   * is a conflict naming who and what it is now.
   */
  private async checkShown(store: Repositories, e: z.output<typeof editInput>, view: ArticleView): Promise<void> {
    const now = { title: view.article.title, section: view.article.section ?? '', summary: view.summary.trim(), tags: view.tags.join('\n') };
    const typed = { title: e.title, section: e.section, summary: e.summary, tags: e.tags && [...new Set(e.tags)].join('\n') };
    const shown = { ...e.shown, tags: e.shown!.tags && [...new Set(e.shown!.tags)].join('\n') };
    for (const field of ['title', 'section', 'summary', 'tags'] as const) {
      const [mine, was] = [typed[field], shown[field]];
      if (mine === undefined || was === undefined) continue;
      if (mine === was) {
        delete e[field];
        continue;
      }
      if (now[field] === was || now[field] === mine) continue;
      const [last] = await store.audit.list({ object: `article:${view.article.id}`, limit: 1 });
      const who = last ? `${last.actor} ` : '';
      const value = field === 'tags' ? now.tags.split('\n').join('、') : now[field];
      throw conflict(
        `article ${view.article.id}`,
        `你打开之后 ${who}改了${FIELD_NAMES[field]}（现为「${value || '空'}」），你的修改没有保存 (the ${field} was changed by ${last?.actor ?? 'someone else'} since your copy was read; nothing saved)`,
      );
    }
  }

  private async load(store: Repositories, articleId: number): Promise<StoredArticle> {
    const article = await store.articles.get(parseInput(id, articleId, 'article'));
    if (!article) throw notFound(`article ${articleId}`, '库中没有这篇文章 (no such article in the store)');
    return article;
  }
}

/** What it takes to store an article again (an undone merge): its parsed fields and the editors' changes. */
export function parsedOf(a: StoredArticle): Article & { edits?: ArticleEdits } {
  const { id: _id, issueId: _issue, ordinal: _ordinal, contentHash: _hash, web: _web, ...parsed } = a;
  return parsed;
}
