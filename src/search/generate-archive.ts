import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { invalidInput } from '../core/errors.js';
import type { Store } from '../store/types.js';
import { IndexTextPool } from './index-text-pool.js';
import { materialFromTexts, syntheticIssues, type SyntheticIssue } from './synthetic-archive.js';

/** Reads the sample texts of a folder, or throws `<dir>: <problem>`. */
export function readSampleTexts(dir: string): string[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  } catch (err) {
    throw invalidInput(dir, `cannot read sample folder (${(err as Error).message})`, err);
  }
  if (!files.length) throw invalidInput(dir, 'no .txt samples in it');
  return files.map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** What a synthetic archive is made of and how much of it. */
export interface GenerateOptions {
  articles: number;
  /** Folder of .txt documents to take sentences, titles and names from. */
  samples: string;
  seed: number;
  /** Worker threads segmenting issues ahead of the writer; 0 (default): the writer segments each issue itself. */
  threads?: number;
  /** Told the rate every ~10,000 articles. */
  progress?: (line: string) => void;
}

/** How many articles were made, how long the inserts took, and this process's CPU time spent on them. */
export interface GenerateResult {
  articles: number;
  seconds: number;
  cpuSeconds: number;
}

/**
 * Makes the archive through store.issues.import (one transaction per issue, as real imports), reporting the
 * rate every ~10,000 articles. With threads, the issues' index text is made by workers a few issues ahead of the
 * one being written. CPU time (workers included) is returned beside wall time because on a shared machine wall
 * time also counts waiting for the CPU.
 */
export async function generateArchive(store: Store, o: GenerateOptions): Promise<GenerateResult> {
  const material = materialFromTexts(readSampleTexts(o.samples));
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  let made = 0;
  let reported = 0;
  const threads = o.threads ?? 0;
  const pool = threads > 0 ? new IndexTextPool(threads) : null;
  try {
    for await (const issue of prepared(syntheticIssues(material, { articles: o.articles, seed: o.seed }), pool, 2 * threads + 2)) {
      const r = await store.issues.import(issue.source, issue.bulletin);
      made += r.status === 'imported' ? r.articles : 0;
      if (o.progress && made - reported >= 10_000) {
        reported = made;
        const s = (performance.now() - started) / 1000;
        o.progress(`  ${made} articles, ${Math.round(made / s)} articles/s`);
      }
    }
  } finally {
    await pool?.close();
  }
  const cpu = process.cpuUsage(cpuStart);
  return { articles: made, seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

/** The issues in order, each with its articles' index text made by the pool, up to `ahead` issues in flight. */
async function* prepared(issues: Iterable<SyntheticIssue>, pool: IndexTextPool | null, ahead: number): AsyncGenerator<SyntheticIssue> {
  if (!pool) return yield* issues;
  const queue: Promise<SyntheticIssue>[] = [];
  const withText = async (issue: SyntheticIssue): Promise<SyntheticIssue> => {
    const texts = await pool.prepare(issue.bulletin.articles);
    return { ...issue, bulletin: { ...issue.bulletin, articles: issue.bulletin.articles.map((a, i) => ({ ...a, indexText: texts[i] })) } };
  };
  for (const issue of issues) {
    const next = withText(issue);
    // Awaited in turn below; a failure of one still waiting must not count as unhandled meanwhile.
    next.catch(() => {});
    queue.push(next);
    if (queue.length >= ahead) yield await queue.shift()!;
  }
  while (queue.length) yield await queue.shift()!;
}
