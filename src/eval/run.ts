import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseBulletin } from '../bulletin/parse.js';
import { sourceFromText } from '../bulletin/text-source.js';
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

/** Reads a gold file and a UTF-8 text dump, parses the dump and scores it: what `jianbao eval GOLD FILE` runs. */
export function evaluateFiles(goldPath: string, textPath: string): EvalReport {
  const gold = loadGold(goldPath);
  const text = readText(textPath);
  const report = evaluate(gold, parseBulletin(sourceFromText(textPath, text)), text);
  return { ...report, file: basename(textPath) };
}
