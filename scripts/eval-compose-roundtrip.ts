/**
 * Round trip of the renderers through the real reading path: an issue drafted from sample 003 (cut by its gold
 * annotation), with a trend page, is rendered, each output is read back with readBulletin (loadSource + parseBulletin, what
 * `jianbao parse` runs), and the figures are printed per format:
 *   - titles: precision, recall and F1 of the parsed titles against the drafted ones (exact match);
 *   - coverage: share of the drafted bodies' character 4-shingles found in the parsed bodies.
 * Target: titles F1 1.00 and coverage 1.00 ± 0.01. Formats: the PDF; the DOCX's text (its paragraphs, one per
 * line, as a text dump); the HTML file as it is.
 *
 *   npx tsx scripts/eval-compose-roundtrip.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { draftIssue } from '../src/compose/draft.js';
import { renderIssue } from '../src/compose/render/index.js';
import { shingles } from '../src/compose/similarity.js';
import type { Candidate, IssueDraft } from '../src/compose/types.js';
import { readBulletin } from '../src/pipeline/read-bulletin.js';
import type { Bulletin } from '../src/types.js';
import { bulletin003, docxText } from '../test/compose-fixture.js';

function draft(): IssueDraft {
  const b = bulletin003();
  const candidates: Candidate[] = b.articles.map((a, i) => ({
    articleId: i + 1, title: a.title, section: a.section, byline: a.byline, subheads: a.subheads, body: a.body,
    source: b.publication ?? '简报', date: b.issueDate,
  }));
  const d = draftIssue(candidates, { from: '2021-10-15', to: b.issueDate!, number: 1, maxPerSection: 40, sectionOrder: b.sections });
  // With its trend page (a chart and a table of names), as an enriched issue prints it.
  d.trends = [
    { name: '中国', kind: 'entity', count: 12, previous: 4 }, { name: '数字经济', kind: 'tag', count: 9, previous: 2 },
    { name: '工业和信息化部', kind: 'entity', count: 7, previous: 3 }, { name: '芯片/半导体', kind: 'tag', count: 6, previous: 1 },
    { name: '华为', kind: 'entity', count: 5, previous: 2 }, { name: '虚拟现实', kind: 'tag', count: 4, previous: 0 },
    { name: '人工智能', kind: 'tag', count: 4, previous: 3 },
  ];
  return d;
}

function figures(d: IssueDraft, b: Bulletin): string {
  const want = d.sections.flatMap((s) => s.entries);
  const got = new Set(b.articles.map((a) => a.title));
  const tp = want.filter((e) => got.has(e.title)).length;
  const p = b.articles.length ? tp / b.articles.length : 0;
  const r = tp / want.length;
  const f1 = tp ? (2 * p * r) / (p + r) : 0;
  const drafted = shingles(want.map((e) => e.body).join('\n'));
  const parsed = shingles(b.articles.map((a) => a.body).join('\n'));
  let found = 0;
  for (const s of drafted) if (parsed.has(s)) found++;
  return `titles P ${p.toFixed(2)} R ${r.toFixed(2)} F1 ${f1.toFixed(2)}  coverage ${(found / drafted.size).toFixed(2)}  (${want.length} drafted, ${b.articles.length} parsed)`;
}

const d = draft();
const dir = mkdtempSync(join(tmpdir(), 'jianbao-roundtrip-'));
try {
  const pdf = join(dir, 'issue.pdf');
  const docx = join(dir, 'issue.docx');
  const html = join(dir, 'issue.html');
  writeFileSync(pdf, await renderIssue(d, 'pdf'));
  writeFileSync(docx, await renderIssue(d, 'docx'));
  writeFileSync(html, await renderIssue(d, 'html'));
  const docxTxt = join(dir, 'issue.docx.txt');
  writeFileSync(docxTxt, docxText(docx));
  for (const [name, file] of [['pdf', pdf], ['docx text', docxTxt], ['html', html]] as const) {
    try {
      console.log(`${name.padEnd(10)} ${figures(d, (await readBulletin(file)).bulletin)}`);
    } catch (err) {
      console.log(`${name.padEnd(10)} not readable: ${(err as Error).message}`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
