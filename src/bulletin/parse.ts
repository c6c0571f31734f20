import type { Bulletin, SourceDoc } from '../types.js';

/**
 * Turns a decoded document into the articles a person sees on the printed page.
 * PLACEHOLDER until clean/ and segment/ land: one article holding every non-blank line.
 */
export function parseBulletin(doc: SourceDoc): Bulletin {
  const lines = doc.lines.filter((l) => l.text.trim() !== '');
  const body = lines.map((l) => l.text.trim()).join('\n\n');
  return {
    publication: null,
    issueDate: null,
    sections: [],
    articles: lines.length
      ? [{ section: null, title: lines[0].text.trim(), byline: null, subheads: [], body, captions: [], page: null,
          lineStart: lines[0].lineNo, lineEnd: lines[lines.length - 1].lineNo }]
      : [],
    warnings: [...doc.warnings],
  };
}
