import { z } from 'zod';
import { lexiconModel, trainSectionModel } from '../../enrich/index.js';
import { editorSections } from '../../pipeline/corrections.js';
import { articleContext, understandArticles, understandingVersion } from '../../pipeline/understand.js';
import type { EventGroup } from '../../store/enrichment-types.js';
import { displayLocation } from '../../store/location.js';
import { authorize, type Actor } from '../actor.js';
import type { CoreContext } from '../context.js';
import { invalidInput } from '../errors.js';
import { parseInput } from '../inputs.js';

/** Articles enriched per store transaction: progress survives an interruption, commits stay few. */
const BATCH = 50;

const enrichInput = z.object({
  /** Enrich every stored article again, not only those whose enrichment is missing or stale. */
  all: z.boolean().default(false),
});
export type EnrichInput = z.input<typeof enrichInput>;

/** What a run of enrich did. */
export interface EnrichResult {
  enriched: number;
  upToDate: number;
  /** Same-event groups after regrouping. */
  groups: number;
  /** Articles whose learned names (src/search/learned-aliases.ts) were written again, as made by older rules. */
  relearned: number;
}

/** What training learnt from. */
export interface TrainResult {
  /** Articles the model was trained on, by house section (in the lexicon's order). */
  bySection: { section: string; articles: number }[];
  labelled: number;
  /** Of them, articles an editor moved into their section (the editor's section won). */
  corrections: number;
  /** Articles under headings that are no house section, left out. */
  leftOut: number;
}

/** Follows a long run: called after each article with how many are done, the total and the next one's title. */
export type Progress = (done: number, total: number, next?: string) => void;

/** Understanding the archive: (re-)enrichment, the section model, same-event groups. */
export class EnrichmentService {
  constructor(private readonly ctx: CoreContext) {}

  /**
   * Enriches the stored articles that have no enrichment or one made by other rules, data or section model
   * (every article with `all`), in batches, then recomputes the same-event groups.
   */
  async enrich(actor: Actor, input: EnrichInput = {}, progress?: Progress): Promise<EnrichResult> {
    authorize(actor, 'archive.write', 'enrich articles');
    const { all } = parseInput(enrichInput, input, 'enrich');
    const store = this.ctx.store;
    const context = await store.enrichment.context();
    const issues = new Map((await store.issues.list()).map((i) => [i.id, i]));
    const articles = await store.articles.list();
    const stale = new Set(all ? articles.map((a) => a.id) : await store.enrichment.stale(understandingVersion(context)));
    const todo = articles.filter((a) => stale.has(a.id));
    for (let from = 0; from < todo.length; from += BATCH) {
      const some = todo.slice(from, from + BATCH);
      const understood = understandArticles(some.map((a) => ({ article: a, issue: articleContext(a, issues) })), context);
      await store.enrichment.save(some.map((a, i) => ({ articleId: a.id, understanding: understood[i] })));
      for (let i = from; i < from + some.length; i++) progress?.(i + 1, todo.length, todo[i + 1]?.title);
    }
    // The names the archive teaches search were written when each article was indexed, by the rules of then.
    const relearned = await store.enrichment.relearnNames();
    await store.enrichment.regroup();
    const groups = (await store.enrichment.groups()).length;
    const result = { enriched: todo.length, upToDate: articles.length - todo.length, groups, relearned };
    if (todo.length || relearned) {
      await this.ctx.record(actor, {
        action: 'archive.enrich', object: 'archive', after: result,
        detail: `重新理解 ${todo.length} 篇${all ? '（全部）' : ''}；${groups} 个同一事件组${relearned ? `；重写 ${relearned} 篇的检索别名` : ''}`,
      });
    }
    return result;
  }

  /**
   * Trains the section model from every stored article printed under a house section, and from every article
   * an editor moved into a house section of a draft or set on its article page (the editor's section wins over
   * the printed one), and
   * saves it in the store. Deterministic: the same articles give the same model.
   */
  async train(actor: Actor): Promise<TrainResult> {
    authorize(actor, 'archive.write', 'train the section model');
    const store = this.ctx.store;
    const houseSections = lexiconModel().sections;
    const house = new Set(houseSections);
    const issues = new Map((await store.issues.list()).map((i) => [i.id, i]));
    const stored = await store.articles.list();
    const edited = await this.corrections(house);
    // A section chosen on the article page is a correction too; it is the article's own, so it wins over a draft's.
    for (const a of stored) if (a.edits?.sectionBy && a.section !== null && house.has(a.section)) edited.set(a.id, a.section);
    const articles = stored.map((a) => (edited.has(a.id) ? { ...a, section: edited.get(a.id)! } : a));
    const labelled = articles.filter((a) => a.section !== null && house.has(a.section));
    if (!labelled.length) {
      throw invalidInput(displayLocation(this.ctx.config.store), `库中没有文章归入本社栏目（${houseSections.join('、')}） (no stored article is printed under a house section (${houseSections.join(', ')}))`);
    }
    const model = trainSectionModel(
      labelled.map((a) => {
        const issue = articleContext(a, issues);
        return { article: { title: a.title, body: a.body, date: issue.issueDate, source: issue.publication }, section: a.section! };
      }),
    );
    await store.enrichment.saveSectionModel(model);
    const result: TrainResult = {
      bySection: houseSections.map((section) => ({ section, articles: labelled.filter((a) => a.section === section).length })),
      labelled: labelled.length,
      corrections: edited.size,
      leftOut: articles.filter((a) => a.section !== null && !house.has(a.section)).length,
    };
    await this.ctx.record(actor, {
      action: 'model.train', object: 'section-model', after: result,
      detail: `用 ${labelled.length} 篇训练${edited.size ? `，其中 ${edited.size} 篇是编辑的更正` : ''}`,
    });
    return result;
  }

  /** The same-event groups of two articles or more, across issues and web sources. */
  async groups(actor: Actor): Promise<EventGroup[]> {
    authorize(actor, 'archive.read', 'read same-event groups');
    return this.ctx.store.enrichment.groups();
  }

  /** The sections editors chose in drafts, by article (see pipeline/corrections.ts), oldest draft first. */
  private async corrections(house: Set<string>): Promise<Map<number, string>> {
    const store = this.ctx.store;
    const all = [];
    for (const d of [...(await store.drafts.list())].reverse()) {
      const draft = await store.drafts.get(d.id);
      if (draft) all.push({ draft, changes: await store.drafts.changes(d.id) });
    }
    return editorSections(all, house);
  }
}
