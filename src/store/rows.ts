import { readMessages, warningCount, type Message } from '../core/messages.js';
import type { Article, Bulletin, SourceDoc } from '../types.js';
import { articleContentHash } from './content-hash.js';
import type { ArticleEdits, ImportResult, IssueSummary, StoredArticle, WebProvenance } from './types.js';

/**
 * An issue joined with its source file and article count, as every backend selects it: JSON columns as JSON
 * text, imported_at as an ISO timestamp, counts and ids as numbers.
 */
export interface IssueRow {
  id: number;
  publication: string | null;
  issue_date: string | null;
  sections: string;
  warnings: string;
  article_count: number;
  path: string;
  sha256: string;
  bytes: number;
  encoding: string;
  kind: SourceDoc['kind'];
  imported_at: string;
}

/** The web provenance columns of an article fetched from a source (all null for a bulletin article). */
export interface WebColumns {
  source_id: number | null;
  url: string | null;
  canonical_url: string | null;
  dedup_key: string | null;
  published_at: string | null;
  fetched_at: string | null;
  author: string | null;
  outlet: string | null;
}

/**
 * A row of the articles table, as every backend selects it (JSON columns as JSON text); the web columns are
 * absent where a backend does not keep web articles yet.
 */
export interface ArticleRow extends Partial<WebColumns> {
  id: number;
  issue_id: number | null;
  ordinal: number;
  section: string | null;
  title: string;
  title_as_printed: string | null;
  byline: string | null;
  subheads: string;
  body: string;
  captions: string;
  page: number | null;
  line_start: number;
  line_end: number;
  content_hash: string;
  /** Editors' changes as JSON text (ArticleEdits), or null. */
  edits?: string | null;
}

/** The articles row (all but its id) for the article at position `ordinal` of issue `issueId`. */
export function articleRow(issueId: number, ordinal: number, a: Article): Omit<ArticleRow, 'id'> {
  return {
    issue_id: issueId,
    ordinal,
    section: a.section,
    title: a.title,
    title_as_printed: a.titleAsPrinted ?? null,
    byline: a.byline,
    subheads: JSON.stringify(a.subheads),
    body: a.body,
    captions: JSON.stringify(a.captions),
    page: a.page,
    line_start: a.lineStart,
    line_end: a.lineEnd,
    content_hash: articleContentHash(a),
  };
}

/** What issues.import reports for bytes that were already stored as `existing`. */
export function unchangedResult(existing: IssueRow): ImportResult {
  return {
    status: 'unchanged',
    issueId: existing.id,
    articles: existing.article_count,
    ...counted(storedMessages(existing.warnings)),
  };
}

/**
 * A bulletin's messages as the issues table keeps them (a JSON array in the `warnings` column): objects with
 * level and code; a bulletin without structured messages keeps its warnings, read back as legacy warnings.
 */
export function messagesColumn(bulletin: Bulletin): string {
  return JSON.stringify(bulletin.messages ?? bulletin.warnings);
}

/** The column read back: entries stored before messages existed (strings) are warnings with code `legacy`. */
function storedMessages(column: string): Message[] {
  return readMessages(JSON.parse(column) as (string | Message)[]);
}

/** Messages beside their texts, for readers of the older `warnings: string[]`. */
function withTexts(messages: Message[]): Pick<IssueSummary, 'warnings' | 'messages'> {
  return { warnings: messages.map((m) => m.message), messages };
}

/** An import's messages and how many of them are warnings (information does not count). */
function counted(messages: Message[]): Pick<ImportResult, 'warnings' | 'messages'> {
  return { warnings: warningCount(messages), messages };
}

/** What issues.import reports for a bulletin it has just stored as `issueId`. */
export function importedResult(issueId: number, bulletin: Bulletin): ImportResult {
  return { status: 'imported', issueId, articles: bulletin.articles.length, ...counted(readMessages(bulletin.messages ?? bulletin.warnings)) };
}

/** An issue row as the Store interface returns it. */
export function toIssue(r: IssueRow): IssueSummary {
  return {
    id: r.id,
    publication: r.publication,
    issueDate: r.issue_date,
    sections: JSON.parse(r.sections) as string[],
    ...withTexts(storedMessages(r.warnings)),
    articleCount: r.article_count,
    source: { path: r.path, sha256: r.sha256, bytes: r.bytes, encoding: r.encoding, kind: r.kind, importedAt: r.imported_at },
  };
}

/** An article row as the Store interface returns it. */
export function toArticle(r: ArticleRow): StoredArticle {
  return {
    id: r.id,
    issueId: r.issue_id,
    ordinal: r.ordinal,
    section: r.section,
    title: r.title,
    ...(r.title_as_printed !== null ? { titleAsPrinted: r.title_as_printed } : {}),
    byline: r.byline,
    subheads: JSON.parse(r.subheads) as string[],
    body: r.body,
    captions: JSON.parse(r.captions) as string[],
    page: r.page,
    lineStart: r.line_start,
    lineEnd: r.line_end,
    contentHash: r.content_hash,
    ...(r.dedup_key != null ? { web: webProvenance(r as WebColumns & { dedup_key: string }) } : {}),
    ...(r.edits ? { edits: JSON.parse(r.edits) as ArticleEdits } : {}),
  };
}

/** The web provenance of a fetched article's row. */
export function webProvenance(r: WebColumns & { dedup_key: string }): WebProvenance {
  return {
    sourceId: r.source_id,
    url: r.url ?? '',
    canonicalUrl: r.canonical_url ?? r.url ?? '',
    dedupKey: r.dedup_key,
    publishedAt: r.published_at,
    fetchedAt: r.fetched_at ?? '',
    author: r.author,
    outlet: r.outlet ?? null,
  };
}

/** The edits column: JSON text, or null when an editor changed nothing. */
export function editsColumn(edits: ArticleEdits | undefined): string | null {
  return edits && Object.keys(edits).length ? JSON.stringify(edits) : null;
}
