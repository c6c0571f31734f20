import type { BulletinStatus, IssueChange } from '../compose/types.js';

/** A move of a composed issue from one status to the next, made only if it still is at `version` and `from`. */
export interface StatusChange {
  draftId: number;
  /** The version the caller read; any change since makes the move stale. */
  version: number;
  from: BulletinStatus;
  to: BulletinStatus;
  /** The edit-log line for the move, stored in the same transaction. */
  change: IssueChange;
  /** Rendered files to keep with the issue (at sign-off), replacing any kept before. */
  files?: RenderedFile[];
}

/** One rendered file of a composed issue. */
export interface RenderedFile {
  /** pdf, docx, html or md. */
  format: string;
  bytes: Uint8Array;
}

/**
 * The sign-off part of a store: status moves checked against the version (compare-and-set, so two chiefs or an
 * editor's late save cannot both win), and the files rendered at sign-off, served as stored from then on.
 */
export interface Publishing {
  /** Makes the move and returns the new version; throws StaleDraftError when the issue moved on, or an `issue N: no such issue` error. */
  transition(move: StatusChange): Promise<number>;
  /** The file kept for an issue in a format, or null. */
  file(draftId: number, format: string): Promise<Uint8Array | null>;
  /** The formats kept for an issue and their sizes in bytes. */
  files(draftId: number): Promise<{ format: string; bytes: number }[]>;
}

/** A save or status move refused because the stored issue is no longer at the version the caller read. */
export class StaleDraftError extends Error {
  override readonly name = 'StaleDraftError';
  constructor(
    readonly draftId: number,
    /** The stored issue's version and status now. */
    readonly version: number,
    readonly status: BulletinStatus,
  ) {
    super(`issue ${draftId}: changed since it was read (now version ${version}, ${status})`);
  }
}
