/**
 * The unseen enrichment material (testdata/enrich-unseen): articles written for it in the house style, with
 * gold sections, entities, figures and same-event groups. dev is for tuning, heldout only for scoring.
 */
import { readFileSync } from 'node:fs';
import type { EnrichInput } from '../src/enrich/types.js';

/** One gold figure: normalised value, unit, and the noun phrase it measures. */
export type GoldFigure = [value: number, unit: string, metric: string];

/** One annotated article. */
export interface UnseenArticle extends EnrichInput {
  id: string;
  /** The issue it belongs to (for leave-one-issue-out). */
  issue: string;
  section: string;
  entities: { org: string[]; person: string[]; place: string[] };
  figures: GoldFigure[];
  /** Articles sharing an event id report the same happening. */
  event?: string;
  /** Ids of articles on the same topic that are not the same event. */
  related?: string[];
}

export type Split = 'dev' | 'heldout';

/** The articles of one split, each with the bulletin as its source. */
export function unseenArticles(split: Split): UnseenArticle[] {
  const file = new URL(`../testdata/enrich-unseen/${split}.json`, import.meta.url);
  const data = JSON.parse(readFileSync(file, 'utf8')) as { articles: UnseenArticle[] };
  return data.articles.map((a) => ({ ...a, source: '信息产业监测' }));
}

/** An article of the section-only material: written in other styles and years, labelled with its section alone. */
export interface SectionArticle extends EnrichInput {
  id: string;
  issue: string;
  section: string;
  title: string;
}

/**
 * A part of the section-only material: the first author's dev and held-out, the second author's (`new-*`), the fifth's
 * (`fifth-*`), the sixth's (`sixth-*`), the ninth's dev (`ninth-dev`), the fourteenth's further dev (`fourteenth-dev`), the twentieth's dev (`twentieth-dev`), and the boundary-case probes (`probes-*`).
 */
export type SectionSplit = Split | 'new-dev' | 'new-heldout' | 'fifth-dev' | 'fifth-heldout' | 'sixth-dev' | 'sixth-heldout' | 'ninth-dev' | 'fourteenth-dev' | 'twentieth-dev' | 'probes-dev' | 'probes-heldout';

/** The section-only articles of one split (testdata/enrich-unseen/sections-*.json), each with its own source. */
export function sectionArticles(split: SectionSplit): SectionArticle[] {
  const file = new URL(`../testdata/enrich-unseen/sections-${split}.json`, import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { articles: SectionArticle[] }).articles;
}

/** An article of the same-event material (events-new.json): stories told twice and stories on the same topic. */
export interface EventArticle extends EnrichInput {
  id: string;
  title: string;
  event?: string;
  related?: string[];
}

/** The second author's same-event material, only scored. */
export function eventArticles(): EventArticle[] {
  const file = new URL('../testdata/enrich-unseen/events-new.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { articles: EventArticle[] }).articles;
}

/** Gold entities for some of the second author's section articles (entities-new.json), by article id. */
export function newEntityGold(): Map<string, UnseenArticle['entities']> {
  const file = new URL('../testdata/enrich-unseen/entities-new.json', import.meta.url);
  return new Map(Object.entries((JSON.parse(readFileSync(file, 'utf8')) as { articles: Record<string, UnseenArticle['entities']> }).articles));
}

/** The third, fourth, seventh, eighth, tenth, eleventh, twelfth, thirteenth, fourteenth, sixteenth, seventeenth, eighteenth, nineteenth, twenty-first, twenty-second, twenty-third, twenty-fourth, twenty-fifth and twenty-sixth authors' fully annotated issues (third-*.json … twentysixth-heldout.json) and the fifteenth's entities and figures (fifteenth-entities-*.json), each article with its own source; `heldout2` is an author's second held-out part (sixteenth-heldout2.json), `dev2` its further dev (seventeenth-dev2.json). */
export function authorArticles(author: 'third' | 'fourth' | 'seventh' | 'eighth' | 'tenth' | 'eleventh' | 'twelfth' | 'thirteenth' | 'fourteenth' | 'fifteenth-entities' | 'sixteenth' | 'seventeenth' | 'eighteenth' | 'nineteenth' | 'twentyfirst' | 'twentysecond' | 'twentythird' | 'twentyfourth' | 'twentyfifth' | 'twentysixth', split: Split | 'heldout2' | 'dev2'): UnseenArticle[] {
  const file = new URL(`../testdata/enrich-unseen/${author}-${split}.json`, import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { articles: UnseenArticle[] }).articles;
}
