import {
  AlignmentType, Document, Footer, Header, HeadingLevel, Packer, PageBreak, PageNumber, Paragraph, TabStopType,
  TableOfContents, TextRun, type DocxElement, type RunOptions,
} from './docx-lib.js';
import type { Entry, IssueDraft } from '../types.js';
import { TRENDS_HEADING, trendKind } from './trend.js';
import { HIGHLIGHTS_HEADING, TOC_HEADING, alsoSeenLines, closingLines, houseDate, issueLabel, leadByline, paragraphs, periodLabel, untitled } from './house.js';

/** Body text: 宋体 for Chinese, Times New Roman for Latin; headings: 黑体. Sizes in half-points. */
const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const HEAD_FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '黑体' };
const ACCENT = 'A5141C';
const MUTED = '5F5F5F';
/** Two Chinese characters at 10.5 pt, in twips: the first-line indent of body paragraphs. */
const INDENT = 420;
/** Right edge of the A4 text area in twips, for the header's right-aligned tab. */
const TEXT_WIDTH = 9026;

function entryParagraphs(e: Entry): DocxElement[] {
  const out = untitled(e) ? [] : [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(e.title)] })];
  const byline = leadByline(e);
  if (byline) out.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: byline, color: MUTED, size: 18 })] }));
  if (e.summary) out.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: `摘要：${e.summary}`, italics: true })] }));
  for (const p of paragraphs(e)) {
    out.push(
      p.subhead
        ? new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(p.text)] })
        : new Paragraph({ indent: { firstLine: INDENT }, alignment: AlignmentType.JUSTIFIED, children: [new TextRun(p.text)] }),
    );
  }
  for (const l of alsoSeenLines(e)) out.push(new Paragraph({ children: [new TextRun({ text: l, color: MUTED, size: 18 })] }));
  for (const l of closingLines(e)) out.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: l, color: MUTED, size: 18 })] }));
  return out;
}

function coverParagraphs(d: IssueDraft): DocxElement[] {
  const center = (text: string, run: RunOptions = {}, spacingBefore = 0) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: spacingBefore }, children: [new TextRun({ text, ...run })] });
  const out = [
    center(d.publication, { size: 56, bold: true, color: ACCENT, font: HEAD_FONT }, 2400),
    center(issueLabel(d), { size: 28 }, 240),
    center(periodLabel(d), { color: MUTED }),
  ];
  if (d.coverLine) out.push(center(d.coverLine, { size: 28, bold: true }, 480));
  if (d.highlights.length) {
    out.push(new Paragraph({ spacing: { before: 720 }, children: [new TextRun({ text: HIGHLIGHTS_HEADING, bold: true, color: ACCENT, font: HEAD_FONT })] }));
    d.highlights.forEach((h, i) => out.push(new Paragraph({ children: [new TextRun(`${i + 1}. ${h}`)] })));
  }
  if (d.trends.length) {
    out.push(new Paragraph({ spacing: { before: 480 }, children: [new TextRun({ text: TRENDS_HEADING, bold: true, color: ACCENT, font: HEAD_FONT })] }));
    for (const t of d.trends) out.push(new Paragraph({ children: [new TextRun(`${t.name}（${trendKind(t)}）：本期 ${t.count} 篇，上期 ${t.previous} 篇`)] }));
  }
  out.push(new Paragraph({ children: [new PageBreak()] }));
  return out;
}

/**
 * The issue as a Word document: cover with 本期要点, a TOC field over Heading 1 (sections) and Heading 2 (titles)
 * that Word fills on opening, real heading styles (the navigation pane shows sections and titles), East Asian fonts
 * set, and a header with publication, date and a page-number field on every page.
 */
export async function renderDocx(d: IssueDraft): Promise<Uint8Array> {
  const doc = new Document({
    title: `${d.publication} ${issueLabel(d)}`,
    creator: 'jianbao',
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: 21 }, paragraph: { spacing: { line: 360, after: 120 } } },
        heading1: {
          run: { font: HEAD_FONT, size: 32, bold: true, color: ACCENT },
          paragraph: { spacing: { before: 240, after: 240 }, keepNext: true },
        },
        heading2: { run: { font: HEAD_FONT, size: 26, bold: true, color: '1B1B1B' }, paragraph: { spacing: { before: 360, after: 80 }, keepNext: true, keepLines: true } },
        heading3: { run: { font: HEAD_FONT, size: 22, bold: true, color: '1B1B1B' }, paragraph: { spacing: { before: 160, after: 60 }, keepNext: true } },
      },
    },
    sections: [
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                tabStops: [{ type: TabStopType.CENTER, position: TEXT_WIDTH / 2 }, { type: TabStopType.RIGHT, position: TEXT_WIDTH }],
                children: [
                  new TextRun({ text: d.publication, size: 16, color: MUTED }),
                  new TextRun({ text: `\t${houseDate(d.to)}`, size: 16, color: MUTED }),
                  new TextRun({ children: ['\tPage ', PageNumber.CURRENT], size: 16, color: MUTED }),
                ],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: d.copyright, size: 16, color: MUTED })] })],
          }),
        },
        children: [
          ...coverParagraphs(d),
          new Paragraph({ children: [new TextRun({ text: TOC_HEADING, bold: true, size: 32, color: ACCENT, font: HEAD_FONT })] }),
          new TableOfContents(TOC_HEADING, { hyperlink: true, headingStyleRange: '1-2' }),
          ...d.sections.flatMap((s) => [
            new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(s.name)] }),
            ...s.entries.flatMap(entryParagraphs),
          ]),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
