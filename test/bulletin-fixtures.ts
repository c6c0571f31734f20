import { readFileSync } from 'node:fs';
import { sourceFromText } from '../src/bulletin/text-source.js';
import type { SourceDoc } from '../src/types.js';

/** The sample documents shipped in the repo, and fixtures written for these tests. */
export const SAMPLES = {
  brief000: 'samples/000_3cef4383265ce24c.txt',
  brief001: 'samples/001_3ce07ccd5b8eeddb.txt',
  bulletin003: 'samples/003_8913e8f3e5978f8d.txt',
  newspaper: 'testdata/fixtures/newspaper-page.txt',
};

/** Reads a UTF-8 text file as a SourceDoc. */
export function loadDoc(path: string): SourceDoc {
  return sourceFromText(path, readFileSync(path, 'utf8'));
}
