/** The synthetic archive the SQLite search tests read: 1,500 articles made from the samples, in an embedded store. */
import { join } from 'node:path';
import { readSampleTexts } from '../src/search/generate-archive.js';
import { materialFromTexts, syntheticIssues } from '../src/search/synthetic-archive.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';

/** Builds the archive as `archive.db` in `dir` (always the same articles: a fixed seed) and returns its path. */
export async function syntheticSqliteArchive(dir: string): Promise<string> {
  const file = join(dir, 'archive.db');
  const store = openSqliteStore(file);
  for (const i of syntheticIssues(materialFromTexts(readSampleTexts('samples')), { articles: 1500, seed: 11 })) await store.issues.import(i.source, i.bulletin);
  await store.close();
  return file;
}

/**
 * SearchColumns.matcher's `printedBy` for filters tested on their lists alone: the search's own (SqliteSearch) adds
 * the articles printing a name no list holds, which the tests' filters of tags and recognised entities never need.
 */
export const printedNowhere = (): Int32Array => new Int32Array(0);
