/**
 * A team's knowledge overlay: a folder whose files mirror src/enrich/data and add to or replace what is bundled,
 * so a team adds its sections, tags, organisations, aliases and dictionary words without touching the code.
 * Read and validated whole before anything uses it; a bad file is one error naming the file and the problem.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** What a team's overlay folder holds; every part is optional. */
export interface Knowledge {
  /** The folder, as given. */
  dir: string;
  /** Sections added or replaced by name. */
  sections: { name: string; description: string; lexicon: Record<string, number> }[];
  /** Tags added or replaced by name; a threshold replaces the bundled one. */
  tags: { name: string; keywords: Record<string, number> }[];
  tagThreshold: number | null;
  /** Organisations added, or merged into the bundled one of the same name (aliases unioned). */
  orgs: OverlayOrg[];
  /** Dictionary lines (`word freq tag`) appended to the bundled user dictionary. */
  userdict: string[];
  /** Digest of the files read, part of the enrichment version. */
  digest: string;
}

export interface OverlayOrg {
  name: string;
  kind?: string;
  country?: string | null;
  aliases: string[];
  sector?: string;
  region?: string;
}

/** An overlay file that cannot be used; `file` names it as the user wrote the folder. */
export class KnowledgeFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

const FILES = ['sections.json', 'tags.json', 'orgs.json', 'userdict.txt'] as const;

const name = z.string().trim().min(1);
const weights = z.record(name, z.number().finite());
const sectionsFile = z
  .object({ _doc: z.string().optional(), sections: z.array(z.object({ name, description: z.string().default(''), lexicon: weights }).strict()) })
  .strict();
const tagsFile = z
  .object({ _doc: z.string().optional(), threshold: z.number().positive().optional(), tags: z.array(z.object({ name, keywords: weights }).strict()) })
  .strict();
const ORG_KINDS = ['company', 'government', 'institute', 'association', 'international'] as const;
const orgsFile = z
  .object({
    _doc: z.string().optional(),
    orgs: z.array(
      z
        .object({ name, kind: z.enum(ORG_KINDS).optional(), country: name.nullable().optional(), aliases: z.array(name).default([]), sector: name.optional(), region: name.optional() })
        .strict(),
    ),
  })
  .strict();

/** One dictionary line: `word`, `word freq` or `word freq tag`, as jieba reads them. */
const DICT_LINE = /^(\S+)(?:\s+(\d+))?(?:\s+([A-Za-z]+))?$/;
/** Frequency and tag of a word given alone, as the bundled industry terms have. */
const DEFAULT_FREQ = 20000;
const DEFAULT_TAG = 'n';

function parseJson<T>(file: string, text: string, schema: z.ZodType<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new KnowledgeFileError(file, `not JSON (${(e as Error).message})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new KnowledgeFileError(file, `${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  return parsed.data;
}

function parseUserdict(file: string, text: string): string[] {
  const lines: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const m = DICT_LINE.exec(line);
    if (!m) throw new KnowledgeFileError(file, `line ${i + 1}: expected "word [freq] [tag]", got "${line.slice(0, 40)}"`);
    lines.push(`${m[1]} ${m[2] ?? DEFAULT_FREQ} ${m[3] ?? DEFAULT_TAG}`);
  });
  return lines;
}

/** Reads and validates an overlay folder. Unknown files are refused: a misspelt name would be ignored silently. */
export function readKnowledge(dir: string): Knowledge {
  let entries: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new KnowledgeFileError(dir, 'not a folder (the knowledge overlay is a folder)');
    entries = readdirSync(dir);
  } catch (e) {
    if (e instanceof KnowledgeFileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new KnowledgeFileError(dir, code === 'ENOENT' ? 'no such knowledge folder' : `cannot read knowledge folder (${code})`);
  }
  const unknown = entries.filter((f) => !f.startsWith('.') && !/^readme/i.test(f) && !(FILES as readonly string[]).includes(f));
  if (unknown.length) throw new KnowledgeFileError(join(dir, unknown[0]), `not a knowledge file (expected ${FILES.join(', ')})`);
  const hash = createHash('sha256');
  const read = (file: string): string | null => {
    if (!entries.includes(file)) return null;
    const path = join(dir, file);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      throw new KnowledgeFileError(path, `cannot read (${(e as NodeJS.ErrnoException).code})`);
    }
    hash.update(`${file}\0`).update(bytes).update('\0');
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    if (text.includes('\uFFFD')) throw new KnowledgeFileError(path, 'not UTF-8 text');
    return text;
  };
  const sections = read('sections.json');
  const tags = read('tags.json');
  const orgs = read('orgs.json');
  const userdict = read('userdict.txt');
  const s = sections === null ? null : parseJson(join(dir, 'sections.json'), sections, sectionsFile);
  const t = tags === null ? null : parseJson(join(dir, 'tags.json'), tags, tagsFile);
  const o = orgs === null ? null : parseJson(join(dir, 'orgs.json'), orgs, orgsFile);
  return {
    dir,
    sections: s?.sections ?? [],
    tags: t?.tags ?? [],
    tagThreshold: t?.threshold ?? null,
    orgs: o?.orgs ?? [],
    userdict: userdict === null ? [] : parseUserdict(join(dir, 'userdict.txt'), userdict),
    digest: hash.digest('hex').slice(0, 12),
  };
}

/** Records replaced or added by name, in the bundled order with additions after. */
export function byName<T extends { name: string }>(bundled: T[], overlay: T[]): T[] {
  const replaced = new Map(overlay.map((r) => [r.name, r]));
  const out = bundled.map((r) => replaced.get(r.name) ?? r);
  const have = new Set(bundled.map((r) => r.name));
  return [...out, ...[...replaced.values()].filter((r) => !have.has(r.name))];
}
