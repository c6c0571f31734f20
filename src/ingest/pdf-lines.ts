import type { Line } from '../types.js';

/** Lays out a PDF's text as lines in reading order, with font size and position. PLACEHOLDER until the PDF reader lands. */
export async function pdfToLines(_bytes: Uint8Array, path: string): Promise<{ lines: Line[]; warnings: string[] }> {
  throw new Error(`${path}: PDF input is not supported yet`);
}
