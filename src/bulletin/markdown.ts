import type { Article, Bulletin } from '../types.js';

/** Escapes what Markdown would read as structure at the start of a paragraph (#, >, lists, tables). */
function escapeLead(text: string): string {
  return text.replace(/^([#>*+\-|]|\d+[.)])/u, '\\$1');
}

function articleMarkdown(a: Article): string[] {
  const out = [`### ${a.title || '（无标题）'}`, ''];
  const meta = [a.byline, a.page !== null ? `第 ${a.page} 页` : null, `行 ${a.lineStart}–${a.lineEnd}`].filter(Boolean);
  out.push(`*${meta.join(' · ')}*`, '');
  const subheads = new Set(a.subheads);
  for (const para of a.body.split(/\n{2,}/u)) {
    if (!para) continue;
    out.push(subheads.has(para) ? `#### ${para}` : escapeLead(para), '');
  }
  for (const c of a.captions) out.push(`> 图：${c}`, '');
  return out;
}

/** Renders a parsed bulletin as readable Markdown (what `jianbao parse --format md` prints). */
export function bulletinToMarkdown(b: Bulletin): string {
  const head = [b.publication ?? '简报', b.issueDate].filter(Boolean).join(' · ');
  const out = [`# ${head}`, ''];
  let section: string | null | undefined;
  for (const a of b.articles) {
    if (a.section !== section && a.section) out.push(`## ${a.section}`, '');
    section = a.section;
    out.push(...articleMarkdown(a));
  }
  if (b.warnings.length) {
    out.push('---', '', '**解析提示**', '');
    for (const w of b.warnings) out.push(`- ${w}`);
    out.push('');
  }
  return out.join('\n');
}
