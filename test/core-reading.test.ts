import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateFile, extractPage, parseFile, resolveConfig } from '../src/core/index.js';
import { SAMPLES } from './cli-run.js';
import { rejection } from './core-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'jianbao-reading-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const config = resolveConfig();

describe('reading one input without a store', () => {
  it('parses a bulletin into the issue parse prints and its Markdown; with enrich each article carries the fields', async () => {
    const { issue, markdown } = await parseFile(config, SAMPLES[2]);
    expect(issue.source).toMatchObject({ path: SAMPLES[2], kind: 'text', encoding: 'utf-8' });
    expect(issue.articles.length).toBeGreaterThan(20);
    expect(issue.articles[0]).not.toHaveProperty('summary');
    expect(markdown).toContain(`## ${issue.articles[0].title}`);
    const enriched = await parseFile(config, SAMPLES[2], { enrich: true });
    for (const a of enriched.issue.articles) {
      for (const f of ['predictedSection', 'tags', 'entities', 'figures', 'dates', 'keywords', 'summary']) expect(a).toHaveProperty(f);
      expect(a).not.toHaveProperty('fingerprint');
    }
    expect(enriched.markdown).toContain('> 摘要：');
  }, 60_000);

  it('tells a missing file (not found) from a bad or oversized one (invalid input), under the config cap', async () => {
    expect(await rejection(parseFile(config, join(dir, 'nope.txt')))).toMatchObject({ kind: 'not-found', message: `${join(dir, 'nope.txt')}: 没有这个文件或文件夹 (no such file or directory)` });
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    expect(await rejection(parseFile(config, empty))).toMatchObject({ kind: 'invalid-input', message: `${empty}: 空文件 (empty file)` });
    const small = resolveConfig({ flags: { maxInputBytes: 1000 } });
    expect(await rejection(parseFile(small, SAMPLES[0]))).toMatchObject({ kind: 'invalid-input', message: /文件过大（.*，上限 1000 bytes） \(file too large \(.*; the limit is 1000 bytes\)\)$/ });
  });

  it('extracts a saved web page; a folder or a missing file is one line naming it', async () => {
    const page = join(dir, 'page.html');
    const body = '据介绍，有关方面将进一步完善政策措施，加强统筹协调，推动产业链上下游协同发展，为行业高质量发展提供有力支撑。'.repeat(3);
    writeFileSync(page, `<!DOCTYPE html><html><head><meta charset="utf-8"><title>测试新闻标题_新闻中心</title></head><body><div class="nav"><a href="/">首页</a></div><h1>测试新闻标题</h1><div class="content"><p>${body}</p><p>${body}</p></div></body></html>`);
    const got = await extractPage(config, page);
    expect(got.title).toBe('测试新闻标题');
    expect(got.body).toContain('推动产业链上下游协同发展');
    expect(await rejection(extractPage(config, dir))).toMatchObject({ kind: 'invalid-input', message: `${dir}: 这是文件夹，不是 HTML 文件 (is a folder, not an HTML file)` });
    expect(await rejection(extractPage(config, join(dir, 'gone.html')))).toMatchObject({ kind: 'not-found', message: `${join(dir, 'gone.html')}: 没有这个文件 (no such file)` });
  });

  it('refuses to fetch an internal address unless the config allows it', async () => {
    const err = await rejection(extractPage(config, 'http://127.0.0.1/page.html'));
    expect(err.message).toMatch(/^http:\/\/127\.0\.0\.1\/page\.html: /);
    expect(err.message).toMatch(/loopback|internal/);
  });

  it('scores a parse against its gold annotation', async () => {
    const { report, pass, text } = await evaluateFile(config, 'testdata/gold/003.gold.json', SAMPLES[2]);
    expect(pass).toBe(true);
    expect(report.titleF1).toBeGreaterThan(0.9);
    expect(text).toMatch(/title/i);
  }, 60_000);
});
