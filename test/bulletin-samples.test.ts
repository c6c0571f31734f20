import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseBulletin } from '../src/bulletin/parse.js';
import { evaluate } from '../src/eval/metrics.js';
import { parseGold } from '../src/eval/gold.js';
import { BARS } from '../src/eval/report.js';
import { loadDoc, SAMPLES } from './bulletin-fixtures.js';
import { sourceFromText } from '../src/bulletin/text-source.js';

const goldFiles = readdirSync('testdata/gold').filter((f) => f.endsWith('.gold.json')).sort();

describe('bulletin parsing meets the quality bars on every gold-annotated sample', () => {
  it('has gold for all three samples', () => {
    expect(goldFiles).toEqual(['000.gold.json', '001.gold.json', '003.gold.json']);
  });

  for (const f of goldFiles) {
    it(f, () => {
      const gold = parseGold(JSON.parse(readFileSync(join('testdata/gold', f), 'utf8')), f);
      const path = join('samples', gold.file);
      const r = evaluate(gold, parseBulletin(loadDoc(path)), readFileSync(path, 'utf8'));
      expect(r.titleF1).toBeGreaterThanOrEqual(BARS.titleF1);
      expect(r.sectionAccuracy).toBe(1);
      expect(r.bodyBoundaryAccuracy).toBeGreaterThanOrEqual(BARS.bodyBoundaryAccuracy);
      expect(Math.abs(r.coverage - 1)).toBeLessThanOrEqual(BARS.coverageTolerance);
      expect(r.headerLeaks).toEqual([]);
      expect(r.bylineAccuracy).toBe(1);
      expect(r.publicationOk && r.issueDateOk).toBe(true);
    });
  }
});

describe('parseBulletin on the weekly bulletin 003', () => {
  const b = parseBulletin(loadDoc(SAMPLES.bulletin003));

  it('reads the masthead from the repeating header block', () => {
    expect(b.publication).toBe('信息产业监测');
    expect(b.issueDate).toBe('2021-10-21');
  });

  it('finds the five sections in order and puts every article under one', () => {
    expect(b.sections).toEqual(['产业环境', '运营竞争', '技术情报', '企业情报', '海外借鉴']);
    expect(b.articles.every((a) => a.section !== null)).toBe(true);
  });

  it('keeps 专家观点 sidebars and their expert headings inside the preceding article', () => {
    const chip = b.articles.find((a) => a.title === 'VR 芯片：夯实虚拟世界硬件地基')!;
    expect(chip.subheads).toContain('专家观点');
    expect(chip.subheads).toContain('上海海思总裁熊伟：XR是下一代计算平台');
    expect(chip.body.split('\n\n')).toContain('专家观点');
    expect(chip.body.endsWith('与合作伙伴共同引领产业发展。')).toBe(true);
  });

  it('runs an article across a header block that cuts a sentence, and drops the block', () => {
    const a = b.articles.find((x) => x.title === '工信部：汽车芯片短缺问题预计四季度有所缓解')!;
    expect(a.body).toContain('前三季度累计下架408款拒不整改的App；');
    expect(a.body).not.toContain('信息产业监测');
    expect(a.body).not.toMatch(/Page \d/);
  });

  it('separates paragraphs with exactly one blank line and records provenance and pages', () => {
    for (const a of b.articles) {
      expect(a.body).not.toMatch(/\n{3,}/);
      expect(a.body).not.toMatch(/^\n|\n$/);
      expect(a.lineStart).toBeLessThanOrEqual(a.lineEnd);
      expect(a.page).toBeGreaterThanOrEqual(1);
    }
    const first = b.articles[0];
    expect(first.lineStart).toBe(4);
    expect(first.lineEnd).toBe(118);
  });
});

describe('parseBulletin on the briefs', () => {
  it('takes the （产业所 X 整理） credit as byline and numbered headings as sub-heads (001)', () => {
    const b = parseBulletin(loadDoc(SAMPLES.brief001));
    expect(b.sections).toEqual([]);
    expect(b.articles.map((a) => a.byline)).toEqual([
      '（产业所 苏楠 整理）', '（产业所 朱焕焕 整理）', '（产业所 王罗汉 整理）', '（产业所 陈健 整理）', '（产业所 冉美丽 整理）',
    ]);
    const science = b.articles[1];
    expect(science.subheads).toHaveLength(6);
    expect(science.body).toContain('发布主题为“2020');
    expect(science.body).not.toMatch(/主\s*4\s*题/);
  });

  it('drops the web-print URL footers at page breaks (000)', () => {
    const b = parseBulletin(loadDoc(SAMPLES.brief000));
    expect(b.articles).toHaveLength(6);
    expect(b.articles.some((a) => a.body.includes('ofweek'))).toBe(false);
    expect(b.articles[4].body).toContain('分别达 6270万人和 222.9 万人。');
  });
});

describe('parseBulletin on a file holding the same text twice', () => {
  const twice = (path: string) => {
    const text = readFileSync(path, 'utf8');
    return { once: parseBulletin(sourceFromText(path, text)), twice: parseBulletin(sourceFromText(path, `${text}\n${text}`)) };
  };

  it('reads both copies whole: lines recurring beside the same text are copied text, not running headers', () => {
    const { once, twice: both } = twice(SAMPLES.brief000);
    const n = once.articles.length;
    expect(both.articles).toHaveLength(2 * n);
    for (let k = 0; k < n; k++) {
      expect(both.articles[n + k].title).toBe(once.articles[k].title);
      expect(both.articles[n + k].body).toBe(once.articles[k].body);
    }
    expect(both.publication).toBe(once.publication);
  });

  it('keeps every article of the weekly issue twice and removes only its running headers', () => {
    const { once, twice: both } = twice(SAMPLES.bulletin003);
    for (const a of once.articles) expect(both.articles.filter((b) => b.title === a.title)).toHaveLength(2);
    expect(both.sections).toEqual([...once.sections, ...once.sections]);
    expect(both.articles.some((a) => /Page \d/.test(a.body))).toBe(false);
  });
});
