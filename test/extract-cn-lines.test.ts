import { describe, expect, it } from 'vitest';
import { cleanAuthor, filledMarkByline, leadReporter, readCnMetaLines, stripCnMetaLines } from '../src/extract/cn-meta.js';
import { dropBracketedHeadline, telegraphHeadline, trimCnBody, trimCnEdges } from '../src/extract/cn-body-edges.js';
import { arabicDates, toIsoDate, unixToCst, urlDate, yearlessDate } from '../src/extract/dates.js';
import { extractArticle } from '../src/extract/index.js';
import { scoreCnPage } from '../src/extract/cn-gold-score.js';
import { loadCnPages } from '../scripts/web-cn-pages.js';

describe('information lines as Chinese templates print them', () => {
  it.each([
    ['发表于2014-08-24 21:30', { published: '2014-08-24T21:30:00' }],
    ['C114通信网 2021/9/3 09:42:16', { published: '2021-09-03T09:42:16', source: 'C114通信网' }],
    ['2021年08月16日 10:05 国家统计局网站', { published: '2021-08-16T10:05:00', source: '国家统计局网站' }],
    ['2021-12-02 10:18 中国电子报 记者 诸玲珍', { source: '中国电子报', author: '诸玲珍' }],
    ['周庭 2021/08/12 07:02 来源：界面新闻', { published: '2021-08-12T07:02:00', author: '周庭', source: '界面新闻' }],
    ['来源： 中国新闻网 参与互动', { source: '中国新闻网' }],
    ['澎湃新闻记者 李佳蔚', { author: '李佳蔚' }],
    ['发布者: 老张说工控 | 查看: 3521 | 评论: 12', { author: '老张说工控' }],
    ['时间：2020-4-16 9:05:10 来源：市经信局 作者：办公室 点击：87次', { published: '2020-04-16T09:05:10', source: '市经信局', author: '办公室' }],
    ['2021 08/04 18:01:33 来源：新华网', { published: '2021-08-04T18:01:33', source: '新华网' }],
    ['文章来源：本站原创 发布时间：2021-08-12 作者：李明', { published: '2021-08-12', source: null, author: '李明' }],
    // Several outlets on one 来源 line: the first; 稿源/转载自 name the outlet as 来源 does.
    ['来源：经济日报、中国经济网', { source: '经济日报' }],
    ['2024年10月22日 09:15　转载自：人民邮电报　作者：张立新', { published: '2024-10-22T09:15:00', source: '人民邮电报', author: '张立新' }],
    ['稿源：中国电子报 2021-08-12', { source: '中国电子报' }],
    // A university's 供稿单位 (the 学院 or office that wrote the piece) is its source; a bare 供稿 only on the dated line,
    // as in a closing credit (`供稿：宣传科　撰稿：X　摄影：Y`) it is a credit.
    ['供稿单位：材料学院　发布时间：2024-11-18 16:02　浏览次数：312', { published: '2024-11-18T16:02:00', source: '材料学院' }],
    ['2024-11-18　来源单位：党委宣传部　摄影：王浩　审核：孙立', { source: '党委宣传部' }],
    ['作者：周子航　供稿：科学技术研究院　发布日期：2024-11-18', { source: '科学技术研究院', author: '周子航' }],
    ['供稿：宣传科　撰稿：李晓雯　摄影：何某　审核：吴敏', { source: null }],
    // A bare 日期 label is a label like any other, not the date itself.
    ['日期：2023/11/05　点击：89', { published: '2023-11-05' }],
    // A department as the 发布人 is the site's poster, not the writer; a person posting is.
    ['发布人：综合办公室　发布时间：2023年11月05日', { published: '2023-11-05', author: null }],
    ['发布者：信息中心', { author: null }],
    ['发布人：王海燕　发布时间：2023-11-05', { author: '王海燕' }],
    // A mark beside the time (原创, 独家) and the verb around it (于 … 发布), counters printed label first.
    ['原创 2023-11-05 08:30 · 新能源前哨站', { published: '2023-11-05T08:30:00', source: '新能源前哨站' }],
    ['battery_lee 于 2023-11-05 08:30:00 发布 阅读量800 收藏 12', { published: '2023-11-05T08:30:00', author: 'battery_lee', source: null }],
    // A 12-hour clock.
    ['2023年11月5日 下午3:20　来源：某某报', { published: '2023-11-05T15:20:00', source: '某某报' }],
    ['2023/11/05 上午 9:05', { published: '2023-11-05T09:05:00' }],
    ['2023-11-05 凌晨12:30', { published: '2023-11-05T00:30:00' }],
    // The main labels in traditional characters.
    ['發佈時間：2023年11月05日 08:30 來源：某某日報 記者：李明', { published: '2023-11-05T08:30:00', source: '某某日報', author: '李明' }],
    ['更新時間：2023/11/05 08:30', { published: '2023-11-05T08:30:00' }],
    // A joint writing-and-photo credit names the writer.
    ['文/图 李明', { author: '李明' }],
    ['图/文：李明', { author: '李明' }],
    // An outlet whose name ends in 评论 is no 评论 button; a 时间/日期 label of any first half names nobody.
    ['2024年8月27日 21:36　来源：长江产业评论　【字号：大 中 小】', { published: '2024-08-27T21:36:00', source: '长江产业评论' }],
    ['披露日期：2024-06-18', { published: '2024-06-18', author: null }],
    ['〔上传时间：2024-06-18 09:30:00〕〔来源：某某市发展改革委〕〔我要分享〕〔我要打印〕', { published: '2024-06-18T09:30:00', source: '某某市发展改革委', author: null }],
    ['[发布时间：2024-06-18] [信息提供：某某区政务服务中心] [我要收藏] [我要留言]', { source: '某某区政务服务中心', author: null }],
    ['发稿时间：2024-06-18 09:30　稿件来源：某某晚报', { published: '2024-06-18T09:30:00', source: '某某晚报', author: null }],
    // Counters worded `N人读过` beside an account's time.
    ['江城发布 6月18日 09:30 8千人读过', { source: '江城发布' }],
    // The writer and the account side by side before the time; a region after 来自 is no outlet.
    ['原创 李明 产业前沿观察 2024-06-18 16:40 浙江', { published: '2024-06-18T16:40:00', author: '李明', source: '产业前沿观察' }],
    ['李明 · 储能研究室 · 2024-06-18', { author: '李明', source: '储能研究室' }],
    ['首发 2024-06-18 16:40 来自：北京 阅读 1234', { published: '2024-06-18T16:40:00', source: null }],
    // A forum post's floor label and buttons name nobody.
    ['楼主 发表于 2024-06-18 09:30 只看该作者', { published: '2024-06-18T09:30:00', author: null, source: null }],
    // An edit time beside an IP line: 编辑于 is a label, no name.
    ['编辑于 2024-06-18 09:30・IP 属地上海', { published: '2024-06-18T09:30:00', author: null, source: null }],
    // Round 20: a reporter's own line, the name before its credit, 特约撰稿, and a rights note beside an answer's time.
    ['林晓东 报道', { author: '林晓东' }],
    ['邵佳　北京报道', { author: '邵佳' }],
    ['江月/文　石磊/图', { author: '江月' }],
    ['特约撰稿　江月', { author: '江月' }],
    ['■ 本报记者 江月 通讯员 石磊', { author: '江月' }],
    ['文 江月　图 石磊', { author: '江月' }],
    // A time zone after the time, and 首发于 beside 更新于.
    ['时间：2024年10月22日 09:15 （北京时间）', { published: '2024-10-22T09:15:00', source: null }],
    ['更新于 2024-10-23 首发于 2024-10-22 09:15', { published: '2024-10-22T09:15:00', author: null }],
    // A paper in title marks, a compilation's first outlet, a comma before the next label.
    ['来源：《人民日报》', { source: '人民日报' }],
    ['来源：综合自新华社、人民日报', { source: '新华社' }],
    ['来源：海西日报，作者：王琳', { source: '海西日报', author: '王琳' }],
    // A filled mark heads a sub-head unless a label and a name follow it.
    ['■ 记者手记', { author: null }],
    ['编辑于 2024-06-18 09:30 · 著作权归作者所有', { published: '2024-06-18T09:30:00', author: null, source: null }],
    // A research note's row: the institution the source, the researcher the author, the rating no field.
    ['机构：某某证券 研究员：周明远 日期：2024-10-22 评级：买入 评级变动：维持', { published: '2024-10-22', source: '某某证券', author: '周明远' }],
    // A credit for the material is no outlet; a Taiwan release's 資料來源 is.
    ['素材来源：综合自网络公开资料', { source: null }],
    ['資料來源：城鄉發展處', { source: '城鄉發展處' }],
    // The day and the time under labels of their own.
    ['发布日期：2024-10-22 发布时间：09:15 来源：海西市政府办公室', { published: '2024-10-22T09:15:00', source: '海西市政府办公室' }],
  ])('reads %s', (line, want) => {
    expect(readCnMetaLines([line])).toMatchObject(want);
  });

  it('reads a forum post\u2019s line far from the headline, its buttons in any of the packages\u2019 wordings being no field', () => {
    for (const line of ['楼主 发表于 2024-6-18 09:30 | 只看该作者 | 只看大图 | 倒序浏览 | 阅读模式', '1# 发表于: 2024-06-18 09:30 只看楼主 倒序看帖 显示全部楼层']) {
      expect(readCnMetaLines([line], null, 0)).toMatchObject({ published: '2024-06-18T09:30:00', author: null, source: null });
    }
  });

  it('joins a lone label to the next line only when it is an information line\u2019s label', () => {
    expect(readCnMetaLines(['发布日期：', '2023-11-05'])).toMatchObject({ published: '2023-11-05' });
    expect(readCnMetaLines(['相关阅读：', '储能白皮书发布 （2023-11-05）']).author).toBeNull();
  });

  it('completes a date printed without its year from the year it is given, and not otherwise', () => {
    expect(readCnMetaLines(['中国新闻网 09-30 22:46'], 2021)).toMatchObject({ published: '2021-09-30T22:46:00', source: '中国新闻网' });
    expect(readCnMetaLines(['中国新闻网 09-30 22:46']).published).toBeNull();
    // Without its time a year-less day is not taken for a date at all.
    expect(readCnMetaLines(['来源：新华网 09-30'], 2021).published).toBeNull();
  });

  it('never takes a counter, a placeholder or an address for the author', () => {
    expect(readCnMetaLines(['时间：2021-08-12 10:30:00 作者：网络整理 阅读：1644']).author).toBeNull();
    expect(readCnMetaLines(['作者：刘工, liugong@example-edn.com 发表于2014-08-24 21:30']).author).toBe('刘工');
    expect(readCnMetaLines(['作者：水易 阅读：1644']).author).toBe('水易');
    expect(cleanAuthor('12345')).toBeNull();
    expect(cleanAuthor('网络整理 阅读：1644')).toBeNull();
    expect(cleanAuthor('Jane Doe')).toBe('Jane Doe');
  });

  it('reads the first line given first, and a name beside a date only among the near lines', () => {
    const lines = ['作者：宣传办 发布时间：2021-09-22', '东区举办消防安全知识培训 2021-09-18', '办公室 2021-09-16'];
    expect(readCnMetaLines(lines, null, 1)).toMatchObject({ published: '2021-09-22', source: null, author: '宣传办' });
    // Away from the headline a related article's title beside its date lends nothing; beside it, its date counts.
    expect(readCnMetaLines(['东区举办消防安全知识培训 2021-09-18'], null, 0).published).toBeNull();
    expect(readCnMetaLines(['2021-08-12 10:30 北京新京报社官方帐号'], null, 1)).toMatchObject({ published: '2021-08-12T10:30:00', source: null });
  });

  it.each([
    ['经济观察报 记者 赵婧 北京报道', { author: '赵婧' }],
    ['【文/观察者网 周远方】', { author: '周远方' }],
    ['文/赵婧 阅读(2357) 2024/09/12 21:30 来源：证券时报', { published: '2024-09-12T21:30:00', author: '赵婧', source: '证券时报' }],
    ['来源丨光电资讯', { source: '光电资讯' }],
    ['图文来源：科技日报', { source: '科技日报' }],
    ['资金来源：财政拨款', { source: null }],
    ['发表于 2024-10-22 09:15 | 只看该作者 | 倒序浏览', { published: '2024-10-22T09:15:00', author: null }],
    ['硬科技观察 2024-10-22 09:15 IP属地：江苏 1.2万粉丝', { published: '2024-10-22T09:15:00' }],
    ['车圈老司机 优质汽车领域创作者 2024-10-22 09:15 广东 +关注', { published: '2024-10-22T09:15:00', source: '车圈老司机' }],
    ['发布时间：2024-10-22 09:15 作者：特约评论员 张三', { published: '2024-10-22T09:15:00', author: '张三' }],
    ['发布时间：2024-10-22 09:15 作者：本报评论员', { published: '2024-10-22T09:15:00', author: null }],
    // Placeholders: a site's administrator in Latin, a compilation or readers' submissions as the 来源.
    ['发布时间：2024-10-22 09:15 作者：webmaster', { published: '2024-10-22T09:15:00', author: null }],
    ['发布时间：2024-10-22 09:15 来源：综合 作者：Root', { source: null, author: null }],
    ['发布时间：2024-10-22 09:15 来源：网友投稿', { published: '2024-10-22T09:15:00', source: null }],
    ['财经老周 知名财经博主 2024-10-22 09:15', { published: '2024-10-22T09:15:00', source: '财经老周' }],
  ])('reads %s (bylines, counters and 属地 beside them)', (line, want) => {
    expect(readCnMetaLines([line], 2024, 1)).toMatchObject(want);
  });

  it('joins a label printed alone with the value in the next cell', () => {
    expect(readCnMetaLines(['发布日期：', '2021-12-20'])).toMatchObject({ published: '2021-12-20' });
  });

  it.each(['文/林一舟　', '■文｜林一舟 ', '作者：林一舟\u3000'])('reads the byline %j glued to the first sentence and keeps the sentence', (byline) => {
    const text = ['近年来，各地招商引资的逻辑正在发生深刻变化，从拼土地、拼政策转向拼产业生态和营商环境。', '真正留住企业的，是完善的产业配套和稳定的政策预期。'];
    expect(stripCnMetaLines([byline + text[0], text[1]])).toMatchObject({ paragraphs: text, meta: { author: '林一舟' } });
  });

  it('keeps the signing date that closes an official notice', () => {
    const body = ['各省、自治区工业和信息化主管部门：', '现就有关事项通知如下，请认真贯彻落实。', '工业和信息化部', '2021年7月20日'];
    expect(stripCnMetaLines(body).paragraphs).toEqual(body);
  });
});

describe('dates a page gives elsewhere', () => {
  it.each([
    ['https://hn.rednet.cn/content/2021/12/07/10580123.html', '2021-12-07'],
    ['http://www.news.cn/tech/2021-08/04/c_1127730155.htm', '2021-08-04'],
    ['http://finance.people.com.cn/n1/2021/1026/c1004-32263000.html', '2021-10-26'],
    ['http://company.stcn.com/gsxw/202109/t20210907_3625104.html', '2021-09-07'],
    ['http://www.cena.com.cn/semi/20211202/113456.html', '2021-12-02'],
    ['https://www.163.com/dy/article/GPB3KQ9Q0511B5UL.html', null],
    ['http://www.c114.com.cn/news/16/a1172345.html', null],
    ['https://example.com/2021/13/45/x.html', null],
  ])('reads the day in %s', (url, day) => {
    expect(urlDate(url)).toBe(day);
  });

  it('completes MM-DD HH:MM and reads a Unix time as China Standard Time', () => {
    expect(yearlessDate('09-30 22:46', 2021)).toBe('2021-09-30T22:46:00');
    expect(yearlessDate('13-01 10:00', 2021)).toBeNull();
    expect(unixToCst(1645149600)).toBe('2022-02-18T10:00:00+08:00');
    expect(unixToCst(12)).toBeNull();
  });
});

describe('head and tail furniture of Chinese bodies', () => {
  const text = ['今年上半年，我国光纤光缆行业整体保持平稳运行，光缆需求稳中有升。', '业内预计，下半年光纤光缆需求将继续保持增长态势。'];

  it.each([
    [['原标题：前7个月软件业务收入增长', ...text], text],
    [['来源于：中国光电线缆网', '【广告】全产业链展会9月相约上海，点击报名！', ...text], text],
    [['本文来自微信公众号：能源新视界（ID：nyxsj2020），作者：周洁', ...text], text],
    [['【环球时报记者 倪浩】' + text[0], text[1]], text],
    [[...text, '本文为证券时报网原创文章，未经授权，不得转载。', '相关新闻'], text],
    [[...text, '- END -', '推荐阅读：', '长按识别二维码关注我们'], text],
    [[...text, '[返回C114通信网首页>>]'], text],
    [[text[0], '图为海上风电场施工现场', '新华社记者 李鑫 摄', text[1]], text],
    [[...text, '郑重声明：发布此信息的目的在于传播更多信息，与本站立场无关。'], text],
    [['转载声明：本文为作者原创，转载请注明出处。', ...text], text],
    // Labels in other wordings, closed by a bracket or 丨, a column label, a reporter line standing alone.
    [['【今日要闻】', '【内容提要】下半年光纤光缆需求将继续增长', '文章来源于：中国光电线缆网', ...text], text],
    [['编者按：光纤光缆行业上半年运行平稳。', '来源丨光电资讯', ...text], text],
    [['中国经营报记者 李欣 上海报道', ...text], text],
    [['通信世界网记者 王卓 北京报道', ...text], text],
    // A subtitle is found past a 来源 note that stands between it and the text.
    [['——光缆需求稳中有升', '稿件来源：中国光电线缆网', ...text], text],
    [[...text, '（稿件来源：中国光电线缆网）', '投资提示：文中观点仅供参考，不构成投资建议。', '（编辑：刘洋）'], text],
    [[...text, '初审：王芳　复审：李强　终审：赵敏', '上一条：我国光纤入户率超过九成', '下一条：光缆集采价格回升'], text],
    [[...text, '本版责编：刘洋　美编：王琳'], text],
    [[...text, '欢迎关注光电资讯微信公众号'], text],
    // Round 20: credits and reprint notes glued to the last sentence; an end mark glued there stays (the set's gold keeps it).
    [[text[0], `${text[1]}（本报记者 王琳）`], text],
    [[text[0], `${text[1]}(记者 王琳 李强)`], text],
    [[text[0], `${text[1]}（编辑 王琳）`], text],
    [[text[0], `${text[1]}（本文转自人民日报）`], text],
    [[text[0], `${text[1]}（原题为《光缆需求稳中有升》）`], text],
    [[text[0], `${text[1]}（完）`], [text[0], `${text[1]}（完）`]],
    // Round 20: a reading list framed in arrows, lines of emoji only, an account's card above its 微信号 line.
    [[...text, '▼ 往期精彩回顾 ▼', '光缆集采价格回升', '👇👇👇', '戳“阅读原文”，获取完整报告'], text],
    [[...text, '光电资讯', '专注光通信产业研究', '微信号：gdzx2020', '长按识别二维码，关注我们'], text],
    // Above a QR prompt only the card's lines go: a notice's signature and date stay, whichever line stops the card.
    [[...text, '某某市工业和信息化局', '2024年5月6日', '长按识别二维码关注'], [...text, '某某市工业和信息化局', '2024年5月6日']],
    [[...text, '二〇二四年五月六日', '光电资讯', '微信号：gdzx2020'], [...text, '二〇二四年五月六日']],
    [[...text, '某某市人民政府办公室', '长按识别二维码关注'], [...text, '某某市人民政府办公室']],
    // Over a named handle (`微信号：`), which no signature stands over, an account named like an office is the card's.
    [[...text, '某某集成电路产业促进中心', '专注产业研究与政策解读', '微信号：jcdl_cjzx', '长按识别二维码，关注我们'], text],
    [[...text, '某某半导体产业研究院', '微信号：bdtyjy'], text],
    [[...text, '签名：专注光通信二十年', '感谢分享，学习了！'], text],
    [[...text, '（本文首发于光电资讯，转载请联系授权）'], text],
    [[...text, '文章转载自光电资讯微信号。'], text],
    [[text[0], '【推广】光纤熔接机限时优惠，点击了解', text[1]], text],
    [[text[0], '图为某光缆厂生产车间。 中新社记者 王刚 摄', '资料图：某数据中心机房', text[1]], text],
  ])('trims %j', (paragraphs, want) => {
    expect(trimCnEdges(paragraphs)).toEqual(want);
  });

  it('keeps a notice\u2019s or a letter\u2019s closing when the contact lines after it are cut, and drops a sidebar\u2019s heading there', () => {
    const contact = ['联系我们', '服务热线：400-123-4567', '地址：某某市某某路1号'];
    expect(trimCnEdges([...text, '特此通知', ...contact])).toEqual([...text, '特此通知']);
    expect(trimCnEdges([...text, '此致', '敬礼', ...contact])).toEqual([...text, '此致', '敬礼']);
    expect(trimCnEdges([...text, '产品中心', ...contact])).toEqual(text);
  });

  it('reads lines of 200,000 spaces or arrows as decoration, and keeps text holding such a run', () => {
    expect(trimCnEdges([...text, ' '.repeat(200_000)])).toEqual(text);
    expect(trimCnEdges([...text, `${'▼ '.repeat(100_000)}往期精彩回顾${' ▼'.repeat(100_000)}`, '光缆集采价格回升'])).toEqual(text);
    const spaced = `光缆需求${' '.repeat(200_000)}稳中有升。`;
    expect(trimCnEdges([text[0], spaced, text[1]])).toEqual([text[0], spaced, text[1]]);
  });

  it('reads the writer from the reporter credit removed from the last sentence, never from a teaser after the text', () => {
    const lines = ['今年上半年，我国光纤光缆行业整体保持平稳运行，光缆需求稳中有升，多家企业订单同比增长。', '业内预计，下半年光纤光缆需求将继续保持增长态势，行业集中度有望进一步提高。'];
    const page = (ps: string[]): string =>
      `<html><head><meta charset="utf-8"><title>光纤光缆行业运行平稳</title></head><body><h1>光纤光缆行业运行平稳</h1><div class="content">${ps.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    const credited = extractArticle(page([...lines, `${lines[0]}（本报记者 王琳 李强）`]));
    expect(credited.author).toBe('王琳');
    expect(credited.body.endsWith(`${lines[0]}`)).toBe(true);
    const teaser = '光缆集采价格回升，多家企业中标份额提高，行业利润改善。（记者 李强）';
    const closed = extractArticle(page([...lines, lines[1], '本文为证券时报网原创文章，未经授权，不得转载。', teaser]));
    expect(closed.body.endsWith(lines[1])).toBe(true);
    expect(closed.author).toBeNull();
    expect(trimCnBody([...lines, `${lines[1]}（编辑 王琳）`])).toEqual({ paragraphs: [...lines, lines[1]], reporter: null });
  });

  it('keeps an announcement\u2019s first numbered section, however short and however numbered', () => {
    for (const first of ['一、项目编号：GXCG2024-G-1107', '1、项目编号：GXCG2024-G-1107', '（1）项目编号：GXCG2024-G-1107']) {
      const sections = [first, '二、项目名称：基层医疗机构信息化设备采购项目', '三、主要标的信息：自助服务终端、医学影像工作站等设备共计126台（套）。', '四、公告期限：自本公告发布之日起1个工作日。'];
      const got = extractArticle(`<html><head><meta charset="utf-8"><title>某某县卫生健康局成交结果公告</title></head><body><h2>某某县卫生健康局成交结果公告</h2><div class="info">发布时间：2024-10-22 09:15　信息来源：某某省政府采购中心</div><div class="content">${sections.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`);
      expect(got.body.split('\n\n'), first).toEqual(sections);
    }
  });

  it('drops a summary box whose label stands on a line of its own, and only the label above a lone paragraph', () => {
    const text = ['近日，又有三个省份出台公共数据授权运营管理办法，明确授权主体、运营机构的权利义务以及收益分配方式。', '据不完全统计，目前全国已有超过20个省级行政区发布了公共数据开放或授权运营相关制度。', '下一阶段，各地将重点探索数据产品定价和收益分配机制，推动形成可复制推广的经验。'];
    const summary = '多省出台公共数据授权运营管理办法，专家认为定价与收益分配是下一阶段的重点。';
    for (const box of [`<div class="zy"><span>摘要</span><p>${summary}</p></div>`, `<p>【摘要】</p><p>${summary}</p>`, `<div class="guide"><h4>导读</h4><p>${summary}</p></div><div class="kw"><span>关键词</span><a>数据要素</a><a>公共数据</a></div>`]) {
      const got = extractArticle(`<html><head><meta charset="utf-8"><title>数据要素市场化改革提速_某某网</title></head><body><h1>数据要素市场化改革提速</h1><div class="meta">2024-11-18 10:30　来源：新华社</div><div class="article-body">${box}${text.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`);
      expect(got.body.split('\n\n'), box).toEqual(text);
      // …and printed beside the text's box, where a sentence-like block would be merged back as more of the article.
      const apart = extractArticle(`<html><head><meta charset="utf-8"><title>数据要素市场化改革提速_某某网</title></head><body><div class="article"><h1>数据要素市场化改革提速</h1><div class="meta">2024-11-18 10:30　来源：新华社</div>${box}<div class="article-body">${text.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`);
      expect(apart.body.split('\n\n'), box).toEqual(text);
    }
    expect(trimCnEdges(['摘要', ...text.slice(1)])).toEqual(text.slice(1));
    // …and one printed as a paragraph under its label, longer than a head note, or its label set off by a space only.
    const long = `${summary}从产业链看，上游原材料价格企稳，中游制造环节产能利用率回升，下游应用场景持续拓展；从区域看，长三角、珠三角和成渝地区的项目落地数量居前，多家机构预计明年行业整体规模仍将保持两位数增长。`;
    expect(trimCnEdges([`摘要：${long}`, ...text])).toEqual(text);
    expect(trimCnEdges([`导读 ${summary}`, ...text])).toEqual(text);
  });

  it('keeps a column prefix set off by a bar in the headline, and drops a label standing apart', () => {
    const page = (h1: string): string =>
      `<html><head><meta charset="utf-8"><title>某某汽车启动新一轮融资 - 某某财经</title></head><body><h1>${h1}</h1><div class="info">2024-10-22 09:15 来源：某某财经</div><div class="content"><p>记者从市交通运输局获悉，本月底全市将新开通三条公交线路，覆盖城东新区和高铁站片区，方便群众出行。</p><p>市交通运输局表示，下一步将根据客流情况继续优化线路，提高公交覆盖率和准点率。</p></div></body></html>`;
    expect(extractArticle(page('独家 | 某某汽车启动新一轮融资')).title).toBe('独家 | 某某汽车启动新一轮融资');
    expect(extractArticle(page('<span>原创</span>｜某某汽车启动新一轮融资')).title).toBe('原创｜某某汽车启动新一轮融资');
    expect(extractArticle(page('<span>独家</span> 某某汽车启动新一轮融资')).title).toBe('某某汽车启动新一轮融资');
  });

  it('reads the outlet printed as its logo after a 来源 label or alone beside the time, and no other image\u2019s alt text', () => {
    const page = (info: string): string =>
      `<html><head><meta charset="utf-8"><title>某地新增三条公交线路</title></head><body><h1>某地新增三条公交线路</h1><div class="info"><span>2024-10-22 09:15</span>${info}</div><div class="content"><p>记者从市交通运输局获悉，本月底全市将新开通三条公交线路，覆盖城东新区和高铁站片区，方便群众出行。</p><p>市交通运输局表示，下一步将根据客流情况继续优化线路，提高公交覆盖率和准点率。</p></div></body></html>`;
    expect(extractArticle(page('<span>来源：<img src="/l.png" alt="某某晚报"></span>')).source).toBe('某某晚报');
    expect(extractArticle(page('<span>来源：</span><a href="/"><img src="/l.png" alt="某某晚报"></a>')).source).toBe('某某晚报');
    // A lone logo beside the time is the outlet's; icons (微信, 二维码) and several images (a share row) are not.
    expect(extractArticle(page('<span><img src="/logo.png" alt="某某晚报"></span>')).source).toBe('某某晚报');
    expect(extractArticle(page('<span><img src="/wx.png" alt="微信"></span>')).source).toBeNull();
    expect(extractArticle(page('<span><img src="/a.png" alt="某某晚报"><img src="/b.png" alt="某某日报"></span>')).source).toBeNull();
  });

  it('reads an information line whose icons are an icon font\u2019s glyphs (Private Use Area characters) as it reads one without', () => {
    const page = (info: string): string =>
      `<html><head><meta charset="utf-8"><title>某地新增三条公交线路</title></head><body><h1>某地新增三条公交线路</h1><div class="info">${info}</div><div class="content"><p>记者从市交通运输局获悉，本月底全市将新开通三条公交线路，覆盖城东新区和高铁站片区，方便群众出行。</p><p>市交通运输局表示，下一步将根据客流情况继续优化线路，提高公交覆盖率和准点率。</p></div></body></html>`;
    const icon = (code: string): string => `<i class="iconfont">&#x${code};</i>`;
    for (const [clock, eye] of [['e600', 'e601'], ['e000', 'e001']]) {
      const got = extractArticle(page(`${icon(clock)}2024-10-22 09:15 ${icon(eye)} 来源：某某晚报`));
      expect([got.published, got.source]).toEqual(['2024-10-22T09:15:00', '某某晚报']);
    }
    // A lone logo beside the time is still the outlet's with a glyph on the line.
    expect(extractArticle(page(`<span>${icon('e600')}2024-10-22 09:15</span><span><img src="/logo.png" alt="某某晚报"></span>`)).source).toBe('某某晚报');
  });

  it('ends a page at its （责任编辑：X） line, however the teaser of the next page under it reads', () => {
    const lines = ['记者从市交通运输局获悉，本月底全市将新开通三条公交线路，覆盖城东新区和高铁站片区，方便群众出行。', '市交通运输局表示，下一步将根据客流情况继续优化线路，提高公交覆盖率和准点率。'];
    const teaser = ['<a href="/a/2.html">全市今年将新建充电桩3000个</a>', '记者日前从市发展改革委获悉，今年全市计划新建公共充电桩3000个，重点布局在商圈和居民小区周边。'];
    const got = extractArticle(`<html><head><meta charset="utf-8"><title>某地新增三条公交线路</title></head><body><h1>某地新增三条公交线路</h1><div class="info">2024-10-22 09:15　来源：某某晚报</div><div class="content">${[...lines, '（责任编辑：王小明）', ...teaser].map((p) => `<p>${p}</p>`).join('')}</div></body></html>`);
    expect(got.body).toBe(lines.join('\n\n'));
    expect(got.source).toBe('某某晚报');
  });

  it('cuts at 原标题 or 责任编辑 anywhere in the second half, and strips such a note from the last sentence', () => {
    const related = Array.from({ length: 10 }, (_, i) => `相关报道${i + 1}：国内多地加快推进新型基础设施建设，项目投资规模持续扩大。`);
    const article = Array.from({ length: 6 }, () => text).flat();
    expect(trimCnEdges([...article, '（责任编辑：刘洋）', ...related])).toEqual(article);
    expect(trimCnEdges([text[0], `${text[1]}（原标题：光纤光缆行业运行平稳）`])).toEqual(text);
  });

  it('cuts at 原标题 or 责任编辑 also when the next article after it is longer than this one', () => {
    const next = Array.from({ length: 12 }, (_, i) => `第${i + 1}段：国内多地加快推进新型基础设施建设，项目投资规模持续扩大，带动上下游企业订单增长。`);
    expect(trimCnEdges([...text, text[0], '原标题：光纤光缆行业运行平稳', '责任编辑：刘洋', '相关新闻：', ...next])).toEqual([...text, text[0]]);
  });

  it('drops the headline restated in brackets before the first sentence, and only the headline', () => {
    const title = '光纤光缆行业运行平稳 需求稳中有升';
    expect(dropBracketedHeadline([`【${title}】${text[0]}`, text[1]], title)).toEqual(text);
    expect(dropBracketedHeadline([`【光纤光缆 行业运行平稳 需求稳中有升】`, ...text], title)).toEqual(text);
    const label = [`【行业动态】${text[0]}`, text[1]];
    expect(dropBracketedHeadline(label, title)).toEqual(label);
  });

  it('reads a 原标题 note under a short lead or a caption as head, not as the end of the article', () => {
    const next = ['国内多地加快推进新型基础设施建设。', text[0], text[1], text[0]];
    expect(trimCnEdges(['图为光缆生产线', '原标题：光纤光缆行业运行平稳', ...next])).toEqual(next);
    expect(trimCnEdges(['光缆需求稳中有升。', '（原标题：光纤光缆行业运行平稳）', ...next])).toEqual(['光缆需求稳中有升。', ...next]);
  });

  it('keeps a closing 温馨提示 that is advice of the article itself', () => {
    const tip = '温馨提示：寒潮期间请市民注意防寒保暖，尽量减少外出。';
    expect(trimCnEdges([...text, tip])).toEqual([...text, tip]);
  });

  it('keeps a sentence of the reporter that has no byline shape', () => {
    const s = '记者近日走访了多家光缆企业，了解到订单情况普遍好于去年。';
    expect(trimCnEdges([s, ...text])).toEqual([s, ...text]);
  });

  it('drops a subtitle under the headline but keeps the salutation that opens a notice', () => {
    const long = '按照工业和信息化部办公厅等四部门的通知要求，现组织开展我省2022年度智能制造试点示范行动申报推荐工作，有关事项通知如下。';
    expect(trimCnEdges(['我国数字经济规模稳居世界第二', long, text[1]])).toEqual([long, text[1]]);
    expect(trimCnEdges(['各市（州）工业和信息化主管部门：', long, text[1]])).toEqual(['各市（州）工业和信息化主管部门：', long, text[1]]);
    expect(trimCnEdges(['一、总体要求', long, text[1]])).toEqual(['一、总体要求', long, text[1]]);
  });

  it('keeps a long closing paragraph that merely mentions 转载', () => {
    const last = '据统计，这篇报道发布后被多家媒体转载，相关话题阅读量超过一亿次，引发社会对数据中心能耗问题的广泛讨论，多位专家呼吁加快绿色改造，推动行业可持续发展，并建议把能效指标纳入项目审批。'.repeat(2);
    expect(trimCnEdges([...text, last])).toEqual([...text, last]);
  });

  it('drops key points and an unlabelled summary cut from the text above it', () => {
    const summary = `${text[1].slice(0, 20)}…`;
    expect(trimCnEdges([`要点一：${text[0].slice(0, 16)}`, '· 光缆需求稳中有升', summary, ...text])).toEqual(text);
    // A paragraph the article prints twice whole is not a summary.
    expect(trimCnEdges([text[1], ...text])).toEqual([text[1], ...text]);
  });

  it('ends at app promotions, 关键词 rows, ownership and 合作 lines', () => {
    for (const tail of ['更多精彩内容，请打开某某新闻客户端', '海量资讯尽在某某财经APP', '关键词：光纤 光缆', '此内容为某某日报原创，著作权归某某日报所有。', '广告合作请点击这里']) {
      expect(trimCnEdges([...text, tail]), tail).toEqual(text);
    }
  });

  it.each([
    ['00:00 / 02:15', 'head'], ['听新闻', 'head'], ['导读', 'head'], ['记者：张三', 'head'], ['字号：大 中 小', 'head'], ['▲图片来源：IC photo', 'head'],
    ['扫一扫，用手机看新闻！', 'tail'], ['热点推荐', 'tail'], ['猜你喜欢', 'tail'], ['相关报道：', 'tail'], ['返回列表', 'tail'], ['【打印】【关闭】', 'tail'],
    ['文章关键词：光缆', 'tail'], ['一审：刘畅　二审：孙立　三审：吴敏', 'tail'], ['阅读全文', 'tail'], ['相关专题：', 'tail'], ['登录 注册', 'tail'],
  ])('drops the furniture line %s at the %s', (line, at) => {
    expect(trimCnEdges(at === 'head' ? [line, ...text] : [...text, line])).toEqual(text);
  });

  it('keeps a closing paragraph that only starts like furniture', () => {
    const last = '扫描电镜结果显示，新型光纤的缺陷密度比上一代产品降低了约四成。';
    expect(trimCnEdges([...text, last])).toEqual([...text, last]);
  });

  it('drops an 信息公开 page\'s index rows printed above the text', () => {
    expect(trimCnEdges(['索 引 号：11510000-2024-00012', '主题分类：工业、交通', '成文日期：2024年10月22日', '有效性：有效', ...text])).toEqual(text);
  });

  it('reads the bracketed headline before a telegraph\'s dateline, whatever the page\'s title', () => {
    const first = `【光纤光缆行业运行平稳】某某社12月5日电，${text[0]}`;
    expect(telegraphHeadline(first)).toBe('光纤光缆行业运行平稳');
    expect(dropBracketedHeadline([first, text[1]], '快讯')).toEqual([`某某社12月5日电，${text[0]}`, text[1]]);
    // A column label without a dateline stays.
    expect(telegraphHeadline(`【行业动态】${text[0]}`)).toBeNull();
    // Quotes and spacing differ from the page's headline: still the headline.
    expect(dropBracketedHeadline([`【"东数西算"，工程铺开】${text[0]}`], '“东数西算” 工程铺开')).toEqual([text[0]]);
  });
});

describe('app prompts', () => {
  const text = ['今年上半年，我国光纤光缆行业整体保持平稳运行，光缆需求稳中有升，企业订单较上年同期有所增加。', '业内预计，下半年光纤光缆需求将继续保持增长态势。'];

  it('drops a prompt printed between paragraphs and ends the body at one after the text', () => {
    expect(trimCnEdges([text[0], '打开APP，看更多精彩内容', text[1]])).toEqual(text);
    expect(trimCnEdges([text[0], '打开某某客户端 阅读体验更佳', text[1], '下载客户端，获取更多资讯', '热门评论'])).toEqual(text);
    // After the text, what follows the prompt is the app's furniture, however long.
    expect(trimCnEdges([...text, '打开APP 查看更多评论', '网友甲：说得好'])).toEqual(text);
  });

  it('ends the body at a comment label with a colon, after the information lines are read (both read the label alike)', () => {
    for (const label of ['网友评论：', '用户留言', '全部评论（9）']) {
      const { paragraphs } = stripCnMetaLines([...text, label, '网友乙：写得很清楚', '沙发']);
      expect(trimCnEdges(paragraphs), label).toEqual(text);
    }
  });

  it('tells an English abstract above the text in time linear in its length', () => {
    const english = 'The industry kept growing in the first half of the year '.repeat(14).trim();
    expect(trimCnEdges([english, ...text])).toEqual(text);
    // A long Latin paragraph ending in Han is text, not an abstract (it made one pattern backtrack cubically).
    expect(trimCnEdges([`${english} 据悉。`, ...text])).toHaveLength(3);
  });
});

describe('credits, captions, app boxes and notes of other makes', () => {
  const text = ['今年上半年，我国光纤光缆行业整体保持平稳运行，光缆需求稳中有升，企业订单较上年同期有所增加。', '业内预计，下半年光纤光缆需求将继续保持增长态势。'];

  it('drops credits run into the last sentence without brackets, and only after its full stop', () => {
    expect(trimCnEdges([text[0], `${text[1]}　策划：周某　美编：吴某`])).toEqual(text);
    expect(trimCnEdges([text[0], `${text[1]} 审校：陈某 责任编辑：林某`])).toEqual(text);
    const sentence = '业内预计，下半年需求将继续增长，编辑：这并非署名';
    expect(trimCnEdges([text[0], sentence])).toEqual([text[0], sentence]);
  });

  it('drops a caption opened by a photo mark between paragraphs', () => {
    expect(trimCnEdges([text[0], '▲ 生产线一角', text[1]])).toEqual(text);
    expect(trimCnEdges([text[0], '△ 签约仪式现场。', text[1]])).toEqual(text);
  });

  it('drops an app box naming the app by its kind, between paragraphs and after the text', () => {
    expect(trimCnEdges([text[0], '打开某某资讯，查看更多图片', text[1]])).toEqual(text);
    expect(trimCnEdges([text[0], '在客户端内打开 阅读原文', text[1]])).toEqual(text);
    expect(trimCnEdges([...text, '打开某某头条 看更多视频', '网友乙：支持'])).toEqual(text);
  });

  it('ends the body at traditional-character tails', () => {
    expect(trimCnEdges([...text, '延伸閱讀', '港股午後走高'])).toEqual(text);
    expect(trimCnEdges([...text, '免責聲明：本網站內容僅供參考。'])).toEqual(text);
  });

  it('ends the body at a 提示 note', () => {
    expect(trimCnEdges([...text, '温馨提示：以上信息以官方公告为准。'])).toEqual(text);
    expect(trimCnEdges([...text, '提示：内容仅供参考。'])).toEqual(text);
  });
});

describe('the closing run of furniture (round 8)', () => {
  const text = ['今年上半年，我国光纤光缆行业整体保持平稳运行，光缆需求稳中有升，企业订单较上年同期有所增加。', '业内预计，下半年光纤光缆需求将继续保持增长态势，海外市场有望成为新的增长点。'];

  it('cuts at the first furniture line after the text, whatever its wording, and keeps short lines above it', () => {
    expect(trimCnEdges([...text, '请文明上网，理性发言', '登录后发表'])).toEqual(text);
    expect(trimCnEdges([...text, '（文/图：赵某　编辑：钱某　审核：孙某）'])).toEqual(text);
    expect(trimCnEdges([...text, '特此通知。', '某某市工业和信息化局', '2024年7月1日', '【打印】'])).toEqual([...text, '特此通知。', '某某市工业和信息化局', '2024年7月1日']);
    const notes = Array.from({ length: 12 }, (_, i) => `[${i + 1}] 某某. 产业政策与技术追赶研究[M]. 上海: 某某出版社, 2021: ${i + 10}.`);
    expect(trimCnEdges([...text, '参考文献', ...notes])).toEqual(text);
  });

  it('keeps prose without a final full stop that names a furniture word past its first clause, and a numbered list', () => {
    const last = '业内人士认为，下游需求回暖仍需时间，值得持续关注';
    expect(trimCnEdges([...text, last])).toEqual([...text, last]);
    const list = ['1. 加快千兆光网建设', '2. 推进算力基础设施布局'];
    expect(trimCnEdges([...text, ...list])).toEqual([...text, ...list]);
  });

  it('keeps a sentence about reprints that is no notice, and drops one that is', () => {
    const news = '这篇报道发布后被多家媒体转载，引发社会广泛讨论。';
    expect(trimCnEdges([...text, news])).toEqual([...text, news]);
    expect(trimCnEdges([...text, '本站刊登的内容仅为传递信息之用，文中观点不构成任何建议。'])).toEqual(text);
  });
});

describe('a second article run into the same container', () => {
  const text = ['今年上半年，我国光纤光缆行业整体保持平稳运行，光缆需求稳中有升，骨干企业订单饱满。', '业内预计，下半年光纤光缆需求将继续保持增长态势，海外市场有望成为新的增长点。'];
  it('ends the body at the headline above a dated line when more text follows', () => {
    const next = ['多地发布新型工业化行动方案', '发布时间：2024-11-05', '有关负责人介绍，相关工作正在有序推进，各项任务按计划完成，下一步将继续加大工作力度。'];
    const { paragraphs, meta } = stripCnMetaLines([...text, text[0], ...next]);
    expect(paragraphs).toEqual([...text, text[0]]);
    expect(meta.published).toBeNull();
  });

  it('keeps the signing date of a notice and a date line with nothing after it', () => {
    expect(stripCnMetaLines([...text, '某某市工业和信息化局', '2024年11月5日']).paragraphs).toEqual([...text, '某某市工业和信息化局', '2024年11月5日']);
    expect(stripCnMetaLines([...text, text[0], '本站编辑部', '发布时间：2024-11-05']).paragraphs).toEqual([...text, text[0], '本站编辑部']);
  });

  it('drops a table\u2019s data source and last cell between paragraphs, and a site\u2019s reprint notes at either end', () => {
    const long = (n: number): string => `第${n}段正文写得足够长，是一句完整的话，讲述了这篇报道中的一个事实和它的背景。`;
    expect(trimCnEdges([long(1), '季度', '一季度', '318', '资料来源：某某统计年鉴', long(2), long(3)])).toEqual([long(1), '季度', '一季度', '318', long(2), long(3)]);
    expect(trimCnEdges(['转引自某某热线　原刊于某某日报', long(1), long(2), '（本网转发此稿，目的在于传递更多信息。）'])).toEqual([long(1), long(2)]);
    expect(trimCnEdges([long(1), long(2), '本公告解释权归本公司所有。'])).toEqual([long(1), long(2)]);
    expect(trimCnEdges([long(1), long(2), '附件：1.统计表', '（此件公开发布）'])).toEqual([long(1), long(2)]);
    expect(trimCnEdges([long(1), long(2), '某某产经公众号', '每日推送产业动态，扫描二维码关注（cj001）', '返回某某，查看更多'])).toEqual([long(1), long(2)]);
    expect(trimCnEdges([long(1), long(2), '分享让更多人看到', '出品：某某新闻'])).toEqual([long(1), long(2)]);
  });

  it('does not read the word before 日期 in 成文日期 as an author', () => {
    expect(readCnMetaLines(['成文日期：2024年10月22日'])).toMatchObject({ author: null, published: '2024-10-22' });
  });
});

describe('boxes, marks, captions and tables of #17\u2019s ninth round', () => {
  const long = (n: number): string => `第${n}段正文写得足够长，是一句完整的话，讲述了这篇报道中的一个事实和它的背景。`;

  it('drops a 文号 line, an 编者按 set off by a space, a statement and a 人物名片 box above the text', () => {
    expect(trimCnEdges(['某某办发〔2023〕5号', long(1), long(2)])).toEqual([long(1), long(2)]);
    expect(trimCnEdges(['编者按　本栏目推出系列报道，记录一线的变化。', long(1), long(2)])).toEqual([long(1), long(2)]);
    expect(trimCnEdges(['平台声明：本文观点不代表本站立场。', long(1), long(2)])).toEqual([long(1), long(2)]);
    expect(trimCnEdges(['嘉宾简介', '庞某，某某大学教授，长期研究区域经济。', long(1), long(2)])).toEqual([long(1), long(2)]);
    expect(trimCnEdges(['卫某某，1980年生，现任某某公司总经理。', long(1), long(2)])).toEqual([long(1), long(2)]);
    // A lead naming a person who speaks is text.
    const lead = '卫某某，某某公司总经理，日前在发布会上表示，公司明年将扩大产能。';
    expect(trimCnEdges([lead, long(1), long(2)])).toEqual([lead, long(1), long(2)]);
  });

  it('keeps interview turns as text', () => {
    const turns = ['记者：今年的订单情况如何？', '答：订单比去年多了两成，主要来自海外市场的新客户。'];
    expect(trimCnEdges([long(1), ...turns, long(2)])).toEqual([long(1), ...turns, long(2)]);
    // Opening the text, and without a question mark: still the interviewer's turns, neither byline nor information line.
    const opening = ['记者：请谈谈今年的订单情况', '答：订单比去年多了两成，主要来自海外市场的新客户。', '记者：下一步怎么走', long(1)];
    expect(trimCnEdges(opening)).toEqual(opening);
    expect(stripCnMetaLines(opening).paragraphs).toEqual(opening);
    // A lone byline is still one.
    expect(trimCnEdges(['记者：柯某', long(1), long(2)])).toEqual([long(1), long(2)]);
  });

  it('drops page marks and captions with a credit after their full stop between paragraphs', () => {
    expect(trimCnEdges([long(1), '－ 4 －', long(2), long(3)])).toEqual([long(1), long(2), long(3)]);
    expect(trimCnEdges([long(1), '图为工人在车间装配零件。（摄影 柯某）', long(2), long(3)])).toEqual([long(1), long(2), long(3)]);
    expect(trimCnEdges([long(1), '资料图片：港区一角。图片来源：某某图库', long(2), long(3)])).toEqual([long(1), long(2), long(3)]);
  });

  it('ends the text before a figures table and 附注 after it, and keeps a signature and date', () => {
    expect(trimCnEdges([long(1), long(2), '表1 主要指标', '指标', '增速（%）', '工业增加值', '5.6', '投资', '-1.2', '附注', '1. 数据为初步统计数。'])).toEqual([long(1), long(2)]);
    expect(trimCnEdges([long(1), long(2), '某某市统计局', '2024年3月5日'])).toEqual([long(1), long(2), '某某市统计局', '2024年3月5日']);
  });

  it('reads a marked byline as the writer and drops it with the column\'s closing notes', () => {
    expect(readCnMetaLines(['□ 易某某']).author).toBe('易某某');
    expect(readCnMetaLines(['◎ 文/欧阳某']).author).toBe('欧阳某');
    expect(readCnMetaLines(['◎ 张某某 文/图']).author).toBe('张某某');
    expect(readCnMetaLines(['□ 本报记者 张某某']).author).toBe('张某某');
    for (const line of ['主笔 易中行', '特约撰稿人 易中行', '文：易中行']) expect(readCnMetaLines([line]).author, line).toBe('易中行');
    // Filled marks head sub-heads, not bylines.
    expect(readCnMetaLines(['■ 起步']).author).toBeNull();
    expect(trimCnEdges(['◇ 文/欧阳某', long(1), long(2), '（作者为某某大学法学院副教授）', '编辑 某某'])).toEqual([long(1), long(2)]);
    for (const note of ['（原载于《某某周刊》2024年第21期，有删节）', '本文首发于《某某》杂志，原题《变化》。', '（《某某日报》2024年09月12日 第1版）', '（作者单位：某某社会科学院）'])
      expect(trimCnEdges([long(1), long(2), note]), note).toEqual([long(1), long(2)]);
  });

  it('drops a person\'s box of particulars above the text and a bio or 档案 box after it', () => {
    expect(trimCnEdges(['【个人简历】', '姓　　名：某某', '出生年月：1978年11月', long(1), long(2)])).toEqual([long(1), long(2)]);
    expect(trimCnEdges(['出生：1972年，湖南人', '职务：某某公司总工程师', long(1), long(2)])).toEqual([long(1), long(2)]);
    expect(trimCnEdges([long(1), long(2), '【嘉宾介绍】', '某某　某某咨询公司合伙人，曾在多家研究机构任职。'])).toEqual([long(1), long(2)]);
    expect(trimCnEdges([long(1), long(2), '某某小档案', '籍贯', '四川南充'])).toEqual([long(1), long(2)]);
    // One line of a person's particulars left by the short-line filters is the box still.
    expect(trimCnEdges(['获奖：省劳动模范、省五一劳动奖章', long(1), long(2)])).toEqual([long(1), long(2)]);
    // One labelled line is no box.
    expect(trimCnEdges(['各有关单位：', long(1), long(2)])).toEqual(['各有关单位：', long(1), long(2)]);
    // A short sentence with a photo credit after it is a caption.
    expect(trimCnEdges([long(1), '某某在路面巡查。图片由受访者提供', long(2), long(3)])).toEqual([long(1), long(2), long(3)]);
  });

  it('ends the text before a labelled block of particulars and a bulletin\'s distribution record', () => {
    expect(trimCnEdges([long(1), long(2), long(3), '【活动信息】', '活动时间：11月16日14:30-16:30', '活动地点：市图书馆三楼报告厅'])).toEqual([long(1), long(2), long(3)]);
    // With text after it, such a block is the notice's own.
    const notice = [long(1), long(2), long(3), '活动安排', '时间：6月1日上午', '地点：市民中心', '二、有关要求', long(4)];
    expect(trimCnEdges(notice)).toEqual(notice);
    expect(trimCnEdges([long(1), long(2), '抄送：区委办公室，区政协办公室。', '某某区人民政府办公室　2024年11月26日印发'])).toEqual([long(1), long(2)]);
    expect(trimCnEdges([long(1), long(2), '报：省商务厅。', '（共印40份）'])).toEqual([long(1), long(2)]);
    // The printing record's verb is no name, and a masthead's issuing office no 来源.
    expect(readCnMetaLines(['某某区人民政府办公室　2024年11月26日印发']).author).toBeNull();
    expect(readCnMetaLines(['某某市商务局编印　2024年8月30日'])).toMatchObject({ source: null, published: '2024-08-30' });
  });

  it('drops a person\'s box of several short lines above an interview\'s turns, and keeps a lead that names the guest', () => {
    const turns = ['问：今年的订单情况如何？', `答：${long(1)}`, '问：下一步怎么走？', `答：${long(2)}`];
    expect(trimCnEdges(['人物名片', '卓某某', '某某集团董事长', '1968年生，高级经济师。', ...turns])).toEqual(turns);
    expect(trimCnEdges(['【嘉宾简介】卓某某，某某研究院院长、研究员。', ...turns])).toEqual(turns);
    expect(trimCnEdges(['曾获全国五一劳动奖章，著有《制造之道》。', ...turns])).toEqual(turns);
    expect(trimCnEdges(['近日，记者专访了某某集团董事长卓某某。', ...turns])).toEqual(['近日，记者专访了某某集团董事长卓某某。', ...turns]);
  });

  it('drops a writer\'s bio glued to the last paragraph, and reads a commentator\'s signature as no outlet', () => {
    expect(trimCnEdges([long(1), `${long(2)}（作者系某某师范大学副教授）`])).toEqual([long(1), long(2)]);
    expect(readCnMetaLines(['本报评论员　2024年06月05日'])).toMatchObject({ source: null, author: null, published: '2024-06-05' });
    // …and an outlet's commentator as the outlet, without the title.
    expect(readCnMetaLines(['江淮日报评论员　2024年06月05日'])).toMatchObject({ source: '江淮日报', author: null, published: '2024-06-05' });
    expect(readCnMetaLines(['作者：北疆日报特约评论员 张三'])).toMatchObject({ source: null, author: '张三' });
  });

  it('ends a paginated page at its pager however bracketed, and before a writer\'s note opened by 本文作者', () => {
    for (const pager of ['[1] [2] [3] [下一页]', '共3页：上一页 1 2 3 下一页', '【上一页】【1】【2】【下一页】'])
      expect(trimCnEdges([long(1), long(2), pager, '相关报道']), pager).toEqual([long(1), long(2)]);
    expect(trimCnEdges([long(1), long(2), '（本文作者为某某研究院研究员，文章仅代表个人观点）'])).toEqual([long(1), long(2)]);
    // A line that merely counts pages is text.
    expect(trimCnEdges([long(1), long(2), '这份报告共3页，第1页列出了全部指标和它们的来源。'])).toEqual([long(1), long(2), '这份报告共3页，第1页列出了全部指标和它们的来源。']);
  });

  it('drops an English abstract glossing a term in Han, a Keywords line and an unlabelled statement above the text', () => {
    const abs = 'This article reviews the latest figures on the sector (行业) and what they mean for firms and investors.';
    expect(trimCnEdges([abs, 'Keywords: industry; policy; investment', long(1), long(2)])).toEqual([long(1), long(2)]);
    expect(trimCnEdges(['本文为作者授权本平台发布，不代表本平台观点。', long(1), long(2)])).toEqual([long(1), long(2)]);
    // A dateline's lead about 授权运营 is text.
    const lead = '本站8月30日电，又有三个省份出台公共数据授权运营管理办法，明确授权主体和收益分配方式。';
    expect(trimCnEdges([lead, long(1)])).toEqual([lead, long(1)]);
    // A Chinese sentence naming English products stays.
    const mixed = '某某公司发布了 Nova Pro Max 三款新机型，售价较上一代下调一成。';
    expect(trimCnEdges([mixed, long(1)])).toEqual([mixed, long(1)]);
  });

  it('drops a paper\'s 评论员 line, a person\'s box under a colon label and a 全文阅读 link', () => {
    expect(trimCnEdges(['南岭日报评论员', long(1), long(2)])).toEqual([long(1), long(2)]);
    expect(trimCnEdges(['评论员 张明', long(1), long(2)])).toEqual([long(1), long(2)]);
    expect(trimCnEdges(['人物简介：卓某某，某某集团董事长，高级经济师。', long(1), long(2)])).toEqual([long(1), long(2)]);
    expect(trimCnEdges([long(1), long(2), '全文阅读>>'])).toEqual([long(1), long(2)]);
  });

  it('reads the reporter of a lead line, in any of its forms', () => {
    expect(leadReporter('本报讯（记者 乔某 通讯员 雷某某）近日，某某镇……')).toBe('乔某');
    expect(leadReporter('晚报讯（记者甘某某、实习生景某）昨天……')).toBe('甘某某');
    expect(leadReporter('某某社成都4月2日电（记者 祁某）今年一季度……')).toBe('祁某');
    expect(leadReporter('本报讯 今年以来，全市新增企业……')).toBeNull();
    expect(leadReporter('记者从市统计局获悉，今年以来……')).toBeNull();
  });
});

describe('announcements, bulletins, notices and commentaries of #17\u2019s tenth round', () => {
  const long = (n: number): string => `第${n}段正文写得足够长，是一句完整的话，讲述了这篇报道中的一个事实和它的背景。`;

  it('drops an announcement\u2019s codes line and its headline printed again, and keeps 特此公告, the signature and the date', () => {
    const title = '某某科技股份有限公司关于获得政府补助的公告';
    const text = [long(1), long(2), '特此公告。', '某某科技股份有限公司董事会', '二〇二四年九月十二日'];
    expect(trimCnEdges(['证券代码：600XXX　证券简称：某某科技　公告编号：2024-058', title, ...text], title)).toEqual(text);
  });

  it('ends a bulletin at its distribution lines and an interpretation at its 解读 lines', () => {
    expect(trimCnEdges([long(1), long(2), '抄报：省委办公厅。', '抄送：各市局。', '（共印80份）'])).toEqual([long(1), long(2)]);
    expect(trimCnEdges([long(1), long(2), '报：部领导。', '送：各司局。', '发：各省厅。'])).toEqual([long(1), long(2)]);
    expect(trimCnEdges([long(1), long(2), '解读机构：某某厅', '解读人：某某处 某某', '联系电话：0571-0000XXXX'])).toEqual([long(1), long(2)]);
  });

  it('keeps a notice\u2019s closing contact lines, but not an address alone under the text', () => {
    const contacts = ['联系人：某某处 谢某', '联系电话：0731-0000XXXX', '地址：某某市政务服务中心B座1108室'];
    expect(trimCnEdges([long(1), long(2), ...contacts])).toEqual([long(1), long(2), ...contacts]);
    expect(trimCnEdges([long(1), long(2), '地址：某某市某某路1号'])).toEqual([long(1), long(2)]);
  });

  it('drops a mark byline above a commentary and the note on its writer below, and reads the writer', () => {
    expect(trimCnEdges(['◎ 诸葛某', long(1), long(2), '（作者为某某研究院研究员）'])).toEqual([long(1), long(2)]);
    expect(readCnMetaLines(['2024-09-12 08:30 某某报', '□ 欧阳某某'], null, 2).author).toBe('欧阳某某');
    expect(filledMarkByline(['2024-09-12 08:30 某某报', '■ 钱某'])).toBe('钱某');
    expect(filledMarkByline(['■ 某某日报'])).toBeNull();
  });

  it('takes the time of the same day printed beside a day alone, and a bulletin\u2019s imprint as its compiler', () => {
    expect(readCnMetaLines(['公告日期：2024-09-13　发布时间：2024-09-13 17:40:21']).published).toBe('2024-09-13T17:40:21');
    expect(readCnMetaLines(['公告日期：2024-09-13', '发布时间：2024-09-13 17:40']).published).toBe('2024-09-13T17:40:00');
    expect(readCnMetaLines(['公告日期：2024-09-13', '发布时间：2024-09-14 17:40']).published).toBe('2024-09-13');
    expect(readCnMetaLines(['某某市应急管理局编　2024年10月12日']).source).toBe('某某市应急管理局');
  });

  it('ends an event\u2019s news at its lone information label, and drops an English abstract glossing names in Han', () => {
    expect(trimCnEdges([long(1), long(2), long(3), '【演出信息】', '演出时间：2024年12月20日 19:30', '票价：80元'])).toEqual([long(1), long(2), long(3)]);
    expect(trimCnEdges([long(1), long(2), long(3), '展览信息', '预约方式：关注官方公众号进行预约，每日限额五百人。'])).toEqual([long(1), long(2), long(3)]);
    // Followed by paragraphs of text it heads a section of the text.
    expect(trimCnEdges([long(1), long(2), long(3), '活动信息', long(4), long(5)])).toHaveLength(6);
    const abstract = 'Abstract: Zhang Wei (张伟), an analyst in Beijing, said demand for broadband would keep growing next year.';
    expect(trimCnEdges([abstract, long(1), long(2)])).toEqual([long(1), long(2)]);
    const glosses = `${'(某某) '.repeat(20_000)}`;
    expect(trimCnEdges([glosses, long(1)])).toHaveLength(2);
  });

  it('reads the writer of closing credits labelled 文： or 文字：', () => {
    expect(stripCnMetaLines([long(1), long(2), '（文：柯某某　摄影：陈某　审核：刘某某）']).meta.author).toBe('柯某某');
    expect(stripCnMetaLines([long(1), long(2), '文字：柯某某　图片：宣传科　初审：胡某　终审：甄某']).meta.author).toBe('柯某某');
  });

  it('reads no information line under a comment section\u2019s label', () => {
    const got = stripCnMetaLines([long(1), long(2), '网友评论（2）', '网友 海风 2024-12-01 08:30']);
    expect(got.meta.author).toBeNull();
  });
});

describe('traditional labels, 民國 dates, notices and print views of #17\u2019s round 13b', () => {
  const long = (n: number): string => `第${n}段正文写得足够长，是一句完整的话，讲述了这篇报道中的一个事实和它的背景。`;
  let dev: ReturnType<typeof loadCnPages> | null = null;
  const devPage = (name: string) => {
    dev ??= loadCnPages('dev');
    const p = dev.find((x) => x.name === name)!;
    return { gold: p.gold, got: extractArticle(p.bytes, { url: p.gold.url }) };
  };

  it('reads dates of the 民國 calendar, and no code, address or Gregorian year as one', () => {
    expect(arabicDates('發布日期：115年12月6日')).toBe('發布日期：2026年12月6日');
    expect(arabicDates('中華民國115年11月3日 民國99年1月5日')).toBe('2026年11月3日 2010年1月5日');
    expect(toIsoDate('115/11/03 14:20')).toBe('2026-11-03T14:20:00');
    expect(toIsoDate('115-11-27')).toBe('2026-11-27');
    for (const s of ['2115-11-27', '192.168.1.1', '10.115.12.6', '130-1234-5678', '成立99年12月6日']) expect(arabicDates(s)).toBe(s);
  });

  it('reads labels printed in traditional characters, keeping the values as printed', () => {
    expect(readCnMetaLines(['發布單位：經濟部能源署　發布日期：115年12月6日'])).toMatchObject({ source: '經濟部能源署', published: '2026-12-06' });
    expect(readCnMetaLines(['發稿單位 城鄉發展處 發布時間 中華民國115年11月3日'])).toMatchObject({ source: '城鄉發展處', published: '2026-11-03' });
    // 資料來源 is a label, not a name beside the date; a counter labelled 點閱次數 is no field.
    expect(readCnMetaLines(['公告日期：115.11.18 資料來源：農業部 點閱次數：2,481'])).toMatchObject({ source: '農業部', author: null, published: '2026-11-18' });
  });

  it('reads credits parted by semicolons, and no channel of a one-link-a-line menu as the writer', () => {
    expect(stripCnMetaLines([long(1), long(2), '（记者 王某兰；编辑 张某某）']).meta).toMatchObject({ author: '王某兰', editor: '张某某' });
    expect(stripCnMetaLines([long(1), long(2), '（报道：郑某；责编：冯某）']).meta.author).toBe('郑某');
    expect(devPage('g-intledition-1').got.author).toBe(devPage('g-intledition-1').gold.author);
  });

  it('keeps a notice\u2019s salutation, and its attachments, contacts, signature and date down to the date', () => {
    const closing = ['附件：1.意见反馈表', '2.征求意见稿', '联系人：马某某', '联系电话：010-8866XXXX', '某某标准化技术委员会秘书处', '二〇二六年十一月六日'];
    expect(trimCnEdges([long(1), long(2), ...closing])).toEqual([long(1), long(2), ...closing]);
    // Without a signature and date after them, the attachments end the text as before.
    expect(trimCnEdges([long(1), long(2), '附件：1.意见反馈表', '2.征求意见稿'])).toEqual([long(1), long(2)]);
    for (const name of ['g-stdnotice-0', 'g-stdnotice-1']) {
      const { gold, got } = devPage(name);
      expect(got.body.startsWith(gold.body_first), name).toBe(true);
      expect(got.body.replace(/\s/g, '').endsWith(gold.body_last), name).toBe(true);
    }
  });

  it('drops a print view\u2019s header line above the headline, and a programme\u2019s lone label after the text', () => {
    const { gold, got } = devPage('g-printview-0');
    expect(got.body.startsWith(gold.body_first)).toBe(true);
    expect(trimCnEdges([long(1), long(2), long(3), '论坛日程', '2026-12-15 09:00', '开幕式及主旨论坛'])).toEqual([long(1), long(2), long(3)]);
  });

  it('reads Big5 pages declared only in http-equiv and 民國-dated releases (dev pages)', () => {
    for (const name of ['g-big5release-0', 'g-big5release-1', 'g-rocspans-0', 'g-rocspans-1']) {
      const { gold, got } = devPage(name);
      expect(scoreCnPage(gold, got).misses, name).toEqual([]);
    }
  });

  it('reads an edition\u2019s slashed time labels, a wire\u2019s reporter glued to the place, and no event\u2019s or print time as the page\u2019s', () => {
    expect(readCnMetaLines(['发布/2026年11月28日 14:35', '更新/2026年11月28日 18:02'])).toMatchObject({ published: '2026-11-28T14:35:00', author: null });
    expect(readCnMetaLines(['（中央社記者林某某台北6日電）']).author).toBe('林某某');
    expect(leadReporter('（中央社記者林某某台北6日電）行政院今日召開會議，通過明年度總預算案。')).toBe('林某某');
    expect(readCnMetaLines(['2026-11-21 16:35 聯合報 記者陳某某／台北報導'])).toMatchObject({ source: '聯合報', author: '陳某某' });
    // A place longer than two characters is not split off: no author rather than a dateline for one.
    expect(readCnMetaLines(['（中央社記者林某某華盛頓6日電）']).author).toBeNull();
    for (const line of ['2026年11月20-22日 | 某某国际会展中心', '展会时间：2026年11月20日-22日', '2026.12.15-17　某某国家会展中心', '打印时间：2026-12-06 21:14']) {
      expect(readCnMetaLines([line]).published, line).toBeNull();
    }
    expect(readCnMetaLines(['展会时间：2026年12月15日-17日', '发布时间：2026-11-30 09:00']).published).toBe('2026-11-30T09:00:00');
  });

  it('reads a paper\u2019s 出版/更新 line by its publication, and keeps a salutation right under a photo', () => {
    expect(readCnMetaLines(['出版：2026年11月21日 06:30 更新：2026年11月21日 08:02']).published).toBe('2026-11-21T06:30:00');
    expect(readCnMetaLines(['最後更新：2026/11/21 18:02　發佈時間：2026/11/21 16:35'])).toMatchObject({ published: '2026-11-21T16:35:00', author: null });
    for (const name of ['g-hkpaper-0', 'g-groupnews-1']) {
      const { gold, got } = devPage(name);
      expect(scoreCnPage(gold, got).misses, name).toEqual([]);
    }
  });

  it('stays linear on long adversarial lines', () => {
    const lines = ['115-'.repeat(25_000), '民國'.repeat(50_000), `${'發'.repeat(100_000)}：`, `${'；记者'.repeat(30_000)}`, `${'2026-11-20-'.repeat(9_000)}`, `${'记者林某某台北'.repeat(14_000)}`];
    for (const line of lines) {
      expect(typeof arabicDates(line)).toBe('string');
      expect(readCnMetaLines([line]).published).toBeNull();
      expect(trimCnEdges([long(1), line, long(2)]).length).toBeGreaterThan(0);
    }
  });
});
