import { info, warning } from '../core/messages.js';
import type { Bulletin, SourceDoc } from '../types.js';
import { cleanLines } from '../clean/index.js';
import { classify, DEFAULT_OPTIONS, type SegmentOptions } from '../segment/kinds.js';
import { assignRoles } from '../segment/roles.js';
import { assemble } from '../segment/articles.js';
import { joinHeadlineParts } from '../segment/headline-parts.js';
import { masthead } from '../segment/masthead.js';

export type { SegmentOptions } from '../segment/kinds.js';
export { DEFAULT_OPTIONS } from '../segment/kinds.js';

/**
 * Turns a decoded document into the articles a person sees on the printed page:
 * clean (furniture out, unwrap, doubled glyphs, glued credits) → classify paragraphs → titles vs sub-headings →
 * assemble articles → masthead. Works on text-dump lines and on PDF lines with layout alike.
 */
export function parseBulletin(doc: SourceDoc, options: SegmentOptions = DEFAULT_OPTIONS): Bulletin {
  const cleaned = cleanLines(doc.lines);
  const { paras, kinds } = joinHeadlineParts(cleaned.paras, classify(cleaned.paras, cleaned.model, options));
  const roles = assignRoles(paras, kinds, cleaned.model, options);
  const { sections, articles, warnings } = assemble(paras, kinds, roles);
  const { publication, issueDate } = masthead(cleaned.furniture, paras);
  const messages = [...doc.warnings.map((w) => warning('input', w)), ...cleaned.notes, ...warnings];
  if (!cleaned.paras.length) messages.push(warning('no-text', `${doc.path}: no text found`));
  const headers = cleaned.furniture.length - cleaned.frontMatter.length;
  if (headers) messages.push(info('furniture-removed', `${headers} page header/footer lines recognised and removed`));
  return { publication, issueDate, sections, articles, warnings: messages.map((m) => m.message), messages };
}
