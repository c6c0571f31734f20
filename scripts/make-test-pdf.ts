/**
 * Test PDFs made the way real ones are: HTML laid out and printed by Chromium.
 *
 *   tsx scripts/make-test-pdf.ts TEXTFILE GOLD OUT.pdf
 *
 * turns a bulletin text dump plus its gold annotation into a bulletin-like A4 PDF (running header and
 * footer with publication, date, copyright and `Page N`; big section headings; bold titles; bold
 * subheads; justified, indented body; boxed 专家观点 sidebars), and writes what it printed, block by
 * block, to OUT.blocks.json. The gold only decides the markup.
 * The module also builds newspaper pages (columns, spanning headlines, a floated sidebar) and a
 * scanned (image-only) page for the tests.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian installs Chromium, which prints the test PDFs. */
export const CHROMIUM = '/usr/bin/chromium';

/** One block of the fixture, in reading order; `text` is exactly what is printed. */
export interface FixtureBlock {
  kind: 'section' | 'title' | 'subhead' | 'body' | 'sidebar-label' | 'sidebar-head' | 'sidebar-body';
  text: string;
}

/** What a generated bulletin PDF holds, for tests to compare with what is read back. */
export interface BulletinFixture {
  publication: string | null;
  issueDate: string | null;
  blocks: FixtureBlock[];
}

interface Gold {
  publication: string | null;
  issue_date: string | null;
  sections: string[];
  articles: { section: string | null; title: string; start_line: number; subheads: string[] }[];
}

/** Starts Debian's Chromium headless; fails with a clear message when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM}: not found — install Debian's chromium package to make test PDFs`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Text with all whitespace removed: what two readings of one page must agree on. */
export const squash = (s: string) => s.replace(/\s+/g, '');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Rebuilds the printed blocks of a text dump: drops the dump's page-header blocks, unwraps hard-wrapped
 * lines into paragraphs (a line ending in a space ends its paragraph), and tags section headings,
 * titles and subheads from the gold. A `专家观点` subhead opens a sidebar that runs to the article's end.
 */
export function bulletinBlocks(dump: string, gold: Gold): FixtureBlock[] {
  const raw = dump.split(/\r?\n/);
  const isHeader = (t: string) => t.trim() === gold.publication || t.trim().startsWith('©') || /^Page \d+$/.test(t.trim());
  const starts = gold.articles.map((a) => a.start_line - 1);
  const blocks: FixtureBlock[] = [];
  const sectionsLeft = [...gold.sections];
  let para = '';
  const flush = (kind: FixtureBlock['kind']) => {
    if (para.trim()) blocks.push({ kind, text: para.trim() });
    para = '';
  };
  const firstArticle = starts[0] ?? raw.length;
  for (let i = 0; i < firstArticle; i++) {
    if (sectionsLeft[0] && raw[i].trim() === sectionsLeft[0]) blocks.push({ kind: 'section', text: sectionsLeft.shift()! });
  }
  gold.articles.forEach((art, k) => {
    const end = starts[k + 1] ?? raw.length;
    const lines: string[] = [];
    for (let i = starts[k]; i < end; i++) if (raw[i].trim() && !isHeader(raw[i])) lines.push(raw[i].replace(/^ (?! )/, ''));
    let i = 0;
    for (let seen = ''; i < lines.length && seen.length < squash(art.title).length; ) seen += squash(lines[i++]);
    blocks.push({ kind: 'title', text: art.title });
    const subheads = art.subheads.map(squash);
    let inSidebar = false;
    let bodyKind: FixtureBlock['kind'] = 'body';
    for (; i < lines.length; i++) {
      const one = squash(lines[i]);
      const two = i + 1 < lines.length ? one + squash(lines[i + 1]) : '';
      const hit = subheads[0] === one ? 1 : subheads[0] === two ? 2 : 0;
      // The next section's heading sits at the end of the last article before it.
      if (sectionsLeft[0] && lines[i].trim() === sectionsLeft[0] && k + 1 < gold.articles.length && gold.articles[k + 1].section === sectionsLeft[0]) {
        flush(bodyKind);
        blocks.push({ kind: 'section', text: sectionsLeft.shift()! });
        continue;
      }
      if (hit) {
        flush(bodyKind);
        const text = art.subheads[art.subheads.length - subheads.length];
        subheads.shift();
        if (text === '专家观点') inSidebar = true;
        bodyKind = inSidebar ? 'sidebar-body' : 'body';
        blocks.push({ kind: text === '专家观点' ? 'sidebar-label' : inSidebar ? 'sidebar-head' : 'subhead', text });
        i += hit - 1;
        continue;
      }
      para += lines[i].trimEnd();
      if (/ $/.test(lines[i])) flush(bodyKind);
    }
    flush(bodyKind);
  });
  return blocks;
}

const CSS = `
  @page { size: A4; }
  body { font-family: 'Noto Serif CJK SC', serif; font-size: 11pt; line-height: 1.65; margin: 0; color: #111; }
  h1 { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 24pt; font-weight: 700; color: #0b4f8a;
       border-bottom: 2pt solid #0b4f8a; margin: 0 0 14pt; padding-bottom: 4pt; break-before: page; }
  h1:first-child { break-before: auto; }
  h2 { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 16pt; font-weight: 700; line-height: 1.35; margin: 18pt 0 8pt; break-after: avoid; }
  h3 { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 11pt; font-weight: 700; margin: 10pt 0 4pt; break-after: avoid; }
  p { text-align: justify; text-indent: 2em; margin: 0 0 4pt; }
  aside { border: 1pt solid #0b4f8a; background: #eef4fa; padding: 6pt 10pt; margin: 10pt 0; font-size: 10pt; }
  aside h4 { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 10pt; font-weight: 700; margin: 6pt 0 3pt; }
  aside .label { font-size: 13pt; color: #0b4f8a; }
`;

/** The bulletin's HTML: one element per block, sidebars boxed. */
export function bulletinHtml(blocks: FixtureBlock[]): string {
  const out: string[] = [];
  let open = false;
  for (const b of blocks) {
    const inSidebar = b.kind.startsWith('sidebar');
    if (open && !inSidebar) out.push('</aside>');
    if (!open && inSidebar) out.push('<aside>');
    open = inSidebar;
    const t = esc(b.text);
    out.push(
      b.kind === 'section' ? `<h1>${t}</h1>`
      : b.kind === 'title' ? `<h2>${t}</h2>`
      : b.kind === 'subhead' ? `<h3>${t}</h3>`
      : b.kind === 'sidebar-label' ? `<h4 class="label">${t}</h4>`
      : b.kind === 'sidebar-head' ? `<h4>${t}</h4>`
      : `<p>${t}</p>`,
    );
  }
  if (open) out.push('</aside>');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${CSS}</style></head><body>${out.join('\n')}</body></html>`;
}

const furnitureStyle = "font-family:'Noto Sans CJK SC',sans-serif;font-size:8pt;color:#555;width:100%;margin:0 18mm;display:flex;justify-content:space-between";

/**
 * Prints HTML to an A4 PDF (or a sheet of `paper`'s size) with a running header (publication, date) and footer
 * (copyright, Page N); a bulletin without a publication name gets only the `Page N` footer.
 */
export async function printPdf(
  browser: Browser, html: string, out: string, furniture?: { publication: string | null; date: string | null }, paper?: { width: string; height: string },
): Promise<void> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const year = furniture?.date?.slice(0, 4) ?? '';
    const named = furniture?.publication ? furniture.publication : null;
    await page.pdf({
      path: out,
      ...(paper ?? { format: 'A4' }),
      margin: { top: '22mm', bottom: '22mm', left: '18mm', right: '18mm' },
      printBackground: true,
      displayHeaderFooter: !!furniture,
      headerTemplate: named
        ? `<div style="${furnitureStyle};border-bottom:0.5pt solid #999"><span>${esc(named)}</span><span>${esc((furniture?.date ?? '').replace(/-/g, '.'))}</span></div>`
        : '<span></span>',
      footerTemplate: named
        ? `<div style="${furnitureStyle}"><span>©${year} ${esc(named)} 版权所有，未经同意，不得转载。</span><span>Page <span class="pageNumber"></span></span></div>`
        : furniture ? `<div style="${furnitureStyle}"><span></span><span>Page <span class="pageNumber"></span></span></div>` : '<span></span>',
    });
  } finally {
    await page.close();
  }
}

/** Makes the bulletin PDF from a text dump and its gold annotation; returns what was printed. */
export async function makeBulletinPdf(browser: Browser, textPath: string, goldPath: string, out: string): Promise<BulletinFixture> {
  const fixture = bulletinFixture(textPath, goldPath);
  await printPdf(browser, bulletinHtml(fixture.blocks), out, { publication: fixture.publication, date: fixture.issueDate });
  return fixture;
}

/** What makeBulletinPdf prints for a text dump and its gold, without printing it. */
export function bulletinFixture(textPath: string, goldPath: string): BulletinFixture {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
  return { publication: gold.publication, issueDate: gold.issue_date, blocks: bulletinBlocks(readFileSync(textPath, 'utf8'), gold) };
}

/** What the newspaper pages print, story by story in reading order. */
export interface NewspaperFixture {
  stories: { page: number; headline: string; byline: string; caption: string | null; paragraphs: string[] }[];
  /** Page 3: a single-column story with a 专家观点 box floated beside its text. */
  boxed: { page: number; headline: string; paragraphs: string[]; box: string[] };
}

const NEWSPAPER_CSS = `
  @page { size: A4; margin: 15mm; }
  body { font-family: 'Noto Serif CJK SC', serif; font-size: 10pt; line-height: 1.5; margin: 0; }
  .hl { position: relative; font-family: 'Noto Sans CJK SC', sans-serif; font-weight: 700; font-size: 26pt; line-height: 1.2; margin: 8pt 0 4pt; }
  .hl span + span { position: absolute; left: 0.4pt; top: 0.3pt; }
  .side .hl { font-size: 16pt; }
  .by { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 10pt; margin: 0 0 6pt; }
  .cols { column-count: 2; column-gap: 8mm; column-fill: balance; margin-bottom: 10pt; }
  .page2 { break-before: page; display: grid; grid-template-columns: 1fr 2fr; column-gap: 8mm; }
  .page3 { break-before: page; font-size: 11pt; line-height: 1.6; }
  .page3 aside { float: right; width: 42%; margin: 4pt 0 8pt 14pt; padding: 6pt; border: 1pt solid #333; background: #eef; font-size: 10pt; }
  .page3 h4 { font-family: 'Noto Sans CJK SC', sans-serif; margin: 0 0 4pt; }
  p { text-align: justify; text-indent: 2em; margin: 0; }
  .photo { height: 110pt; background: #999; margin: 4pt 0 2pt; break-inside: avoid; }
  .cap { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 8.5pt; margin: 0 0 4pt; text-indent: 0; }
`;

/**
 * Three newspaper pages from at least 24 paragraphs. Page 1: two stories, each a headline spanning two
 * columns; a photo with a `新华社记者 X/摄` caption in the first. Page 2: a story down a narrow left
 * column beside one whose headline spans the two columns to its right. Headlines are printed twice, a
 * hair apart, the way fake-bold headlines are (text dumps show them doubled). Page 3: one column of
 * text with a boxed 专家观点 sidebar floated to its right.
 */
export async function makeNewspaperPdf(browser: Browser, paragraphs: string[], out: string): Promise<NewspaperFixture> {
  if (paragraphs.length < 24) throw new Error(`makeNewspaperPdf: needs 24 paragraphs, got ${paragraphs.length}`);
  const stories = [
    { page: 1, headline: '万亿时代 新能源汽车电池回收提速', byline: '▶ 本报记者 李明', caption: '工人在生产线上检测电池模组。新华社记者 王强/摄', paragraphs: paragraphs.slice(0, 5) },
    { page: 1, headline: '数字经济为产业升级注入新动能', byline: '▶ 本报记者 张华', caption: null, paragraphs: paragraphs.slice(5, 10) },
    { page: 2, headline: '退役电池有了新去处', byline: '▶ 本报记者 赵宁', caption: null, paragraphs: paragraphs.slice(10, 13) },
    { page: 2, headline: '新基建带动智能制造加速落地', byline: '▶ 本报记者 陈曦', caption: null, paragraphs: paragraphs.slice(13, 18) },
  ];
  const story = (s: (typeof stories)[number], columns: boolean) => {
    const text = (s.caption ? `<div class="photo"></div><p class="cap">${esc(s.caption)}</p>` : '') + s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('');
    return `<div class="hl"><span>${esc(s.headline)}</span><span>${esc(s.headline)}</span></div><div class="by">${esc(s.byline)}</div>` + (columns ? `<div class="cols">${text}</div>` : text);
  };
  const boxed = { page: 3, headline: '基础研究投入持续加大', paragraphs: paragraphs.slice(18, 22), box: ['专家观点', ...paragraphs.slice(22, 24)] };
  const page3 = `<div class="page3"><h2>${esc(boxed.headline)}</h2><p>${esc(boxed.paragraphs[0])}</p>` +
    `<aside><h4>${esc(boxed.box[0])}</h4>${boxed.box.slice(1).map((p) => `<p>${esc(p)}</p>`).join('')}</aside>` +
    boxed.paragraphs.slice(1).map((p) => `<p>${esc(p)}</p>`).join('') + '</div>';
  const body = story(stories[0], true) + story(stories[1], true) + `<div class="page2"><div class="side">${story(stories[2], false)}</div><div>${story(stories[3], true)}</div></div>` + page3;
  await printPdf(browser, `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${NEWSPAPER_CSS}</style></head><body>${body}</body></html>`, out);
  return { stories, boxed };
}

/** A PDF with no text layer: a page of text photographed into an image, as a scanner would. */
export async function makeScannedPdf(browser: Browser, out: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 600, height: 300 } });
  let png: Buffer;
  try {
    await page.setContent(`<body style="font:20px 'Noto Serif CJK SC'">扫描件：本页只有图像，没有文字层。</body>`);
    png = await page.screenshot();
  } finally {
    await page.close();
  }
  await printPdf(browser, `<!doctype html><body style="margin:0"><img style="width:100%" src="data:image/png;base64,${png.toString('base64')}"></body>`, out);
}

/** Paragraphs of a text dump, unwrapped (a line ending in a space ends its paragraph). */
export function dumpParagraphs(dump: string): string[] {
  const out: string[] = [];
  let para = '';
  for (const line of dump.split(/\r?\n/)) {
    if (!line.trim()) continue;
    para += line.trim();
    if (/ $/.test(line)) {
      out.push(para);
      para = '';
    }
  }
  if (para) out.push(para);
  return out;
}

async function main(argv: string[]): Promise<void> {
  const [text, gold, out] = argv;
  if (!text || !gold || !out) throw new Error('usage: tsx scripts/make-test-pdf.ts TEXTFILE GOLD OUT.pdf');
  const browser = await launchChromium();
  try {
    const fx = await makeBulletinPdf(browser, text, gold, out);
    writeFileSync(out.replace(/\.pdf$/i, '') + '.blocks.json', JSON.stringify(fx, null, 1));
    console.log(`${out}: ${fx.blocks.length} blocks`);
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((e: Error) => {
    console.error(e.message);
    process.exit(1);
  });
}
