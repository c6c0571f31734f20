/**
 * Chinese pages of the kinds of site round 25 added to the dev set (dev-templates-ai.ts): small companies' 新闻中心,
 * electronics trade media, 街道/乡镇 offices, blogs and columns, forums' first posts.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/index.js';
import { scoreCnPage } from '../src/extract/cn-gold-score.js';
import { loadCnPages } from '../scripts/web-cn-pages.js';

const page = (head: string, body: string): string => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const text =
  '<p>近日，工业和信息化部发布数据显示，前三季度我国电子信息制造业增加值同比增长17.9%，增速比上年同期提高11.8个百分点。</p>' +
  '<p>分析人士认为，随着5G、数据中心等新型基础设施建设加快推进，电子信息制造业将继续保持较快增长。</p>';

describe('the dev pages of round 25', () => {
  const dev = loadCnPages('dev').filter((p) => /^g-(firmnews|eemedia|streetoffice|blogcolumn|forumfirst)-/.test(p.name));

  it('gets every field of the forum pages right', () => {
    const forum = dev.filter((p) => p.name.startsWith('g-forumfirst-'));
    expect(forum.length).toBe(4);
    for (const p of forum) expect(scoreCnPage(p.gold, extractArticle(p.bytes, { url: p.gold.url })).misses, p.name).toEqual([]);
  });
});

describe('a forum\u2019s first post', () => {
  const card = (stats: string) =>
    page(
      '<title>储能白皮书发布 - 某某论坛</title>',
      `<h1>储能白皮书发布</h1><table><tr><td><div><a>光纤老李</a></div><div>高级工程师</div>${stats}</td>` +
        `<td><div><em>楼主</em> 发表于2023-11-05 08:30 | <a>只看该作者</a></div><div class="t_msg">${text}</div>` +
        '<div class="sign">----------<br>干一行爱一行，欢迎交流储能经验</div></td></tr></table>',
    );

  it('takes the poster over a card whose counters print label over figure, never a label as the name', () => {
    const got = extractArticle(card('<dl><dt>主题</dt><dd>36</dd><dt>帖子</dt><dd>420</dd><dt>积分</dt><dd>2150</dd></dl>'));
    expect(got.author).toBe('光纤老李');
    expect(got.published).toBe('2023-11-05T08:30:00');
  });

  it('leaves the signature out of a post laid out in tables', () => {
    const got = extractArticle(card('<dl><dt>帖子</dt><dd>420</dd></dl>'));
    expect(got.body).toMatch(/^近日/);
    expect(got.body).toMatch(/较快增长。$/);
    expect(got.body).not.toContain('欢迎交流');
  });
});
