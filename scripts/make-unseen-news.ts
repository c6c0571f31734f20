/**
 * Newspaper pages for the unseen test material of issue #14: stories from scripts/unseen/pool.ts set in two or
 * three columns under headlines spanning them, printed bold by doubling (text dumps show them twice), with
 * `▶ 本报记者 某某` bylines, short sub-headings and photo captions `… 新华社记者 某某/摄`. Each page is printed
 * by Chromium to PDF and dumped with `pdftotext` (reading order, no layout); the gold is written against the dump.
 *
 *   tsx scripts/make-unseen-news.ts     # writes testdata/unseen/{dev,heldout}/news-*.{pdf,txt,gold.json}
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { POOL, REPORTERS } from './unseen/pool.js';
import { launchChromium, printPdf } from './make-test-pdf.js';

export interface NewsStyle {
  name: string;
  split: 'dev' | 'heldout' | 'heldout2' | 'heldout3' | 'heldout4' | 'heldout6' | 'heldout7';
  columns: number;
  publication: string;
  /** The dated page header, as printed. */
  header: string;
  date: string;
  first: number;
  stories: number;
}

const STYLES: NewsStyle[] = [
  { name: 'news-2col', split: 'dev', columns: 2, publication: '经济日报', header: '经济日报  2024年3月5日  星期二  第 3 版', date: '2024-03-05', first: 0, stories: 5 },
  { name: 'news-3col', split: 'dev', columns: 3, publication: '科技日报', header: '科技日报  2024年4月9日  星期二  第 5 版', date: '2024-04-09', first: 8, stories: 6 },
  { name: 'news-3col-b', split: 'heldout', columns: 3, publication: '人民邮电报', header: '人民邮电报  2024年5月21日  星期二  第 2 版', date: '2024-05-21', first: 20, stories: 6 },
  { name: 'news-2col-e', split: 'dev', columns: 2, publication: '信息通信导刊', header: '信息通信导刊  2024年11月19日  星期二  第 6 版', date: '2024-11-19', first: 14, stories: 5 },
  { name: 'news-3col-e', split: 'dev', columns: 3, publication: '产业观察报', header: '产业观察报  2024年12月3日  星期二  第 8 版', date: '2024-12-03', first: 5, stories: 3 },
  { name: 'news-2col-b', split: 'heldout', columns: 2, publication: '中国电子报', header: '中国电子报  2024年6月14日  星期五  第 4 版', date: '2024-06-14', first: 30, stories: 5 },
];

const CSS = (columns: number) => `
  @page { size: A3; margin: 14mm; }
  body { font-family: 'Noto Serif CJK SC', serif; font-size: 10pt; line-height: 1.5; margin: 0; }
  .mast { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 9pt; border-bottom: 1pt solid #000; margin-bottom: 6pt; }
  .hl { position: relative; font-family: 'Noto Sans CJK SC', sans-serif; font-weight: 700; font-size: 24pt; line-height: 1.2; margin: 10pt 0 4pt; }
  .hl span + span { position: absolute; left: 0.4pt; top: 0.3pt; }
  .by { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 10pt; margin: 0 0 6pt; }
  .cols { column-count: ${columns}; column-gap: 14mm; column-rule: 0.5pt solid #999; column-fill: balance; margin-bottom: 8pt; }
  h4 { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 10.5pt; margin: 4pt 0 2pt; break-after: avoid; }
  p { text-align: justify; text-indent: 2em; margin: 0; }
  .photo { height: 90pt; background: #999; margin: 4pt 0 2pt; break-inside: avoid; }
  .cap { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 8.5pt; margin: 0 0 4pt; text-indent: 0; }
`;
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const squash = (s: string) => s.replace(/\s+/g, '');

/** A sub-heading for a story's second half: a few words of its own second paragraph's topic. */
export function subhead(k: number): string {
  return ['多方协同推进', '应用场景不断拓展', '仍需破解成本难题', '标准体系加快完善', '市场预期持续向好', '区域布局逐步优化'][k % 6];
}

export interface Story {
  headline: string;
  /** A 引题 set above the headline and a 副题 (`——…`) under it: parts of the title. */
  kicker?: string;
  dash?: string;
  byline: string | null;
  /** A 'table' block is a table of figures: rows on lines, cells parted by two spaces. */
  blocks: { kind: 'p' | 'h4' | 'cap' | 'table'; text: string }[];
  /** A box's: the story it is set after. */
  after?: number;
  /** A 简讯 item under a small headline of its own. */
  brief?: true;
  /** A box placed by a cell of its own (a 编者按): the set's panel it prints. */
  panel?: number;
}

function stories(style: NewsStyle): Story[] {
  return POOL.slice(style.first, style.first + style.stories).map((a, k) => {
    const blocks: Story['blocks'] = [{ kind: 'p', text: a.paras[0] }];
    if (a.paras.length > 1) blocks.push({ kind: 'h4', text: subhead(k + style.first) }, ...a.paras.slice(1).map((text) => ({ kind: 'p' as const, text })));
    if (k % 2 === 0) blocks.push({ kind: 'cap', text: `图为相关企业生产现场。新华社记者 ${REPORTERS[(k + 2) % REPORTERS.length]}/摄` });
    return { headline: a.title, byline: `▶ 本报记者 ${REPORTERS[k % REPORTERS.length]}`, blocks };
  });
}

function html(style: NewsStyle, list: Story[]): string {
  const body = list.map((s) => `<div class="hl"><span>${esc(s.headline)}</span><span>${esc(s.headline)}</span></div>` +
    `<div class="by">${esc(s.byline ?? '')}</div><div class="cols">` +
    s.blocks.filter((b) => b.kind !== 'cap').map((b) => `<${b.kind}>${esc(b.text)}</${b.kind}>`).join('') + '</div>' +
    s.blocks.filter((b) => b.kind === 'cap').map((b) => `<div class="photo"></div><p class="cap">${esc(b.text)}</p>`).join('')).join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${CSS(style.columns)}</style></head><body><div class="mast">${esc(style.header)}</div>${body}</body></html>`;
}

/** The gold of a dump: each story's headline line, first and last body lines, byline, sub-headings. */
export function gold(style: NewsStyle, list: Story[], dump: string, notes?: string): object {
  const lines = dump.split('\n');
  const find = (pred: (t: string) => boolean, from: number) => {
    for (let i = from; i < lines.length; i++) if (pred(squash(lines[i]))) return i;
    throw new Error(`${style.name}: not found in the dump after line ${from + 1}`);
  };
  // Multi-column dumps may print a headline after its story's text: each piece is looked for on its own.
  const articles = list.map((s) => {
    const paras = s.blocks.filter((b) => b.kind !== 'cap');
    const start = find((t) => t.length >= Math.min(4, squash(s.headline).length) && squash(s.headline).startsWith(t), 0);
    const first = squash(paras[0].text);
    // A dump may print text of a column beside on the same line, after a space: its first or last part will do.
    const firstLine = lines.findIndex((l) => [squash(l), l.trim().split(/\s+/)[0]].some((t) => t.length >= 4 && first.startsWith(t)));
    if (firstLine < 0) throw new Error(`${style.name}: first line of "${s.headline}" not found in the dump`);
    const last = squash(paras[paras.length - 1].text);
    const lastLine = lines.findIndex((l, i) => i >= firstLine &&
      [squash(l), l.trim().split(/\s+/).at(-1) ?? ''].some((t, k) => t.length >= (k ? 3 : 1) && last.endsWith(t)));
    if (lastLine < 0) throw new Error(`${style.name}: last line of "${s.headline}" not found in the dump`);
    return {
      section: null, title: s.headline, title_as_printed: null, start_line: start + 1,
      body_first: lines[firstLine].trim(), body_last: lines[lastLine].trim(), byline: s.byline,
      subheads: s.blocks.filter((b) => b.kind === 'h4').map((b) => b.text),
    };
  });
  return {
    file: `${style.name}.txt`, publication: style.publication, issue_date: style.date, sections: [], articles,
    captions: list.flatMap((s) => s.blocks.filter((b) => b.kind === 'cap').map((b) => b.text)),
    notes: notes ?? `Generated by scripts/make-unseen-news.ts (${style.split}): ${style.columns} columns, Chromium PDF dumped with pdftotext. ` +
      'Headlines are printed twice (fake bold); titles are the single copy.',
  };
}

async function main(): Promise<void> {
  const browser = await launchChromium();
  try {
    for (const style of STYLES) {
      const dir = join('testdata/unseen', style.split);
      mkdirSync(dir, { recursive: true });
      const list = stories(style);
      const pdf = join(dir, `${style.name}.pdf`);
      await printPdf(browser, html(style, list), pdf);
      const txt = join(dir, `${style.name}.txt`);
      execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, txt]);
      writeFileSync(join(dir, `${style.name}.gold.json`), `${JSON.stringify(gold(style, list, readFileSync(txt, 'utf8')), null, 1)}\n`);
    }
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e: Error) => {
    console.error(e.message);
    process.exit(1);
  });
}
