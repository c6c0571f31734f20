/**
 * Newspaper pages of mixed make-up for the unseen material (beside scripts/make-unseen-news.ts, whose stories
 * each sit in their own band): four-column grids where a lead headline spans three columns over a body set in
 * two, a narrow sidebar of 简讯 (one paragraph each, bold lead-in), a story boxed with a rule, a story continued
 * on the next page (`（下转第2版）` / `（上接第1版）`), photos with captions in the middle of a column, an ad block
 * and a 导读 index strip. Each page set is a list of cells placed on a CSS grid, so dev and held-out sets differ
 * in arrangement as well as in articles. Printed by Chromium, dumped with `pdftotext`; gold as for the other pages.
 *
 *   tsx scripts/make-unseen-news-mixed.ts   # writes testdata/unseen/{dev,heldout}/news-{4col,mixed}-*.{pdf,txt,gold.json}
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { POOL, REGIONAL, REPORTERS, type PoolArticle } from './unseen/pool.js';
import type { Browser } from 'playwright-core';
import { launchChromium, printPdf } from './make-test-pdf.js';
import { type NewsStyle, type Story, esc, gold, subhead } from './make-unseen-news.js';

/** What one grid cell holds. `story` indexes the page set's stories; a story split over pages names `part`. */
type Piece =
  | { kind: 'story'; story: number; flow: number; box?: boolean; part?: 1 | 2 }
  | { kind: 'head'; story: number }
  | { kind: 'body'; story: number; flow: number }
  | { kind: 'briefs'; flow?: number; box?: boolean }
  | { kind: 'photo-news' }
  | { kind: 'titled-briefs' }
  | { kind: 'index'; entries: string[]; column?: boolean; label?: string }
  | { kind: 'photo'; caption: number }
  | { kind: 'panel'; panel: number }
  | { kind: 'ad'; lines: string[] };

/** A cell: `grid-area` (row-start / col-start / row-end / col-end) and what it holds. */
interface Cell { area: string; piece: Piece }

export interface MixedSet extends NewsStyle {
  /** Grid column widths, e.g. `1fr 1fr 1fr 0.7fr`. */
  grid: string;
  /** Pool indices of the stories; the story `continued` goes on to page 2 from its sub-heading on. */
  pool: number[];
  continued: number;
  /** Stories with a photo and its caption after their first paragraph. */
  photos: number[];
  briefs: number[];
  pages: Cell[][];
  /** Where the stories and 简讯 items come from (default: the pool's articles, its regional items). */
  articles?: PoolArticle[];
  briefItems?: { title: string; para: string }[];
  /** A 图片新闻 box's paragraph: an article of its own, titled 图片新闻, after the stories. */
  photoNews?: string;
  /** The story set as a commentary column: signed 本报评论员 under its headline, no sub-heading. */
  comment?: number;
  /** Headlines in a bold font instead of printed twice. */
  realBold?: boolean;
  /** The sheet's size (default A4), e.g. `{ width: '297mm', height: '420mm' }`. */
  paper?: { width: string; height: string };
  /** Boxes set right after stories: story k is followed by `boxes[k]`, an article of its own titled by its label. */
  boxes?: ({ label: string; text: string } | null)[];
  /** The story carried over from page 1 (not in the set): its headline again, `（接第1版）`, its part from the sub-heading on. */
  carried?: number;
  /** Stories set without a sub-heading (an interview's 问/答 run on). */
  unbroken?: number[];
  /** A table of figures set in story `story` after its first paragraph: rows of cells. */
  table?: { story: number; rows: string[][] };
  /** 简讯 items each under a small headline of its own: each an article, stacked by a 'titled-briefs' cell. */
  titledBriefs?: { title: string; para: string }[];
  /** Captions of photos standing alone between stories ('photo' cells): in no article's text. */
  captions?: string[];
  /** Boxes placed by a 'panel' cell (a 编者按 over the page): each an article of its own titled by its label. */
  panels?: { label: string; paras: string[] }[];
}

/** The ad block's lines, as printed. */
export const AD = ['广告', '诚聘英才 · 某智能装备股份有限公司', '研发工程师 测试工程师 销售经理若干名', '招聘热线：400-800-1234'];

export const SETS: MixedSet[] = [
  {
    name: 'news-4col-c', split: 'heldout', columns: 4, publication: '电子信息产业报', header: '电子信息产业报  2024年7月16日  星期二  第 1 版',
    date: '2024-07-16', first: 0, stories: 0, grid: '1fr 1fr 1fr 0.72fr', pool: [35, 36, 37, 38, 39, 40], continued: 2,
    photos: [0, 4], briefs: [0, 1, 2],
    pages: [[
      { area: '1 / 1 / 2 / 5', piece: { kind: 'index', entries: ['人形机器人产业观察（2版）', '六G研究进展综述（3版）', '县域数字经济观察（4版）'] } },
      { area: '2 / 1 / 3 / 4', piece: { kind: 'head', story: 0 } },
      { area: '2 / 4 / 4 / 5', piece: { kind: 'briefs' } },
      { area: '3 / 1 / 4 / 3', piece: { kind: 'body', story: 0, flow: 2 } },
      { area: '3 / 3 / 4 / 4', piece: { kind: 'story', story: 1, flow: 1 } },
      { area: '4 / 1 / 5 / 5', piece: { kind: 'story', story: 2, flow: 4, part: 1 } },
    ], [
      { area: '1 / 1 / 2 / 3', piece: { kind: 'story', story: 2, flow: 2, part: 2 } },
      { area: '1 / 3 / 2 / 5', piece: { kind: 'story', story: 4, flow: 2 } },
      { area: '2 / 1 / 3 / 5', piece: { kind: 'story', story: 5, flow: 4 } },
      { area: '3 / 1 / 4 / 3', piece: { kind: 'story', story: 3, flow: 2, box: true } },
      { area: '3 / 3 / 4 / 5', piece: { kind: 'ad', lines: AD } },
    ]],
  },
  {
    name: 'news-mixed-c', split: 'heldout', columns: 4, publication: '通信产业周刊', header: '通信产业周刊  2024年8月27日  星期二  第 1 版',
    date: '2024-08-27', first: 0, stories: 0, grid: '0.72fr 1fr 1fr 1fr', pool: [41, 42, 43, 44, 29], continued: 0,
    photos: [0, 3], briefs: [2, 0],
    pages: [[
      { area: '1 / 2 / 2 / 5', piece: { kind: 'index', entries: ['数据要素市场观察（3版）', '工业数据空间专题（5版）'] } },
      { area: '1 / 1 / 4 / 2', piece: { kind: 'briefs' } },
      { area: '2 / 2 / 3 / 5', piece: { kind: 'head', story: 1 } },
      { area: '3 / 2 / 4 / 5', piece: { kind: 'body', story: 1, flow: 3 } },
      { area: '4 / 1 / 5 / 3', piece: { kind: 'ad', lines: AD } },
      { area: '4 / 3 / 5 / 5', piece: { kind: 'story', story: 2, flow: 2, box: true } },
      { area: '5 / 1 / 6 / 5', piece: { kind: 'story', story: 0, flow: 4, part: 1 } },
    ], [
      { area: '1 / 1 / 2 / 3', piece: { kind: 'story', story: 3, flow: 2 } },
      { area: '1 / 3 / 2 / 5', piece: { kind: 'story', story: 0, flow: 2, part: 2 } },
      { area: '2 / 1 / 3 / 5', piece: { kind: 'story', story: 4, flow: 3 } },
    ]],
  },
  {
    name: 'news-4col-d', split: 'dev', columns: 4, publication: '数字经济时报', header: '数字经济时报  2024年9月10日  星期二  第 1 版',
    date: '2024-09-10', first: 0, stories: 0, grid: '0.72fr 1fr 1fr 1fr', pool: [14, 15, 16, 17, 18, 19], continued: 3,
    photos: [0, 5], briefs: [3, 4],
    pages: [[
      { area: '1 / 1 / 3 / 2', piece: { kind: 'briefs' } },
      { area: '1 / 2 / 2 / 5', piece: { kind: 'head', story: 0 } },
      { area: '2 / 2 / 3 / 4', piece: { kind: 'body', story: 0, flow: 2 } },
      { area: '2 / 4 / 3 / 5', piece: { kind: 'story', story: 1, flow: 1 } },
      { area: '3 / 1 / 4 / 3', piece: { kind: 'story', story: 2, flow: 2, box: true } },
      { area: '3 / 3 / 4 / 5', piece: { kind: 'story', story: 3, flow: 2, part: 1 } },
      { area: '4 / 1 / 5 / 5', piece: { kind: 'index', entries: ['算力网络建设一年间（2版）', '县域商业体系调查（6版）', '机器人产业观察（7版）'] } },
    ], [
      { area: '1 / 1 / 2 / 5', piece: { kind: 'story', story: 4, flow: 4 } },
      { area: '2 / 1 / 3 / 3', piece: { kind: 'story', story: 3, flow: 2, part: 2 } },
      { area: '2 / 3 / 3 / 5', piece: { kind: 'ad', lines: AD } },
      { area: '3 / 1 / 4 / 5', piece: { kind: 'story', story: 5, flow: 3 } },
    ]],
  },
  {
    name: 'news-mixed-d', split: 'dev', columns: 4, publication: '智能制造导报', header: '智能制造导报  2024年10月22日  星期二  第 1 版',
    date: '2024-10-22', first: 0, stories: 0, grid: '1fr 1fr 1fr 0.72fr', pool: [5, 6, 7, 26, 27, 28], continued: 1,
    photos: [1, 2], briefs: [1, 4],
    pages: [[
      { area: '1 / 1 / 2 / 5', piece: { kind: 'index', entries: ['智慧港口建设调查（4版）', '北斗应用新阶段（5版）'] } },
      { area: '2 / 1 / 3 / 4', piece: { kind: 'story', story: 0, flow: 3 } },
      { area: '2 / 4 / 4 / 5', piece: { kind: 'briefs' } },
      { area: '3 / 1 / 4 / 4', piece: { kind: 'story', story: 1, flow: 3, part: 1 } },
      { area: '4 / 1 / 5 / 3', piece: { kind: 'ad', lines: AD } },
      { area: '4 / 3 / 5 / 5', piece: { kind: 'story', story: 2, flow: 2, box: true } },
    ], [
      { area: '1 / 1 / 2 / 4', piece: { kind: 'head', story: 3 } },
      { area: '2 / 1 / 3 / 3', piece: { kind: 'body', story: 3, flow: 2 } },
      { area: '2 / 3 / 3 / 4', piece: { kind: 'story', story: 1, flow: 1, part: 2 } },
      { area: '1 / 4 / 3 / 5', piece: { kind: 'story', story: 4, flow: 1 } },
      { area: '3 / 1 / 4 / 5', piece: { kind: 'story', story: 5, flow: 4 } },
    ]],
  },
];

const CSS = `
  body { font-family: 'Noto Serif CJK SC', serif; font-size: 9pt; line-height: 1.45; margin: 0; }
  .mast { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 9pt; border-bottom: 1pt solid #000; margin-bottom: 6pt; }
  .page + .page { break-before: page; }
  .grid { display: grid; column-gap: 8mm; row-gap: 8pt; align-items: start; }
  .hl { position: relative; font-family: 'Noto Sans CJK SC', sans-serif; font-weight: 700; font-size: 20pt; line-height: 1.2; margin: 4pt 0; }
  .hl.small { font-size: 15pt; }
  .hl span + span { position: absolute; left: 0.4pt; top: 0.3pt; }
  .bold .hl span + span { display: none; }
  .by { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 9.5pt; margin: 0 0 4pt; }
  .cols { column-gap: 8mm; column-rule: 0.5pt solid #999; column-fill: balance; }
  .box { border: 1pt solid #000; padding: 6pt; }
  h4 { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 10pt; margin: 4pt 0 2pt; break-after: avoid; }
  p { text-align: justify; text-indent: 2em; margin: 0; }
  .photo { height: 70pt; background: #999; margin: 4pt 0 2pt; break-inside: avoid; }
  .cap { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 8pt; margin: 0 0 4pt; text-indent: 0; }
  .jump { text-indent: 0; font-family: 'Noto Sans CJK SC', sans-serif; font-size: 8.5pt; }
  .briefs { border-left: 0.5pt solid #999; padding-left: 6pt; }
  .briefs .hl { font-size: 14pt; }
  .hl.label { font-size: 11pt; margin: 0 0 3pt; }
  .box.after { margin-top: 6pt; }
  .briefs p { margin-bottom: 4pt; }
  .index { border: 1pt solid #000; padding: 4pt 6pt; font-family: 'Noto Sans CJK SC', sans-serif; font-size: 9pt; display: flex; gap: 14pt; }
  .index b { font-size: 12pt; }
  .index.column { flex-direction: column; gap: 4pt; }
  .kick, .dash { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 11pt; margin: 2pt 0; }
  .fig { border-collapse: collapse; margin: 4pt 0; font-size: 8.5pt; break-inside: avoid; width: 100%; }
  .fig td { border: 0.5pt solid #999; padding: 1pt 3pt; text-align: center; }
  .titled .hl { font-size: 12pt; }
  .titled p { margin-bottom: 6pt; }
  .ad { border: 2pt solid #000; padding: 8pt; text-align: center; font-family: 'Noto Sans CJK SC', sans-serif; }
  .ad p { text-indent: 0; text-align: center; }
  .strip { border-top: 1pt solid #000; border-bottom: 1pt solid #000; padding: 4pt 0; }
  .strip .hl { font-size: 14pt; }
`;

/** The set's stories, then its 图片新闻 if any, the 简讯 sidebar last (one article: its items are its paragraphs). */
export function storiesOf(set: MixedSet): Story[] {
  const articles = set.articles ?? POOL;
  const list: Story[] = set.pool.map((n, k) => {
    const a = articles[n];
    const blocks: Story['blocks'] = [{ kind: 'p', text: a.paras[0] }];
    if (set.photos.includes(k)) blocks.push({ kind: 'cap', text: `图为相关项目现场。新华社记者 ${REPORTERS[(k + 3) % REPORTERS.length]}/摄` });
    if (set.table?.story === k) blocks.push({ kind: 'table', text: set.table.rows.map((r) => r.join('  ')).join('\n') });
    const rest = a.paras.slice(1).map((text) => ({ kind: 'p' as const, text }));
    const unbroken = set.comment === k || set.unbroken?.includes(k);
    if (rest.length) blocks.push(...(unbroken ? [] : [{ kind: 'h4' as const, text: subhead(n) }]), ...rest);
    if (set.carried === k) return { headline: a.title, byline: null, blocks: blocks.slice(blocks.findIndex((b) => b.kind === 'h4')) };
    const parts = { ...(a.kicker ? { kicker: a.kicker } : {}), ...(a.dash ? { dash: a.dash } : {}) };
    return { headline: a.title, ...parts, byline: set.comment === k ? '本报评论员' : `▶ 本报记者 ${REPORTERS[(n + k) % REPORTERS.length]}`, blocks };
  });
  for (const b of set.titledBriefs ?? []) list.push({ headline: b.title, byline: null, blocks: [{ kind: 'p', text: b.para }], brief: true });
  (set.boxes ?? []).forEach((b, k) => b && list.push({ headline: b.label, byline: null, blocks: [{ kind: 'p', text: b.text }], after: k }));
  (set.panels ?? []).forEach((b, k) => list.push({ headline: b.label, byline: null, blocks: b.paras.map((text) => ({ kind: 'p' as const, text })), panel: k }));
  if (set.photoNews) list.push({ headline: '图片新闻', byline: null, blocks: [{ kind: 'p', text: set.photoNews }] });
  const items = set.briefItems ?? set.briefs.map((n) => REGIONAL[n]);
  const briefs = items.map((b) => ({ kind: 'p' as const, text: `${b.title} ${b.para}` }));
  return briefs.length ? [...list, { headline: '简讯', byline: null, blocks: briefs }] : list;
}

const headline = (s: Story, small: boolean) =>
  (s.kicker ? `<div class="kick">${esc(s.kicker)}</div>` : '') +
  `<div class="hl${small ? ' small' : ''}"><span>${esc(s.headline)}</span><span>${esc(s.headline)}</span></div>` +
  (s.dash ? `<div class="dash">${esc(s.dash)}</div>` : '') +
  (s.byline ? `<div class="by">${esc(s.byline)}</div>` : '');

const tableHtml = (text: string) =>
  `<table class="fig">${text.split('\n').map((r) => `<tr>${r.split('  ').map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table>`;

function blocksHtml(blocks: Story['blocks']): string {
  return blocks.map((b) => (b.kind === 'cap' ? `<div class="photo"></div><p class="cap">${esc(b.text)}</p>`
    : b.kind === 'table' ? tableHtml(b.text) : `<${b.kind}>${esc(b.text)}</${b.kind}>`)).join('');
}

function pieceHtml(list: Story[], piece: Piece, page: number, set: MixedSet): string {
  const carried = set.carried;
  const cols = (flow: number, inner: string) => `<div class="cols" style="column-count:${flow}">${inner}</div>`;
  switch (piece.kind) {
    case 'index':
      return `<div class="index${piece.column ? ' column' : ''}"><b>${esc(piece.label ?? '导读')}</b>${piece.entries.map((e) => `<span>${esc(e)}</span>`).join('')}</div>`;
    case 'photo':
      return `<div class="photo"></div><p class="cap">${esc(set.captions?.[piece.caption] ?? '')}</p>`;
    case 'panel': {
      const s = list.find((x) => x.panel === piece.panel)!;
      return `<div class="box">${headline(s, true).replace('hl small', 'hl label')}${blocksHtml(s.blocks)}</div>`;
    }
    case 'titled-briefs':
      return `<div class="briefs titled">${list.filter((s) => s.brief).map((s) => headline(s, true) + blocksHtml(s.blocks)).join('')}</div>`;
    case 'ad':
      return `<div class="ad">${piece.lines.map((l) => `<p>${esc(l)}</p>`).join('')}</div>`;
    case 'briefs': {
      const s = list[list.length - 1];
      const items = s.blocks.map((b) => {
        const [lead, ...rest] = b.text.split(' ');
        return `<p><b>${esc(lead)}</b> ${esc(rest.join(' '))}</p>`;
      }).join('');
      // A strip across the page flows its items in columns under the label; a sidebar stacks them.
      const column = `<div class="${piece.box ? 'box' : 'briefs'}">${headline(s, true)}${items}</div>`;
      return piece.flow ? `<div class="strip">${headline(s, true)}${cols(piece.flow, items)}</div>` : column;
    }
    case 'photo-news': {
      const s = list.find((x) => x.headline === '图片新闻')!;
      return `<div class="box">${headline(s, true)}<div class="photo"></div>${blocksHtml(s.blocks)}</div>`;
    }
    case 'head':
      return headline(list[piece.story], false);
    case 'body':
      return cols(piece.flow, blocksHtml(list[piece.story].blocks));
    case 'story': {
      const s = list[piece.story];
      const box = list.find((x) => x.after === piece.story);
      const boxed = box ? `<div class="box after">${headline(box, true).replace('hl small', 'hl label')}${blocksHtml(box.blocks)}</div>` : '';
      if (piece.story === carried) return headline(s, true) + cols(piece.flow, `<p class="jump">（接第1版）</p>${blocksHtml(s.blocks)}`) + boxed;
      const split = s.blocks.findIndex((b) => b.kind === 'h4');
      if (piece.part === 2) return cols(piece.flow, `<p class="jump">（上接第${page - 1}版）</p>${blocksHtml(s.blocks.slice(split))}`);
      const body = piece.part === 1 ? `${blocksHtml(s.blocks.slice(0, split))}<p class="jump">（下转第${page + 1}版）</p>` : blocksHtml(s.blocks);
      const inner = headline(s, piece.flow < 3) + cols(piece.flow, body);
      return (piece.box ? `<div class="box">${inner}</div>` : inner) + boxed;
    }
  }
}

function html(set: MixedSet, list: Story[]): string {
  const pages = set.pages.map((cells, p) => `<div class="page"><div class="mast">${esc(set.header.replace(/第 1 版/, `第 ${p + 1} 版`))}</div>` +
    `<div class="grid" style="grid-template-columns:${set.grid}">` +
    cells.map((c) => `<div style="grid-area:${c.area}">${pieceHtml(list, c.piece, p + 1, set)}</div>`).join('') + '</div></div>');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${CSS}</style></head><body${set.realBold ? ' class="bold"' : ''}>${pages.join('')}</body></html>`;
}

/** Prints a page set to `pdf`; returns its stories. */
export async function printSet(browser: Browser, set: MixedSet, pdf: string): Promise<Story[]> {
  const list = storiesOf(set);
  await printPdf(browser, html(set, list), pdf, undefined, set.paper);
  return list;
}

async function main(): Promise<void> {
  const browser = await launchChromium();
  try {
    for (const set of SETS) {
      const dir = join('testdata/unseen', set.split);
      mkdirSync(dir, { recursive: true });
      const pdf = join(dir, `${set.name}.pdf`);
      const list = await printSet(browser, set, pdf);
      const txt = join(dir, `${set.name}.txt`);
      execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, txt]);
      // A page set that overflows its pages would put a page break where the set does not say one is.
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
      if (pages !== set.pages.length) throw new Error(`${pdf}: ${pages} pages printed, ${set.pages.length} laid out`);
      const notes = `Generated by scripts/make-unseen-news-mixed.ts (${set.split}): a ${set.grid} grid over ${set.pages.length} pages ` +
        '(spanning lead, 简讯 sidebar as one article, boxed story, a story continued on page 2, captions mid-column, ad and 导读 strip kept out of the articles). ' +
        'Headlines are printed twice (fake bold); titles are the single copy.';
      writeFileSync(join(dir, `${set.name}.gold.json`), `${JSON.stringify(gold(set, list, readFileSync(txt, 'utf8'), notes), null, 1)}\n`);
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
