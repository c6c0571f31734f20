/**
 * Text dumps that keep the page's layout (`pdftotext -layout`): columns cut at the gutters read from the spaces
 * (src/ingest/layout-dump.ts), on the dev pages (news-trade-d, news-side-e, news-front-e and later rounds' pages) of
 * scripts/make-unseen-news-pages.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POOL } from '../scripts/unseen/pool.js';
import { squash } from '../src/clean/text-shape.js';
import { isLayoutDump } from '../src/ingest/layout-dump.js';
import { textToLines } from '../src/ingest/text-lines.js';
import { parseBulletin } from '../src/bulletin/parse.js';
import { sourceFromText } from '../src/bulletin/text-source.js';

const dump = readFileSync('testdata/unseen/dev/news-trade-d-layout.txt', 'utf8');
const chars = (text: string) => squash(text.replace(/\f/g, '')).length;

describe('a -layout dump of a newspaper page', () => {
  const lines = textToLines(dump);

  it('is told from a dump in reading order', () => {
    expect(isLayoutDump(dump.split('\n'))).toBe(true);
    expect(isLayoutDump(readFileSync('testdata/unseen/dev/news-trade-d.txt', 'utf8').split('\n'))).toBe(false);
    expect(isLayoutDump(readFileSync('testdata/unseen/dev/weekly-w31.txt', 'utf8').split('\n'))).toBe(false);
  });

  it('reads the lead story column by column: each paragraph whole, in order, after its headline', () => {
    // Wrapped lines are joined: each paragraph of the lead is one line.
    for (const para of POOL[0].paras) expect(lines.some((l) => squash(l.text) === squash(para)), para.slice(0, 10)).toBe(true);
    const text = squash(lines.map((l) => l.text).join(''));
    const lead = POOL[0];
    let at = text.indexOf(squash(lead.title));
    expect(at).toBeGreaterThanOrEqual(0);
    for (const para of lead.paras) {
      const found = text.indexOf(squash(para), at);
      expect(found, para.slice(0, 10)).toBeGreaterThan(at);
      at = found;
    }
  });

  it('keeps every character and the number of the line each came from', () => {
    expect(chars(lines.map((l) => l.text).join(''))).toBe(chars(dump));
    const raw = dump.split('\n');
    // A paragraph joined from several lines is numbered by the line it starts on.
    for (const l of lines) expect(squash(raw[l.lineNo - 1])).toContain(squash(l.text).slice(0, 4));
  });
});

describe('a -layout dump with headlines side by side', () => {
  const read = (name: string) => {
    const text = readFileSync(`testdata/unseen/dev/${name}.txt`, 'utf8');
    return { lines: textToLines(text).map((l) => l.text), bulletin: parseBulletin(sourceFromText(`${name}.txt`, text)) };
  };

  it('cuts a headline run reaching over the columns beside it where the next line starts a column', () => {
    // `存储芯片价格止跌 模组厂商库存 大模型备案数量持续增加 行业应` over `压力缓解` and `用加速落地`.
    const { lines, bulletin } = read('news-side-e-layout');
    expect(lines).toContain('大模型备案数量持续增加 行业应');
    const titles = bulletin.articles.map((a) => squash(a.title));
    expect(titles).toContain('存储芯片价格止跌模组厂商库存压力缓解');
    expect(titles).toContain('大模型备案数量持续增加行业应用加速落地');
    // A 简讯 label under a column ending a sentence is a heading, not that paragraph's last words.
    expect(titles).toContain('简讯');
  });

  it('reads a commentary\'s headline set on two lines over its 本报评论员 signature as one headline', () => {
    const { bulletin } = read('news-county-x-layout');
    const comment = bulletin.articles.find((a) => a.byline === '本报评论员')!;
    expect(squash(comment.title)).toBe('人形机器人产业链加速成形');
    expect(comment.subheads).toEqual([]);
  });

  it('keeps a byline off its headline line and runs an open sentence on in its column', () => {
    const { lines } = read('news-front-e-layout');
    expect(lines).toContain('前十个月软件业务收入同比增长近一成');
    expect(lines.some((l) => squash(l).startsWith('分领域看，云服务和大数据服务收入增长最快，嵌入式系统软件收入'))).toBe(true);
  });

  it('ends a 导读 box where its block ends, no blank line under it: the text read after it is kept', () => {
    const text = readFileSync('testdata/unseen/dev/news-front-n-layout.txt', 'utf8');
    const body = parseBulletin(sourceFromText('news-front-n-layout.txt', text)).articles.map((a) => squash(a.body)).join('');
    expect(body).toContain('创新中心负责人介绍，中心将建设开放的测试验证平台和训练场');
    expect(body).not.toContain('（2版）');
  });

  it('drops a 导读 box printed beside a headline, keeping the headline its source lines share', () => {
    const { bulletin } = read('news-front-n-layout');
    expect(bulletin.articles.map((a) => squash(a.title))).toContain('聚焦数字基础设施建设千兆光网覆盖全部地级市——五G基站总数超过四百万个');
    expect(bulletin.articles.some((a) => squash(a.title + a.body).includes('工业软件专访'))).toBe(false);
  });

  it('opens a block at a headline over its 副题 or byline, though the column above left its sentence open', () => {
    // news-front-p: the lead's first column ends `…首批十五家企业和科研机构` two lines over a one-column story's
    // headline; the lead goes on in the next column, the headline keeps its 引题 line right above it.
    const { lines, bulletin } = read('news-front-p-layout');
    expect(lines.some((l) => squash(l).startsWith('某市人形机器人创新中心日前揭牌成立，首批十五家企业和科研机构入驻，'))).toBe(true);
    const titles = bulletin.articles.map((a) => squash(a.title));
    expect(titles).toContain('船舶工业新接订单量保持全球领先——绿色动力船舶订单占比超过一半');
    expect(titles).toContain('加快发展新质生产力人形机器人创新中心揭牌成立');
    // news-band-e: a story's headline over its byline under a column that ends mid-word (`…并鼓励基`).
    const band = read('news-band-e-layout').bulletin.articles.map((a) => squash(a.title));
    expect(band).toContain('数字人民币试点场景持续扩容');
    expect(band.some((t) => t.includes('并鼓励基'))).toBe(false);
  });

  it('reads a story across the page after the band of stories above it, though a column above skips lines', () => {
    // news-band-e: the third column's last lines stand beside the headline of the story across the page; the
    // story's text under it is its own, not that column's.
    const { bulletin } = read('news-band-e-layout');
    const story = bulletin.articles.find((a) => squash(a.title) === '数字人民币试点场景持续扩容');
    expect(squash(story?.body ?? '')).toMatch(/便利性。$/);
    const across = bulletin.articles.find((a) => squash(a.title) === '三部门联合部署新一轮千兆城市建设');
    expect(squash(across?.body ?? '')).toContain('并鼓励基础电信企业降低千兆套餐资费门槛。');
  });

  it('keeps a masthead whole and a lead with its 引题 set rows above it, beside a 导读 column of wrapped entries', () => {
    // news-front-s: the masthead's date line is not cut where the 导读 column and the 引题 start under it; the lead's
    // 引题 stands three rows over its headline (large type).
    const front = read('news-front-s-layout');
    expect(front.lines).toContain('电子信息时报 2024年12月17日 星期二 第 1 版');
    expect(front.bulletin.articles.map((a) => squash(a.title))).toContain('聚焦数字基础设施建设千兆光网覆盖全部地级市——五G基站总数超过四百万个');
    // news-front-t: the 导读 column's entries wrap (`…（4` / `版）`) and skip a row between entries; all of it is
    // furniture, none of it a headline or a 引题.
    const wrapped = read('news-front-t-layout').bulletin.articles;
    expect(wrapped.map((a) => squash(a.title))).toContain('加快发展新质生产力人形机器人创新中心揭牌成立');
    expect(wrapped.some((a) => squash(a.title + a.body).includes('数据要素市场观察'))).toBe(false);
  });

  it('opens a box at its label, though the column over it left its sentence open', () => {
    // news-interview-n: `人物简介` under the interview's first column, whose sentence goes on in the next one.
    const titles = read('news-interview-n-layout').bulletin.articles.map((a) => squash(a.title));
    expect(titles).toContain('人物简介');
    // news-links-f: a 相关链接 box across the page under a story in three columns is read after all three.
    const links = read('news-links-f-layout').bulletin.articles;
    const story = links.find((a) => squash(a.title) === '数字人民币试点场景持续扩容');
    expect(squash(story?.body ?? '')).toMatch(/便利性。$/);
    expect(links.map((a) => squash(a.title))).toContain('相关链接');
  });
});

describe('layout dumps of any size are read in time linear in their size', () => {
  it('reads 10 MB of pages one page at a time, and leaves a page too long to be a page as it is', () => {
    const page = dump.replace(/\f/g, '').replace(/\n$/, '');
    const big = Array.from({ length: Math.ceil(10e6 / Buffer.byteLength(page)) }, () => page).join('\n\f');
    expect(chars(textToLines(big).map((l) => l.text).join(''))).toBe(chars(big));
    const oneLong = Array.from({ length: 2000 }, () => page).join('\n');
    expect(textToLines(oneLong).map((l) => l.text)).toEqual(oneLong.split('\n'));
  });

  it('leaves a page of more runs side by side than a page has columns as it is', () => {
    const text = Array.from({ length: 600 }, (_, r) => ' '.repeat(r % 3) + '字  '.repeat(120)).join('\n');
    expect(textToLines(text).map((l) => l.text)).toEqual(text.split('\n'));
  });

  it('leaves a 100 kB line of columns as it is', () => {
    const line = '左栏文字内容  右栏文字内容   '.repeat(6000);
    const text = Array.from({ length: 12 }, () => line).join('\n');
    expect(textToLines(text).map((l) => l.text)).toEqual(text.split('\n'));
  });
});
