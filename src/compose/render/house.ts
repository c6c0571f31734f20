import type { Entry, IssueDraft } from '../types.js';

/**
 * The house format's wording, shared by every renderer so the formats print the same words: dates as
 * 2021.10.21, 第 N 期, the source-and-date line, body paragraphs with subheads marked.
 */

/** ISO date as the house prints it: 2021.10.21. */
export function houseDate(iso: string | null): string {
  return iso ? iso.replaceAll('-', '.') : '';
}

/** 第 12 期, with the edition when there is one: 第 12 期 · 汽车电子版. */
export function issueLabel(d: IssueDraft): string {
  return `第 ${d.number} 期${d.edition ? ` · ${d.edition}` : ''}`;
}

/** The period as printed on the cover: 2021.10.15 — 2021.10.21, or one date when it is one day. */
export function periodLabel(d: IssueDraft): string {
  return d.from === d.to ? houseDate(d.to) : `${houseDate(d.from)} — ${houseDate(d.to)}`;
}

/**
 * The credit lines closing an entry (after its 另见 lines), in the house's bracketed form: a bracketed byline as printed (（产业所 X 整理）)
 * and （来源：信息产业监测 2021.10.21）. Closing credits are how the house ends an article, and what lets a reader
 * (and the parser) tell where one article stops.
 */
export function closingLines(e: Entry): string[] {
  return [...(e.byline && isBracketed(e.byline) ? [e.byline] : []), `（来源：${e.source}${e.date ? ` ${houseDate(e.date)}` : ''}）`];
}

/** The byline printed under the title (▶ 本报记者 X, a bare name), or null when it closes the entry or is absent. */
export function leadByline(e: Entry): string | null {
  return e.byline && !isBracketed(e.byline) ? e.byline : null;
}

function isBracketed(s: string): boolean {
  return /^[（(].*[）)]$/u.test(s.trim());
}

/** 另见：Title（Source 2021.10.20） for each merged report. */
export function alsoSeenLines(e: Entry): string[] {
  return e.alsoSeen.map((a) => `另见：${a.title}（${a.source}${a.date ? ` ${houseDate(a.date)}` : ''}）`);
}

/** One body paragraph, marked as a subhead when it is one of the entry's subheads. */
export interface Paragraph {
  text: string;
  subhead: boolean;
}

/** The entry's body as paragraphs (blank-line separated in the store), subheads marked. */
export function paragraphs(e: Entry): Paragraph[] {
  const subheads = new Set(e.subheads.map((s) => s.trim()));
  return e.body
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, '').trim())
    .filter(Boolean)
    .map((text) => ({ text, subhead: subheads.has(text) }));
}

/** Heading of the 本期要点 list and of the table of contents. */
export const HIGHLIGHTS_HEADING = '本期要点';
export const TOC_HEADING = '目录';

/**
 * An entry without a title: the text a bulletin prints before its first headline. It renders as its section's
 * opening text, with no heading, outline item or contents line.
 */
export function untitled(e: Entry): boolean {
  return e.title.trim() === '';
}
