import type { Entry, IssueDraft } from '../types.js';
import { TRENDS_HEADING, trendSvg } from './trend.js';
import { HIGHLIGHTS_HEADING, TOC_HEADING, alsoSeenLines, closingLines, houseDate, issueLabel, leadByline, paragraphs, periodLabel, untitled } from './house.js';
import { DEFAULT_RENDER, type RenderOptions } from './style.js';

/** How the HTML is meant to be read. */
export interface HtmlOptions {
  /**
   * Page number of each entry in print order, for the printed table of contents; null prints placeholders of the
   * same width (first PDF pass); undefined means a screen page (links, no numbers).
   */
  pageNumbers?: number[] | null;
  /** The house colours and fonts (default: jianbao's own). */
  style?: Pick<RenderOptions, 'colours' | 'fonts'>;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe inside HTML elements and attributes. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * One stylesheet for phone, desktop and print. Print: A4 pages, cover and contents on their own pages, each
 * section from a new page, a title never left alone at a page foot (kept with the source line and first
 * paragraph), Chinese line breaking strict so no line starts with closing punctuation.
 */
const css = ({ colours: c, fonts }: Pick<RenderOptions, 'colours' | 'fonts'>) => `
:root { --ink: ${c.ink}; --accent: ${c.accent}; --muted: ${c.muted}; --rule: ${c.rule}; --shade: ${c.shade}; }
* { box-sizing: border-box; }
html { font-family: ${fonts.css};
  color: var(--ink); line-height: 1.8; -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 46em; padding: 1.2rem 1rem 3rem; font-size: clamp(15px, 2.4vw, 17px); }
p, li, h1, h2, h3 { line-break: strict; word-break: normal; overflow-wrap: break-word; }
p { margin: .55em 0; text-align: justify; text-indent: 2em; }
a { color: inherit; }
.cover { text-align: center; padding: 2.5em 0 1.5em; border-bottom: 3px double var(--accent); }
.masthead { font-size: 2.4em; font-weight: 700; color: var(--accent); letter-spacing: .18em; }
.issue-no { font-size: 1.15em; margin-top: .4em; }
.period { color: var(--muted); }
.cover-line { font-size: 1.2em; font-weight: 700; margin: 1em 0 0; }
.highlights { text-align: left; margin: 1.8em auto 0; max-width: 32em; }
.box-title { font-weight: 700; color: var(--accent); border-bottom: 1px solid var(--accent); margin-bottom: .4em; }
.highlights ol { margin: 0; padding-left: 1.6em; }
.toc { margin: 2em 0; }
.toc ol { list-style: none; padding: 0; margin: 0; }
.toc .toc-section { font-weight: 700; margin-top: .6em; color: var(--accent); }
.toc .toc-entry a { display: flex; gap: .4em; text-decoration: none; padding-left: 1.5em; }
.toc .toc-title { flex: 0 1 auto; }
.toc .leader { flex: 1 1 2em; border-bottom: 1px dotted var(--muted); margin-bottom: .45em; }
.toc .page { flex: 0 0 auto; min-width: 2ch; text-align: right; font-variant-numeric: tabular-nums; }
.toc.no-pages .leader, .toc.no-pages .page { display: none; }
.trends { margin: 2em 0; }
.trends svg { max-width: 100%; height: auto; }
.section-title { color: #fff; background: var(--accent); font-size: 1.35em; padding: .25em .7em; margin: 2em 0 1em;
  letter-spacing: .2em; }
.entry { margin: 0 0 1.8em; padding-bottom: 1em; border-bottom: 1px solid var(--rule); }
.entry h2 { font-size: 1.2em; line-height: 1.5; margin: 0 0 .3em; break-after: avoid; }
.entry h3 { font-size: 1em; margin: 1em 0 .3em; break-after: avoid; }
.keep { break-inside: avoid; }
.meta { text-indent: 0; color: var(--muted); font-size: .9em; margin: 0 0 .6em; }
.credit { text-indent: 0; text-align: right; color: var(--muted); font-size: .9em; margin: .3em 0 0; break-before: avoid; }
.summary { text-indent: 0; background: var(--shade); padding: .4em .7em; font-size: .95em; }
.also { list-style: none; padding: 0; margin: .6em 0 0; color: var(--muted); font-size: .9em; }
.copyright { text-indent: 0; color: var(--muted); font-size: .8em; text-align: center; margin-top: 2em; }
@media (max-width: 600px) {
  body { padding: .8rem .9rem 2rem; }
  .masthead { font-size: 1.8em; letter-spacing: .08em; }
  .toc .toc-entry a { padding-left: .8em; }
}
@media print {
  @page { size: A4; margin: 20mm 17mm 18mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .cover { min-height: 240mm; border-bottom: none; break-after: page; }
  .toc { break-after: page; margin: 0; }
  .section { break-before: page; }
  .section-title { margin-top: 0; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .summary { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .entry { border-bottom: none; }
  a { text-decoration: none; }
}
`;

function entryHtml(e: Entry): string {
  const [first, ...rest] = paragraphs(e);
  const para = (p: { text: string; subhead: boolean }) => (p.subhead ? `<h3>${escapeHtml(p.text)}</h3>` : `<p>${escapeHtml(p.text)}</p>`);
  const byline = leadByline(e);
  const meta = byline ? `<p class="meta">${escapeHtml(byline)}</p>` : '';
  const summary = e.summary ? `<p class="summary">摘要：${escapeHtml(e.summary)}</p>` : '';
  const credits = closingLines(e).map((l) => `<p class="credit">${escapeHtml(l)}</p>`).join('\n');
  const also = e.alsoSeen.length ? `<ul class="also">${alsoSeenLines(e).map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>` : '';
  return `<article class="entry" id="a${e.articleId}">
<div class="keep">${untitled(e) ? '' : `<h2>${escapeHtml(e.title)}</h2>`}${meta}${summary}${first ? para(first) : ''}</div>
${rest.map(para).join('\n')}
${also}
${credits}</article>`;
}

function tocHtml(d: IssueDraft, pageNumbers: number[] | null | undefined): string {
  let i = 0;
  const sections = d.sections.map((s) => {
    const items = s.entries.filter((e) => !untitled(e)).map((e) => {
      const n = pageNumbers === undefined ? '' : pageNumbers === null ? '00' : String(pageNumbers[i]);
      i++;
      return `<li class="toc-entry"><a href="#a${e.articleId}"><span class="toc-title">${escapeHtml(e.title)}</span><span class="leader"></span><span class="page">${n}</span></a></li>`;
    });
    return `<li class="toc-section">${escapeHtml(s.name)}</li>\n${items.join('\n')}`;
  });
  return `<nav class="toc${pageNumbers === undefined ? ' no-pages' : ''}"><div class="box-title">${TOC_HEADING}</div><ol>\n${sections.join('\n')}\n</ol></nav>`;
}

/**
 * The issue as one self-contained HTML page (inline CSS, no external resource): cover with 本期要点, table of
 * contents, sections, entries. Reads on a phone; prints in the house format (see renderPdf for header/footer).
 * Headings are only section names (h1), titles (h2) and subheads (h3), so the PDF outline maps to entries.
 */
export function renderHtml(d: IssueDraft, options: HtmlOptions = {}): string {
  const style = options.style ?? DEFAULT_RENDER;
  const cover = `<header class="cover">
<div class="masthead">${escapeHtml(d.publication)}</div>
<div class="issue-no">${escapeHtml(issueLabel(d))}</div>
<div class="period">${escapeHtml(periodLabel(d))}</div>
${d.coverLine ? `<div class="cover-line">${escapeHtml(d.coverLine)}</div>` : ''}
${d.highlights.length ? `<div class="highlights"><div class="box-title">${HIGHLIGHTS_HEADING}</div><ol>${d.highlights.map((h) => `<li>${escapeHtml(h)}</li>`).join('')}</ol></div>` : ''}
</header>`;
  const sections = d.sections
    .map((s) => `<section class="section">\n<h1 class="section-title">${escapeHtml(s.name)}</h1>\n${s.entries.map(entryHtml).join('\n')}\n</section>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${d.publication} ${issueLabel(d)} ${houseDate(d.to)}`)}</title>
<style>${css(style)}</style>
</head>
<body>
${cover}
${tocHtml(d, options.pageNumbers)}
${d.trends.length ? `<section class="trends"><div class="box-title">${TRENDS_HEADING}</div>\n${trendSvg(d.trends, style)}\n</section>` : ''}
<main>
${sections}
</main>
<p class="copyright">${escapeHtml(d.copyright)}</p>
</body>
</html>
`;
}
