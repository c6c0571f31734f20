/** Loads the article-extraction benchmark pages (gzip HTML + ground truth) for the eval and bench scripts. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One benchmark page. */
export interface BenchPage {
  id: string;
  url: string;
  html: string;
  expected: string;
}

/** The bench folder: `JIANBAO_WEB_BENCH` or `../shared/bench/article-extraction` from the project root. */
export function benchDir(): string {
  return resolve(process.env.JIANBAO_WEB_BENCH ?? '../shared/bench/article-extraction');
}

/** All pages of the benchmark, in ground-truth order. */
export function loadBenchPages(dir = benchDir()): BenchPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string; articleBody: string }>;
  return Object.entries(truth).map(([id, t]) => ({
    id,
    url: t.url,
    html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
    expected: t.articleBody,
  }));
}
