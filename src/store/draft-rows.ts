import type { BulletinStatus, Edition, Entry, IssueChange, IssueDraft, Trend } from '../compose/types.js';
import { conflict, type JianbaoError } from '../core/errors.js';
import type { DraftSummary } from './types.js';

/** An `issue_drafts` row with its entry count, as every backend selects it (JSON columns as JSON text). */
export interface DraftRow {
  id: number;
  publication: string;
  number: number;
  edition: string | null;
  period_from: string;
  period_to: string;
  created_at: string;
  cover_line: string | null;
  copyright: string;
  highlights: string;
  sections: string;
  trends: string;
  version: number;
  status: BulletinStatus;
  /** 0/1 in SQLite, a boolean in PostgreSQL. */
  highlights_fixed: number | boolean;
  entry_count: number;
}

/** An `issue_changes` row (`touched` as JSON text; both null on lines logged before they were kept). */
export interface ChangeRow {
  at: string;
  who: string;
  what: string;
  detail: string;
  version: number | null;
  touched: string | null;
}

/** An edit-log row as the change, its version and targets only when it has them. */
export function toChange(r: ChangeRow): IssueChange {
  return {
    at: r.at, who: r.who, what: r.what, detail: r.detail,
    ...(r.version !== null ? { version: Number(r.version) } : {}),
    ...(r.touched !== null ? { touched: JSON.parse(r.touched) as string[] } : {}),
  };
}

/** An `editions` row (JSON columns as JSON text). */
export interface EditionRow {
  name: string;
  tags: string;
  entities: string;
  regions: string;
  cover_line: string | null;
  sections: string;
}

/** The draft's own columns as the store writes them (lists as JSON text; its entries go to issue_entries). */
export function draftColumns(draft: IssueDraft) {
  return {
    publication: draft.publication, number: draft.number, edition: draft.edition, from: draft.from, to: draft.to,
    createdAt: draft.createdAt, coverLine: draft.coverLine, copyright: draft.copyright,
    highlights: JSON.stringify(draft.highlights), highlightsFixed: draft.highlightsFixed ? 1 : 0, sections: JSON.stringify(draft.sections.map((s) => s.name)),
    trends: JSON.stringify(draft.trends),
  };
}

/** A draft row and its entries (in print order) as the composed issue. */
export function toDraft(row: DraftRow, entries: Entry[]): IssueDraft {
  const names = JSON.parse(row.sections) as string[];
  return {
    id: Number(row.id),
    version: Number(row.version),
    status: row.status,
    publication: row.publication,
    number: row.number,
    edition: row.edition,
    from: row.period_from,
    to: row.period_to,
    createdAt: row.created_at,
    coverLine: row.cover_line,
    copyright: row.copyright,
    highlights: JSON.parse(row.highlights) as string[],
    highlightsFixed: Boolean(row.highlights_fixed),
    sections: names.map((name) => ({ name, entries: entries.filter((e) => e.section === name) })),
    trends: JSON.parse(row.trends) as Trend[],
  };
}

/** A draft row as listed. */
export function toDraftSummary(r: DraftRow): DraftSummary {
  return {
    id: Number(r.id), version: Number(r.version), status: r.status, publication: r.publication, number: r.number, edition: r.edition,
    from: r.period_from, to: r.period_to, createdAt: r.created_at, entryCount: r.entry_count,
  };
}

/** An edition's columns as the store writes them (lists as JSON text). */
export function editionColumns(e: Edition) {
  return {
    name: e.name, tags: JSON.stringify(e.tags), entities: JSON.stringify(e.entities),
    regions: JSON.stringify(e.regions), coverLine: e.coverLine, sections: JSON.stringify(e.sections),
  };
}

/** An editions row as the edition. */
export function toEdition(r: EditionRow): Edition {
  return {
    name: r.name, tags: JSON.parse(r.tags), entities: JSON.parse(r.entities), regions: JSON.parse(r.regions),
    coverLine: r.cover_line, sections: JSON.parse(r.sections),
  };
}

/**
 * Why an article cannot be removed: a bulletin under sign-off (待审) or signed off (已签发) prints it. Removing
 * it would change that bulletin behind the chief editor's back.
 */
export function printedFrozen(articleId: number, draftId: number, status: BulletinStatus): JianbaoError {
  const [zh, en] = status === 'submitted' ? ['待审', 'under sign-off'] : ['已签发', 'published'];
  return conflict(`article ${articleId}`, `已印在第 ${draftId} 期简报中（${zh}），不能删除 (printed in issue ${draftId}, which is ${en}; it cannot be removed)`);
}
