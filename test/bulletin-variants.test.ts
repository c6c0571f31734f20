import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseBulletin } from '../src/bulletin/parse.js';
import { sourceFromText } from '../src/bulletin/text-source.js';
import { evaluate } from '../src/eval/metrics.js';
import { parseGold } from '../src/eval/gold.js';
import { BARS } from '../src/eval/report.js';
import { DEFAULT_OPTIONS } from '../src/segment/kinds.js';

/**
 * The same documents as another PDF-to-text converter might write them: without the trailing space that marks
 * paragraph ends, without the blank line after every physical line, or without the single space that marks the
 * top of a page. The parse must not depend on any of these habits.
 */
const variants: Record<string, (text: string) => string> = {
  'no paragraph-end spaces': (t) => t.replace(/(\S)[ \t]+$/gm, '$1'),
  'no blank lines': (t) => t.split('\n').filter((l) => l !== '').join('\n'),
  'no page-top markers': (t) => t.replace(/^ (?=\S)/gm, '').replace(/^ $/gm, ''),
};

const golds = readdirSync('testdata/gold').filter((f) => f.endsWith('.gold.json')).sort()
  .map((f) => parseGold(JSON.parse(readFileSync(join('testdata/gold', f), 'utf8')), f));

describe('bulletin parsing does not depend on one converter\'s habits', () => {
  for (const [name, transform] of Object.entries(variants)) {
    for (const gold of golds) {
      it(`${gold.file}, ${name}`, () => {
        const text = transform(readFileSync(join('samples', gold.file), 'utf8'));
        const r = evaluate(gold, parseBulletin(sourceFromText(gold.file, text)), text);
        expect(r.titleF1).toBeGreaterThanOrEqual(BARS.titleF1);
        expect(r.sectionAccuracy).toBe(1);
        expect(r.bodyBoundaryAccuracy).toBeGreaterThanOrEqual(BARS.bodyBoundaryAccuracy);
        expect(Math.abs(r.coverage - 1)).toBeLessThanOrEqual(BARS.coverageTolerance);
        expect(r.headerLeaks).toEqual([]);
      });
    }
  }
});

describe('bulletin parsing without the prior list of house sections', () => {
  it('finds 003\'s sections by shape alone and still meets the bars', () => {
    const gold = golds.find((g) => g.file.startsWith('003'))!;
    const text = readFileSync(join('samples', gold.file), 'utf8');
    const b = parseBulletin(sourceFromText(gold.file, text), { ...DEFAULT_OPTIONS, knownSections: [] });
    expect(b.sections).toEqual(gold.sections);
    const r = evaluate(gold, b, text);
    expect(r.sectionAccuracy).toBe(1);
    expect(r.titleF1).toBeGreaterThanOrEqual(BARS.titleF1);
    expect(r.bodyBoundaryAccuracy).toBeGreaterThanOrEqual(BARS.bodyBoundaryAccuracy);
  });
});

