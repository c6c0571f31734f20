import { useKnowledge } from '../enrich/data.js';
import { KnowledgeFileError } from '../enrich/knowledge.js';
import { invalidInput } from './errors.js';

/**
 * Makes a team's knowledge overlay folder (or none) the data every enrichment, segmentation and alias lookup in
 * this process uses. openJianbao calls it before any service runs; a bad overlay file is an invalid-input error
 * naming the file, and the data in use stays as it was.
 */
export function applyKnowledge(dir: string | null): void {
  try {
    useKnowledge(dir);
  } catch (e) {
    if (e instanceof KnowledgeFileError) throw invalidInput(e.file, e.problem, e);
    throw e;
  }
}
