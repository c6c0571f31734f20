/**
 * Real articles for compose tests without depending on the bulletin parser: sample 003 cut into its articles by
 * the gold annotation (titles, sections, subheads, body line ranges from the gold notes).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { openStore } from '../src/store/open.js';
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
  return JSON.parse(readFileSync(`${ROOT}testdata/gold/003.gold.json`, 'utf8')) as Gold;
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

/** A second publication in the same week: an edited, shorter reprint of one 003 article and a brief of its own. */
export const REPRINT_SOURCE = '产业观察周刊';
export const REPRINT_DATE = '2021-10-19';

/** The 003 article the reprint copies, by its place among the gold articles of 技术情报 (the third one). */
export function reprintedTitle(): string {
  return gold003().articles.filter((a) => a.section === '技术情报')[2].title;
}

/** The reprint issue: the copied article loses its last paragraph and gets a new title; plus sample 000's first brief. */
export function reprintBulletin(): Bulletin {
  const original = bulletin003().articles.find((a) => a.title === reprintedTitle())!;
  const brief = readFileSync(`${ROOT}samples/000_3cef4383265ce24c.txt`, 'utf8').split(/\r?\n/);
  const end = brief.findIndex((l) => /^（.+整理）\s*$/.test(l.trim()));
  return {
    publication: REPRINT_SOURCE,
    issueDate: REPRINT_DATE,
    sections: ['技术'],
    articles: [
      {
        ...original, section: '技术', title: `${original.title}（转载）`,
        body: original.body.split('\n\n').slice(0, -1).join('\n\n'),
      },
      {
        section: '技术', title: brief[0].trim(), byline: brief[end].trim(), subheads: [], body: unwrap(brief.slice(1, end), REPRINT_SOURCE),
        captions: [], page: null, lineStart: 1, lineEnd: end + 1,
      },
    ],
    warnings: [],
  };
}

/** An issue after the period: one 003 article reprinted a fortnight later, which a 2021-10-15..21 draft must not take. */
export const LATE_TITLE = '迟到的一篇：数字经济观察';
export function lateBulletin(): Bulletin {
  const a = bulletin003().articles[0];
  return { publication: REPRINT_SOURCE, issueDate: '2021-11-02', sections: ['观察'], articles: [{ ...a, section: '观察', title: LATE_TITLE }], warnings: [] };
}

/** A store at `location` (a file path or a PostgreSQL URL) holding the three issues above (003, the reprint issue, the late issue). */
export async function composeStore(location: string): Promise<void> {
  const store = await openStore(location);
  try {
    for (const [i, b] of [bulletin003(), reprintBulletin(), lateBulletin()].entries()) {
      const sha256 = createHash('sha256').update(JSON.stringify(b)).digest('hex');
      await store.issues.import({ path: `fixture-${i}.txt`, sha256, bytes: 1, encoding: 'utf-8', kind: 'text' }, b);
    }
  } finally {
    await store.close();
  }
}

/** The paragraphs of a DOCX's main part, one per line with blank lines between, as a text dump would hold them. */
export function docxText(file: string): string {
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    unescapeXml([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
  );
  return `${paragraphs.join('\n\n')}\n`;
}
