import type { Entry, IssueDraft } from './types.js';

/**
 * What a change of a composed bulletin touched, as the edit log keeps it (`IssueChange.touched`): an entry's place
 * (in, out, another section, another neighbour), its text or its summary, the cover line, hand-written 本期要点,
 * the order of sections, the status. A save made from an older version applies when it needs none of what the
 * changes since touched (core `bulletin-rebase.ts`).
 */
export type Touched = `entry:${number}:${'place' | 'text' | 'summary'}` | 'cover' | 'highlights' | 'sections' | 'status';

/** The place, text or summary of one entry. */
export const entryTarget = (articleId: number, part: 'place' | 'text' | 'summary'): Touched => `entry:${articleId}:${part}`;

/**
 * What differs between a bulletin before and after a change that is no single edit (an undo, a redo, a plan, entries
 * following their article). An entry's place counts as touched when it came, went, changed section or now follows
 * another of the entries both versions print: a neighbour's move can mark it too, which refuses more than needed,
 * never less. 本期要点 computed from the entries are nobody's work and are not counted.
 */
export function touchedBetween(before: IssueDraft, after: IssueDraft): Touched[] {
  const touched = new Set<Touched>();
  const ids = (d: IssueDraft) => new Set(d.sections.flatMap((s) => s.entries.map((e) => e.articleId)));
  const [idsBefore, idsAfter] = [ids(before), ids(after)];
  const common = new Set([...idsBefore].filter((id) => idsAfter.has(id)));
  const was = placesOf(before, common);
  const now = placesOf(after, common);
  for (const [id, p] of was) {
    const q = now.get(id);
    if (!q || q.section !== p.section || q.after !== p.after) touched.add(entryTarget(id, 'place'));
    if (!q) continue;
    if (textOf(p.entry) !== textOf(q.entry)) touched.add(entryTarget(id, 'text'));
    if (p.entry.summary !== q.entry.summary || Boolean(p.entry.summaryEdited) !== Boolean(q.entry.summaryEdited)) touched.add(entryTarget(id, 'summary'));
  }
  for (const id of now.keys()) if (!was.has(id)) touched.add(entryTarget(id, 'place'));
  if (before.coverLine !== after.coverLine) touched.add('cover');
  if ((before.highlightsFixed || after.highlightsFixed) && before.highlights.join('\n') !== after.highlights.join('\n')) touched.add('highlights');
  const both = (d: IssueDraft, other: IssueDraft) => d.sections.map((s) => s.name).filter((n) => other.sections.some((s) => s.name === n)).join('\n');
  if (both(before, after) !== both(after, before)) touched.add('sections');
  if (before.status !== after.status) touched.add('status');
  return [...touched];
}

/** Where each entry stands: its section and the entry before it among those printed in both versions' sections. */
function placesOf(d: IssueDraft, common: Set<number>): Map<number, { section: string; after: number | null; entry: Entry }> {
  const places = new Map<number, { section: string; after: number | null; entry: Entry }>();
  for (const s of d.sections) {
    let after: number | null = null;
    for (const e of s.entries) {
      places.set(e.articleId, { section: s.name, after, entry: e });
      if (common.has(e.articleId)) after = e.articleId;
    }
  }
  return places;
}

/** What an entry prints besides its summary, as one comparable string. */
function textOf(e: Entry): string {
  return JSON.stringify([e.title, e.byline, e.subheads, e.body, e.alsoSeen.map((a) => a.articleId)]);
}
