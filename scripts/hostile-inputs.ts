/**
 * Generators for the large items of the bad-input corpus (testdata/hostile/README.md): too big to commit, the
 * same bytes every run. Used by the hostile-input test and by `npm run bench` (scripts/bench-hostile.ts).
 */
import { readFileSync } from 'node:fs';
import type { Candidate } from '../src/compose/types.js';

/** Text that is not from any sample: CJK, Latin, digits, punctuation and doubled runs, from a fixed-seed generator. */
function syntheticText(chars: number): string {
  let seed = 20261206;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const out: string[] = [];
  let n = 0;
  while (n < chars) {
    const r = next();
    let piece: string;
    if (r < 0.55) piece = String.fromCharCode(0x4e00 + Math.floor(next() * 20000));
    else if (r < 0.7) piece = 'abcdefghij'[Math.floor(next() * 10)];
    else if (r < 0.8) piece = String(Math.floor(next() * 1000));
    else if (r < 0.9) piece = '，。、；：！？（）“”'[Math.floor(next() * 11)];
    else {
      const run = String.fromCharCode(0x4e00 + Math.floor(next() * 20000), 0x4e00 + Math.floor(next() * 20000));
      piece = run + run; // a doubled run, as bold headlines come out of PDF extraction
    }
    out.push(piece);
    n += piece.length;
  }
  return out.join('').slice(0, chars);
}

/** UTF-8 bytes of one line with no line break, about `bytes` long, from a sample (seen) or generated (unseen). */
export function singleLine(bytes: number, kind: 'sample' | 'synthetic'): Buffer {
  const chars = Math.floor(bytes / 3);
  const text = kind === 'sample'
    ? readFileSync('samples/003_8913e8f3e5978f8d.txt', 'utf8').replace(/\s+/g, ' ')
    : syntheticText(1 << 18); // one block for every size, so sizes differ in length only
  return Buffer.from(text.repeat(Math.ceil(chars / text.length)).slice(0, chars), 'utf8');
}

/** A page of `depth` nested `<div>`s around one paragraph, closed (or, with `closed` false, never closed). */
export function nestedDivs(depth: number, closed = true): string {
  return `<!doctype html><html><head><title>深层嵌套</title></head><body>${'<div>'.repeat(depth)}<p>嵌套最深处的一段文字。</p>${closed ? '</div>'.repeat(depth) : ''}</body></html>`;
}

/** A one-page PDF with a text layer of `lines` (ASCII, Helvetica), written by hand: no browser needed. */
export function minimalPdf(lines: string[]): Buffer {
  const text = lines.map((l, i) => `${i ? '0 -28 Td ' : ''}(${l.replace(/[()\\]/g, '\\$&')}) Tj`).join('\n');
  const content = `BT /F1 16 Tf 72 760 Td\n${text}\nET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = Buffer.byteLength(out);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** About `bytes` of UTF-8 in a few short lines repeated over and over (each shape recurs thousands of times). */
export function repeatedLines(bytes: number): string {
  const unit = '第一行\n\n二\n标题行在这里\n';
  return unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
}

/** One sentence that never ends: `chars` characters of names and companies joined by 、 (an article's body to enrich). */
export function endlessList(chars: number): string {
  const names = ['王磊', '李娜', '张伟', '华为', '中兴通讯', '腾讯', '陈静', '小米'];
  const unit = `${names.join('、')}、`;
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

/**
 * One sentence that never ends, of figures about one company: `chars` characters of 华为营收1.2亿元，同比增长5%，… (an
 * article's body to enrich: each figure's period and subject are read from the sentence before it).
 */
export function endlessFigures(chars: number): string {
  const unit = '华为营收1.2亿元，同比增长5%，';
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

/** About `bytes` of a `pdftotext -layout` dump: a dev newspaper page's columns side by side, page after page. */
export function layoutPages(bytes: number): string {
  const page = readFileSync('testdata/unseen/dev/news-trade-d-layout.txt', 'utf8').replace(/\f/g, '').trimEnd();
  return Array.from({ length: Math.ceil(bytes / Buffer.byteLength(page)) }, () => page).join('\n\f');
}

/**
 * A fixed-seed generator in [0, 1) whose products stay exact (32-bit), so it does not fall into a short cycle as
 * an LCG computed in doubles does.
 */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** Fixed-seed ideographs: `n` of them, from `next` (a generator in [0, 1)). */
function ideographs(next: () => number, n: number): string {
  return Array.from({ length: n }, () => String.fromCharCode(0x4e00 + Math.floor(next() * 20000))).join('');
}

/** Lines from `line(i, next)` up to about `bytes` of UTF-8, one fixed-seed generator for every size. */
function shortLines(bytes: number, line: (i: number, next: () => number) => string): string {
  const next = seeded(20261207);
  const out: string[] = [];
  for (let n = 0, i = 0; n < bytes; i++) {
    const l = line(i, next);
    out.push(l);
    n += Buffer.byteLength(l) + 1;
  }
  return `${out.join('\n')}\n`;
}

/** About `bytes` of a table dumped as one block: a short row of cells a line (`| 名称 | 12.5 | 40% |`), no blank line. */
export function tableRows(bytes: number): string {
  return shortLines(bytes, (_, next) => `| ${ideographs(next, 2)} | ${(next() * 1000).toFixed(1)} | ${Math.floor(next() * 100)}% |`);
}

/** About `bytes` of cells set apart by runs of spaces (`名称    简称    12`): read as a `-layout` dump, one page. */
export function spacedCells(bytes: number): string {
  return shortLines(bytes, (_, next) => `${ideographs(next, 3)}    ${ideographs(next, 4)}    ${Math.floor(next() * 100)}`);
}

/** About `bytes` of short lines, every third a reporter's credit and every third a photo caption. */
export function creditLines(bytes: number): string {
  return shortLines(bytes, (i, next) => [`本报记者 ${ideographs(next, 3)}`, `图为${ideographs(next, 6)}`, ideographs(next, 5 + Math.floor(next() * 10))][i % 3]);
}

/**
 * A period of `n` articles to draft an issue from, one in ten a reprint of the one before (the same story twice):
 * bodies of 300 generated ideographs, each its own.
 */
export function periodCandidates(n: number): Candidate[] {
  const next = seeded(20261207);
  const sections = ['要闻', '产业', '市场', '政策', '企业', '国际'];
  const bodies: string[] = [];
  return Array.from({ length: n }, (_, k) => {
    bodies.push(k % 10 === 9 ? bodies[k - 1] : ideographs(next, 300));
    return {
      articleId: k + 1, title: `第${k + 1}篇${bodies[k].slice(0, 12)}`, section: sections[k % sections.length],
      byline: null, subheads: [], body: bodies[k], source: '简报', date: '2026-12-01',
    };
  });
}
