/**
 * Speed of web main-text extraction: median and p95 milliseconds per page for our extractor next to
 * Readability.js + jsdom, measured in the same run over the article-extraction benchmark pages.
 */
import { performance } from 'node:perf_hooks';
import { extractArticle } from '../src/extract/index.js';
import { loadBenchPages } from './web-bench-pages.js';
import { readabilityText } from './readability-baseline.js';

function timeEach(pages: { html: string; url: string }[], fn: (html: string, url: string) => unknown): number[] {
  for (const p of pages.slice(0, 5)) fn(p.html, p.url); // warm-up: JIT and lazy module init
  return pages.map((p) => {
    const t0 = performance.now();
    fn(p.html, p.url);
    return performance.now() - t0;
  });
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

const pages = loadBenchPages();
const ours = timeEach(pages, (html, url) => extractArticle(html, { url }));
const base = timeEach(pages, (html, url) => readabilityText(html, url));
const row = (name: string, t: number[]): string =>
  `${name.padEnd(22)} median ${quantile(t, 0.5).toFixed(1).padStart(6)} ms   p95 ${quantile(t, 0.95).toFixed(1).padStart(6)} ms`;
console.log(`pages: ${pages.length}`);
console.log(row('jianbao', ours));
console.log(row('readability + jsdom', base));
