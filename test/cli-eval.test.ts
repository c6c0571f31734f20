/** `jianbao eval GOLD FILE [--json]` run as a user runs it, on a text dump and on the same bulletin printed to PDF. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, makeBulletinPdf } from '../scripts/make-test-pdf.js';
import { evaluateFiles, formatReport } from '../src/eval/index.js';
import { lines, runCli, SAMPLES } from './cli-run.js';

const GOLD = 'testdata/gold/001.gold.json';
const dir = mkdtempSync(join(tmpdir(), 'jianbao-cli-eval-'));
const pdf = join(dir, '001.pdf');

beforeAll(async () => {
  const browser = await launchChromium();
  try {
    await makeBulletinPdf(browser, SAMPLES[1], GOLD, pdf);
  } finally {
    await browser.close();
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('jianbao eval', () => {
  it('prints the figures of `npm run eval` for a text dump and exits 0 when the bars are met', async () => {
    const run = await runCli(['eval', GOLD, SAMPLES[1]]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(`${formatReport(await evaluateFiles(GOLD, SAMPLES[1]))}\n`);
    expect(lines(run.stdout)[0]).toMatch(/^001_3ce07ccd5b8eeddb\.txt: PASS /);
  });

  it('scores a PDF of the same bulletin against the same gold, as JSON on request', async () => {
    const run = await runCli(['eval', GOLD, pdf, '--json']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ file: '001.pdf', gold: 5, matched: 5, titleF1: 1, sectionAccuracy: 1, headerLeaks: [], pass: true });
    expect(Math.abs(out.coverage - 1)).toBeLessThanOrEqual(0.01);
  });

  it('exits 1 and lists the misses when a bar is missed', async () => {
    const run = await runCli(['eval', GOLD, SAMPLES[0]]);
    expect(run.code).toBe(1);
    expect(lines(run.stdout)[0]).toMatch(/: FAIL /);
    expect(run.stdout).toContain('missed title: ');
  });

  it('names the file and the problem in one line for a bad gold file or a missing input', async () => {
    const notGold = join(dir, 'not-gold.json');
    writeFileSync(notGold, JSON.stringify({ file: 'x.txt' }));
    const cases: [string[], RegExp][] = [
      [['eval', SAMPLES[1], SAMPLES[1]], /^jianbao: samples\/001_3ce07ccd5b8eeddb\.txt: not valid JSON/],
      [['eval', notGold, SAMPLES[1]], /^jianbao: \S+not-gold\.json: not a gold annotation/],
      [['eval', join(dir, 'nope.json'), SAMPLES[1]], /^jianbao: \S+nope\.json: no such file/],
      [['eval', GOLD, join(dir, 'nope.pdf')], /^jianbao: \S+nope\.pdf: 没有这个文件或文件夹 \(no such file/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(args);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stdout).toBe('');
      expect(lines(run.stderr), args.join(' ')).toHaveLength(1);
      expect(run.stderr).toMatch(message);
    }
  });
});
