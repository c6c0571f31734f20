import type { IssueDraft } from '../types.js';
import { TRENDS_HEADING, trendKind } from './trend.js';
import { HIGHLIGHTS_HEADING, alsoSeenLines, closingLines, issueLabel, leadByline, paragraphs, periodLabel, untitled } from './house.js';

/** Markdown's inline markers escaped, so a title with * or _ prints as written. */
function md(s: string): string {
  return s.replace(/([\\`*_[\]#|<>])/g, '\\$1');
}

/**
 * The issue as Markdown for e-mail and chat: title line, 本期要点, then sections (##), entries (###) with their
 * byline, summary, body (subheads as ####), 另见 lines and closing credit lines, and the copyright at the end.
 */
export function renderMarkdown(d: IssueDraft): string {
  const out: string[] = [`# ${md(d.publication)} ${md(issueLabel(d))}`, periodLabel(d)];
  if (d.coverLine) out.push(`**${md(d.coverLine)}**`);
  if (d.highlights.length) out.push(`## ${HIGHLIGHTS_HEADING}`, d.highlights.map((h, i) => `${i + 1}. ${md(h)}`).join('\n'));
  if (d.trends.length) {
    out.push(`## ${TRENDS_HEADING}`, ['| | 类别 | 本期 | 上期 |', '|---|---|---:|---:|', ...d.trends.map((t) => `| ${md(t.name)} | ${trendKind(t)} | ${t.count} | ${t.previous} |`)].join('\n'));
  }
  for (const s of d.sections) {
    out.push(`## ${md(s.name)}`);
    for (const e of s.entries) {
      if (!untitled(e)) out.push(`### ${md(e.title)}`);
      const byline = leadByline(e);
      if (byline) out.push(`*${md(byline)}*`);
      if (e.summary) out.push(`> 摘要：${md(e.summary)}`);
      for (const p of paragraphs(e)) out.push(p.subhead ? `#### ${md(p.text)}` : md(p.text));
      const also = alsoSeenLines(e);
      if (also.length) out.push(also.map((l) => `- ${md(l)}`).join('\n'));
      out.push(closingLines(e).map(md).join('\n'));
    }
  }
  out.push('---', md(d.copyright));
  return `${out.join('\n\n')}\n`;
}
