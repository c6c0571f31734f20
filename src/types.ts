import type { Message } from './core/messages.js';

/**
 * The types that flow through the pipeline, defined once.
 *
 * ingest (bytes → SourceDoc of Lines) → clean + segment (Lines → Bulletin) → enrich → store → search / compose.
 */

/** One physical line of input: a line of a text dump, or a line laid out from a PDF page. */
export interface Line {
  /** The line's text exactly as read, without the line terminator (leading page-top space kept). */
  text: string;
  /** 1-based line number in the source: the physical line of a text file, a running index for a PDF. */
  lineNo: number;
  /** 1-based page number when the source tells it (PDF), else null until cleaning infers it. */
  page: number | null;
  /** True when this line is known to be the first line of a page (PDF, or a text dump's page-top marker). */
  pageTop: boolean;
  /**
   * Set by ingest when the layout proves the line is page furniture (running header/footer, page number):
   * cleaning drops it and counts it as a recognised header, never as body text.
   */
  furniture?: boolean;
  /** Layout facts, only for PDF input: font size in points, bold face, left x and baseline y in points, page width. */
  layout?: LineLayout;
}

/** Where and how a PDF line was printed; lets segmentation use headline size and columns instead of guessing. */
export interface LineLayout {
  fontSize: number;
  bold: boolean;
  x: number;
  y: number;
  width: number;
  pageWidth: number;
  pageHeight: number;
}

/** A decoded input document, before any cleaning. */
export interface SourceDoc {
  /** The path (or URL) the user gave. */
  path: string;
  kind: 'text' | 'pdf' | 'html';
  /** Encoding detected for text input ('utf-8', 'gb18030', 'utf-16le', …); 'pdf' for PDFs. */
  encoding: string;
  /** sha256 of the raw bytes, hex: the idempotency key of an import. */
  sha256: string;
  bytes: number;
  lines: Line[];
  warnings: string[];
}

/** One article as a reader sees it on the printed page. */
export interface Article {
  /** Section heading it was printed under, or null when the bulletin has no sections. */
  section: string | null;
  /** Title as it should read: split lines joined, doubled glyphs undone. */
  title: string;
  /** Title as printed, only when it differs from `title` beyond wrapping and whitespace. */
  titleAsPrinted?: string;
  /** Credit or reporter line (（产业所 X 整理）, ▶ 本报记者 X, a bare name), or null. */
  byline: string | null;
  /** In-article sub-headings, also kept in place inside `body` as their own paragraphs. */
  subheads: string[];
  /** Clean text; paragraphs separated by one blank line. */
  body: string;
  /** Photo captions found with this article. */
  captions: string[];
  /** Page the title is printed on, when known. */
  page: number | null;
  /** Provenance: first and last source line (1-based, inclusive) of the article, title included. */
  lineStart: number;
  lineEnd: number;
}

/** A parsed bulletin issue: what `jianbao parse` prints and `jianbao import` stores. */
export interface Bulletin {
  publication: string | null;
  /** ISO date YYYY-MM-DD, or null when the header does not say. */
  issueDate: string | null;
  /** Section headings in order of appearance. */
  sections: string[];
  articles: Article[];
  /** What looked odd (orphan lines, truncated sentences, layouts the text cannot resolve) and what was set aside. */
  warnings: string[];
  /**
   * The same entries with their level (information or warning), code and line, when the parser made them; a
   * bulletin without them (built by hand, or by older code) has every entry of `warnings` counted as a warning.
   */
  messages?: Message[];
}
