import { describe, expect, it } from 'vitest';
import { isBareName, isCaption, isCommentatorLine, isCredit, splitTrailingCredit } from '../src/clean/credit-patterns.js';
import { isExpertHeading } from '../src/segment/roles.js';
import { findDate } from '../src/clean/dates.js';
import { cleanLines } from '../src/clean/index.js';
import { classify, DEFAULT_OPTIONS } from '../src/segment/kinds.js';
import { loadDoc, SAMPLES } from './bulletin-fixtures.js';

describe('credits, bylines and captions', () => {
  it('recognises credit and reporter lines', () => {
    for (const t of ['（产业所 苏楠 整理）', '▶ 本报记者 张三', '北京商报记者 李四', '记者 王五', '（记者 王芳）', '本报评论员', '特约评论员 张明']) {
      expect(isCredit(t), t).toBe(true);
    }
  });

  it('reads a commentary\u2019s signature by the house or by an outlet\u2019s name, and no headline about commentators', () => {
    for (const t of ['本报评论员', '本台特约评论员', '北疆日报特约评论员', '新华社评论员', '评论员 张明', '▶ 本报评论员']) {
      expect(isCommentatorLine(t), t).toBe(true);
      expect(isCredit(t), t).toBe(true);
    }
    for (const t of ['争做优秀网络评论员', '评论员认为', '本报记者 张三']) expect(isCommentatorLine(t), t).toBe(false);
  });

  it('does not take sentences about reporters for credits', () => {
    for (const t of ['记者了解到，即将提请审议的反电信网络诈骗法草案', '（以下简称《规划》）', '专家观点', '评论员认为']) {
      expect(isCredit(t), t).toBe(false);
    }
  });

  it('recognises photo captions', () => {
    for (const t of ['新华社记者 李鑫/摄', '张三 摄', '图为工人正在检修设备。', '（图片来源：网络）']) {
      expect(isCaption(t), t).toBe(true);
    }
    expect(isCaption('会上发布的数据显示，前三季度规模以上工业增加值同比增长11.8%。')).toBe(false);
  });

  it('separates a credit glued to the last sentence without losing a character', () => {
    expect(splitTrailingCredit('发展意义重大。（产业所 苏楠 整理）')).toEqual({ body: '发展意义重大。', credit: '（产业所 苏楠 整理）' });
    expect(splitTrailingCredit('未来可期。▶本报记者 张三')).toEqual({ body: '未来可期。', credit: '▶本报记者 张三' });
    expect(splitTrailingCredit('《规划》（以下简称《规划》）')).toBeNull();
  });

  it('takes short bare names only', () => {
    expect(isBareName('李华')).toBe(true);
    expect(isBareName('张三 李四')).toBe(true);
    expect(isBareName('专家观点')).toBe(false);
  });

  it('recognises expert headings in sidebars, not headline colons', () => {
    expect(isExpertHeading('上海海思总裁熊伟：XR是下一代计算平台')).toBe(true);
    expect(isExpertHeading('VR 显示：多种技术争奇斗艳')).toBe(false);
  });
});

describe('dates', () => {
  it('reads the usual date forms as ISO dates', () => {
    expect(findDate('©2021 询合作需要 … 400-007-6879  2021.10.21')).toBe('2021-10-21');
    expect(findDate('2021年10月21日 星期四')).toBe('2021-10-21');
    expect(findDate('2019-7-3')).toBe('2019-07-03');
    expect(findDate('400-007-6879')).toBeNull();
  });
});

describe('paragraph kinds on 003', () => {
  const { paras, model } = cleanLines(loadDoc(SAMPLES.bulletin003).lines);
  const kinds = classify(paras, model, DEFAULT_OPTIONS);

  it('finds the section headings, including the one without a page break after it (海外借鉴)', () => {
    expect(paras.filter((_, i) => kinds[i] === 'section').map((p) => p.lineStart)).toEqual([1, 1326, 1633, 2388, 3222]);
  });

  it('finds unknown sections by shape when the prior list is empty', () => {
    const k = classify(paras, model, { ...DEFAULT_OPTIONS, knownSections: [] });
    expect(paras.filter((_, i) => k[i] === 'section').map((p) => p.text)).toEqual(['产业环境', '运营竞争', '技术情报', '企业情报', '海外借鉴']);
  });

  it('takes a question right after a sub-heading for body (003 line 3260)', () => {
    const i = paras.findIndex((p) => p.lineStart === 3260);
    expect(kinds[i]).toBe('body');
  });
});
