/**
 * Articles of the samples for enrichment tests and evals, cut by the gold annotations (003.gold.json line
 * ranges, enrich-articles.json for the briefs) so they do not depend on the bulletin parser.
 */
import { readFileSync } from 'node:fs';
import type { EnrichInput } from '../src/enrich/types.js';

const root = new URL('../', import.meta.url);

/** One sample article with where it came from. */
export interface SampleArticle extends EnrichInput {
  file: string;
  /** 1-based headline line in the sample. */
  line: number;
  /** House section from the gold, when the sample has sections. */
  section: string | null;
}

/** Page furniture inside bodies: the bulletin's header block, bare URLs, bare page numbers. */
const FURNITURE = [/^信息产业监测\s*$/, /^©/, /^Page \d+\s*$/, /^https?:\/\/\S+\s*$/, /^\d{1,3}\s*$/];

/**
 * Joins hard-wrapped lines into paragraphs: a line that ends a sentence and stops short (or with a trailing
 * space) ends one; a short line without closing punctuation is a heading and stands alone.
 */
export function unwrap(lines: string[]): string {
  const kept = lines.filter((l) => l.trim() !== '' && !FURNITURE.some((re) => re.test(l.trim())));
  const lengths = kept.map((l) => l.trim().length).sort((a, b) => a - b);
  const typical = lengths[Math.floor(lengths.length * 0.75)] ?? 0;
  let out = '';
  for (const raw of kept) {
    const line = raw.trim();
    if (out && !out.endsWith('\n\n')) out += /[A-Za-z0-9]$/.test(out) && /^[A-Za-z]/.test(line) ? ' ' : '';
    out += line;
    const endsSentence = /[。！？”：）]$/.test(line);
    const heading = !/[，、；]$/.test(line) && line.length < typical * 0.6;
    if (heading || (endsSentence && (/\s$/.test(raw) || line.length < typical * 0.85))) out += '\n\n';
  }
  return out.trim();
}

function sampleLines(file: string): string[] {
  return readFileSync(new URL(`samples/${file}`, root), 'utf8').split(/\r?\n/);
}

interface Gold {
  file: string;
  issue_date: string;
  articles: { section: string; title: string; start_line: number }[];
  duplicates: [string, string][];
  notes: string;
}

/** The 003 gold annotation. */
export function gold003(): Gold {
  return JSON.parse(readFileSync(new URL('testdata/gold/003.gold.json', root), 'utf8')) as Gold;
}

/** 003's articles: gold titles, bodies from the body line ranges listed in the gold notes. */
export function articles003(): SampleArticle[] {
  const gold = gold003();
  const ranges = new Map<number, [number, number]>();
  for (const m of gold.notes.matchAll(/(\d+): body (\d+)-(\d+)/g)) ranges.set(+m[1], [+m[2], +m[3]]);
  const lines = sampleLines(gold.file);
  return gold.articles.map((a) => {
    const r = ranges.get(a.start_line);
    if (!r) throw new Error(`003.gold.json: no body range for the article at line ${a.start_line}`);
    return {
      file: gold.file, line: a.start_line, section: a.section, title: a.title,
      body: unwrap(lines.slice(r[0] - 1, r[1])), date: gold.issue_date, source: gold.file.startsWith('003') ? '信息产业监测' : null,
    };
  });
}

/** The briefs' articles (000, 001) from testdata/enrich-articles.json. */
export function briefArticles(): SampleArticle[] {
  const index = JSON.parse(readFileSync(new URL('testdata/enrich-articles.json', root), 'utf8')) as {
    files: { file: string; issue_date: string | null; articles: { title_line: number; body: [number, number] }[] }[];
  };
  return index.files.flatMap((f) => {
    const lines = sampleLines(f.file);
    return f.articles.map((a) => ({
      file: f.file, line: a.title_line, section: null, title: lines[a.title_line - 1].trim(),
      body: unwrap(lines.slice(a.body[0] - 1, a.body[1])), date: f.issue_date, source: null,
    }));
  });
}
