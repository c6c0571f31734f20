import { parseBulletin } from '../bulletin/parse.js';
import { readMessages, warning } from '../core/messages.js';
import { loadBytes, loadSource, type LoadOptions } from '../ingest/load.js';
import type { Bulletin, SourceDoc } from '../types.js';
import { inputError } from './input-error.js';

/** A file read and parsed: the decoded document and the issue found in it. */
export interface ReadBulletin {
  doc: SourceDoc;
  bulletin: Bulletin;
}

/**
 * Loads one input file and parses it into an issue, with everything ingest warned about kept among the issue's
 * warnings (even if the parser does not carry them over), so nothing is dropped silently.
 * Any failure, a parser bug included, is thrown as `<path>: <problem>`.
 */
export async function readBulletin(path: string, options: LoadOptions = {}): Promise<ReadBulletin> {
  return parseDoc(path, () => loadSource(path, options));
}

/** The same for bytes in memory (an upload), named `name` in the document and in messages. */
export async function readBulletinBytes(name: string, bytes: Uint8Array, options: LoadOptions = {}): Promise<ReadBulletin> {
  return parseDoc(name, () => loadBytes(name, bytes, options));
}

async function parseDoc(path: string, load: () => Promise<SourceDoc>): Promise<ReadBulletin> {
  try {
    const doc = await load();
    const parsed = parseBulletin(doc);
    const said = new Set<string>();
    const messages = [...doc.warnings.map((w) => warning('input', w)), ...readMessages(parsed.messages ?? parsed.warnings)].filter(
      (m) => !said.has(m.message) && Boolean(said.add(m.message)),
    );
    return { doc, bulletin: { ...parsed, warnings: messages.map((m) => m.message), messages } };
  } catch (err) {
    throw inputError(path, err);
  }
}
