import type { SharedBrowser } from './shared-browser.js';
import type { IssueDraft } from '../types.js';
import { DEFAULT_RENDER, type RenderOptions } from './style.js';

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

/**
 * The issue rendered in one format, in the house look `options` gives: bytes ready to write. Each format's renderer
 * is imported when asked for: together they load Chromium's driver, pdfjs, docx and echarts, over a second that
 * `issue new` should not wait. A PDF prints in `chromium` when given (kept running between renders), else in a
 * Chromium of its own.
 */
export async function renderIssue(d: IssueDraft, format: Format, options: RenderOptions = DEFAULT_RENDER, chromium?: SharedBrowser): Promise<Uint8Array> {
  switch (format) {
    case 'pdf': {
      const { renderPdf } = await import('./pdf.js');
      return chromium ? chromium.use((browser) => renderPdf(d, options, browser)) : renderPdf(d, options);
    }
    case 'docx':
      return (await import('./docx.js')).renderDocx(d, options);
    case 'html':
      return new TextEncoder().encode((await import('./html.js')).renderHtml(d, { style: options }));
    case 'md':
      return new TextEncoder().encode((await import('./markdown.js')).renderMarkdown(d));
  }
}

/**
 * Loads every format's renderer, and pdfjs (which reads where a PDF's titles landed), ahead of renders soon to come:
 * seconds of a process's first sign-off on a loaded machine.
 */
export async function loadRenderers(): Promise<void> {
  await Promise.all([import('./pdf.js'), import('./docx.js'), import('./html.js'), import('./markdown.js'), import('pdfjs-dist/legacy/build/pdf.mjs')]);
}
