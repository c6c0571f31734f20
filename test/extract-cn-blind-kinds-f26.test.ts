/**
 * The kinds of page the blind held-out parts 38 and 39 missed (round f26, dev-templates-ak.ts): an outlet opening on
 * digits right after the time, an outlet's bracketed dateline opening the text, a standfirst above the information
 * line, an unlabelled outlet opening on a Latin brand beside the writer, a WeChat account after `公众号：`.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/index.js';
import { scoreCnPage } from '../src/extract/cn-gold-score.js';
import { readCnMetaLines } from '../src/extract/cn-meta.js';
import { dropBracketedHeadline, telegraphHeadline } from '../src/extract/cn-body-edges.js';
import { loadCnPages } from '../scripts/web-cn-pages.js';

const page = (head: string, body: string): string => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const text =
  '<p>近日，工业和信息化部发布数据显示，前三季度我国电子信息制造业增加值同比增长17.9%，增速比上年同期提高11.8个百分点。</p>' +
  '<p>分析人士认为，随着5G、数据中心等新型基础设施建设加快推进，电子信息制造业将继续保持较快增长。</p>' +
  '<p>业内人士表示，下一步将继续推动产业链上下游协同，加快关键环节补链强链。</p>';

describe('the dev pages of round f26', () => {
  it('gets every field of every page right', () => {
    const dev = loadCnPages('dev').filter((p) => /^g-(digitoutlet|bracketdateline|standfirst|latinoutlet|accountlabel)-/.test(p.name));
    expect(dev.length).toBe(10);
    for (const p of dev) expect(scoreCnPage(p.gold, extractArticle(p.bytes, { url: p.gold.url })).misses, p.name).toEqual([]);
  });
});

describe('a time followed by an outlet opening on digits', () => {
  it('reads the digits as the outlet’s, not as seconds', () => {
    const got = readCnMetaLines(['2024-03-15 06:50 21世纪经济报道']);
    expect(got.published).toBe('2024-03-15T06:50:00');
    expect(got.source).toBe('21世纪经济报道');
  });

  it('still reads seconds after a colon or before 秒', () => {
    expect(readCnMetaLines(['2024-03-15 06:50:21 来源：某某网']).published).toBe('2024-03-15T06:50:21');
    expect(readCnMetaLines(['2024年3月15日10时30分21秒 来源：某某网']).published).toBe('2024-03-15T10:30:21');
  });
});

describe('an outlet’s bracketed dateline', () => {
  it('is no headline and stays the text’s opening', () => {
    const first = '【某某网科技综合报道】8月22日消息，据市场研究机构最新发布的报告，出货量同比增长38.6%。';
    expect(telegraphHeadline(first)).toBeNull();
    expect(dropBracketedHeadline([first, '后文。'], '国产AI服务器出货量增长')).toEqual([first, '后文。']);
  });

  it('while a bracketed headline before a dateline still goes', () => {
    const first = '【国产AI服务器出货量大增】财联社8月22日电，据市场研究机构最新发布的报告。';
    expect(telegraphHeadline(first)).toBe('国产AI服务器出货量大增');
    expect(dropBracketedHeadline([first, '后文。'], null)[0]).toBe('财联社8月22日电，据市场研究机构最新发布的报告。');
  });
});

describe('a standfirst above the information line', () => {
  const lead = '需求回暖与产能释放同时到来，企业需要在扩张与稳健之间作出选择。';
  it('is no part of the text below that line', () => {
    const got = extractArticle(page('<title>电子信息制造业增速回升</title>', `<h1>电子信息制造业增速回升</h1><div class="lead">${lead}</div><div class="byline"><span>更新于2024年10月20日 06:12</span> <span>作者：周启航</span></div><div class="body">${text}</div>`));
    expect(got.body.startsWith('近日，工业和信息化部')).toBe(true);
    expect(got.body).not.toContain(lead);
  });

  it('while a first paragraph under the information line stays', () => {
    const got = extractArticle(page('<title>电子信息制造业增速回升</title>', `<h1>电子信息制造业增速回升</h1><div class="byline"><span>更新于2024年10月20日 06:12</span> <span>作者：周启航</span></div><div class="body"><p>${lead}</p>${text}</div>`));
    expect(got.body.startsWith(lead)).toBe(true);
  });
});

describe('an unlabelled outlet and writer beside the time', () => {
  it('reads an outlet opening on a Latin brand', () => {
    const got = readCnMetaLines(['C114中国通信网  鲁义轩  2014-08-24 07:30']);
    expect(got).toMatchObject({ source: 'C114中国通信网', author: '鲁义轩', published: '2014-08-24T07:30:00' });
  });
});

describe('a WeChat account after 公众号：', () => {
  it('is the source, without its ID', () => {
    const got = readCnMetaLines(['公众号：半导体行业观察（icbank） 作者：李晨光 发表于 2023-10-23 08:00']);
    expect(got).toMatchObject({ source: '半导体行业观察', author: '李晨光' });
  });

  it('but alone it is an account’s card, no information line', () => {
    expect(readCnMetaLines(['公众号：数字经济政策解读']).source).toBeNull();
  });
});
