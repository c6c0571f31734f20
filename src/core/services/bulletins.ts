import { z } from 'zod';
import { periodPool } from '../../compose/candidates.js';
import { draftIssue } from '../../compose/draft.js';
import { enrichCandidates } from '../../compose/enriched.js';
import { leftOutOf, type LeftOut } from '../../compose/left-out.js';
import { FORMATS, loadRenderers, renderIssue, type Format } from '../../compose/render/index.js';
import { previousPeriod } from '../../compose/trends.js';
import type { BulletinStatus, IssueChange, IssueDraft } from '../../compose/types.js';
import { StaleDraftError } from '../../store/publishing-types.js';
import type { DraftSummary } from '../../store/types.js';
import { authorize, can, type Actor } from '../actor.js';
import { houseRender } from '../config.js';
import type { CoreContext } from '../context.js';
import { conflict, invalidInput, notFound, unavailable, type JianbaoError } from '../errors.js';
import type { Message } from '../messages.js';
import { id, parseInput, typedDay } from '../inputs.js';
import { count } from '../wording.js';
import { applyEdit, editInput, houseSections, type BulletinEdit } from './bulletin-edits.js';
import { changesSince, clashOf, type Clash } from './bulletin-rebase.js';
import { touchedBetween } from '../../compose/touched.js';
import { articleTexts, VERSIONS_KEPT } from './entry-follow.js';
import { outdated } from '../../compose/follow.js';

const composeInput = z
  .object({
    from: typedDay,
    to: typedDay,
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
  .refine((v) => v.from <= v.to, { message: '开始日期晚于结束日期 (the period starts after it ends)', path: ['from'] });
export type ComposeInput = z.input<typeof composeInput>;

/** A status move: the version the caller's copy was read at (optional) and, for sending back, why. */
const statusInput = z.object({ version: id.optional(), note: z.string().trim().max(500).optional() });
export type StatusInput = z.input<typeof statusInput>;

/** An undo or redo of a bulletin edit: the version the editor's copy was read at (optional, as for an edit). */
const undoInput = z.object({ version: id.optional() }).strict();
export type BulletinUndoInput = z.input<typeof undoInput>;

/** A composed bulletin with its edit log (empty for readers) and the formats kept at sign-off. */
export interface BulletinWithChanges {
  bulletin: IssueDraft;
  changes: IssueChange[];
  /** The edit 撤销 would take back now (newsroom, editable bulletins), or null. */
  undoable: IssueChange | null;
  /** The undone edit 重做 would make again now (newsroom, editable bulletins), or null. */
  redoable: IssueChange | null;
  /** Entries (by article id) printing other text than their article has now: 原文已更新 (newsroom, editable bulletins). */
  outdated: number[];
  /** The rendered files kept with a published bulletin, with their sizes; empty before sign-off. */
  files: { format: string; bytes: number }[];
  /** A draft the chief editor sent back (its last status move a 退回): who, when and their note (newsroom), else null. */
  sentBack: SentBack | null;
  /**
   * A bulletin submitted again after a 退回: that send-back and the edits made since (what the chief editor checks
   * before signing off; none when it came back unchanged), else null.
   */
  resubmitted: (SentBack & { edits: IssueChange[] }) | null;
}

/** A 退回: who sent the bulletin back, when, and their note. */
export interface SentBack {
  who: string;
  at: string;
  note: string | null;
}

/** 草稿, 待审, 已签发: the statuses as the user reads them. */
export const STATUS_LABELS: Readonly<Record<BulletinStatus, string>> = { draft: '草稿', submitted: '待审', published: '已签发' };

/** The edit log's kinds of change as the newsroom reads them (the log keeps the codes). */
const CHANGE_LABELS: Readonly<Record<string, string>> = {
  new: '编排', add: '加入', drop: '撤下', move: '移动', summary: '摘要', refresh: '按原文刷新', plan: '按方案编排', cover: '封面语',
  highlights: '本期要点', undo: '撤销', redo: '重做', submit: '提交审核', approve: '签发', reject: '退回修改', follow: '随原文更新',
};

/** A change's kind in words (an unknown code as it is). */
export function changeLabel(what: string): string {
  return CHANGE_LABELS[what] ?? what;
}

/** The status moves: which status each starts from, where it ends, and the permission it needs. */
const MOVES = {
  submit: { from: 'draft', to: 'submitted', permission: 'drafts.write', what: 'submit bulletins for sign-off' },
  approve: { from: 'submitted', to: 'published', permission: 'drafts.approve', what: 'sign bulletins off' },
  reject: { from: 'submitted', to: 'draft', permission: 'drafts.approve', what: 'send bulletins back' },
} as const;
type Move = keyof typeof MOVES;

/**
 * Composed bulletins: draft one from a period's stored articles (imported and web), list, read, edit with a
 * version check, move through 草稿 → 待审 → 已签发, render. Readers see only published bulletins of their edition.
 */
export class BulletinService {
  /**
   * Renders under way, by bulletin, version and format: a second request for the same file (a second click on a
   * PDF that takes many seconds) waits for the first render rather than starting another Chromium.
   */
  private readonly rendering = new Map<string, Promise<Uint8Array>>();
  constructor(private readonly ctx: CoreContext) {}

  /**
   * Gets 签发's renders ready while the one who may sign off reads a submitted issue: the renderers loaded and
   * Chromium started (closed again after 120 s unused). Nothing for anyone else or another status; a failure is left
   * to the sign-off, which meets it again.
   */
  warmForSignOff(actor: Actor, draft: IssueDraft): void {
    if (draft.status !== 'submitted' || !can(actor, 'drafts.approve')) return;
    void Promise.all([loadRenderers(), this.ctx.chromium.warm()]).catch(() => undefined);
  }

  /** Drafts a bulletin from the articles of the period; returns its id and what to tell the user. */
  async compose(actor: Actor, input: ComposeInput): Promise<{ id: number; messages: Message[] }> {
    authorize(actor, 'drafts.write', 'compose bulletins');
    const opts = parseInput(composeInput, input, 'compose');
    const store = this.ctx.store;
    const messages: Message[] = [];
    const edition = opts.edition ? await store.drafts.getEdition(opts.edition) : null;
    if (opts.edition && !edition) throw notFound(`edition ${opts.edition}`, '没有这个版别，请先用 jianbao edition add 添加 (no such edition (add it with jianbao edition add))');
    const pool = await periodPool(store, opts.from, opts.to);
    if (pool.undated.length) {
      messages.push({
        level: 'warning', code: 'undated-issues',
        message: `${count(pool.undated.length, 'stored issue')} without a date cannot be placed in a period: ${pool.undated.map((i) => i.source.path).join(', ')}`,
      });
    }
    if (!pool.candidates.length) throw invalidInput(`${opts.from}..${opts.to}`, '这一时段内没有已入库的期刊或网页文章 (no stored issue or web article is dated in this period)');
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
      `${opts.from}..${opts.to} 共 ${pool.candidates.length} 篇${edition ? `（版本 ${edition.name}）` : ''}：` +
      `收入 ${printed.length} 篇，${merged} 篇并作另见，${left} 篇未收（版本筛选或每栏上限）`;
    const newId = await this.ctx.transaction(async (tx) => {
      const saved = await tx.store.drafts.save(draft, this.change(actor, 'new', detail));
      await tx.record(actor, { action: 'bulletin.new', object: `bulletin:${saved}`, detail, after: { number: draft.number, edition: draft.edition } });
      return saved;
    });
    return { id: newId, messages };
  }

  /** The bulletins the actor may see, newest first, without entry texts: all for the newsroom, a reader's published ones. */
  async list(actor: Actor): Promise<DraftSummary[]> {
    const all = await this.ctx.store.drafts.list();
    if (can(actor, 'drafts.read')) return all;
    authorize(actor, 'published.read', 'read bulletins');
    return all.filter((d) => this.visible(actor, d));
  }

  /**
   * One bulletin alone, for a caller that needs only what it prints (a save checking its sections, the pool, a
   * download): none of get's reads for the editor page. Not-found when there is none or the actor may not see it.
   */
  async read(actor: Actor, bulletinId: number): Promise<IssueDraft> {
    return this.readable(actor, bulletinId);
  }

  /**
   * One bulletin as the editor page shows it: with its edit log, the edit 撤销 would take back and the entries whose
   * article changed since (which reads every entry's article); not-found when there is none or the actor may not see it.
   */
  async get(actor: Actor, bulletinId: number): Promise<BulletinWithChanges> {
    const bulletin = await this.readable(actor, bulletinId);
    const newsroom = can(actor, 'drafts.read');
    const editable = newsroom && bulletin.status !== 'published';
    const versions = this.ctx.store.draftVersions;
    const [last, next] = editable ? await Promise.all([versions.last(bulletin.id), versions.nextRedo(bulletin.id)]) : [null, null];
    const entries = bulletin.sections.flatMap((s) => s.entries);
    const texts = editable ? await articleTexts(this.ctx.store, entries.map((e) => e.articleId)) : new Map();
    const changes = newsroom ? await this.ctx.store.drafts.changes(bulletin.id) : [];
    return {
      bulletin,
      changes,
      undoable: last?.afterVersion === bulletin.version ? last.change : null,
      redoable: next?.redoAt === bulletin.version ? next.change : null,
      outdated: entries.filter((e) => texts.has(e.articleId) && outdated(e, texts.get(e.articleId)!)).map((e) => e.articleId),
      files: await this.ctx.store.publishing.files(bulletin.id),
      sentBack: bulletin.status === 'draft' ? sentBack(changes) : null,
      resubmitted: bulletin.status === 'submitted' ? resubmitted(changes) : null,
    };
  }

  /**
   * Applies one edit, logs it, and returns the log line and the bulletin's new version. An edit read at an older
   * version applies on top of the newer one when nothing it needs changed since (./bulletin-rebase.ts); `mergedWith`
   * then names who saved meanwhile. A true conflict is refused, saying who changed what.
   */
  async edit(actor: Actor, bulletinId: number, edit: BulletinEdit): Promise<{ what: string; detail: string; version: number; mergedWith: string[] }> {
    authorize(actor, 'drafts.write', 'edit bulletins');
    const e = parseInput(editInput, edit, 'edit');
    // A save racing another from the same read is checked again on top of it: a few turns, then a conflict.
    for (let turn = 1; ; turn++) {
      const draft = await this.editable(actor, bulletinId);
      const since = e.version !== undefined && e.version !== draft.version ? await this.rebase(draft, e, e.version) : [];
      const { next, what, detail, touched } = await applyEdit(this.ctx.store, draft, e);
      const change = { ...this.change(actor, what, detail), touched };
      try {
        await this.ctx.transaction(async (tx) => {
          await tx.store.drafts.save(next, change);
          // The version this edit leaves behind, for 撤销 (undo below).
          await tx.store.draftVersions.keep({ draftId: bulletinId, version: draft.version, afterVersion: draft.version + 1, change, draft }, VERSIONS_KEPT);
          await tx.record(actor, {
            action: `bulletin.${what}`, object: `bulletin:${bulletinId}`, detail,
            ...(since.length ? { before: { version: e.version }, after: { version: draft.version + 1, over: since.map((c) => c.version) } } : {}),
          });
        });
        return { what, detail, version: draft.version + 1, mergedWith: [...new Set(since.map((c) => c.who))] };
      } catch (err) {
        const stale = staleCause(err);
        if (!stale) throw err;
        if (turn === 3) throw staleConflict(draft.id, stale.version, stale.status);
      }
    }
  }

  /** The changes since `base` an edit applies on top of; a conflict saying who changed what when it cannot. */
  private async rebase(draft: IssueDraft, e: BulletinEdit, base: number): Promise<IssueChange[]> {
    const changes = await this.ctx.store.drafts.changes(draft.id);
    const clash = clashOf(e, base, draft, changes);
    if (clash) throw clashConflict(draft, clash);
    return changesSince(changes, base, draft.version)!;
  }

  /**
   * Takes back the bulletin's last edit (撤销; again: the one before, up to VERSIONS_KEPT): the version before it
   * is saved again as a new version, so an editor's page at the old one is still told the bulletin changed. Only
   * while nothing else moved the bulletin on since that edit (a status move, an article's removal or merge):
   * conflict then, nothing changed. Any editor's edit, as any editor may edit: the log says whose it was.
   */
  async undo(actor: Actor, bulletinId: number, input: BulletinUndoInput = {}): Promise<{ detail: string; version: number }> {
    authorize(actor, 'drafts.write', 'edit bulletins');
    const u = parseInput(undoInput, input, 'undo');
    const draft = await this.editable(actor, bulletinId, u.version);
    const last = await this.ctx.store.draftVersions.last(bulletinId);
    if (!last) throw notFound(`issue ${bulletinId}`, '没有可撤销的修改 (no edit left to undo)');
    if (last.afterVersion !== draft.version) {
      throw conflict(`issue ${bulletinId}`, `最近一次修改之后简报又有变动（提交、退回，或所收文章被删除、合并），不能撤销 (moved on since its last edit by a status move or an article's removal; nothing was undone)`);
    }
    const whose = last.change.who === actor.id ? '' : `（${last.change.who} 的修改）`;
    const detail = `撤销 ${changeLabel(last.change.what)} ${last.change.detail}${whose}`;
    const back: IssueDraft = { ...last.draft, id: draft.id, version: draft.version, status: draft.status };
    await this.stale(draft, () =>
      this.ctx.transaction(async (tx) => {
        await tx.store.drafts.save(back, { ...this.change(actor, 'undo', detail), touched: touchedBetween(draft, back) });
        await tx.store.draftVersions.undone(bulletinId, last.version, draft.version + 1, draft);
        await tx.record(actor, {
          action: 'bulletin.undo', object: `bulletin:${bulletinId}`, detail,
          before: { version: draft.version }, after: { version: draft.version + 1, restored: last.version },
        });
      }),
    );
    return { detail, version: draft.version + 1 };
  }

  /**
   * Makes the edit undone last again (重做; again: the one undone before it), saving the draft as it stood before
   * that undo as a new version. Only while nothing moved the bulletin on since the undo; a new edit ends what can
   * be redone.
   */
  async redo(actor: Actor, bulletinId: number, input: BulletinUndoInput = {}): Promise<{ detail: string; version: number }> {
    authorize(actor, 'drafts.write', 'edit bulletins');
    const u = parseInput(undoInput, input, 'redo');
    const draft = await this.editable(actor, bulletinId, u.version);
    const next = await this.ctx.store.draftVersions.nextRedo(bulletinId);
    if (!next) throw notFound(`issue ${bulletinId}`, '没有可重做的修改 (no undone edit to redo)');
    if (next.redoAt !== draft.version) {
      throw conflict(`issue ${bulletinId}`, `撤销之后简报又有变动，不能重做 (moved on since the undo; nothing was redone)`);
    }
    const detail = `重做 ${changeLabel(next.change.what)} ${next.change.detail}`;
    const again: IssueDraft = { ...next.redo, id: draft.id, version: draft.version, status: draft.status };
    await this.stale(draft, () =>
      this.ctx.transaction(async (tx) => {
        await tx.store.drafts.save(again, { ...this.change(actor, 'redo', detail), touched: touchedBetween(draft, again) });
        await tx.store.draftVersions.redone(bulletinId, next.version, draft.version + 1);
        await tx.record(actor, {
          action: 'bulletin.redo', object: `bulletin:${bulletinId}`, detail,
          before: { version: draft.version }, after: { version: draft.version + 1 },
        });
      }),
    );
    return { detail, version: draft.version + 1 };
  }

  /** An editor hands a draft in for sign-off (草稿 → 待审). */
  async submit(actor: Actor, bulletinId: number, input: StatusInput = {}): Promise<{ status: BulletinStatus; version: number }> {
    return this.move(actor, 'submit', bulletinId, input);
  }

  /**
   * The chief editor signs a submitted bulletin off (待审 → 已签发): it is rendered in every format now, the files are
   * kept with it, and from then on it is read-only and downloads serve those bytes.
   */
  async approve(actor: Actor, bulletinId: number, input: StatusInput = {}): Promise<{ status: BulletinStatus; version: number }> {
    return this.move(actor, 'approve', bulletinId, input);
  }

  /** The chief editor sends a submitted bulletin back to its editors (待审 → 草稿), with an optional note. */
  async reject(actor: Actor, bulletinId: number, input: StatusInput = {}): Promise<{ status: BulletinStatus; version: number }> {
    return this.move(actor, 'reject', bulletinId, input);
  }

  /** The period's articles the bulletin leaves out, best first (at most `limit`), with where each would go, score and summary. */
  async leftOut(actor: Actor, bulletinId: number, input: { limit?: number } = {}): Promise<LeftOut[]> {
    return (await this.leftOutPool(actor, bulletinId, input)).leftOut;
  }

  /** The left-out pool (as leftOut) with the bulletin it was taken from, for a page showing both: one read of the bulletin. */
  async leftOutPool(actor: Actor, bulletinId: number, input: { limit?: number } = {}): Promise<{ bulletin: IssueDraft; leftOut: LeftOut[] }> {
    authorize(actor, 'drafts.read', 'read drafts');
    const { limit } = parseInput(z.object({ limit: id.max(1000).default(200) }), input, 'left-out');
    const draft = await this.load(bulletinId);
    const edition = draft.edition ? await this.ctx.store.drafts.getEdition(draft.edition) : null;
    const pool = await periodPool(this.ctx.store, draft.from, draft.to);
    return { bulletin: draft, leftOut: leftOutOf(draft, pool.candidates, edition, [...new Set([...houseSections(), ...pool.sectionOrder])]).slice(0, limit) };
  }

  /** The bulletin printed in a format: the files kept at sign-off for a published one, else rendered now. */
  async render(actor: Actor, bulletinId: number, format: Format): Promise<Uint8Array> {
    return (await this.file(actor, bulletinId, format)).bytes;
  }

  /** What `render` prints, with the bulletin it printed (a download names its file after it): one read of the bulletin. */
  async file(actor: Actor, bulletinId: number, format: Format): Promise<{ bulletin: IssueDraft; bytes: Uint8Array }> {
    if (!FORMATS.includes(format)) throw invalidInput(`format ${format}`, `不支持这种格式，可选：${FORMATS.join('、')} (expected one of ${FORMATS.join(', ')})`);
    const bulletin = await this.readable(actor, bulletinId);
    const kept = bulletin.status === 'published' ? await this.ctx.store.publishing.file(bulletin.id, format) : null;
    return { bulletin, bytes: kept ?? (await this.printOnce(bulletin, format)) };
  }

  /** The bulletin printed, sharing a render of the same version and format already under way. */
  private printOnce(bulletin: IssueDraft, format: Format): Promise<Uint8Array> {
    const key = `${bulletin.id}:${bulletin.version}:${format}`;
    let render = this.rendering.get(key);
    if (!render) {
      render = this.print(bulletin, format).finally(() => this.rendering.delete(key));
      this.rendering.set(key, render);
    }
    return render;
  }

  private async move(actor: Actor, move: Move, bulletinId: number, input: StatusInput): Promise<{ status: BulletinStatus; version: number }> {
    const m = MOVES[move];
    authorize(actor, m.permission, m.what);
    const opts = parseInput(statusInput, input, move);
    const draft = await this.load(bulletinId);
    if (opts.version !== undefined && opts.version !== draft.version) throw staleConflict(draft.id, draft.version, draft.status);
    if (draft.status !== m.from) {
      throw conflict(`issue ${bulletinId}`, `当前是${STATUS_LABELS[draft.status]}，只有${STATUS_LABELS[m.from]}的简报才能${PAST_ZH[move]} (is ${draft.status}; only a ${m.from} bulletin can be ${PAST[move]})`);
    }
    const files = move === 'approve' ? await Promise.all(FORMATS.map(async (format) => ({ format, bytes: await this.print({ ...draft, status: 'published' }, format) }))) : undefined;
    const detail = `${STATUS_LABELS[m.from]} → ${STATUS_LABELS[m.to]}${opts.note ? `${NOTE_MARK}${opts.note}` : ''}`;
    const version = await this.stale(draft, () =>
      this.ctx.store.publishing.transition({
        draftId: draft.id, version: draft.version, from: m.from, to: m.to, change: { ...this.change(actor, move, detail), touched: ['status'] }, ...(files ? { files } : {}),
      }),
    );
    await this.ctx.record(actor, {
      action: `bulletin.${move}`, object: `bulletin:${bulletinId}`, detail,
      before: { status: m.from, version: draft.version }, after: { status: m.to, version, ...(files ? { files: files.map((f) => f.format) } : {}) },
    });
    return { status: m.to, version };
  }

  /** A reader sees a bulletin once published, and only their edition's (no edition: the general issue). */
  private visible(actor: Actor, d: Pick<IssueDraft, 'status' | 'edition'>): boolean {
    return d.status === 'published' && d.edition === (actor.edition ?? null);
  }

  /** The bulletin if the actor may read it; not-found otherwise, so a reader learns nothing of drafts. */
  private async readable(actor: Actor, bulletinId: number): Promise<IssueDraft> {
    if (!can(actor, 'drafts.read')) authorize(actor, 'published.read', 'read bulletins');
    const draft = await this.load(bulletinId);
    if (!can(actor, 'drafts.read') && !this.visible(actor, draft)) throw notFound(`issue ${bulletinId}`, '没有这一期简报 (no such issue; see jianbao issue list)');
    return draft;
  }

  /**
   * The bulletin to edit: not published, not awaiting sign-off unless the actor signs off (what the chief approves
   * must not change under them), and still at the version the editor read when one is given.
   */
  private async editable(actor: Actor, bulletinId: number, version?: number): Promise<IssueDraft> {
    const draft = await this.load(bulletinId);
    if (draft.status === 'published') throw conflict(`issue ${bulletinId}`, '已签发，不能再修改 (is published and read-only)');
    if (draft.status === 'submitted' && !can(actor, 'drafts.approve')) {
      throw conflict(`issue ${bulletinId}`, '待审中，已锁定；主编退回修改后才能再改 (is awaiting sign-off and locked; the chief editor may send it back to draft for changes)');
    }
    if (version !== undefined && version !== draft.version) throw staleConflict(draft.id, draft.version, draft.status);
    return draft;
  }

  /** Runs a compare-and-set write; a stale version becomes a conflict naming the version now stored. */
  private async stale<T>(draft: IssueDraft, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (err) {
      const stale = staleCause(err);
      if (stale) throw staleConflict(draft.id, stale.version, stale.status);
      throw err;
    }
  }

  private async load(bulletinId: number): Promise<IssueDraft> {
    const draft = await this.ctx.store.drafts.get(parseInput(id, bulletinId, 'bulletin'));
    if (!draft) throw notFound(`issue ${bulletinId}`, '没有这一期简报 (no such issue; see jianbao issue list)');
    return draft;
  }

  private change(actor: Actor, what: string, detail: string): IssueChange {
    return { at: this.ctx.now().toISOString(), who: actor.id, what, detail };
  }

  /** The bulletin printed in the configured house format (a PDF in the kept Chromium); a renderer that cannot run (no Chromium) is unavailable. */
  private async print(draft: IssueDraft, format: Format): Promise<Uint8Array> {
    const options = houseRender(this.ctx.config);
    try {
      return await renderIssue(draft, format, options, this.ctx.chromium);
    } catch (err) {
      throw unavailable(`issue ${draft.id}`, `无法生成 ${format} 文件 (cannot render ${format}: ${err instanceof Error ? err.message : String(err)})`, err);
    }
  }
}

/** What parts a status move's log line from the note given with it. */
const NOTE_MARK = ': ';

/** The last status move of a log when it sent the bulletin back, with its note (what the editors must fix). */
function sentBack(changes: IssueChange[]): SentBack | null {
  const last = [...changes].reverse().find((c) => c.what in MOVES);
  return last?.what === 'reject' ? rejection(last) : null;
}

/** The log's last 退回 and the edits after it (its status moves left out), when there was one. */
function resubmitted(changes: IssueChange[]): BulletinWithChanges['resubmitted'] {
  const at = changes.map((c) => c.what).lastIndexOf('reject');
  if (at < 0) return null;
  return { ...rejection(changes[at]!), edits: changes.slice(at + 1).filter((c) => !(c.what in MOVES)) };
}

/** A 退回 of the log as who, when and the note its line carries. */
function rejection(change: IssueChange): SentBack {
  const at = change.detail.indexOf(NOTE_MARK);
  return { who: change.who, at: change.at, note: at < 0 ? null : change.detail.slice(at + NOTE_MARK.length) };
}

const PAST: Record<Move, string> = { submit: 'submitted', approve: 'signed off', reject: 'sent back' };
const PAST_ZH: Record<Move, string> = { submit: '提交审核', approve: '签发', reject: '退回' };

/** The conflict a stale save or move gets: never merged, the caller reloads and makes the change again. */
function staleConflict(draftId: number, version: number, status: BulletinStatus) {
  return conflict(`issue ${draftId}`, `版本冲突：你打开之后别人已修改（现为第 ${version} 版，${STATUS_LABELS[status]}），请刷新后重做 (changed by someone else since your copy was read (now version ${version}, ${status}); reload it and make your change again)`);
}

/**
 * An edit refused three ways, in the user's words: who changed what since the page was read (with the version),
 * and that nothing was saved.
 */
function clashConflict(now: IssueDraft, clash: Clash): JianbaoError {
  const c = clash.change;
  const their = c ? `第 ${c.version ?? now.version} 版：${changeLabel(c.what)}${c.detail ? ` ${c.detail}` : ''}` : '';
  const entry = clash.articleId !== undefined ? `#${clash.articleId}` : '';
  const zh = {
    status: `你打开之后，${c?.who} 已${changeLabel(c?.what ?? '')}（第 ${c?.version ?? now.version} 版），现为${STATUS_LABELS[now.status]}`,
    same: `你打开之后，${c?.who} 改了同一处（${their}）`,
    removed: c ? `你打开之后，${c.who} 改动了条目 ${entry}（${their}），它已不在原处` : `条目 ${entry} 已不在本期`,
    present: `文章 ${entry} 已在本期${c ? `（${c.who}，${their}）` : ''}`,
    untracked: `你打开之后本期有变动（现为第 ${now.version} 版${c ? `，最近一次是 ${c.who} 的${changeLabel(c.what)}` : ''}；所收文章可能被删除或合并）`,
  }[clash.why];
  return conflict(`issue ${now.id}`, `${zh}，你的修改没有保存 (conflicts with a change made since your copy was read (now version ${now.version}); nothing saved)`);
}

/** The StaleDraftError behind an error (the PostgreSQL store wraps errors with the database's name). */
function staleCause(err: unknown): StaleDraftError | null {
  for (let e = err; e instanceof Error; e = e.cause) if (e instanceof StaleDraftError) return e;
  return null;
}
