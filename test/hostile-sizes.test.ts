/**
 * Inputs with more lines or paragraphs than a call's arguments may hold: what is read from them is appended one by
 * one, never spread into a call (which overflows the stack at about 120k items). Times are `npm run bench:hostile`'s.
 */
import { describe, expect, it } from 'vitest';
import { spacedCells } from '../scripts/hostile-inputs.js';
import { bulletinToMarkdown } from '../src/bulletin/markdown.js';
import { textToLines } from '../src/ingest/text-lines.js';

describe('inputs of many short lines', () => {
  it('reads a page of 200k lines of cells set apart by spaces, every line once and in order', () => {
    const text = spacedCells(7 * 1024 * 1024);
    const raw = text.trimEnd().split('\n');
    expect(raw.length).toBeGreaterThan(200_000);
    const lines = textToLines(text);
    expect(lines.map((l) => l.text)).toEqual(raw);
    expect(lines.at(-1)!.lineNo).toBe(raw.length);
  });

  it('prints an article of 200k paragraphs as Markdown', () => {
    const body = Array.from({ length: 200_000 }, (_, i) => `第${i}行`).join('\n\n');
    const article = { section: null, title: '长表', byline: null, subheads: [], body, captions: [], page: null, lineStart: 1, lineEnd: 200_000 };
    const md = bulletinToMarkdown({ publication: null, issueDate: null, sections: [], articles: [article], warnings: [], messages: [] });
    expect(md.split('\n')).toContain('第199999行');
    expect(md.match(/^第\d+行$/gmu)).toHaveLength(200_000);
  });
});
