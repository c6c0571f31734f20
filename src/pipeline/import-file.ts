import type { LoadOptions } from '../ingest/load.js';
import type { ImportResult, Store } from '../store/types.js';
import { inputError } from './input-error.js';
import { readBulletin } from './read-bulletin.js';
import { understandBulletin } from './understand.js';

/**
 * Reads, parses and stores one file. Reading and parsing finish before the store is touched, and the store
 * writes in one transaction, enrichment of the new articles included, so a file lands whole or not at all.
 * Failures are thrown as `<path>: <problem>`.
 */
export async function importFile(path: string, store: Store, options: LoadOptions = {}): Promise<ImportResult> {
  const { doc, bulletin } = await readBulletin(path, options);
  try {
    return await store.importBulletin(doc, bulletin, understandBulletin(bulletin));
  } catch (err) {
    throw inputError(path, err);
  }
}
