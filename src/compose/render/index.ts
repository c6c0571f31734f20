import type { IssueDraft } from '../types.js';
import { renderDocx } from './docx.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { renderPdf } from './pdf.js';

/** The output formats `jianbao issue render` writes. */
export const FORMATS = ['pdf', 'docx', 'html', 'md'] as const;
export type Format = (typeof FORMATS)[number];

/** The format a file name implies (.pdf, .docx, .html/.htm, .md/.markdown), or null. */
export function formatOfPath(path: string): Format | null {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (ext === 'htm') return 'html';
  if (ext === 'markdown') return 'md';
  return (FORMATS as readonly string[]).includes(ext ?? '') ? (ext as Format) : null;
}

/** The issue rendered in one format: bytes ready to write. */
export async function renderIssue(d: IssueDraft, format: Format): Promise<Uint8Array> {
  switch (format) {
    case 'pdf':
      return renderPdf(d);
    case 'docx':
      return renderDocx(d);
    case 'html':
      return new TextEncoder().encode(renderHtml(d));
    case 'md':
      return new TextEncoder().encode(renderMarkdown(d));
  }
}
