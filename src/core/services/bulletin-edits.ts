import { z } from 'zod';
import { candidateById } from '../../compose/candidates.js';
import { entryOf } from '../../compose/draft.js';
import { applyPlan, dropEntry, entryIn, mapEntries, moveEntry, parsePlan, placeEntry, setHighlights, setSummary } from '../../compose/edit.js';
import type { IssueDraft } from '../../compose/types.js';
import { sectionData } from '../../enrich/data.js';
import { refreshed } from '../../compose/follow.js';
import { articleTexts } from './entry-follow.js';
import type { Store } from '../../store/types.js';
import { touchedBetween, type Touched } from '../../compose/touched.js';
import { invalidInput, JianbaoError } from '../errors.js';
import { touchedBy } from './bulletin-rebase.js';
import { id } from '../inputs.js';

/**
 * One edit of a composed bulletin. `version` is the version the editor's copy was read at: when the bulletin
 * moved on since, the edit applies on top of the newer version unless what it needs changed since (a conflict:
 * ./bulletin-rebase.ts). Adding or moving to a section the bulletin
 * does not have and the house does not know needs `newSection: true`.
 */
export type BulletinEdit = (
  | { op: 'drop'; articleId: number }
  | { op: 'add'; articleId: number; section?: string; before?: number; newSection?: boolean }
  | { op: 'move'; articleId: number; section: string; before?: number; newSection?: boolean }
  | { op: 'summary'; articleId: number; text: string }
  /** The entry takes its article's text as it reads now (原文已更新), its own summary given up. */
  | { op: 'refresh'; articleId: number }
  /** Rearranges the whole bulletin as a JSON plan says; `name` names the plan in messages (its file). */
  | { op: 'plan'; plan: string; name: string }
  | { op: 'cover'; text: string }
  /** 本期要点 written by hand, one line each; no lines: computed from the entries again. */
  | { op: 'highlights'; lines: string[] }
) & { version?: number };

const version = { version: id.optional() };
const section = z.string().trim().min(1);
export const editInput: z.ZodType<BulletinEdit> = z.discriminatedUnion('op', [
  z.object({ op: z.literal('drop'), articleId: id, ...version }),
  z.object({ op: z.literal('add'), articleId: id, section: section.optional(), before: id.optional(), newSection: z.boolean().optional(), ...version }),
  z.object({ op: z.literal('move'), articleId: id, section, before: id.optional(), newSection: z.boolean().optional(), ...version }),
  z.object({ op: z.literal('summary'), articleId: id, text: z.string(), ...version }),
  z.object({ op: z.literal('refresh'), articleId: id, ...version }),
  z.object({ op: z.literal('plan'), plan: z.string(), name: z.string(), ...version }),
  z.object({ op: z.literal('cover'), text: z.string(), ...version }),
  z.object({ op: z.literal('highlights'), lines: z.array(z.string()).max(20), ...version }),
]);

/** The house sections (the section lexicon's names), the ones a bulletin may always take. */
export function houseSections(): string[] {
  return sectionData().sections.map((s) => s.name);
}

/**
 * The bulletin after one edit, with the edit-log line describing it and what it touched; compose's plain errors
 * become invalid input.
 */
export async function applyEdit(store: Store, draft: IssueDraft, e: BulletinEdit): Promise<{ next: IssueDraft; what: string; detail: string; touched: Touched[] }> {
  try {
    const done = await apply(store, draft, e);
    return { ...done, touched: e.op === 'plan' ? touchedBetween(draft, done.next) : touchedBy(e) };
  } catch (err) {
    if (err instanceof JianbaoError || !(err instanceof Error)) throw err;
    // compose/edit.ts speaks `<input>: <problem>` already (`article 7: not in issue 2`).
    const at = err.message.indexOf(': ');
    throw at > 0 ? invalidInput(err.message.slice(0, at), err.message.slice(at + 2), err) : err;
  }
}

async function apply(store: Store, draft: IssueDraft, e: BulletinEdit): Promise<{ next: IssueDraft; what: string; detail: string }> {
  const fetch = async (articleId: number) => entryOf(await candidateById(store, articleId), draft, { sectionOrder: houseSections() });
  switch (e.op) {
    case 'drop': {
      const entry = entryIn(draft, e.articleId);
      return { next: dropEntry(draft, e.articleId), what: 'drop', detail: `#${entry.articleId} ${entry.title}` };
    }
    case 'add': {
      const entry = await fetch(e.articleId);
      const target = e.section ?? entry.section;
      if (e.section !== undefined) checkSection(draft, target, e.newSection);
      // `到「S」` only when the editor chose the section: train takes that as a correction (pipeline/corrections.ts).
      const where = e.section === undefined ? `到预测栏目「${target}」` : `到「${target}」`;
      return { next: placeEntry(draft, entry, target, e.before), what: 'add', detail: `#${entry.articleId} ${entry.title} ${where}` };
    }
    case 'move': {
      const entry = entryIn(draft, e.articleId);
      checkSection(draft, e.section, e.newSection);
      const where = `到「${e.section}」${e.before !== undefined ? `，排在 #${e.before} 之前` : ''}`;
      return { next: moveEntry(draft, e.articleId, e.section, e.before), what: 'move', detail: `#${entry.articleId} ${entry.title} ${where}` };
    }
    case 'refresh': {
      const entry = entryIn(draft, e.articleId);
      const now = (await articleTexts(store, [e.articleId])).get(e.articleId);
      if (!now) throw invalidInput(`article ${e.articleId}`, '库中已没有这篇文章，无法刷新 (no longer in the store)');
      const fresh = refreshed(entry, now);
      return { next: mapEntries(draft, (x) => (x.articleId === e.articleId ? fresh : x)), what: 'refresh', detail: `#${e.articleId} ${now.title}` };
    }
    case 'summary':
      return { next: setSummary(draft, e.articleId, e.text), what: 'summary', detail: `#${e.articleId}：${e.text || '（清空）'}` };
    case 'plan': {
      const next = await applyPlan(draft, parsePlan(e.plan, e.name), fetch);
      const n = next.sections.reduce((k, s) => k + s.entries.length, 0);
      return { next, what: 'plan', detail: `${e.name}：${next.sections.length} 个栏目，${n} 篇` };
    }
    case 'cover': {
      const coverLine = e.text.trim() || null;
      return { next: { ...draft, coverLine }, what: 'cover', detail: coverLine ?? '（清空）' };
    }
    case 'highlights': {
      const next = setHighlights(draft, e.lines);
      return { next, what: 'highlights', detail: next.highlightsFixed ? next.highlights.join(' / ') : '（按条目自动生成）' };
    }
  }
}

/**
 * Refuses a section the bulletin does not have and the house does not know, unless a new one was asked for:
 * a typo must not start a section of its own.
 */
function checkSection(draft: IssueDraft, name: string, isNew: boolean | undefined): void {
  const present = draft.sections.map((s) => s.name);
  if (isNew || present.includes(name) || houseSections().includes(name)) return;
  const house = houseSections().filter((s) => !present.includes(s));
  throw invalidInput(
    `section ${name}`,
    `第 ${draft.id} 期没有这个栏目（本期栏目：${present.join('、') || '无'}${house.length ? `；本社栏目：${house.join('、')}` : ''}）；要新开栏目请用 --new-section (not a section of issue ${draft.id}; to start a new section, ask for one (--new-section))`,
  );
}
