import type { IssueChange, IssueDraft } from '../compose/types.js';

/**
 * What a removed issue left for its undo (repository `store.removedIssues`): the core's snapshot of the issue,
 * its articles and what named them, kept as JSON until the undo takes it or it is purged.
 */
export interface RemovedIssueStore {
  /** Keeps the snapshot of a removed issue (replacing one kept for the same id). */
  keep(issueId: number, at: string, by: string, snapshot: unknown): Promise<void>;
  /** The snapshot kept for the issue, or null (never removed, undone, or purged). */
  get(issueId: number): Promise<unknown>;
  /** Forgets the issue's snapshot (its removal was undone). */
  drop(issueId: number): Promise<void>;
  /** Forgets the snapshots kept before `before` (ISO); returns how many. */
  purge(before: string): Promise<number>;
}

/** One kept version of a bulletin: the draft as it stood at `version`, and the change that moved it on. */
export interface DraftVersion {
  draftId: number;
  version: number;
  /** The version the change produced (an undo of a later change moves it to the version it restored). */
  afterVersion: number;
  change: IssueChange;
  draft: IssueDraft;
}

/** An undone version that can be redone: the draft as it stood before the undo, and the version the undo saved. */
export interface RedoVersion extends DraftVersion {
  /** The draft the undo replaced, saved again by a redo. */
  redo: IssueDraft;
  /** The version the undo produced: a redo is offered only while the bulletin is still at it. */
  redoAt: number;
}

/** The versions of bulletins an editor can go back to, and forward again (repository `store.draftVersions`). */
export interface DraftVersionStore {
  /**
   * Keeps a draft's version before an edit; only the newest `limit` of a bulletin are kept. A new edit ends what
   * could be redone: the undone versions are forgotten.
   */
  keep(v: DraftVersion, limit: number): Promise<void>;
  /** The newest version of the bulletin not undone yet, or null. */
  last(draftId: number): Promise<DraftVersion | null>;
  /**
   * Marks `version` undone, keeping `redo` (the draft the undo replaced, saved as `standsAt`) for a redo, and says
   * the version below it (if any) now stands at `standsAt`, so a second undo goes back one more step.
   */
  undone(draftId: number, version: number, standsAt: number, redo: IssueDraft): Promise<void>;
  /** The version undone last (the lowest undone one), or null. */
  nextRedo(draftId: number): Promise<RedoVersion | null>;
  /**
   * Marks `version` done again, now standing at `standsAt` (the redo's save), and says the undone version above it
   * (if any) can be redone from `standsAt`.
   */
  redone(draftId: number, version: number, standsAt: number): Promise<void>;
}
