import {
  AlignmentType, Document, Footer, Header, HeadingLevel, Packer, PageBreak, PageNumber, Paragraph, TabStopType,
  TableOfContents, TextRun, type DocxElement, type RunOptions,
} from './docx-lib.js';
import type { Entry, IssueDraft } from '../types.js';
import { TRENDS_HEADING, trendKind } from './trend.js';
import { HIGHLIGHTS_HEADING, TOC_HEADING, alsoSeenLines, closingLines, houseDate, issueLabel, leadByline, paragraphs, periodLabel, untitled } from './house.js';
import { DEFAULT_RENDER, wordColour, type RenderOptions, type WordFont } from './style.js';

/** The house look as Word takes it: fonts per script, colours without '#'. Sizes elsewhere are in half-points. */
interface WordLook {
  body: { ascii: string; hAnsi: string; eastAsia: string };
  head: { ascii: string; hAnsi: string; eastAsia: string };
  accent: string;
  muted: string;
  ink: string;
}

function wordLook({ colours, fonts }: RenderOptions): WordLook {
  const face = (f: WordFont) => ({ ascii: f.latin, hAnsi: f.latin, eastAsia: f.eastAsia });
  return { body: face(fonts.wordBody), head: face(fonts.wordHeading), accent: wordColour(colours.accent), muted: wordColour(colours.muted), ink: wordColour(colours.ink) };
}
/** Two Chinese characters at 10.5 pt, in twips: the first-line indent of body paragraphs. */
const INDENT = 420;
/** Right edge of the A4 text area in twips, for the header's right-aligned tab. */
const TEXT_WIDTH = 9026;

function entryParagraphs(e: Entry, look: WordLook): DocxElement[] {
  const out = untitled(e) ? [] : [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(e.title)] })];
  const byline = leadByline(e);
  if (byline) out.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: byline, color: look.muted, size: 18 })] }));
  if (e.summary) out.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: `摘要：${e.summary}`, italics: true })] }));
  for (const p of paragraphs(e)) {
    out.push(
      p.subhead
        ? new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(p.text)] })
        : new Paragraph({ indent: { firstLine: INDENT }, alignment: AlignmentType.JUSTIFIED, children: [new TextRun(p.text)] }),
    );
  }
  for (const l of alsoSeenLines(e)) out.push(new Paragraph({ children: [new TextRun({ text: l, color: look.muted, size: 18 })] }));
  for (const l of closingLines(e)) out.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: l, color: look.muted, size: 18 })] }));
  return out;
}

function coverParagraphs(d: IssueDraft, look: WordLook): DocxElement[] {
  const center = (text: string, run: RunOptions = {}, spacingBefore = 0) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: spacingBefore }, children: [new TextRun({ text, ...run })] });
  const out = [
    center(d.publication, { size: 56, bold: true, color: look.accent, font: look.head }, 2400),
    center(issueLabel(d), { size: 28 }, 240),
    center(periodLabel(d), { color: look.muted }),
  ];
  if (d.coverLine) out.push(center(d.coverLine, { size: 28, bold: true }, 480));
  if (d.highlights.length) {
    out.push(new Paragraph({ spacing: { before: 720 }, children: [new TextRun({ text: HIGHLIGHTS_HEADING, bold: true, color: look.accent, font: look.head })] }));
    d.highlights.forEach((h, i) => out.push(new Paragraph({ children: [new TextRun(`${i + 1}. ${h}`)] })));
  }
  if (d.trends.length) {
    out.push(new Paragraph({ spacing: { before: 480 }, children: [new TextRun({ text: TRENDS_HEADING, bold: true, color: look.accent, font: look.head })] }));
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
export async function renderDocx(d: IssueDraft, options: RenderOptions = DEFAULT_RENDER): Promise<Uint8Array> {
  const look = wordLook(options);
  const doc = new Document({
    title: `${d.publication} ${issueLabel(d)}`,
    creator: 'jianbao',
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: look.body, size: 21 }, paragraph: { spacing: { line: 360, after: 120 } } },
        heading1: {
          run: { font: look.head, size: 32, bold: true, color: look.accent },
          paragraph: { spacing: { before: 240, after: 240 }, keepNext: true },
        },
        heading2: { run: { font: look.head, size: 26, bold: true, color: look.ink }, paragraph: { spacing: { before: 360, after: 80 }, keepNext: true, keepLines: true } },
        heading3: { run: { font: look.head, size: 22, bold: true, color: look.ink }, paragraph: { spacing: { before: 160, after: 60 }, keepNext: true } },
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
                  new TextRun({ text: d.publication, size: 16, color: look.muted }),
                  new TextRun({ text: `\t${houseDate(d.to)}`, size: 16, color: look.muted }),
                  new TextRun({ children: ['\tPage ', PageNumber.CURRENT], size: 16, color: look.muted }),
                ],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: d.copyright, size: 16, color: look.muted })] })],
          }),
        },
        children: [
          ...coverParagraphs(d, look),
          new Paragraph({ children: [new TextRun({ text: TOC_HEADING, bold: true, size: 32, color: look.accent, font: look.head })] }),
          new TableOfContents(TOC_HEADING, { hyperlink: true, headingStyleRange: '1-2' }),
          ...d.sections.flatMap((s) => [
            new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(s.name)] }),
            ...s.entries.flatMap((e) => entryParagraphs(e, look)),
          ]),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
