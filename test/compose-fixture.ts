/**
 * Real articles for compose tests without depending on the bulletin parser: sample 003 cut into its articles by
 * the gold annotation (titles, sections, subheads, body line ranges from the gold notes).
 */
import { readFileSync } from 'node:fs';
import type { Bulletin } from '../src/types.js';
import { ROOT } from './cli-run.js';

interface Gold {
  file: string;
  publication: string;
  issue_date: string;
  sections: string[];
  articles: { section: string; title: string; start_line: number; byline: string | null; subheads: string[] }[];
  duplicates: [string, string][];
  notes: string;
}

/** The 003 gold annotation. */
export function gold003(): Gold {
  return JSON.parse(readFileSync(`${ROOT}testdata/003.gold.json`, 'utf8')) as Gold;
}

/**
 * Hard-wrapped dump lines joined into paragraphs: a line ending in a space ends its paragraph (the dump's
 * convention); the running header block is left out.
 */
function unwrap(lines: string[], publication: string): string {
  const paragraphs: string[] = [];
  let open = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || line === publication || line.startsWith('©') || /^Page \d+$/.test(line)) continue;
    open += line;
    if (/\s$/.test(raw)) {
      paragraphs.push(open);
      open = '';
    }
  }
  if (open) paragraphs.push(open);
  return paragraphs.join('\n\n');
}

/** Sample 003 as the parsed issue the gold describes. */
export function bulletin003(): Bulletin {
  const gold = gold003();
  const lines = readFileSync(`${ROOT}samples/${gold.file}`, 'utf8').split(/\r?\n/);
  const ranges = new Map<number, [number, number]>();
  for (const m of gold.notes.matchAll(/(\d+): body (\d+)-(\d+)/g)) ranges.set(+m[1], [+m[2], +m[3]]);
  return {
    publication: gold.publication,
    issueDate: gold.issue_date,
    sections: gold.sections,
    articles: gold.articles.map((a) => {
      const [from, to] = ranges.get(a.start_line)!;
      return {
        section: a.section, title: a.title, byline: a.byline, subheads: a.subheads,
        body: unwrap(lines.slice(from - 1, to), gold.publication), captions: [], page: null,
        lineStart: a.start_line, lineEnd: to,
      };
    }),
    warnings: [],
  };
}
