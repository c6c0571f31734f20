import { z } from 'zod';
import { conflict, invalidInput, notFound } from '../core/errors.js';
import { highlightsOf } from './draft.js';
import type { Entry, IssueDraft } from './types.js';

/** Where an article is in a draft: section index and entry index, or null. */
function locate(draft: IssueDraft, articleId: number): [number, number] | null {
  for (const [si, s] of draft.sections.entries()) {
    const ei = s.entries.findIndex((e) => e.articleId === articleId);
    if (ei >= 0) return [si, ei];
  }
  return null;
}

/** The entry printing an article, or an `article N: …` error. */
export function entryIn(draft: IssueDraft, articleId: number): Entry {
  const at = locate(draft, articleId);
  if (!at) throw notFound(`article ${articleId}`, `不在第 ${draft.id} 期中 (not in issue ${draft.id})`);
  return draft.sections[at[0]].entries[at[1]];
}

/** The draft with sections that became empty removed and highlights recomputed (same count) unless written by hand. */
function settle(draft: IssueDraft): IssueDraft {
  const sections = draft.sections.filter((s) => s.entries.length);
  return { ...draft, sections, highlights: draft.highlightsFixed ? draft.highlights : highlightsOf(sections, draft.highlights.length || 5) };
}

/** The draft with 本期要点 written by hand (blank lines dropped); no lines goes back to computing them. */
export function setHighlights(draft: IssueDraft, lines: string[]): IssueDraft {
  const kept = lines.map((l) => l.trim()).filter(Boolean);
  if (!kept.length) return settle({ ...copy(draft), highlightsFixed: false });
  return { ...copy(draft), highlights: kept, highlightsFixed: true };
}

/** A deep copy, so edits never change the caller's draft. */
function copy(draft: IssueDraft): IssueDraft {
  return structuredClone(draft);
}

/** The draft without the entry printing `articleId`. */
export function dropEntry(draft: IssueDraft, articleId: number): IssueDraft {
  const at = locate(draft, articleId);
  if (!at) throw notFound(`article ${articleId}`, `不在第 ${draft.id} 期中 (not in issue ${draft.id})`);
  const next = copy(draft);
  next.sections[at[0]].entries.splice(at[1], 1);
  return settle(next);
}

/**
 * The draft with `entry` placed in `section` (its own section when not given), before `beforeId` or last. A new
 * section is added at the end.
 */
export function placeEntry(draft: IssueDraft, entry: Entry, section = entry.section, beforeId?: number): IssueDraft {
  if (locate(draft, entry.articleId)) throw conflict(`article ${entry.articleId}`, `已在第 ${draft.id} 期中 (already in issue ${draft.id})`);
  const next = copy(draft);
  let target = next.sections.find((s) => s.name === section);
  if (!target) next.sections.push((target = { name: section, entries: [] }));
  const placed = { ...entry, section };
  if (beforeId === undefined) {
    target.entries.push(placed);
  } else {
    const i = target.entries.findIndex((e) => e.articleId === beforeId);
    if (i < 0) throw notFound(`article ${beforeId}`, `不在第 ${draft.id} 期的「${section}」栏目中 (not in section ${section} of issue ${draft.id})`);
    target.entries.splice(i, 0, placed);
  }
  return settle(next);
}

/** The draft with an article's entry moved to `section`, before `beforeId` or last. */
export function moveEntry(draft: IssueDraft, articleId: number, section: string, beforeId?: number): IssueDraft {
  const entry = entryIn(draft, articleId);
  if (beforeId === articleId) throw invalidInput(`article ${articleId}`, '不能移到自己前面 (cannot be moved before itself)');
  return placeEntry(dropEntry(draft, articleId), entry, section, beforeId);
}

/** The draft with an entry's summary set (empty text clears it). */
export function setSummary(draft: IssueDraft, articleId: number, text: string): IssueDraft {
  const next = copy(draft);
  const entry = entryIn(next, articleId);
  // Until now the entry printed its article's summary (entries follow their article): that is what 原文已更新 compares with.
  if (!entry.summaryEdited) entry.summaryBase = entry.summary;
  entry.summary = text.trim() || null;
  entry.summaryEdited = true;
  return settle(next);
}

/** The draft with each entry replaced by `f(entry)` (the same entry for none), 本期要点 computed again from them. */
export function mapEntries(draft: IssueDraft, f: (entry: Entry) => Entry): IssueDraft {
  return settle({ ...draft, sections: draft.sections.map((s) => ({ ...s, entries: s.entries.map(f) })) });
}

/** A whole arrangement, as an editor writes it in a JSON file. */
export const PlanSchema = z.strictObject({
  coverLine: z.string().nullable().optional(),
  highlights: z.array(z.string().min(1)).optional(),
  sections: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        entries: z.array(
          z.union([
            z.number().int().positive(),
            z.strictObject({ article: z.number().int().positive(), summary: z.string().nullable().optional() }),
          ], { error: 'expected an article id, or { "article": id, "summary": text }' }),
        ),
      }),
    )
    .min(1),
});

/** A validated plan. */
export type Plan = z.infer<typeof PlanSchema>;

/** The plan in `json`, or an error naming `file` and the first problem. */
export function parsePlan(json: string, file: string): Plan {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw invalidInput(file, `不是 JSON 格式 (not JSON: ${(err as Error).message})`);
  }
  const result = PlanSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw invalidInput(file, `${issue.path.length ? `at ${issue.path.join('.')}: ` : ''}${issue.message}`);
  }
  return result.data;
}

/**
 * The draft arranged as the plan says: sections in plan order, each with the listed articles in order. Articles
 * already in the draft keep their entry; others come from `fetch` (a stored article as an entry). Articles the plan
 * leaves out are dropped. An article listed twice is refused.
 */
export async function applyPlan(draft: IssueDraft, plan: Plan, fetch: (articleId: number) => Promise<Entry>): Promise<IssueDraft> {
  const seen = new Set<number>();
  const sections = [];
  for (const s of plan.sections) {
    const entries: Entry[] = [];
    for (const item of s.entries) {
      const id = typeof item === 'number' ? item : item.article;
      if (seen.has(id)) throw invalidInput(`article ${id}`, '在编排方案中出现了两次 (listed twice in the plan)');
      seen.add(id);
      const at = locate(draft, id);
      const entry = at ? structuredClone(draft.sections[at[0]].entries[at[1]]) : await fetch(id);
      entry.section = s.name;
      if (typeof item !== 'number' && item.summary !== undefined) entry.summary = item.summary?.trim() || null;
      entries.push(entry);
    }
    sections.push({ name: s.name, entries });
  }
  const next = settle({ ...copy(draft), sections });
  if (plan.coverLine !== undefined) next.coverLine = plan.coverLine;
  if (plan.highlights) Object.assign(next, { highlights: plan.highlights, highlightsFixed: true });
  return next;
}
