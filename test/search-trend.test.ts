import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { trendSvg } from '../src/search/chart.js';
import { rising } from '../src/search/rising.js';
import { bucketCounts, bucketLabel, bucketStart } from '../src/search/trend.js';
import { openStore } from '../src/store/open.js';
import type { Article } from '../src/types.js';
import { BACKENDS } from './backends.js';
import { lines, runCli } from './cli-run.js';

const dir = mkdtempSync(join(tmpdir(), 'jianbao-trend-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('trend buckets', () => {
  it('uses ISO weeks across year ends', () => {
    expect(bucketStart('2021-01-03', 'week')).toBe('2020-12-28');
    expect(bucketLabel('2020-12-28', 'week')).toBe('2020-W53');
    expect(bucketLabel(bucketStart('2021-01-04', 'week'), 'week')).toBe('2021-W01');
    expect(bucketLabel(bucketStart('2019-12-30', 'week'), 'week')).toBe('2020-W01');
    expect(bucketLabel(bucketStart('2021-10-21', 'week'), 'week')).toBe('2021-W42');
  });

  it('sums per bucket and fills gaps with zeros', () => {
    const counts = [
      { date: '2021-01-05', count: 2 },
      { date: '2021-01-31', count: 1 },
      { date: '2021-04-02', count: 4 },
    ];
    expect(bucketCounts(counts, 'month').map((p) => [p.bucket, p.count])).toEqual([
      ['2021-01', 3],
      ['2021-02', 0],
      ['2021-03', 0],
      ['2021-04', 4],
    ]);
    const weeks = bucketCounts(counts, 'week', { from: '2020-12-30', to: '2021-01-20' });
    expect(weeks.map((p) => [p.bucket, p.start, p.count])).toEqual([
      ['2020-W53', '2020-12-28', 0],
      ['2021-W01', '2021-01-04', 2],
      ['2021-W02', '2021-01-11', 0],
      ['2021-W03', '2021-01-18', 0],
    ]);
    expect(bucketCounts([], 'month')).toEqual([]);
  });

  it('ranks what rose most against the previous period', () => {
    const now = [{ value: '华为', count: 5 }, { value: '芯片', count: 9 }, { value: '苹果', count: 2 }];
    const before = [{ value: '芯片', count: 8 }, { value: '苹果', count: 4 }];
    expect(rising(now, before)).toEqual([
      { value: '华为', count: 5, previous: 0, change: 5 },
      { value: '芯片', count: 9, previous: 8, change: 1 },
    ]);
  });
});

describe('trend chart', () => {
  it('renders a well-formed SVG with one bar per bucket and Chinese labels', () => {
    const points = bucketCounts([{ date: '2021-01-05', count: 3 }, { date: '2021-03-02', count: 1 }], 'month');
    const svg = trendSvg(points, '“芯片” 相关文章数');
    expect(XMLValidator.validate(svg)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(svg) as { svg: Record<string, string> };
    expect(doc.svg['@_width']).toBe('900');
    expect(svg).toContain('“芯片” 相关文章数');
    expect(svg).toContain('Noto Sans CJK SC');
    for (const label of ['2021-01', '2021-02', '2021-03']) expect(svg).toContain(`>${label}<`);
  });
});

describe.each(BACKENDS)('jianbao trend and top on the $name store', (backend) => {
  it('prints zero-filled counts, writes the SVG, and lists risers', async () => {
    const db = await backend.fresh();
    const store = await openStore(db);
    const art = (title: string, body: string): Article => ({ section: null, title, byline: null, subheads: [], body, captions: [], page: null, lineStart: 1, lineEnd: 1 });
    const dates = ['2021-08-02', '2021-10-04', '2021-10-18'];
    for (const [k, date] of dates.entries()) {
      await store.issues.import(
        { path: `f${k}.txt`, sha256: String(k).repeat(64), bytes: 1, encoding: 'utf-8', kind: 'text' },
        { publication: '测试刊', issueDate: date, sections: [], warnings: [], articles: [art('芯片短缺', '汽车芯片短缺问题。'), art('数字经济', '推动数字经济健康发展。')] },
      );
    }
    const ids = (await store.articles.list()).map((a) => a.id);
    await store.articles.setFacts(ids[4], { entities: [{ name: '华为', type: 'organization', count: 1 }] });
    await store.close();

    const svg = join(dir, `trend-${backend.name}.svg`);
    const r = await runCli(['trend', '芯片', '--db', db, '--by', 'month', '--svg', svg]);
    expect(r.stderr).toBe('');
    expect(lines(r.stdout).slice(0, 3).map((l) => l.split(/\s+/).slice(0, 2))).toEqual([['2021-08', '1'], ['2021-09', '0'], ['2021-10', '2']]);
    expect(XMLValidator.validate(readFileSync(svg, 'utf8'))).toBe(true);

    const top = await runCli(['top', '--entities', '--db', db, '--days', '30', '--json']);
    expect(JSON.parse(top.stdout)).toMatchObject({ period: { from: '2021-09-19', to: '2021-10-18' }, risers: [{ value: '华为技术有限公司', count: 1, previous: 0 }] });

    const bad = await runCli(['top', '--db', db]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('jianbao: top: --entities 和 --tags 只能给一个 (give exactly one of --entities or --tags)\n');
    const empty = await runCli(['search', '', '--db', db]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toBe('jianbao: query: 检索式为空，请输入检索词或筛选条件，如 tag:芯片 (empty; give words to search for, or a filter such as tag:芯片)\n');
    const found = await runCli(['search', '芯片', '--db', db, '--json']);
    expect(JSON.parse(found.stdout)).toMatchObject({ total: 3, hits: [{ titleHighlight: '<mark>芯片</mark>短缺' }, {}, {}] });
    // The store may also be named by JIANBAO_DB.
    const byEnv = await runCli(['search', '数字经济', '--json'], { JIANBAO_DB: db });
    expect(JSON.parse(byEnv.stdout)).toMatchObject({ total: 3 });
    const odd = await runCli(['search', `芯片' *:* (; |`, '--db', db, '--json']);
    for (const line of lines(odd.stderr)) expect(line).toMatch(/^jianbao: warning: .*nothing searchable in it/);
    expect(JSON.parse(odd.stdout)).toMatchObject({ total: 3 });
    // Seven CLI processes: on a loaded shared machine each start-up alone has taken 10 s.
  }, 180_000);

  it('reads the search words as typed: exclusions are words, options are options', async () => {
    const db = await backend.fresh();
    const store = await openStore(db);
    const art = (title: string, body: string): Article => ({ section: null, title, byline: null, subheads: [], body, captions: [], page: null, lineStart: 1, lineEnd: 1 });
    await store.issues.import(
      { path: 'w.txt', sha256: 'w'.repeat(64), bytes: 1, encoding: 'utf-8', kind: 'text' },
      { publication: '测试刊', issueDate: '2021-10-04', sections: [], warnings: [], articles: [art('芯片短缺', '汽车芯片短缺问题。'), art('芯片设计', '国产芯片设计。'), art('数字经济', '推动数字经济健康发展。')] },
    );
    const ids = (await store.articles.list()).map((a) => a.id);
    await store.articles.setFacts(ids[0], { entities: [{ name: '工信部', type: 'organization', count: 1 }] });
    await store.articles.setFacts(ids[1], { entities: [{ name: '中华人民共和国工业和信息化部', type: 'organization', count: 1 }] });
    await store.close();
    // Exclusions are words of the query and options stay options, before or after `--`.
    const typed = await runCli(['search', '芯片', '-汽车', '--limit', '1', '--db', db]);
    expect(typed.stderr).toBe('');
    expect(lines(typed.stdout).slice(0, 2)).toEqual(['1 article matches 芯片 -汽车; 1-1 shown', '1. 【芯片】设计']);
    // Too few articles hold every term: those holding all but one follow, saying which term they miss.
    const partial = await runCli(['search', '芯片', '国产', '--db', db]);
    expect(lines(partial.stdout)[0]).toBe('1 article matches 芯片 国产; 1 more holds all its terms but one; 1-2 shown');
    expect(partial.stdout).toMatch(/\n2\. 【芯片】短缺\n {3}2021-10-04 · 测试刊 {2}#\d+\n {3}缺少：国产\n/);
    const dashed = await runCli(['search', '--', '-汽车', '芯片', '--limit', '5', '--db', db, '--json']);
    expect(JSON.parse(dashed.stdout)).toMatchObject({ total: 1, hits: [{ title: '芯片设计' }] });
    // An entity counts over time by any of its names.
    const byAlias = await runCli(['trend', '--entity', '工业和信息化部', '--db', db, '--json']);
    expect(JSON.parse(byAlias.stdout)).toMatchObject([{ bucket: '2021-10', count: 2 }]);
    const typo = await runCli(['search', '芯片', '--limt', '5', '--db', db]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe("jianbao: unknown option '--limt' (an exclusion is -word, with one dash)\n");
    // Five CLI processes: on a loaded shared machine each start-up alone has taken 10 s.
  }, 150_000);
});

describe('jianbao bench gen', () => {
  it('fills the store named by --db and prints the rate; a missing sample folder is one line, exit 1', async () => {
    const db = join(dir, 'bench.db');
    const run = await runCli(['bench', 'gen', '--articles', '30', '--db', db]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+ articles in [\d.]+ s: \d+ articles\/s \(\d+ per CPU second, \d+ per CPU second of the writer thread\) indexed into .*bench\.db\n$/);
    const bad = await runCli(['bench', 'gen', '--articles', '30', '--samples', join(dir, 'none'), '--db', db]);
    expect(bad).toMatchObject({ code: 1, stdout: '' });
    expect(bad.stderr).toMatch(/^jianbao: .*none: cannot read sample folder/);
  }, 60_000);
});
