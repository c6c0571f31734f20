import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseBulletin } from '../bulletin/parse.js';
import { sourceFromText } from '../bulletin/text-source.js';
import { parseGold } from './gold.js';
import { evaluate, type EvalReport } from './metrics.js';

/** Reads a gold file and a UTF-8 text dump, parses the dump and scores it: what `jianbao eval GOLD FILE` runs. */
export function evaluateFiles(goldPath: string, textPath: string): EvalReport {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(goldPath, 'utf8'));
  } catch (e) {
    throw new Error(`${goldPath}: ${(e as Error).message}`);
  }
  const gold = parseGold(json, goldPath);
  const text = readFileSync(textPath, 'utf8');
  const report = evaluate(gold, parseBulletin(sourceFromText(textPath, text)), text);
  return { ...report, file: basename(textPath) };
}
