/** What an editor decided about an article in the 待处理 inbox. */
export type TriageState = 'new' | 'kept' | 'discarded' | 'duplicate';

/** An article's triage as stored (one row per article an editor touched). */
export interface Triage {
  state: TriageState;
  /** For `kept`: the section of this week's pool it was kept under. */
  section: string | null;
  /** For `duplicate`: the article it repeats. */
  duplicateOf: number | null;
  /** The editors' own tags (beside enrichment's). */
  tags: string[];
  note: string | null;
  updatedAt: string;
  updatedBy: string;
}

/** What one triage action changes; fields left out keep their stored value. */
export type TriagePatch = Partial<Pick<Triage, 'state' | 'section' | 'duplicateOf' | 'tags' | 'note'>>;

/** One article as the inbox lists it. */
export interface InboxItem {
  id: number;
  title: string;
  /** `web` for fetched articles, `bulletin` for imported ones. */
  origin: 'web' | 'bulletin';
  /** The publication, or the web site's host. */
  source: string;
  /** The issue date, or the web article's published (else fetched) day. */
  date: string | null;
  /** When it arrived: fetched, or its file imported (ISO). */
  arrivedAt: string | null;
  url: string | null;
  issueId: number | null;
  /** The section it was printed under (or its web source's). */
  printedSection: string | null;
  predictedSection: string | null;
  tags: string[];
  summary: string;
  groupId: number | null;
  triage: Triage | null;
}

/** Which articles the inbox lists; every field narrows. */
export interface InboxFilter {
  /** `inbox`: not yet decided (default); `kept`, `discarded`, `duplicate`; `all`. */
  view?: 'inbox' | 'kept' | 'discarded' | 'duplicate' | 'all';
  source?: string;
  /** Predicted section (or, for kept articles, the pool section). */
  section?: string;
  /** An enrichment tag or an editor's tag. */
  tag?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

/** Triage state per article, and the inbox read over it. */
export interface TriageStore {
  /** Articles newest first (by arrival), with their enrichment and triage, narrowed by the filter. */
  inbox(filter: InboxFilter): Promise<InboxItem[]>;
  /** The stored triage of these articles (articles never triaged are left out). */
  get(articleIds: number[]): Promise<Map<number, Triage>>;
  /** Writes the patch over each article's triage in one transaction; returns the triage after. */
  set(articleIds: number[], patch: TriagePatch, at: string, by: string): Promise<Map<number, Triage>>;
  /**
   * Marks the articles marked duplicates of `from` (of those, the `only` ones when given) duplicates of `to`, in one
   * statement (no triage running meanwhile is written over), keeping their time and editor; returns their ids.
   */
  moveDuplicates(from: number, to: number, only?: number[]): Promise<number[]>;
  /** The articles marked duplicates of any of these (an issue's removal unmarks them; its undo marks them again). */
  duplicatesOf(articleIds: number[]): Promise<number[]>;
  /** Writes each article's triage exactly as given, its time and editor too (null: none), as an undo puts it back. */
  restore(triage: [number, Triage | null][]): Promise<void>;
  /** The sources (publications and sites) articles came from, with counts, most first. */
  sources(): Promise<{ source: string; count: number }[]>;
}
