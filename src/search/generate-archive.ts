import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { invalidInput } from '../core/errors.js';
import type { Store } from '../store/types.js';
import { IndexTextPool } from './index-text-pool.js';
import { materialFromTexts, syntheticIssues, type SyntheticIssue } from './synthetic-archive.js';
import { threadCpuSeconds } from './thread-cpu.js';

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
  /** Issues written per transaction (default 1, as real imports); more make fewer, larger index segments. */
  issuesPerTransaction?: number;
  /** Told the rate every ~10,000 articles. */
  progress?: (line: string) => void;
}

/** How many articles were made, how long the inserts took, and this process's CPU time spent on them. */
export interface GenerateResult {
  articles: number;
  seconds: number;
  /** All threads: the writer's and the segmenting workers'. */
  cpuSeconds: number;
  /**
   * The writer's thread alone (null where the system does not tell): with workers segmenting on other cores, the
   * load's critical path, so articles / writerCpuSeconds is the rate an otherwise idle machine would give.
   */
  writerCpuSeconds: number | null;
}

/**
 * Makes the archive through store.issues.import (by default one transaction per issue, as real imports), reporting
 * the rate every ~10,000 articles. With threads, the issues' index text is made by workers a few issues ahead of
 * the ones being written. CPU time (workers included) is returned beside wall time because on a shared machine wall
 * time also counts waiting for the CPU.
 */
export async function generateArchive(store: Store, o: GenerateOptions): Promise<GenerateResult> {
  const material = materialFromTexts(readSampleTexts(o.samples));
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const writerStart = threadCpuSeconds();
  let made = 0;
  let reported = 0;
  const threads = o.threads ?? 0;
  const perTransaction = o.issuesPerTransaction ?? 1;
  const pool = threads > 0 ? new IndexTextPool(threads) : null;
  const write = (batch: SyntheticIssue[]) =>
    store.transaction(async (tx) => {
      for (const issue of batch) {
        const r = await tx.issues.import(issue.source, issue.bulletin);
        made += r.status === 'imported' ? r.articles : 0;
      }
    });
  try {
    let batch: SyntheticIssue[] = [];
    const issues = syntheticIssues(material, { articles: o.articles, seed: o.seed });
    for await (const issue of prepared(issues, pool, perTransaction + 2 * threads + 2)) {
      batch.push(issue);
      if (batch.length < perTransaction) continue;
      await write(batch);
      batch = [];
      if (o.progress && made - reported >= 10_000) {
        reported = made;
        const s = (performance.now() - started) / 1000;
        o.progress(`  ${made} articles, ${Math.round(made / s)} articles/s`);
      }
    }
    if (batch.length) await write(batch);
  } finally {
    await pool?.close();
  }
  const cpu = process.cpuUsage(cpuStart);
  const writerEnd = threadCpuSeconds();
  return {
    articles: made,
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    writerCpuSeconds: writerStart === null || writerEnd === null ? null : writerEnd - writerStart,
  };
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
