/**
 * What the understanding stage reads and produces. Every character offset in an Enrichment points into
 * `analysedText(article)`: the title, a blank line, then the body.
 */

/** The part of an article enrichment reads; a pipeline Article plus its issue date and source fits. */
export interface EnrichInput {
  title: string;
  body: string;
  /** Issue date or published date, ISO YYYY-MM-DD: the reference for 8月5日, 18日, 近日. */
  date?: string | null;
  /** Publication or site name; resolves 我省/我市 when it names a place (e.g. 浙江日报). */
  source?: string | null;
}

/** Section model: lexicon priors plus learned weights over the lexicon scores and entity features; plain JSON. */
export interface SectionModel {
  version: 1;
  sections: string[];
  /** Per section: prior lexicon word (or '#' entity feature) → weight, copied from data/sections.json. */
  lexicon: Record<string, Record<string, number>>;
  /** Names of the inputs: `lexicon:<section>` scores, then '#' features. */
  inputs: string[];
  /** Per section (rows, in `sections` order): weight of each input. */
  weights: number[][];
  /** Number of labelled articles the weights were fitted on (0: priors only). */
  trainedOn: number;
}

/** Document frequencies the store maintains over its articles, for TF-IDF keywords. */
export interface DocFreq {
  /** Number of documents counted. */
  documents: number;
  /** Term → number of documents containing it. */
  frequencies: Record<string, number>;
}

/** What enrichment may use besides the article. */
export interface EnrichContext {
  /** Trained section model; without one the lexicon priors alone decide. */
  sectionModel?: SectionModel;
  /** Corpus document frequencies; without them jieba's bundled IDF table is used. */
  docFreq?: DocFreq;
  /** Fallback reference date when the article has none. */
  referenceDate?: string | null;
}

/** A predicted house section with its probability-like confidence (0..1). */
export interface SectionPrediction {
  name: string;
  confidence: number;
  /** Every section's confidence, best first. */
  ranking: { name: string; confidence: number }[];
}

/** One industry tag from the taxonomy. */
export interface TagScore {
  name: string;
  score: number;
}

/** Where a mention sits in the analysed text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type EntityType = 'org' | 'person' | 'place';

/** One organisation, person or place, all its mentions merged under its canonical name. */
export interface Entity {
  type: EntityType;
  /** Canonical name: full official name from the alias table, else the longest printed form. */
  name: string;
  /** org: government | company | institute | association | international | other; place: province | city | country | region. */
  kind: string | null;
  /** Home country of an org or place, when known. */
  country: string | null;
  /** person: the title printed with the name (董事长, 局长, 首席执行官…). */
  role: string | null;
  /** person: the organisation printed right before the role (宁德时代 in 宁德时代董事长曾毓群). */
  affiliation: string | null;
  mentions: number;
  spans: Span[];
}

/** A relative change printed with a figure: 同比增长 31% → { kind: '同比', value: 31, unit: '%' }. */
export interface FigureChange {
  kind: string;
  /** Signed: negative for 下降/减少. */
  value: number;
  unit: string;
}

/** One quantitative fact. */
export interface Figure {
  /** Organisation or place the figure is about, when printed in the same sentence or paragraph. */
  subject: string | null;
  /** What is measured (营收, 5G基站数), from the words before the number. */
  metric: string | null;
  /** Normalised number: 1.2万亿 → 1.2e12; percentages stay in percent (31% → 31). */
  value: number;
  /** Base unit: 元, 美元, %, 个, 辆, GWh…; '' for a bare count (28 亿用户). */
  unit: string;
  /** Period the figure covers (前三季度, 2019年上半年, Q2), when printed before it in the sentence. */
  period: string | null;
  change: FigureChange | null;
  /** The figure as printed, change included. */
  text: string;
  offset: number;
}

/** One date or time expression, resolved to ISO where possible. */
export interface DateMention {
  text: string;
  offset: number;
  /** Exact day (YYYY-MM-DD) when the expression names one, else null. */
  date: string | null;
  /** The window the expression covers (equal to date for a day). */
  from: string | null;
  to: string | null;
  granularity: 'day' | 'month' | 'quarter' | 'half' | 'year' | 'window';
  /** True for vague expressions (近日, 日前, 近期). */
  approximate: boolean;
}

export interface Keyword {
  word: string;
  weight: number;
}

/** What same-event grouping needs from an article; stored alongside it. */
export interface Fingerprint {
  /** 64-bit SimHash of the segmented text, 16 hex digits. */
  simhash: string;
  /** Distinctive facts: f:<value>|<unit>, p:<person>, o:<org>, d:<day>. */
  keys: string[];
}

/** Everything the understanding stage says about one article. */
export interface Enrichment {
  predictedSection: SectionPrediction | null;
  tags: TagScore[];
  entities: Entity[];
  figures: Figure[];
  dates: DateMention[];
  keywords: Keyword[];
  summary: string;
  fingerprint: Fingerprint;
  /** What could not be understood (e.g. relative dates with no reference date). */
  warnings: string[];
}
