import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { finished, lines, ROOT, runCli, SAMPLES } from './cli-run.js';
import { gb18030, utf16, utf8Bom } from './ingest-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'jianbao-cli-parse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLE_FIELDS = ['section', 'title', 'byline', 'subheads', 'body', 'captions', 'page', 'lineStart', 'lineEnd'];

describe('jianbao parse', () => {
  it('prints exactly one JSON object with the issue, its articles and their provenance', async () => {
    const run = await runCli(['parse', SAMPLES[2]]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const out = JSON.parse(run.stdout);
    expect(Array.isArray(out)).toBe(false);
    for (const key of ['publication', 'issueDate', 'sections', 'articles', 'warnings', 'source']) expect(out).toHaveProperty(key);
    expect(out.source).toMatchObject({ path: SAMPLES[2], kind: 'text', encoding: 'utf-8' });
    expect(out.articles.length).toBeGreaterThan(0);
    const lineCount = readFileSync(join(ROOT, SAMPLES[2]), 'utf8').split('\n').length;
    for (const a of out.articles) {
      for (const key of ARTICLE_FIELDS) expect(a).toHaveProperty(key);
      expect(a.lineStart).toBeGreaterThanOrEqual(1);
      expect(a.lineEnd).toBeGreaterThanOrEqual(a.lineStart);
      expect(a.lineEnd).toBeLessThanOrEqual(lineCount);
    }
  });

  it('finds the same issue in GBK, UTF-16 and UTF-8-with-BOM copies of a sample', async () => {
    const text = readFileSync(join(ROOT, SAMPLES[0]), 'utf8');
    const { source: _, ...reference } = JSON.parse((await runCli(['parse', SAMPLES[0]])).stdout);
    const copies = { 'gbk.txt': gb18030(text), 'utf16le.txt': utf16(text, 'le', true), 'utf16be.txt': utf16(text, 'be', false), 'bom.txt': utf8Bom(text) };
    const encodings: string[] = [];
    for (const [name, bytes] of Object.entries(copies)) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      const run = await runCli(['parse', path]);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      const { source, ...issue } = JSON.parse(run.stdout);
      expect(issue).toEqual(reference);
      encodings.push(source.encoding);
    }
    expect(encodings).toEqual(['gb18030', 'utf-16le', 'utf-16be', 'utf-8']);
  });

  it('prints Markdown with --format md, every article title in it', async () => {
    const json = JSON.parse((await runCli(['parse', SAMPLES[0]])).stdout);
    const run = await runCli(['parse', SAMPLES[0], '--format', 'md']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^# /);
    for (const a of json.articles) expect(run.stdout).toContain(a.title);
  });

  it('logs to stderr only with --verbose', async () => {
    const run = await runCli(['--verbose', 'parse', SAMPLES[0]]);
    expect(run.code).toBe(0);
    const logs = lines(run.stderr).map((l) => JSON.parse(l));
    expect(logs.some((l) => l.msg === 'parsed' && l.file === SAMPLES[0])).toBe(true);
    JSON.parse(run.stdout);
  });

  it.each([
    [['parse'], /^jianbao: missing required argument 'file'$/],
    [['parse', SAMPLES[0], '--format', 'pdf'], /^jianbao: option .*--format.* argument 'pdf' is invalid/],
    [['parse', SAMPLES[0], '--max-mb', 'lots'], /^jianbao: option .*--max-mb.* argument 'lots' is invalid/],
    [['frobnicate'], /^jianbao: unknown command 'frobnicate'$/],
  ])('answers a usage error %j with one line and exit code 2', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr.trim()).toMatch(message);
  });
});

describe('jianbao parse into a pipe closed early', () => {
  it('ends quietly, exit 0, when the reader stops reading', async () => {
    const pipeline = `node bin/jianbao.js parse ${SAMPLES[2]} | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`;
    const shell = spawn('bash', ['-c', pipeline], { cwd: ROOT });
    const run = await finished(shell);
    expect(run).toMatchObject({ code: 0, stdout: '0\n', stderr: '' });
  });
});
