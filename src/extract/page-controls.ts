/** Control characters out of every text field of an extracted page (see ../ingest/control-chars.ts). */
import { controlsWarning, replaceControls } from '../ingest/control-chars.js';
import type { ExtractedPage } from './extract-article.js';

const FIELDS = ['url', 'title', 'body', 'published', 'author', 'siteName', 'source', 'lang'] as const;

/** The page with control characters in its fields replaced by U+FFFD, and a warning when there were any. */
export function withoutControls(page: ExtractedPage): ExtractedPage {
  let replaced = 0;
  const out: ExtractedPage = { ...page };
  for (const f of FIELDS) {
    const value = page[f];
    if (value === null) continue;
    const { text, count } = replaceControls(value);
    replaced += count;
    out[f] = text;
  }
  if (replaced) out.warnings = [...page.warnings, controlsWarning('page', replaced)];
  return out;
}
