import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { invalidInput } from '../core/errors.js';
import type { Store } from '../store/types.js';
import { materialFromTexts, syntheticIssues } from './synthetic-archive.js';

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
 * rate every ~10,000 articles. CPU time is returned beside wall time because on a shared machine wall time also
 * counts waiting for the CPU.
 */
export async function generateArchive(store: Store, o: GenerateOptions): Promise<GenerateResult> {
  const material = materialFromTexts(readSampleTexts(o.samples));
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  let made = 0;
  let reported = 0;
  for (const issue of syntheticIssues(material, { articles: o.articles, seed: o.seed })) {
    const r = await store.issues.import(issue.source, issue.bulletin);
    made += r.status === 'imported' ? r.articles : 0;
    if (o.progress && made - reported >= 10_000) {
      reported = made;
      const s = (performance.now() - started) / 1000;
      o.progress(`  ${made} articles, ${Math.round(made / s)} articles/s`);
    }
  }
  const cpu = process.cpuUsage(cpuStart);
  return { articles: made, seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}
