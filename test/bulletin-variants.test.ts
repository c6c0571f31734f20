import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseBulletin } from '../src/bulletin/parse.js';
import { sourceFromText } from '../src/bulletin/text-source.js';
import { evaluate } from '../src/eval/metrics.js';
import { parseGold, type Gold } from '../src/eval/gold.js';
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


/**
 * The same issue with the articles of every section in reverse order, and its gold moved along: whether a heading
 * opens an article must not depend on which article happens to precede it.
 */
function reversedArticles(gold: Gold, text: string): { gold: Gold; text: string } {
  const lines = text.split('\n');
  const arts = gold.articles;
  // Each article's lines run to the next article's title, less the section heading between two sections.
  const headingLine = new Map<string | null, number>();
  const blocks = arts.map((a, k) => {
    const from = a.start_line - 1;
    let to = k + 1 < arts.length ? arts[k + 1].start_line - 1 : lines.length;
    const next = arts[k + 1];
    if (next && next.section !== a.section) {
      let s = to - 1;
      while (s > from && lines[s].trim() !== next.section) s--;
      if (s > from) { headingLine.set(next.section, s); to = s; }
    }
    return { a, from, to };
  });
  const out = lines.slice(0, blocks[0].from);
  const articles: Gold['articles'] = [];
  for (const section of new Set(arts.map((a) => a.section))) {
    const own = blocks.filter((b) => b.a.section === section);
    const heading = headingLine.get(section);
    if (heading !== undefined) out.push(...lines.slice(heading, own[0].from));
    for (const b of own.reverse()) {
      articles.push({ ...b.a, start_line: out.length + 1 });
      out.push(...lines.slice(b.from, b.to));
    }
  }
  return { gold: { ...gold, articles }, text: out.join('\n') };
}

describe('bulletin parsing does not depend on article order', () => {
  for (const original of golds) {
    it(`${original.file}, articles of each section reversed`, () => {
      const { gold, text } = reversedArticles(original, readFileSync(join('samples', original.file), 'utf8'));
      expect(gold.articles).toHaveLength(original.articles.length);
      const r = evaluate(gold, parseBulletin(sourceFromText(gold.file, text)), text);
      expect(r.titleF1).toBeGreaterThanOrEqual(BARS.titleF1);
      expect(r.sectionAccuracy).toBe(1);
      expect(r.bodyBoundaryAccuracy).toBeGreaterThanOrEqual(BARS.bodyBoundaryAccuracy);
      expect(Math.abs(r.coverage - 1)).toBeLessThanOrEqual(BARS.coverageTolerance);
    });
  }
});
