import { basename } from 'node:path';
import { z } from 'zod';
import { importBytes, importFile, type ImportOptions } from '../../pipeline/import-file.js';
import { reunderstand } from '../../pipeline/refresh.js';
import { displayLocation } from '../../store/location.js';
import type { ArticleFilter, ImportResult, IssueSummary, StoredArticle } from '../../store/types.js';
import { authorize, can, type Actor } from '../actor.js';
import { matchNewArticles } from '../alerting/match-new.js';
import type { CoreContext } from '../context.js';
import { notFound } from '../errors.js';
import { id, isoDay, parseInput, printedDate, typedDay } from '../inputs.js';
import { KEEP_DAYS, snapshotIssue } from './issue-removal.js';

const importInput = z.object({
  /** What to do with an issue already stored (same publication, date and most titles). */
  sameIssue: z.enum(['report', 'replace', 'keep-both']).default('report'),
  /** Publication and date for files that do not say. */
  publication: z.string().trim().min(1).optional(),
  issueDate: typedDay.optional(),
});
export type ImportInput = z.input<typeof importInput>;

const articleFilter = z.object({
  issueId: id.optional(),
  sourceId: id.optional(),
  section: z.string().optional(),
  limit: z.number().int().positive().optional(),
  offset: z.number().int().min(0).optional(),
});

const metaInput = z
  .object({
    /** Empty: no publication. */
    publication: z.string().trim().max(200).optional(),
    /** As printed or ISO; empty: no date. */
    issueDate: z
      .string()
      .trim()
      .transform((v) => (v === '' ? v : (printedDate(v) ?? v)))
      .pipe(z.union([z.literal(''), isoDay]))
      .optional(),
  })
  .strict();
export type IssueMetaInput = z.input<typeof metaInput>;

/** Imported issues and their articles: import (from a path or from bytes), list, read, remove. */
export class IssueService {
  constructor(private readonly ctx: CoreContext) {}

  /** Reads, parses and stores one input file; one transaction, enrichment included. */
  async importFile(actor: Actor, path: string, input: ImportInput = {}): Promise<ImportResult> {
    authorize(actor, 'archive.write', 'import issues');
    const result = await importFile(path, this.ctx.store, this.options(input));
    await this.logImport(actor, path, result);
    await this.alert(result);
    return result;
  }

  /** The same for bytes in memory (an upload), named `name` where a path would be. */
  async importBytes(actor: Actor, name: string, bytes: Uint8Array, input: ImportInput = {}): Promise<ImportResult> {
    authorize(actor, 'archive.write', 'import issues');
    const result = await importBytes(name, bytes, this.ctx.store, this.options(input));
    await this.logImport(actor, name, result);
    await this.alert(result);
    return result;
  }

  /** Every stored issue, newest issue date first. */
  async list(actor: Actor): Promise<IssueSummary[]> {
    authorize(actor, 'archive.read', 'read the archive');
    const issues = await this.ctx.store.issues.list();
    // A reader (client) may see which file an issue came from, not where it lies on the newsroom's disks.
    if (can(actor, 'archive.write')) return issues;
    return issues.map((i) => ({ ...i, source: { ...i.source, path: basename(i.source.path) } }));
  }

  /**
   * Removes an issue and everything derived from it; not-found when there is none. Says how many entries each
   * draft still being edited lost (`takenFrom`): a bulletin under sign-off or signed off refuses the removal.
   * What an undo needs is kept for KEEP_DAYS days (issue-removal.ts); older removals' are purged now.
   */
  async remove(actor: Actor, issueId: number): Promise<{ issueId: number; articles: number; takenFrom: { draftId: number; entries: number }[] }> {
    authorize(actor, 'archive.write', 'remove issues');
    parseInput(id, issueId, 'issue');
    return this.ctx.transaction(async (tx) => {
      // Held against an undo of the issue's last change running at the same time (history.ts).
      await tx.store.audit.lock([`issue:${issueId}`]);
      // The store's repositories join this transaction (the triage and alert ones are not on tx.store).
      const kept = await snapshotIssue(this.ctx.store, issueId);
      const before = kept?.issue;
      // The entries each draft being edited loses: the places the snapshot found.
      const counts = new Map<number, number>();
      for (const p of kept?.places ?? []) counts.set(p.draftId, (counts.get(p.draftId) ?? 0) + 1);
      const takenFrom = [...counts].map(([draftId, entries]) => ({ draftId, entries }));
      const removed = await tx.store.issues.remove(issueId);
      if (!removed) throw notFound(`issue ${issueId}`, `${displayLocation(this.ctx.config.store)} 中没有这一期 (no such issue in ${displayLocation(this.ctx.config.store)})`);
      const drafts = takenFrom.map((t) => `草稿 #${t.draftId} 撤下 ${t.entries} 篇`).join('，');
      const now = this.ctx.now();
      await tx.store.removedIssues.purge(new Date(now.getTime() - KEEP_DAYS * 86_400_000).toISOString());
      await tx.store.removedIssues.keep(issueId, now.toISOString(), actor.id, kept);
      await tx.record(actor, {
        action: 'issue.remove', object: `issue:${issueId}`,
        detail: `删除第 ${issueId} 期（${before?.publication ?? '无刊名'} ${before?.issueDate ?? '无日期'}）及其 ${removed.articles} 篇文章${drafts ? `（${drafts}）` : ''}`, before: before ?? null,
        after: { takenFrom, kept: true },
      });
      return { ...removed, takenFrom };
    });
  }

  /**
   * Sets an imported issue's publication and date (for a file that did not say, or said wrong); its articles'
   * dates follow, and they are enriched and indexed again against them. Returns the issue after.
   */
  async setMeta(actor: Actor, issueId: number, input: IssueMetaInput): Promise<IssueSummary> {
    authorize(actor, 'archive.write', 'fix issues');
    parseInput(id, issueId, 'issue');
    const m = parseInput(metaInput, input, 'issue');
    return this.ctx.transaction(async (tx) => {
      // Held against an undo of the issue's last change running at the same time (history.ts).
      await tx.store.audit.lock([`issue:${issueId}`]);
      const before = await tx.store.issues.get(issueId);
      if (!before) throw notFound(`issue ${issueId}`, `${displayLocation(this.ctx.config.store)} 中没有这一期 (no such issue in ${displayLocation(this.ctx.config.store)})`);
      const meta = {
        ...(m.publication !== undefined ? { publication: m.publication || null } : {}),
        ...(m.issueDate !== undefined ? { issueDate: m.issueDate || null } : {}),
      };
      const after = (await tx.store.issues.setMeta(issueId, meta))!;
      if (after.publication === before.publication && after.issueDate === before.issueDate) return after;
      await reunderstand(tx.store, (await tx.store.articles.list({ issueId })).map((a) => a.id));
      await tx.record(actor, {
        action: 'issue.set', object: `issue:${issueId}`, detail: `${after.publication ?? '(无刊名)'} ${after.issueDate ?? '(无日期)'}`,
        before: { publication: before.publication, issueDate: before.issueDate }, after: { publication: after.publication, issueDate: after.issueDate },
      });
      return after;
    });
  }

  /** Stored articles in issue then printed order, narrowed by the filter. */
  async listArticles(actor: Actor, filter: ArticleFilter = {}): Promise<StoredArticle[]> {
    authorize(actor, 'archive.read', 'read the archive');
    return this.ctx.store.articles.list(parseInput(articleFilter, filter, 'filter'));
  }

  /** One stored article; not-found when there is none. */
  async getArticle(actor: Actor, articleId: number): Promise<StoredArticle> {
    authorize(actor, 'archive.read', 'read the archive');
    const article = await this.ctx.store.articles.get(parseInput(id, articleId, 'article'));
    if (!article) throw notFound(`article ${articleId}`, '库中没有这篇文章 (no such article in the store)');
    return article;
  }

  private options(input: ImportInput): ImportOptions {
    const parsed = parseInput(importInput, input, 'import');
    return { ...parsed, maxBytes: this.ctx.config.maxInputBytes };
  }

  /**
   * Matches a newly stored issue's articles against the watchlists (idempotent: a rerun alerts nobody twice). An
   * issue that replaced the same issue read before is news to nobody: its articles alerted when first stored (the
   * alerts stay, with their titles), so they are only taken off the matching queue.
   */
  private async alert(r: ImportResult): Promise<void> {
    if (r.status !== 'imported' && r.status !== 'replaced') return;
    const articles = await this.ctx.store.articles.list({ issueId: r.issueId });
    await matchNewArticles(this.ctx, articles.map((a) => a.id), { alert: r.status === 'imported' });
  }

  private async logImport(actor: Actor, name: string, r: ImportResult): Promise<void> {
    if (r.status !== 'imported' && r.status !== 'replaced') return;
    await this.ctx.record(actor, {
      action: 'issue.import', object: `issue:${r.issueId}`,
      detail: `${name}：${r.articles} 篇文章${r.status === 'replaced' ? `，替换第 ${r.sameAs} 期` : ''}`,
      after: { issueId: r.issueId, file: name, articles: r.articles },
    });
  }
}
