import { addToGroups, newGroupIndex, restoreToGroup, type GroupIndex } from '../enrich/index.js';
import type { Fingerprint } from '../enrich/types.js';
import type { EventGroup } from './enrichment-types.js';
import { webPlace } from './web-place.js';

/**
 * The backend-independent half of keeping same-event groups in a store: what to write, decided from the rows a
 * backend reads. Each backend runs the queries; these functions decide, so both group alike.
 */

/** Name of the section model in the models table. */
export const SECTION_MODEL = 'section';

/** A stored fingerprint (keys as JSON text), as every backend selects it. */
export interface FingerprintRow {
  article_id: number;
  simhash: string;
  keys: string;
}

/** A grouped article that shares a lookup key with the one being placed. */
export interface CandidateRow extends FingerprintRow {
  group_id: number;
}

/**
 * An article of a group of two or more, as every backend selects it: a bulletin article with its issue and source
 * file, a web article (no issue) with its URLs and times.
 */
export interface GroupRow {
  group_id: number;
  id: number;
  title: string;
  issue_id: number | null;
  issue_date: string | null;
  publication: string | null;
  path: string | null;
  url: string | null;
  canonical_url: string | null;
  published_at: string | null;
  fetched_at: string | null;
}

/** The articles of every group of two or more, by group then article, in SQL both backends run. */
export const GROUP_ROWS = `
  SELECT g.group_id, a.id, a.title, a.issue_id, i.issue_date, i.publication, f.path,
         a.url, a.canonical_url, a.published_at, a.fetched_at
    FROM event_groups g
    JOIN articles a ON a.id = g.article_id
    LEFT JOIN issues i ON i.id = a.issue_id
    LEFT JOIN source_files f ON f.id = i.source_file_id
   WHERE g.group_id IN (SELECT group_id FROM event_groups GROUP BY group_id HAVING count(*) >= 2)
   ORDER BY g.group_id, a.id`;

/** The rows of one group (its id as the statement's one parameter, `?` or `$1`), in GROUP_ROWS' shape. */
export const groupMemberRows = (param: string) => GROUP_ROWS.replace(
  'WHERE g.group_id IN (SELECT group_id FROM event_groups GROUP BY group_id HAVING count(*) >= 2)',
  `WHERE g.group_id = ${param}`,
);

/**
 * Where a newly stored article goes: its group, and the groups it bridges as [into, from] pairs to rewrite, given
 * the grouped articles sharing a lookup key with it and the highest group id in use (null when none).
 */
export function placeInGroup(articleId: number, fp: Fingerprint, candidates: CandidateRow[], maxGroup: number | null): {
  group: number;
  merges: [number, number][];
} {
  const index: GroupIndex = { ...newGroupIndex(), nextGroup: (maxGroup ?? 0) + 1 };
  const before = new Map<string, number>();
  for (const r of candidates) {
    if (r.article_id === articleId) continue;
    const id = String(r.article_id);
    before.set(id, r.group_id);
    restoreToGroup(index, id, r.group_id, { simhash: r.simhash, keys: JSON.parse(r.keys) as string[] });
  }
  const group = addToGroups(index, String(articleId), fp);
  const merges = new Map<number, number>();
  for (const [id, old] of before) if (index.entries[id].group !== old) merges.set(old, index.entries[id].group);
  return { group, merges: [...merges].map(([from, into]) => [into, from]) };
}

/**
 * What a group falls into once some of its articles left it (changed or removed): the parts of the rest that
 * still match, so a group one of them bridged comes apart. `rows` are the remaining members' fingerprints in
 * article order. The first part keeps `group`, the others take ids from `nextGroup` on; returns the articles
 * to move, with their group, and the next free id.
 */
export function splitGroup(rows: FingerprintRow[], group: number, nextGroup: number): { moves: [number, number][]; nextGroup: number } {
  const parts = groupAll(rows);
  const ids = new Map<number, number>();
  const moves: [number, number][] = [];
  for (const r of rows) {
    const part = parts.get(r.article_id)!;
    if (!ids.has(part)) ids.set(part, ids.size === 0 ? group : nextGroup++);
    if (ids.get(part) !== group) moves.push([r.article_id, ids.get(part)!]);
  }
  return { moves, nextGroup };
}

/** Every article's group, recomputed from all stored fingerprints given in article order. */
export function groupAll(rows: FingerprintRow[]): Map<number, number> {
  const index = newGroupIndex();
  const groups = new Map<number, number>();
  for (const r of rows) addToGroups(index, String(r.article_id), { simhash: r.simhash, keys: JSON.parse(r.keys) as string[] });
  for (const r of rows) groups.set(r.article_id, index.entries[String(r.article_id)].group);
  return groups;
}

/** Group rows (ordered by group, then article) as the groups enrichment.groups() returns, by their first article. */
export function toGroups(rows: GroupRow[]): EventGroup[] {
  const byGroup = new Map<number, EventGroup>();
  for (const r of rows) {
    let g = byGroup.get(r.group_id);
    if (!g) byGroup.set(r.group_id, (g = { id: r.group_id, articles: [] }));
    g.articles.push({ id: r.id, title: r.title, issueId: r.issue_id, ...placeOf(r) });
  }
  return [...byGroup.values()].sort((a, b) => a.articles[0].id - b.articles[0].id);
}

/** Where a grouped article appeared: its issue and source file, or for a web article its day, site and URL. */
function placeOf(r: GroupRow): Pick<EventGroup['articles'][number], 'issueDate' | 'publication' | 'source'> {
  if (r.issue_id !== null) return { issueDate: r.issue_date, publication: r.publication, source: r.path ?? '' };
  const url = r.canonical_url || r.url || '';
  return { ...webPlace({ url, canonicalUrl: url, publishedAt: r.published_at, fetchedAt: r.fetched_at ?? '' }), source: url };
}
