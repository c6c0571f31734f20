import type { Article, Bulletin } from '../types.js';

/** Escapes what Markdown would read as structure at the start of a paragraph (#, >, lists, tables). */
function escapeLead(text: string): string {
  return text.replace(/^([#>*+\-|]|\d+[.)])/u, '\\$1');
}

function articleMarkdown(a: Article, notes: string[]): string[] {
  const out = [`### ${a.title || '（无标题）'}`, ''];
  const meta = [a.byline, a.page !== null ? `第 ${a.page} 页` : null, `行 ${a.lineStart}–${a.lineEnd}`].filter(Boolean);
  out.push(`*${meta.join(' · ')}*`, '');
  for (const n of notes) out.push(`> ${n}`, '');
  const subheads = new Set(a.subheads);
  for (const para of a.body.split(/\n{2,}/u)) {
    if (!para) continue;
    out.push(subheads.has(para) ? `#### ${para}` : escapeLead(para), '');
  }
  for (const c of a.captions) out.push(`> 图：${c}`, '');
  return out;
}

/**
 * Renders a parsed bulletin as readable Markdown (what `jianbao parse --format md` prints); `notes` gives
 * lines quoted under an article's headline (enrichment's summary, tags and entities).
 */
export function bulletinToMarkdown(b: Bulletin, notes: (a: Article, index: number) => string[] = () => []): string {
  const head = [b.publication ?? '简报', b.issueDate].filter(Boolean).join(' · ');
  const out = [`# ${head}`, ''];
  let section: string | null | undefined;
  for (const [i, a] of b.articles.entries()) {
    if (a.section !== section && a.section) out.push(`## ${a.section}`, '');
    section = a.section;
    // One by one: spreading an article of 100k+ paragraphs (a table dumped as one block) overflows the call stack.
    for (const line of articleMarkdown(a, notes(a, i))) out.push(line);
  }
  if (b.warnings.length) {
    out.push('---', '', '**解析提示**', '');
    for (const w of b.warnings) out.push(`- ${w}`);
    out.push('');
  }
  return out.join('\n');
}
