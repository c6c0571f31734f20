import type { Bulletin } from '../types.js';

/**
 * Renders a parsed issue as Markdown for reading: issue heading, section headings, then each article's title,
 * byline, body and captions. Simple first version; the bulletin stage owns and refines it.
 */
export function bulletinToMarkdown(b: Bulletin): string {
  const out: string[] = [`# ${[b.publication ?? '简报', b.issueDate].filter(Boolean).join(' · ')}`];
  let section: string | null = null;
  for (const a of b.articles) {
    if (a.section !== null && a.section !== section) out.push(`## ${a.section}`);
    section = a.section;
    out.push(`### ${a.title}`);
    if (a.byline) out.push(`*${a.byline}*`);
    out.push(a.body);
    for (const c of a.captions) out.push(`> ${c}`);
  }
  if (b.warnings.length) out.push('---', ...b.warnings.map((w) => `- ⚠ ${w}`));
  return `${out.join('\n\n')}\n`;
}
