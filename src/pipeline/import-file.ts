import type { LoadOptions } from '../ingest/load.js';
import type { SameIssuePolicy } from '../store/same-issue.js';
import type { ImportResult, Store } from '../store/types.js';
import type { Bulletin } from '../types.js';
import { inputError } from './input-error.js';
import { readBulletin, readBulletinBytes, type ReadBulletin } from './read-bulletin.js';
import { understandBulletin } from './understand.js';

/** What the user says about the files of one import run. */
export interface ImportOptions extends LoadOptions {
  /** A stored issue with the same publication, date and most titles: report it (default), replace it, or keep both. */
  sameIssue?: SameIssuePolicy;
  /** Publication and issue date for files that do not say (`import --publication P --date D`). */
  publication?: string;
  issueDate?: string;
}

/** The bulletin with the publication and date the user gave, where the file itself does not say. */
function withGivenMasthead(b: Bulletin, options: ImportOptions): Bulletin {
  return {
    ...b,
    publication: b.publication ?? options.publication ?? null,
    issueDate: b.issueDate ?? options.issueDate ?? null,
  };
}

/**
 * Reads, parses and stores one file. Reading and parsing finish before the store is touched, and the store
 * writes in one transaction, enrichment of the new articles included, so a file lands whole or not at all.
 * The same issue read before (another format or another dump) is reported, not stored twice, unless told.
 * Failures are thrown as `<path>: <problem>`.
 */
export async function importFile(path: string, store: Store, options: ImportOptions = {}): Promise<ImportResult> {
  return storeRead(path, await readBulletin(path, options), store, options);
}

/** The same for bytes in memory (an upload), named `name` where a path would be. */
export async function importBytes(name: string, bytes: Uint8Array, store: Store, options: ImportOptions = {}): Promise<ImportResult> {
  return storeRead(name, await readBulletinBytes(name, bytes, options), store, options);
}

async function storeRead(path: string, { doc, bulletin: parsed }: ReadBulletin, store: Store, options: ImportOptions): Promise<ImportResult> {
  const bulletin = withGivenMasthead(parsed, options);
  try {
    return await store.issues.import(doc, bulletin, understandBulletin(bulletin), options.sameIssue ?? 'report');
  } catch (err) {
    throw inputError(path, err);
  }
}
