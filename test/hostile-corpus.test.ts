/**
 * The bad-input corpus (testdata/hostile/README.md): every item through parse, import (both backends, and the CLI),
 * extract and fetch. Each gives a correct result or a clear one-line error naming the input, and a failure leaves
 * the store as it was (the time each item takes, against its size, is measured by `npm run bench:hostile`). Large items are generated
 * (scripts/hostile-inputs.ts); web items are served on 127.0.0.1, the one network these fetches allow.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalPdf, nestedDivs, singleLine } from '../scripts/hostile-inputs.js';
import { errorLine } from '../src/cli/errors.js';
import { extractArticle } from '../src/extract/index.js';
import { createFetcher, fetchArticle, FetchError } from '../src/fetch/index.js';
import { importFile } from '../src/pipeline/import-file.js';
import { readBulletin } from '../src/pipeline/read-bulletin.js';
import { fetchDue } from '../src/sources/fetch-loop.js';
import { openStore } from '../src/store/open.js';
import type { Bulletin } from '../src/types.js';
import { BACKENDS } from './backends.js';
import { expectSameData } from './same-data.js';
import { lines, ROOT, runCli } from './cli-run.js';

const HOSTILE = join(ROOT, 'testdata/hostile');
const MB = 1024 * 1024;
/** Control characters that must never come out of the pipeline (see src/ingest/control-chars.ts). */
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;


/** Several items are one issue in other encodings: each is to be stored as its own, not reported as the same issue. */
const KEEP_BOTH = { sameIssue: 'keep-both' } as const;

/** One file of the corpus: what reading it must give. */
interface Item {
  name: string;
  path: string;
  /** A one-line error matching this, or a bulletin passing this check. */
  outcome: RegExp | ((b: Bulletin) => void);
}

let dir: string;
const items: Item[] = [];

const titles = (b: Bulletin) => b.articles.map((a) => a.title);
const twoArticles = (b: Bulletin) => expect(titles(b)).toEqual(['工信部发布通信业运行情况', '新型基础设施建设持续推进']);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jianbao-hostile-'));
  const gen = (name: string, bytes: Buffer | string) => {
    writeFileSync(join(dir, name), bytes);
    return join(dir, name);
  };
  const committed = (name: string) => join(HOSTILE, name);
  const brief = readFileSync(join(ROOT, 'samples/000_3cef4383265ce24c.txt'), 'utf8');
  const pdf = minimalPdf(['Industry Weekly', 'Telecom revenue grew in the third quarter', 'Operators expanded gigabit fibre and 5G coverage.']);
  items.push(
    { name: 'one 1 MB line', path: gen('long-line-1mb.txt', singleLine(MB, 'synthetic')), outcome: (b) => expect(b.articles.length).toBeGreaterThan(0) },
    { name: '100k nested divs', path: gen('nested-divs-100k.html', nestedDivs(100_000)), outcome: (b) => expect(b.articles.map((a) => a.body).join('')).toContain('嵌套最深处') },
    { name: '100k unclosed divs', path: gen('unclosed-divs-100k.html', nestedDivs(100_000, false)), outcome: (b) => expect(b.articles.map((a) => a.body).join('')).toContain('嵌套最深处') },
    { name: 'ESC sequences in a title', path: committed('esc-title.txt'), outcome: (b) => expect(b.warnings.join('\n')).toMatch(/5 control character\(s\)/) },
    { name: 'bidi override in a title', path: committed('bidi-title.txt'), outcome: (b) => expect(titles(b)[1]).toBe('新型基础\ufffd设施建设\ufffd持续推进') },
    { name: 'ESC in an HTML title', path: committed('esc-page.html'), outcome: (b) => expect(b.warnings.join('\n')).toMatch(/control character/) },
    { name: 'GBK text', path: committed('gbk.txt'), outcome: twoArticles },
    { name: 'UTF-16 without BOM', path: committed('utf16le-no-bom.txt'), outcome: twoArticles },
    { name: 'the same issue twice in one file', path: gen('twice.txt', `${brief}\n${brief}`), outcome: (b) => {
      expect(b.articles).toHaveLength(12);
      expect(titles(b).slice(6)).toEqual(titles(b).slice(0, 6));
    } },
    { name: 'Shift-JIS text', path: committed('shift-jis.txt'), outcome: (b) => expect(b.warnings.join('\n')).toMatch(/read as Shift-JIS/) },
    { name: 'entity bomb as a file', path: committed('feed-entity-bomb.xml'), outcome: (b) => expect(b.articles.length).toBeGreaterThan(0) },
    { name: 'a text-layer PDF', path: gen('minimal.pdf', pdf), outcome: (b) => expect(titles(b)).toContain('Industry Weekly') },
    { name: 'binary bytes', path: committed('binary.bin'), outcome: /这是二进制文件，不是文本 \(binary file/ },
    { name: 'empty file', path: committed('empty.txt'), outcome: /空文件 \(empty file\)$/ },
    { name: 'only whitespace', path: committed('whitespace.txt'), outcome: /空文件，只有空白 \(empty file \(only whitespace\)\)$/ },
    { name: 'no known encoding', path: committed('not-utf8-not-gbk.txt'), outcome: /无法识别文字编码.* \(cannot decode text/ },
    { name: 'truncated PDF', path: gen('truncated.pdf', pdf.subarray(0, pdf.length >> 1)), outcome: /PDF 文件不完整或已损坏.* \(truncated or damaged PDF/ },
    { name: 'a folder', path: join(dir, 'folder'), outcome: /这是文件夹，不是文件 \(is a directory, not a file\)$/ },
    { name: 'a missing file', path: join(dir, 'missing.txt'), outcome: /没有这个文件或文件夹 \(no such file or directory\)$/ },
  );
  mkdirSync(join(dir, 'folder'));
  if (existsSync('/usr/bin/qpdf')) {
    execFileSync('/usr/bin/qpdf', ['--encrypt', 'user-pw', 'owner-pw', '256', '--', join(dir, 'minimal.pdf'), join(dir, 'encrypted.pdf')]);
    items.push({ name: 'encrypted PDF', path: join(dir, 'encrypted.pdf'), outcome: /PDF 已加密，需要密码 \(encrypted PDF \(password required\)\)$/ });
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Asserts the error is one line `jianbao: <path>: <problem>` matching `outcome`. */
function expectCleanError(err: unknown, item: Item): void {
  const line = errorLine(err);
  expect(line, item.name).toMatch(new RegExp(`^jianbao: ${item.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
  expect(line, item.name).toMatch(item.outcome as RegExp);
  expect(line, item.name).not.toMatch(/\n|\s+at |Error:/);
}

describe('the bad-input corpus', () => {
  it('parses every item to a correct bulletin or a clear error', async () => {
    for (const item of items) {
      const read = await readBulletin(item.path).then((r) => r, (err: unknown) => err);
      if (item.outcome instanceof RegExp) {
        expect(read, item.name).toBeInstanceOf(Error);
        expectCleanError(read, item);
      } else {
        expect(read, item.name).not.toBeInstanceOf(Error);
        const { bulletin } = read as { bulletin: Bulletin };
        item.outcome(bulletin);
        for (const a of bulletin.articles) expect(`${a.title}\n${a.body}`, item.name).not.toMatch(CONTROL);
      }
    }
  }, 300_000);

  describe.each(BACKENDS)('imported into the $name store', (backend) => {
    it('stores each good item once and leaves the store unchanged after every failure', async () => {
      const location = await backend.migrated();
      const store = await openStore(location);
      try {
        for (const item of items) {
          const before = await backend.tables(location);
          const result = await importFile(item.path, store, KEEP_BOTH).then((r) => r, (err: unknown) => err);
          if (item.outcome instanceof RegExp) {
            expectCleanError(result, item);
            expectSameData(await backend.tables(location), before, item.name);
          } else {
            expect(result, item.name).toMatchObject({ status: 'imported' });
            const again = await backend.tables(location);
            expect(await importFile(item.path, store, KEEP_BOTH), item.name).toMatchObject({ status: 'unchanged' });
            expectSameData(await backend.tables(location), again, item.name);
          }
        }
        const stored = await backend.tables(location);
        for (const a of stored.articles) expect(`${a.title}\n${a.body}`).not.toMatch(CONTROL);
      } finally {
        await store.close();
      }
    }, 600_000);

    // The CLI's lines are the same on either store: one run, on the embedded one.
    it.runIf(backend === BACKENDS[0])('through the CLI: one line per failed file, the summary, no stack trace, exit 1', async () => {
      const location = await backend.migrated();
      const run = await runCli(['import', ...items.map((i) => i.path), '--keep-both', '--db', location]);
      const failing = items.filter((i) => i.outcome instanceof RegExp);
      const errors = lines(run.stderr);
      expect(errors).toHaveLength(failing.length);
      for (const [n, item] of failing.entries()) expect(errors[n]).toMatch(new RegExp(`^jianbao: \\S.*: ${(item.outcome as RegExp).source.replace(/^\^/, '')}`));
      expect(run.stderr).not.toMatch(/\s+at |Unhandled|node:internal/);
      expect(lines(run.stdout).at(-1)).toBe(`${items.length} files: ${items.length - failing.length} imported, 0 unchanged, ${failing.length} failed`);
      expect(run.stdout).not.toMatch(CONTROL);
      expect(run.code).toBe(1);
    }, 300_000);
  });
});

describe('the bad-input corpus on the web', () => {
  const HOST = '127.0.0.1';
  let server: Server;
  let base: string;
  const pages: Record<string, () => [number, Record<string, string>, Buffer | string]> = {
    '/nested': () => [200, { 'content-type': 'text/html; charset=utf-8' }, nestedDivs(200_000)],
    '/unclosed': () => [200, { 'content-type': 'text/html; charset=utf-8' }, nestedDivs(200_000, false)],
    '/esc-page': () => [200, { 'content-type': 'text/html; charset=utf-8' }, readFileSync(join(HOSTILE, 'esc-page.html'))],
    // 50 MB of zeros in 50 KB of gzip: refused once the unpacked body passes the size cap.
    '/gzip-bomb': () => [200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }, gzipSync(Buffer.alloc(50 * MB))],
    '/feed-bomb.xml': () => [200, { 'content-type': 'application/rss+xml' }, readFileSync(join(HOSTILE, 'feed-entity-bomb.xml'))],
    '/feed-internal.xml': () => [200, { 'content-type': 'application/rss+xml' }, feedLinkingTo(['http://192.168.0.9/', 'http://[::1]/', 'http://0.0.0.0/', 'http://10.9.8.7/', 'http://169.254.169.254/latest/meta-data/', `${base}/esc-page`])],
    '/to-metadata': () => [302, { location: 'http://169.254.169.254/latest/meta-data/' }, ''],
  };
  const feedLinkingTo = (links: string[]) => `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>测试源</title><link>${base}/</link>${
    links.map((l, i) => `<item><title>条目\u001b[2J ${i}</title><link>${l}</link></item>`).join('')}</channel></rss>`;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const page = pages[req.url ?? ''];
      if (!page) return res.writeHead(404).end('not found');
      const [status, headers, body] = page();
      res.writeHead(status, headers).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, HOST, resolve));
    base = `http://${HOST}:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const fetcher = () => createFetcher({ retries: 0, hostDelayMs: 0, timeoutMs: 20_000, allowNetworks: [HOST] });

  it('extracts deep and broken pages, and page text without control characters', async () => {
    for (const path of ['/nested', '/unclosed']) {
      const page = await fetchArticle(`${base}${path}`, fetcher());
      expect(page.body, path).toContain('嵌套最深处');
    }
    const esc = await fetchArticle(`${base}/esc-page`, fetcher());
    expect(JSON.stringify(esc)).not.toMatch(/\\u001b|\\u202e/);
    expect(esc.warnings.join('\n')).toMatch(/control character/);
    const local = extractArticle(readFileSync(join(HOSTILE, 'esc-page.html')));
    expect(local.title).toBe(esc.title);
  }, 300_000);

  it('refuses a gzip bomb, a 404 and a redirect to the metadata address with a one-line error', async () => {
    const expectations: [string, FetchError['kind'], RegExp][] = [
      ['/gzip-bomb', 'too-large', /exceeds the \d+-byte limit/],
      ['/missing', 'http', /HTTP 404/],
      ['/to-metadata', 'refused-address', /169\.254\.169\.254 是链路本地地址，已拒绝；.* \(169\.254\.169\.254 is a link-local address: refused/],
    ];
    for (const [path, kind, message] of expectations) {
      const err = await fetchArticle(`${base}${path}`, fetcher()).then(() => null, (e: unknown) => e);
      expect(err, path).toBeInstanceOf(FetchError);
      expect((err as FetchError).kind, path).toBe(kind);
      expect(errorLine(err), path).toMatch(message);
      expect(errorLine(err), path).toMatch(new RegExp(`^jianbao: ${base.replace(/\./g, '\\.')}${path}: `));
    }
  }, 120_000);

  it('extract on the command line: a 404 and a folder are one line and exit 1', async () => {
    const missing = await runCli(['extract', `${base}/missing`, '--allow-networks', HOST]);
    expect(missing.code).toBe(1);
    expect(lines(missing.stderr)).toEqual([`jianbao: ${base}/missing: HTTP 404 Not Found`]);
    const folder = await runCli(['extract', HOSTILE]);
    expect(folder.code).toBe(1);
    expect(lines(folder.stderr)).toEqual([`jianbao: ${HOSTILE}: 这是文件夹，不是 HTML 文件 (is a folder, not an HTML file)`]);
  }, 120_000);

  describe.each(BACKENDS)('fetched into the $name store', (backend) => {
    it('stores only what the policy allows, with clean titles, and nothing from a bomb', async () => {
      const location = await backend.migrated();
      const store = await openStore(location);
      try {
        await store.sources.add({ url: `${base}/feed-bomb.xml`, name: null, section: null, everySeconds: 3600 });
        await store.sources.add({ url: `${base}/feed-internal.xml`, name: null, section: null, everySeconds: 3600 });
        const before = await backend.tables(location);
        const [bomb, internal] = await fetchDue(store, fetcher(), { signal: new AbortController().signal });
        expect(bomb.error).toMatch(/entity-expansion bomb/);
        expect(bomb.new).toBe(0);
        expect(internal).toMatchObject({ new: 1, failed: 5, error: null });
        expect(internal.warnings.filter((w) => / address: refused/.test(w))).toHaveLength(5);
        const after = await backend.tables(location);
        expect(after.source_files).toEqual(before.source_files);
        expect(after.issues).toEqual(before.issues);
        const articles = await store.articles.list();
        expect(articles.map((a) => a.web?.url)).toEqual([`${base}/esc-page`]);
        expect(`${articles[0].title}\n${articles[0].body}`).not.toMatch(CONTROL);
      } finally {
        await store.close();
      }
    }, 120_000);
  });
});
