import { createHash } from 'node:crypto';
import type { SourceDoc } from '../types.js';
import { textToLines } from '../ingest/text-lines.js';

/** Wraps already-decoded UTF-8 text as a SourceDoc, for parsing text that did not come through ingest. */
export function sourceFromText(path: string, text: string): SourceDoc {
  const bytes = Buffer.from(text, 'utf8');
  return {
    path,
    kind: 'text',
    encoding: 'utf-8',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    lines: textToLines(text),
    warnings: [],
  };
}
