/**
 * The composed bulletin: what `jianbao issue new` drafts, editors change, and the renderers print.
 * Plain data (JSON-safe) so a draft can be stored, shown with --json and rendered by pure functions.
 */

/** One report of the same event printed elsewhere, named under the entry it was merged into (另见). */
export interface AlsoSeen {
  /** The other report's stored article id. */
  articleId: number;
  title: string;
  /** Publication or source the other report came from. */
  source: string;
  /** ISO date of that report (its issue date), or null. */
  date: string | null;
}

/** One article as it will be printed in the composed issue. */
export interface Entry {
  /** The stored article the entry prints. */
  articleId: number;
  title: string;
  /** House section it is printed under. */
  section: string;
  /** Publication or source name the article came from. */
  source: string;
  /** ISO date (the source issue's date), or null when unknown. */
  date: string | null;
  byline: string | null;
  subheads: string[];
  /** Clean text; paragraphs separated by one blank line. */
  body: string;
  /** Editor's or enrichment's summary, or null. */
  summary: string | null;
  /**
   * True once an editor wrote this entry's summary in the bulletin: it stays when the article changes (the rest
   * of the entry follows the article: compose/follow.ts).
   */
  summaryEdited?: boolean;
  /**
   * The article's summary when the editor first wrote the entry's own: 原文已更新 waits until the article's summary
   * differs from it. Absent on entries edited before it was kept (those show 原文已更新 whenever the two differ).
   */
  summaryBase?: string | null;
  /** Other reports of the same event, merged into this entry. */
  alsoSeen: AlsoSeen[];
  /** Importance score the draft ordered by (see docs/compose.md); kept so editors see why. */
  score: number;
}

/** One section of the composed issue, in print order. */
export interface DraftSection {
  name: string;
  entries: Entry[];
}

/** Where a composed issue stands: 草稿 (being edited), 待审 (submitted for sign-off), 已签发 (published, read-only). */
export type BulletinStatus = 'draft' | 'submitted' | 'published';

/** A composed issue. */
export interface IssueDraft {
  /** Store id; 0 before it is first saved. */
  id: number;
  /** Bumped by every stored change; a save names the version it edited, so a stale save is refused. 0 before saved. */
  version: number;
  status: BulletinStatus;
  /** Publication name printed on the cover and in the running header. */
  publication: string;
  /** Issue number (期号). */
  number: number;
  /** Edition (client profile) name, or null for the general issue. */
  edition: string | null;
  /** ISO dates of the period covered, inclusive. */
  from: string;
  to: string;
  /** ISO timestamp. */
  createdAt: string;
  /** One line under the title on the cover, or null. */
  coverLine: string | null;
  /** Copyright notice printed in the running header and at the end of each article. */
  copyright: string;
  /** 本期要点: one line per top entry, ≤ 40 characters each. */
  highlights: string[];
  /** True once an editor wrote 本期要点 by hand: edits keep them instead of recomputing them. */
  highlightsFixed: boolean;
  sections: DraftSection[];
  /** The period's rising tags and entities (needs enrichment); empty when there are none. */
  trends: Trend[];
}

/** One tag or entity on the trend page: articles carrying it this period and in the period before. */
export interface Trend {
  name: string;
  kind: 'tag' | 'entity';
  count: number;
  previous: number;
}

/** One edit of a draft, kept for `issue show`. */
export interface IssueChange {
  /** ISO timestamp. */
  at: string;
  /** Who made it ($USER or --who). */
  who: string;
  /** What kind: new, drop, add, move, summary, plan. */
  what: string;
  /** Human-readable detail (article id and title, target section…). */
  detail: string;
  /** The version it produced (absent on lines logged before versions were). */
  version?: number;
  /**
   * What it changed, as `entry:<id>:place` (in, out or moved), `entry:<id>:text`, `entry:<id>:summary`, `cover`,
   * `highlights`, `sections` (their order) or `status`: what a later save from an older version is checked against.
   */
  touched?: string[];
}

/** A client profile: filters and reorders the same period into its own issue. */
export interface Edition {
  name: string;
  /** Tag names the client follows; matched against enrichment tags, else as keywords in title and body. */
  tags: string[];
  /** Entity names (companies, agencies, people) the client follows; same matching as tags. */
  entities: string[];
  /** Region names (provinces, cities, countries); keyword match in title and body. */
  regions: string[];
  /** Cover line of this edition's issues, or null. */
  coverLine: string | null;
  /** Section order for this edition (others follow in house order); empty means the house order. */
  sections: string[];
}

/**
 * What the draft needs of one stored article: the article, where it came from, and whatever enrichment has
 * added (all optional, so drafting works before enrichment is stored).
 */
export interface Candidate {
  articleId: number;
  title: string;
  /** Section it was printed under in its source, or null. */
  section: string | null;
  byline: string | null;
  subheads: string[];
  body: string;
  /** Publication or source name. */
  source: string;
  /** ISO date of its source issue, or null. */
  date: string | null;
  /** Enrichment: predicted house section, preferred over the printed one when present. */
  predictedSection?: string | null;
  /** Enrichment: tag names. */
  tags?: string[];
  /** Enrichment: entity names. */
  entities?: string[];
  /** Enrichment: summary. */
  summary?: string | null;
  /** Enrichment: same-event group key; candidates sharing it are merged. */
  eventGroup?: string | null;
}
