import { z } from 'zod';
import { candidateById, periodPool } from '../../compose/candidates.js';
import { draftIssue, entryOf } from '../../compose/draft.js';
import { applyPlan, dropEntry, entryIn, moveEntry, parsePlan, placeEntry, setSummary } from '../../compose/edit.js';
import { enrichCandidates } from '../../compose/enriched.js';
import { FORMATS, renderIssue, type Format } from '../../compose/render/index.js';
import { previousPeriod } from '../../compose/trends.js';
import type { IssueChange, IssueDraft } from '../../compose/types.js';
import type { DraftSummary } from '../../store/types.js';
import { authorize, type Actor } from '../actor.js';
import type { CoreContext } from '../context.js';
import { invalidInput, notFound } from '../errors.js';
import type { Message } from '../messages.js';
import { id, isoDay, parseInput } from '../inputs.js';
import { count, entries } from '../wording.js';

const composeInput = z
  .object({
    from: isoDay,
    to: isoDay,
    edition: z.string().min(1).optional(),
    /** Issue number; default the last one of this publication and edition + 1. */
    number: id.optional(),
    publication: z.string().trim().min(1).optional(),
    maxPerSection: id.default(8),
    highlights: id.default(5),
    /** Similarity from which two articles are one story. */
    sameStory: z.number().gt(0).max(1).default(0.5),
    /** Compute enrichment now for articles stored without it. */
    enrich: z.boolean().default(false),
  })
  .refine((v) => v.from <= v.to, { message: 'the period starts after it ends', path: ['from'] });
export type ComposeInput = z.input<typeof composeInput>;

/** One edit of a composed bulletin. */
export type BulletinEdit =
  | { op: 'drop'; articleId: number }
  | { op: 'add'; articleId: number; section?: string; before?: number }
  | { op: 'move'; articleId: number; section: string; before?: number }
  | { op: 'summary'; articleId: number; text: string }
  /** Rearranges the whole bulletin as a JSON plan says; `name` names the plan in messages (its file). */
  | { op: 'plan'; plan: string; name: string }
  | { op: 'cover'; text: string };

const editInput: z.ZodType<BulletinEdit> = z.discriminatedUnion('op', [
  z.object({ op: z.literal('drop'), articleId: id }),
  z.object({ op: z.literal('add'), articleId: id, section: z.string().trim().min(1).optional(), before: id.optional() }),
  z.object({ op: z.literal('move'), articleId: id, section: z.string().trim().min(1), before: id.optional() }),
  z.object({ op: z.literal('summary'), articleId: id, text: z.string() }),
  z.object({ op: z.literal('plan'), plan: z.string(), name: z.string() }),
  z.object({ op: z.literal('cover'), text: z.string() }),
]);

/** A composed bulletin with its edit log. */
export interface BulletinWithChanges {
  bulletin: IssueDraft;
  changes: IssueChange[];
}

/** Composed bulletins: draft one from a period's stored articles, list, read, edit, render. */
export class BulletinService {
  constructor(private readonly ctx: CoreContext) {}

  /** Drafts a bulletin from the articles of the issues dated in a period; returns its id and what to tell the user. */
  async compose(actor: Actor, input: ComposeInput): Promise<{ id: number; messages: Message[] }> {
    authorize(actor, 'drafts.write', 'compose bulletins');
    const opts = parseInput(composeInput, input, 'compose');
    const store = this.ctx.store;
    const messages: Message[] = [];
    const edition = opts.edition ? await store.drafts.getEdition(opts.edition) : null;
    if (opts.edition && !edition) throw notFound(`edition ${opts.edition}`, 'no such edition (add it with jianbao edition add)');
    const pool = await periodPool(store, opts.from, opts.to);
    if (pool.undated.length) {
      messages.push({
        level: 'warning', code: 'undated-issues',
        message: `${count(pool.undated.length, 'stored issue')} without a date cannot be placed in a period: ${pool.undated.map((i) => i.source.path).join(', ')}`,
      });
    }
    if (!pool.candidates.length) throw invalidInput(`${opts.from}..${opts.to}`, 'no stored issue is dated in this period');
    const candidates = opts.enrich ? enrichCandidates(pool.candidates) : pool.candidates;
    const before = previousPeriod(opts.from, opts.to);
    const previousPool = (await periodPool(store, before.from, before.to)).candidates;
    const previous = opts.enrich ? enrichCandidates(previousPool) : previousPool;
    const publication = opts.publication ?? this.ctx.config.house.publication ?? undefined;
    const draft = draftIssue(candidates, {
      from: opts.from, to: opts.to, number: opts.number ?? 0, edition, sectionOrder: pool.sectionOrder,
      maxPerSection: opts.maxPerSection, highlights: opts.highlights, sameStory: opts.sameStory, previous,
      ...(publication ? { publication } : {}),
      ...(this.ctx.config.house.copyright ? { copyright: this.ctx.config.house.copyright } : {}),
    });
    if (!opts.number) {
      const same = (await store.drafts.list()).filter((d) => d.publication === draft.publication && d.edition === draft.edition);
      draft.number = Math.max(0, ...same.map((d) => d.number)) + 1;
    }
    const printed = draft.sections.flatMap((s) => s.entries);
    const merged = printed.reduce((n, e) => n + e.alsoSeen.length, 0);
    if (!printed.length) {
      messages.push({ level: 'warning', code: 'empty-edition', message: `no article of ${opts.from}..${opts.to} matches edition ${opts.edition}` });
    }
    const left = pool.candidates.length - printed.length - merged;
    const detail =
      `${count(pool.candidates.length, 'article')} of ${opts.from}..${opts.to}${edition ? ` for edition ${edition.name}` : ''}: ` +
      `${entries(printed.length)}, ${merged} merged as 另见, ${left} left out (edition filter or --max-per-section)`;
    const newId = await this.ctx.transaction(async (tx) => {
      const saved = await tx.store.drafts.save(draft, this.change(actor, 'new', detail));
      await tx.record(actor, { action: 'bulletin.new', object: `bulletin:${saved}`, detail, after: { number: draft.number, edition: draft.edition } });
      return saved;
    });
    return { id: newId, messages };
  }

  /** Every composed bulletin, newest first, without entry texts. */
  async list(actor: Actor): Promise<DraftSummary[]> {
    authorize(actor, 'drafts.read', 'read drafts');
    return this.ctx.store.drafts.list();
  }

  /** One composed bulletin with its edit log; not-found when there is none. */
  async get(actor: Actor, bulletinId: number): Promise<BulletinWithChanges> {
    authorize(actor, 'drafts.read', 'read drafts');
    const bulletin = await this.load(bulletinId);
    return { bulletin, changes: await this.ctx.store.drafts.changes(bulletinId) };
  }

  /** Applies one edit, logs it, and returns the log line (`drop article 3 …`). */
  async edit(actor: Actor, bulletinId: number, edit: BulletinEdit): Promise<{ what: string; detail: string }> {
    authorize(actor, 'drafts.write', 'edit bulletins');
    const e = parseInput(editInput, edit, 'edit');
    const draft = await this.load(bulletinId);
    const { next, what, detail } = await this.apply(draft, e);
    await this.ctx.transaction(async (tx) => {
      await tx.store.drafts.save(next, this.change(actor, what, detail));
      await tx.record(actor, { action: `bulletin.${what}`, object: `bulletin:${bulletinId}`, detail });
    });
    return { what, detail };
  }

  /** The bulletin printed in a format: PDF, DOCX, HTML or Markdown bytes. */
  async render(actor: Actor, bulletinId: number, format: Format): Promise<Uint8Array> {
    authorize(actor, 'drafts.read', 'render drafts');
    if (!FORMATS.includes(format)) throw invalidInput(`format ${format}`, `expected one of ${FORMATS.join(', ')}`);
    const { config } = this.ctx;
    return renderIssue(await this.load(bulletinId), format, { colours: config.house.colours, fonts: config.house.fonts, chromium: config.chromium });
  }

  private async load(bulletinId: number): Promise<IssueDraft> {
    const draft = await this.ctx.store.drafts.get(parseInput(id, bulletinId, 'bulletin'));
    if (!draft) throw notFound(`issue ${bulletinId}`, 'no such issue (see jianbao issue list)');
    return draft;
  }

  private change(actor: Actor, what: string, detail: string): IssueChange {
    return { at: this.ctx.now().toISOString(), who: actor.id, what, detail };
  }

  /** The draft after one edit, with the log entry describing it. */
  private async apply(draft: IssueDraft, e: BulletinEdit): Promise<{ next: IssueDraft; what: string; detail: string }> {
    const fetch = async (articleId: number) => entryOf(await candidateById(this.ctx.store, articleId), draft);
    switch (e.op) {
      case 'drop': {
        const entry = entryIn(draft, e.articleId);
        return { next: dropEntry(draft, e.articleId), what: 'drop', detail: `article ${entry.articleId} ${entry.title}` };
      }
      case 'add': {
        const entry = await fetch(e.articleId);
        const section = e.section ?? entry.section;
        // `to S` only when the editor chose the section: train takes that as a correction (pipeline/corrections.ts).
        const where = e.section === undefined ? `in ${section}` : `to ${section}`;
        return { next: placeEntry(draft, entry, section, e.before), what: 'add', detail: `article ${entry.articleId} ${entry.title} ${where}` };
      }
      case 'move': {
        const entry = entryIn(draft, e.articleId);
        const where = `${e.section}${e.before !== undefined ? ` before article ${e.before}` : ''}`;
        return { next: moveEntry(draft, e.articleId, e.section, e.before), what: 'move', detail: `article ${entry.articleId} ${entry.title} to ${where}` };
      }
      case 'summary':
        return { next: setSummary(draft, e.articleId, e.text), what: 'summary', detail: `article ${e.articleId}: ${e.text || '(cleared)'}` };
      case 'plan': {
        const next = await applyPlan(draft, parsePlan(e.plan, e.name), fetch);
        const n = next.sections.reduce((k, s) => k + s.entries.length, 0);
        return { next, what: 'plan', detail: `${e.name}: ${count(next.sections.length, 'section')}, ${entries(n)}` };
      }
      case 'cover': {
        const coverLine = e.text.trim() || null;
        return { next: { ...draft, coverLine }, what: 'cover', detail: coverLine ?? '(cleared)' };
      }
    }
  }
}
