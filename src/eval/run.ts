import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readBulletin } from '../pipeline/read-bulletin.js';
import type { LoadOptions } from '../ingest/load.js';
import type { SourceDoc } from '../types.js';
import { parseGold, type Gold } from './gold.js';
import { evaluate, type EvalReport } from './metrics.js';

/** Reads a UTF-8 file; a failure becomes `<path>: <problem>`. */
function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new Error(`${path}: ${err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.message}`);
  }
}

/** Reads and validates a gold annotation file. */
export function loadGold(path: string): Gold {
  let json: unknown;
  try {
    json = JSON.parse(readText(path));
  } catch (e) {
    throw e instanceof SyntaxError ? new Error(`${path}: not valid JSON (${e.message})`) : e;
  }
  return parseGold(json, path);
}

/**
 * Reads a gold file and a bulletin (text dump or PDF) the way `jianbao import` does (loadSource → parseBulletin)
 * and scores the parse against the gold: what `jianbao eval GOLD FILE` runs. Coverage counts the characters of
 * the lines read, less the page furniture.
 */
export async function evaluateFiles(goldPath: string, sourcePath: string, options: LoadOptions = {}): Promise<EvalReport> {
  return (await evaluateRead(goldPath, sourcePath, options)).report;
}

/** The same, with the document read: for a caller that checks the lines too and should not read a long PDF twice. */
export async function evaluateRead(goldPath: string, sourcePath: string, options: LoadOptions = {}): Promise<{ report: EvalReport; doc: SourceDoc }> {
  const gold = loadGold(goldPath);
  const { doc, bulletin } = await readBulletin(sourcePath, options);
  return { report: { ...evaluate(gold, bulletin, doc.lines), file: basename(sourcePath) }, doc };
}
