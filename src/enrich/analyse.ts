/** The shared first pass over an article: segmentation, sentences, entities and figures, done once. */
import { extractEntities } from './entities.js';
import { extractFigures } from './figures.js';
import { tokenize, wordFact, type Token } from './segmenter.js';
import { analysedText, offsetMask, splitSentences, type Sentence } from './text.js';
import type { EnrichInput, Entity, Figure } from './types.js';

/** What the extractors share about one article. */
export interface Analysis {
  text: string;
  /** Length of the title inside `text`. */
  titleLength: number;
  /** Where the headline starts in the title, after its column label (执法观察｜, 【行业】); 0 without one. */
  headlineStart: number;
  tokens: Token[];
  sentences: Sentence[];
  entities: Entity[];
  figures: Figure[];
  /** The content-word tokens (see isTerm), in order; pieces of person names (俊杰 of 罗俊杰) left out. */
  terms: Token[];
  /** Each distinct term with its occurrences in the body and in the title, counted once for every extractor. */
  termCounts: Map<string, TermCount>;
}

/** Occurrences of one term. */
export interface TermCount {
  body: number;
  title: number;
  /** Its first token (for the IDF). */
  token: Token;
}

/** Offsets inside person names, marked afresh for each article. */
const nameMask = offsetMask();

/**
 * A column label opening a headline (执法观察｜, 会员动态丨, 【行业】, 〔外资〕): how one house sorts its items, not words of the story.
 * Its words count as body words, not as the title's (a house's 政策速递｜ would otherwise pull every item under it
 * towards policy), and rules reading the headline read after it.
 */
const COLUMN_LABEL = /^(?:[\u4e00-\u9fa5A-Za-z]{2,6}[｜丨|]|【[^】]{1,8}】|〔[^〕]{1,8}〕|［[^］]{1,8}］)\s*/;
/**
 * A column label joined by a middle dot to the name it files the item under (被投企业·锐频通信：…, 会员风采·…): a label only
 * when no name runs across the dot, as a foreign name's parts do (埃隆·马斯克).
 */
const DOTTED_LABEL = /^[\u4e00-\u9fa5]{2,6}[·・]/;

/** Where the headline starts after its column label, if it opens with one; 0 without. */
function headlineStartOf(title: string, entities: Entity[]): number {
  const label = COLUMN_LABEL.exec(title);
  if (label) return label[0].length;
  const dotted = DOTTED_LABEL.exec(title);
  const dot = dotted ? dotted[0].length - 1 : -1;
  return dotted && !entities.some((e) => e.spans.some((s) => s.start < dot && s.end > dot)) ? dotted[0].length : 0;
}

/** Counts each term's occurrences in the headline and the body (a column label's among the body's). */
function countTerms(terms: Token[], headlineStart: number, titleLength: number): Map<string, TermCount> {
  const counts = new Map<string, TermCount>();
  for (const t of terms) {
    let c = counts.get(t.word);
    if (!c) counts.set(t.word, (c = { body: 0, title: 0, token: t }));
    if (t.start >= headlineStart && t.start < titleLength) c.title++;
    else c.body++;
  }
  return counts;
}

/** Throws `<title>: …` unless the article's title and body are strings. */
export function checkArticle(article: EnrichInput): void {
  if (typeof article?.title !== 'string' || typeof article.body !== 'string') {
    throw new Error(`${String(article?.title ?? 'article')}: title and body must be strings`);
  }
}

/**
 * Finds the article's entities and figures over one segmentation: `tokens` of its analysed text when the caller
 * segmented it already (see enrichArticles), else segmented here.
 */
export function analyse(article: EnrichInput, tokens?: Token[]): Analysis {
  checkArticle(article);
  return analyseAll([article], tokens && [tokens])[0];
}

/**
 * analyse over several checked articles, each step over all of them before the next (segmentation unless `tokens`
 * are given, then sentences, entities, figures…): its code and tables stay in the CPU caches from one article to
 * the next.
 */
export function analyseAll(articles: EnrichInput[], tokens?: Token[][]): Analysis[] {
  const texts = articles.map(analysedText);
  tokens ??= texts.map((text) => tokenize(text));
  const sentences = texts.map(splitSentences);
  const entities = texts.map((text, i) => extractEntities(text, tokens[i], articles[i].source));
  const figures = texts.map((text, i) => extractFigures(text, sentences[i], entities[i], tokens[i]));
  return texts.map((text, i) => {
    const inName = nameMask(text.length);
    for (const e of entities[i]) if (e.type === 'person') for (const s of e.spans) inName.fill(1, s.start, s.end);
    const terms = tokens[i].filter((t) => isTerm(t) && !inName[t.start]);
    const titleLength = articles[i].title.length;
    const headlineStart = headlineStartOf(text.slice(0, titleLength), entities[i]);
    return { text, titleLength, headlineStart, tokens: tokens[i], sentences: sentences[i], entities: entities[i], figures: figures[i], terms, termCounts: countTerms(terms, headlineStart, titleLength) };
  });
}

/** First letters of the parts of speech of content words (nouns, verbs, Latin words, abbreviations, idioms). */
const CONTENT_TAG = new Set(['n', 'v', 'e', 'j', 'l', 'i']);
const STOP = new Set(['进行', '表示', '认为', '可以', '没有', '已经', '通过', '成为', '实现', '提供', '开展', '推动', '相关', '目前', '记者', '介绍', '指出', '包括', '一个', '这个']);

/** True for a word and tag worth counting as a term. */
const TERM = wordFact((word, tag) => !(!CONTENT_TAG.has(tag[0]) || STOP.has(word) || /^[\d.%]+$/.test(word)));

/** True for a token worth counting as a term (keywords, section features, fingerprints). */
export function isTerm(t: Token): boolean {
  // Single characters are never terms: ruled out before their dictionary entry is looked up.
  return t.word.length >= 2 && t.fact(TERM);
}
