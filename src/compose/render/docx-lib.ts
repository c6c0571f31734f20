/**
 * The part of the `docx` package the DOCX renderer uses, typed here: docx 9.7 ships declarations whose relative
 * imports have no file extension, which TypeScript's NodeNext resolution cannot follow, so `import … from 'docx'`
 * type-checks as an empty module. The runtime ESM bundle is complete; these shapes follow docx's API documentation.
 */
import * as docx from 'docx';

/** Any docx element (paragraph, run, TOC, page break…): opaque to us. */
export interface DocxElement {
  readonly docxElement?: never;
}

/** East Asian and Latin font faces of a run. */
export interface Fonts {
  ascii?: string;
  hAnsi?: string;
  eastAsia?: string;
}

/** Run formatting; size in half-points, colours as RRGGBB. */
export interface RunOptions {
  text?: string;
  children?: (string | DocxElement)[];
  font?: string | Fonts;
  size?: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
}

/** Paragraph formatting; lengths in twips. */
export interface ParagraphOptions {
  children?: DocxElement[];
  heading?: string;
  alignment?: string;
  indent?: { firstLine?: number; left?: number };
  spacing?: { before?: number; after?: number; line?: number };
  keepNext?: boolean;
  keepLines?: boolean;
  pageBreakBefore?: boolean;
  tabStops?: { type: string; position: number }[];
}

/** A named style's run and paragraph formatting. */
export interface StyleOptions {
  run?: RunOptions;
  paragraph?: ParagraphOptions;
}

/** The document: properties, default styles and sections. */
export interface DocumentOptions {
  title?: string;
  creator?: string;
  features?: { updateFields?: boolean };
  styles?: { default?: { document?: StyleOptions; heading1?: StyleOptions; heading2?: StyleOptions; heading3?: StyleOptions } };
  sections: {
    headers?: { default?: DocxElement };
    footers?: { default?: DocxElement };
    children: DocxElement[];
  }[];
}

interface Lib {
  Document: new (options: DocumentOptions) => DocxElement;
  Paragraph: new (options: ParagraphOptions) => DocxElement;
  TextRun: new (options: RunOptions | string) => DocxElement;
  Header: new (options: { children: DocxElement[] }) => DocxElement;
  Footer: new (options: { children: DocxElement[] }) => DocxElement;
  PageBreak: new () => DocxElement;
  TableOfContents: new (alias: string, options: { hyperlink?: boolean; headingStyleRange?: string }) => DocxElement;
  Packer: { toBuffer(doc: DocxElement): Promise<Buffer> };
  AlignmentType: { CENTER: string; RIGHT: string; JUSTIFIED: string };
  HeadingLevel: { HEADING_1: string; HEADING_2: string; HEADING_3: string };
  TabStopType: { CENTER: string; RIGHT: string };
  PageNumber: { CURRENT: string };
}

const lib = docx as unknown as Lib;

export const { Document, Paragraph, TextRun, Header, Footer, PageBreak, TableOfContents, Packer, AlignmentType, HeadingLevel, TabStopType, PageNumber } = lib;
