import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBulletin } from '../src/bulletin/parse.js';
import { sourceFromText } from '../src/bulletin/text-source.js';
import { parseGold } from '../src/eval/gold.js';

/**
 * Plain `pdftotext` dumps of newspaper pages of mixed make-up (dev pages, tuned on): columns of several widths,
 * first lines short by a dropped indent, a story continued on page 2, an ad and an index strip, headlines side by
 * side, 简讯 columns, headlines with 引题 and 副题, an interview, a table of figures.
 */
const dir = 'testdata/unseen/dev';
const read = (name: string) => {
  const gold = parseGold(JSON.parse(readFileSync(join(dir, `${name}.gold.json`), 'utf8')), name);
  return { gold, bulletin: parseBulletin(sourceFromText(gold.file, readFileSync(join(dir, gold.file), 'utf8'))) };
};

describe('a plain newspaper dump of mixed make-up', () => {
  it('finds every headline of a four-column page, each over its byline, none cut from a paragraph', () => {
    const { gold, bulletin } = read('news-4col-d');
    expect(bulletin.articles.map((a) => a.title.replace(/\s/g, '')).sort())
      .toEqual(gold.articles.map((a) => a.title.replace(/\s/g, '')).sort());
    const storage = bulletin.articles.find((a) => a.title.startsWith('新型储能'))!;
    // The paragraph's first line, short by its indent, is not a sub-heading: the paragraph reads whole.
    expect(storage.body).toContain('从应用场景看，新能源配建储能和独立储能电站是装机增长的主力');
    expect(storage.subheads).toEqual(['仍需破解成本难题']);
  });

  it('reads a story continued on page 2 on from its jump line, and keeps the ad and the jump lines out', () => {
    const { bulletin } = read('news-mixed-d');
    const jumped = bulletin.articles.find((a) => a.title.startsWith('某运营商完成'))!;
    expect(jumped.body).toMatch(/排和调度。\n\n多方协同推进\n\n平台上线后，[^\n]*之十五。/u);
    const all = bulletin.articles.map((a) => `${a.title}\n${a.body}`).join('\n');
    expect(all).not.toMatch(/下转|上接|诚聘英才|导读/u);
    expect(bulletin.articles.some((a) => a.title.startsWith('前三季度电信业务收入稳中有升'))).toBe(true);
  });

  it('cuts headlines set side by side apart, each with its second line, and gives each the byline met after them', () => {
    const { bulletin } = read('news-side-e');
    const byTitle = new Map(bulletin.articles.map((a) => [a.title.replace(/\s/g, ''), a]));
    // The dump prints `存储芯片价格止跌 模组厂商库存 大模型备案数量持续增加 行业应`, then `压力缓解`, then `用加速落地`.
    expect(byTitle.get('存储芯片价格止跌模组厂商库存压力缓解')?.byline).toBe('▶ 本报记者 陈佳怡');
    expect(byTitle.get('大模型备案数量持续增加行业应用加速落地')?.byline).toBe('▶ 本报记者 刘思远');
    // The text read after the band goes to the story it is about.
    expect(byTitle.get('存储芯片价格止跌模组厂商库存压力缓解')?.body).toContain('模组厂商的库存水位已回落到正常区间');
  });

  it('reads a 简讯 column as a story of its own, its items whole', () => {
    const { bulletin } = read('news-mixed-d');
    const briefs = bulletin.articles.find((a) => a.title === '简讯')!;
    expect(briefs.body).toMatch(/^苏州启动工业软件攻关专项 苏州市设立/u);
    expect(briefs.subheads).toEqual([]);
  });

  it('does not cut a paragraph at a row nearly as wide as its column when the next row resumes the clause', () => {
    const { gold, bulletin } = read('news-front-e');
    expect(bulletin.articles.find((a) => a.title.startsWith('国产高端光刻胶'))?.body).toContain('光刻胶是芯片制造的关键材料之一，高端品种长期依赖进口');
    const titles = new Set(gold.articles.map((a) => a.title.replace(/\s/g, '')));
    expect(bulletin.articles.map((a) => a.title).filter((t) => !titles.has(t.replace(/\s/g, '')))).toEqual([]);
  });

  it('reads one-line headlines printed one after another over the text as a band, each with the byline met later', () => {
    const { bulletin } = read('news-band-e');
    const byline = (start: string) => bulletin.articles.find((a) => a.title.startsWith(start))?.byline;
    expect(byline('光纤光缆集采价格企稳回升')).toBe('▶ 本报记者 赵文博');
    expect(byline('智慧港口建设全面提速')).toBe('▶ 本报记者 刘思远');
    expect(bulletin.articles.some((a) => a.title === '数字人民币试点场景持续扩容')).toBe(true);
    // The headline over its byline that ends the band's text opens the next story.
    expect(byline('三部门联合部署新一轮千兆城市建设')).toBe('▶ 本报记者 刘思远');
  });

  it('rejoins a sentence a column\'s foot left open to the block that resumes it, and keeps a lead\'s first row', () => {
    const quantum = read('news-4col-d').bulletin.articles.find((a) => a.title.startsWith('量子计算云平台'))!;
    // `…超导量子计算机的在线` ends a column; `访问，用户可…` opens a block further on, after another column's text.
    expect(quantum.body).toContain('一百比特级超导量子计算机的在线访问，用户可通过网页提交量子线路并获取运行结果。');
    expect(quantum.body).not.toContain('区域布局逐步优化');
    // A row short by the dropped indent over a full punctuated row opens the lead, not a sub-heading.
    const broadband = read('news-3col-e').bulletin.articles.find((a) => a.title.startsWith('宽带资费专项整治启动'))!;
    expect(broadband.body).toMatch(/^工业和信息化部近日启动为期三个月的宽带资费专项整治行动/u);
  });

  it('sets a box apart from the story before it: 图片新闻, 记者手记 and 相关链接 open articles of their own', () => {
    const trade = read('news-trade-d').bulletin.articles;
    expect(trade.find((a) => a.title === '图片新闻')?.body).toMatch(/^6月5日，在某智能终端工厂的总装车间/u);
    expect(trade.find((a) => a.title.startsWith('三部门联合部署'))?.body).toMatch(/上游设备需求。$/u);
    const links = read('news-links-f').bulletin.articles;
    expect(links.filter((a) => a.title === '记者手记' || a.title === '相关链接')).toHaveLength(2);
    // 记者手记 is a label, not a reporter's byline.
    expect(links.map((a) => a.byline)).not.toContain('记者手记');
  });

  it('joins a 引题 and a 副题 to their headline, reads 问/答 turns as text and 人物简介 as a box of its own', () => {
    const titles = (list: { title: string }[]) => list.map((a) => a.title.replace(/\s/g, '')).sort();
    const squashed = (name: string) => {
      const { gold, bulletin } = read(name);
      return [titles(bulletin.articles), titles(gold.articles)];
    };
    // The 引题 stands after a blank line, over the headline, its 副题 and byline (it was a headline of its own).
    const [front, frontGold] = squashed('news-front-n');
    expect(front).toEqual(frontGold);
    const [talk, talkGold] = squashed('news-interview-n');
    expect(talk).toEqual(talkGold);
    const interview = read('news-interview-n').bulletin.articles;
    expect(interview[0].subheads).toEqual([]);
    expect(interview[0].body).toMatch(/^问：国产工业软件目前发展到什么程度了？\n\n答：/u);
    expect(interview.find((a) => a.title === '人物简介')?.body).toMatch(/^陈立群，教授/u);
  });

  it('reads a table of figures as text, and index entries printed apart from their 导读 label as furniture', () => {
    const table = read('news-table-n').bulletin.articles[0];
    expect(table.body.replace(/\s/g, '')).toContain('集成电路亿块354524.8%');
    expect(table.subheads[0]).toBe('标准体系加快完善');
    expect(table.subheads.some((h) => /\d/u.test(h))).toBe(false);
    const front = read('news-front-n').bulletin.articles;
    expect(front.some((a) => /（\d版）/u.test(a.title + a.body))).toBe(false);
    // A lead's first row, its 本报讯 space stretched by justification, is no sub-heading.
    expect(front[0].body).toMatch(/^本报讯 记者从工业和信息化部获悉，/u);
  });

  it('sets aside a （接第1版） jump line atop a page whose page 1 is not in the file', () => {
    const text = [
      '数字经济观察 2024年12月17日 星期二 第 2 版', '', '工业互联网平台赋能中小企业', '（接第1版）', '多方协同推进',
      '一家汽车零部件企业的负责人介绍，接入平台后，企业能够实时掌握设备运行状态，设备故障停机时间减少了四成。',
    ].join('\n');
    const b = parseBulletin(sourceFromText('p2.txt', text));
    // (It was read as the headline's second line.)
    expect(b.articles.map((a) => a.title)).toEqual(['工业互联网平台赋能中小企业']);
    expect(b.articles[0].body).toMatch(/^多方协同推进\n\n一家汽车零部件企业/u);
  });

  it('parts a one-column headline from the sentence a full row ended, and keeps a first row whose last character went down with its mark', () => {
    const { gold, bulletin } = read('news-front-p');
    expect(bulletin.articles.map((a) => a.title.replace(/\s/g, '')).sort())
      .toEqual(gold.articles.map((a) => a.title.replace(/\s/g, '')).sort());
    const ships = bulletin.articles.find((a) => a.title.startsWith('船舶工业'))!;
    expect(ships.title).toBe('船舶工业新接订单量保持全球领先——绿色动力船舶订单占比超过一半');
    // `…发布数` / `据，前三季度…`: the row is short by the indent and the 据 carried down with its comma.
    expect(ships.body).toMatch(/^中国船舶工业行业协会发布数据，前三季度/u);
    expect(ships.subheads[0]).toBe('应用场景不断拓展');
    const lead = bulletin.articles.find((a) => a.title.includes('人形机器人'))!;
    expect(lead.body).not.toContain('船舶');
  });

  it('reads a 简讯 item whose bracketed lead-in the wrap cut as one paragraph, and 简讯 as an article of its own', () => {
    const { bulletin } = read('news-jump-q');
    const all = bulletin.articles.flatMap((a) => [...a.subheads, ...a.body.split('\n\n')]);
    // `【新能源汽车下乡活` / `动启动】 今年…`: the open bracket goes on in the row under it.
    expect(all).toContain('【新能源汽车下乡活动启动】 今年新能源汽车下乡活动日前启动，将在二十个省份举办专场活动。');
    expect(all.some((t) => /^【[^】]*$/u.test(t))).toBe(false);
    expect(bulletin.articles.map((a) => a.title)).toContain('简讯');
  });

  it('keeps a 简讯 item whose first row, its lead-in run in, is as wide as its column and unpunctuated', () => {
    const { bulletin } = read('news-side-e');
    const briefs = bulletin.articles.find((a) => a.title === '简讯')!;
    expect(briefs.body).toMatch(/^成都算力调度平台接入数据中心二十个 成都市算力调度平台已接入/u);
    expect(briefs.subheads).toEqual([]);
  });

  it('reads 简讯 over a strip of items as the strip\'s title, not as a byline signing the story before', () => {
    const { bulletin } = read('news-column-d');
    expect(bulletin.articles.map((a) => a.title)).toContain('简讯');
    expect(bulletin.articles.every((a) => a.byline !== '简讯')).toBe(true);
  });

  it('joins a 副题 printed apart from its headline — headlines side by side, each story after — to the band\'s first headline', () => {
    const { gold, bulletin } = read('news-table-n');
    expect(bulletin.articles.map((a) => a.title.replace(/\s/g, '')).sort())
      .toEqual(gold.articles.map((a) => a.title.replace(/\s/g, '')).sort());
    const ships = bulletin.articles.find((a) => a.title.startsWith('船舶工业'))!;
    expect(ships.byline).toBe('▶ 本报记者 刘思远');
    expect(ships.body).toMatch(/^中国船舶工业行业协会发布数据/u);
    // It was the story before's last sub-heading.
    expect(bulletin.articles.every((a) => !a.subheads.some((h) => h.startsWith('船舶工业')))).toBe(true);
  });

  it('lets a band story\'s byline printed inside the next story\'s text close no story: the heading after it is no headline', () => {
    const { gold, bulletin } = read('news-band-e');
    expect(bulletin.articles.map((a) => a.title.replace(/\s/g, '')).sort())
      .toEqual(gold.articles.map((a) => a.title.replace(/\s/g, '')).sort());
    // (Its sub-heading and text still stay with the story they were printed in.)
    expect(bulletin.articles.flatMap((a) => a.subheads)).toContain('标准体系加快完善');
  });

  it('reads a 引题 holding a space and its headline, over a 副题 and byline, as one headline, and a headline printed among the story before\'s columns as its 副题\'s', () => {
    const { gold, bulletin } = read('news-front-u');
    expect(bulletin.articles.map((a) => a.title.replace(/\s/g, '')).sort())
      .toEqual(gold.articles.map((a) => a.title.replace(/\s/g, '')).sort());
    // The headline stood alone between two sentences of the story before, its 副题 later over the byline.
    const ships = bulletin.articles.find((a) => a.title.startsWith('船舶工业'))!;
    expect(ships.byline).toBe('▶ 本报记者 刘思远');
    expect(bulletin.articles.every((a) => !a.body.includes('保持全球领先中小企业'))).toBe(true);
  });

  it('reads headlines wrapped onto a second row one after another over the text as a band, and the headings met in its text as sub-headings', () => {
    const { bulletin } = read('news-evening-x');
    const byTitle = new Map(bulletin.articles.map((a) => [a.title.replace(/\s/g, ''), a]));
    const cloud = byTitle.get('某云计算企业下调主力产品价格')!;
    const telecom = byTitle.get('前三季度电信业务收入稳中有升数据中心云计算等新兴业务贡献过半增量')!;
    // Both bylines are met after both stories' first paragraphs; each goes to its headline in turn.
    expect([cloud.byline, telecom.byline]).toEqual(['▶ 本报记者 赵文博', '▶ 本报记者 黄诗琪']);
    expect(byTitle.has('标准体系加快完善') || byTitle.has('区域布局逐步优化')).toBe(false);
    expect(cloud.subheads).toEqual(['标准体系加快完善']);
    expect(telecom.body).toContain('五G移动电话用户占比已接近四成');
    // A 图表 box after the lead is an article of its own, as the other boxes are.
    expect(byTitle.get('图表')?.body).toMatch(/^前三季度电信业务收入一万三千一百亿元/u);
    // So does its 记者手记, though no headline of the page stands over its byline (they are met in the text).
    expect(byTitle.get('记者手记')?.body).toContain('液冷改造后机房安静了许多');
  });

  it('gives a byline printed between a headline and its 副题 to the headline before, and joins the 副题 to its own headline', () => {
    const { bulletin } = read('news-science-x');
    const byTitle = new Map(bulletin.articles.map((a) => [a.title.replace(/\s/g, ''), a]));
    expect(byTitle.get('前十个月电子信息制造业增加值增长较快')?.byline).toBe('▶ 本报记者 黄诗琪');
    expect(byTitle.get('聚焦数字基础设施建设千兆光网覆盖全部地级市——五G基站总数超过四百万个')?.byline).toBe('▶ 本报记者 林晓东');
    expect(bulletin.articles.some((a) => a.title.startsWith('——'))).toBe(false);
  });

  it('parts a commentary\'s 本报评论员 signature from the headline wrapped over it, as its byline', () => {
    const { bulletin } = read('news-county-x');
    const comment = bulletin.articles.find((a) => a.title === '人形机器人产业链加速成形')!;
    expect(comment.byline).toBe('本报评论员');
    expect(comment.body).toMatch(/^在近日举行的机器人大会上/u);
  });
});
