import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/enrich/figures.js';
import { splitSentences } from '../src/enrich/text.js';
import { extractEntities } from '../src/enrich/entities.js';
import { tokenize } from '../src/enrich/segmenter.js';

const figures = (text: string) => {
  const tokens = tokenize(text);
  return extractFigures(text, splitSentences(text), extractEntities(text, tokens), tokens);
};

describe('figures', () => {
  it('reads a reporting span written in Chinese numerals or running from the start of the year as the period', () => {
    expect(figures('前十一个月，全市快递业务量完成 12.5 亿件。')[0]?.period).toBe('前十一个月');
    expect(figures('今年以来，全省新增工业机器人 3200 台。')[0]?.period).toBe('今年以来');
  });

  it('normalises an amount and attaches the year-on-year rate printed after it (000)', () => {
    const fs = figures('8 月 13 日，腾讯音乐娱乐集团发布了一份喜人的 Q2 成绩单：总营收 59 亿元(8.59亿美元)，同比增长 31%，高于预期。');
    expect(fs[0]).toMatchObject({ value: 5.9e9, unit: '元', metric: '总营收', subject: '腾讯音乐娱乐集团', period: 'Q2', change: { kind: '同比', value: 31, unit: '%' } });
    expect(fs[1]).toMatchObject({ value: 8.59e8, unit: '美元', change: { kind: '同比', value: 31 } });
    expect(fs).toHaveLength(2);
  });

  it('keeps an amount printed in brackets in another currency inside its brackets, the rate on the amount before it', () => {
    const fs = figures('某车企第三季度营收 42 亿元（6.1亿美元），同比增长 18%，好于市场预期。');
    expect(fs.map((f) => [f.text, f.unit, f.change?.value])).toEqual([['42 亿元（6.1亿美元），同比增长 18%', '元', 18], ['6.1亿美元', '美元', 18]]);
  });

  it('reads what a figure measures past the praise printed before it (创纪录的, 历史新高的)', () => {
    expect(figures('公司全年营业收入达到了创纪录的 2.4 亿元，同比增长 6%。')[0]).toMatchObject({ metric: '营业收入', value: 2.4e8 });
    expect(figures('今年一季度，全省软件业务收入创下历史新高的 860 亿元。')[0]).toMatchObject({ metric: '软件业务收入', value: 8.6e10 });
  });

  it('gives each figure of one sentence the period and company printed last before it', () => {
    const fs = figures('华为上半年营收1.2亿元，中兴通讯2024年营收3亿元，小米全年营收5亿元。');
    expect(fs.map((f) => [f.value, f.period, f.subject])).toEqual([
      [1.2e8, '上半年', '华为技术有限公司'], [3e8, '2024年', '中兴通讯股份有限公司'], [5e8, '全年', '小米集团'],
    ]);
  });

  it('reads the period before a figure when a longer one would run on past it (截至…日 over the figure)', () => {
    expect(figures('截至今年营收12亿元增长至3月1日。').map((f) => [f.value, f.period])).toEqual([[1.2e9, '今年']]);
  });

  it('reads 万亿 and counts with a measure word', () => {
    const fs = figures('预计到2025年，我国数字经济核心产业规模将达1.2万亿元；5G基站数达115.9万个。');
    expect(fs.map((f) => [f.value, f.unit])).toEqual([[1.2e12, '元'], [1.159e6, '个']]);
    expect(fs[1].metric).toBe('5G基站数');
  });

  it('pairs a list of rates with the list of amounts before it (003)', () => {
    const fs = figures('从统计数据上看，9月份汽车产销分别完成207.7万辆和206.7万辆，同比下降17.9%和19.6%，这个幅度是近年少有的。');
    expect(fs.map((f) => [f.value, f.unit, f.change?.value])).toEqual([[2.077e6, '辆', -17.9], [2.067e6, '辆', -19.6]]);
    expect(fs[0].period).toBe('9月份');
  });

  it('keeps a growth rate without an amount as its own figure (003)', () => {
    const [f] = figures('今年前三季度规模以上工业增加值同比增长11.8%，重点行业保持增长。');
    expect(f).toMatchObject({ value: 11.8, unit: '%', metric: '规模以上工业增加值', period: '前三季度', change: { kind: '同比', value: 11.8 } });
  });

  it('ignores years, dates, ordinals and specifications (000)', () => {
    const fs = figures('格芯认为苹果公司违反了 1930 年关税法第 337 条，此外还包括 7纳米芯片相关的专利，2019 年 6 月 30 日。');
    expect(fs).toEqual([]);
  });

  it('reads orders of magnitude as a scale, not a count', () => {
    const fs = figures('该芯片的能效比商用GPU高出3个数量级，已有12个客户完成测试。');
    expect(fs.map((f) => [f.value, f.unit])).toEqual([[12, '个']]);
  });

  it('reads energy and mass with their multipliers (000)', () => {
    const fs = figures('预计到 2020 年，我国退役电池累计约为 25GWh（约 20万吨），直接报废量约 6 万吨。');
    expect(fs.map((f) => [f.value, f.unit])).toEqual([[25, 'GWh'], [2e5, '吨'], [6e4, '吨']]);
  });

  it('reads power, computing, card, container, block and rupee units; a length stays a specification', () => {
    const fs = figures('该港去年集装箱吞吐量达到2500万标箱，新型激光器输出功率达3.5瓦。全省智能算力规模超过12EFLOPS，另有800PFLOPS在建，训练集群使用超过2万卡，项目总投资1200亿卢比，新车续航达600公里，进口集成电路3.2亿块。');
    expect(fs.map((f) => [f.value, f.unit])).toEqual([[2.5e7, '标箱'], [3.5, '瓦'], [12, 'EFLOPS'], [800, 'PFLOPS'], [2e4, '卡'], [1.2e11, '卢比'], [3.2e8, '块']]);
    expect(fs[1].metric).toBe('新型激光器输出功率');
  });

  it('reads no unit out of a word it opens (卡塔尔, 卡车, 瓦特 as the watt)', () => {
    const fs = figures('2022卡塔尔世界杯期间，公司交付1000卡车，新芯片功耗仅10瓦特，建成1万卡集群。');
    expect(fs.map((f) => [f.value, f.unit])).toEqual([[10, '瓦'], [1e4, '卡']]);
  });

  it('keeps a rate as its own figure when its clause names another thing measured', () => {
    const fs = figures('公司服务省内大模型企业130余家，上半年算力业务收入增长65%。全年营收452亿元，同比增长9.2%。');
    expect(fs.map((f) => [f.value, f.unit, f.change?.value ?? null])).toEqual([[130, '家', null], [65, '%', 65], [4.52e10, '元', 9.2]]);
    expect(fs[1].metric).toBe('算力业务收入');
  });

  it('reads a level word before the counted noun and ends a metric at 内', () => {
    const fs = figures('体系设置5个一级指标、24个二级指标。该市计划在三年内投入8亿元。');
    expect(fs.map((f) => [f.value, f.unit, f.metric])).toEqual([[5, '个', '一级指标'], [24, '个', '二级指标'], [8e8, '元', '投入']]);
  });

  it('reads 只 as a count (智能电表320万只, IGBT模块200万只)', () => {
    const fs = figures('全年计划采购智能电表320万只，车规级IGBT模块年产能将提升至200万只。');
    expect(fs.map((f) => [f.value, f.unit])).toEqual([[3.2e6, '只'], [2e6, '只']]);
  });

  it('reads volumes, power and energy in every prefix, and counts of doses, plants, animals, tickets and chambers', () => {
    const fs = figures('该厂全年灌装疫苗2400万支，出口白酒3000万升、口服液80万毫升，储气1.2亿立方米。新增装机3.5吉瓦，年发电量12太瓦时，储能电站容量800兆瓦时、2吉瓦时。种植苗木20万株，出栏生猪300万头，售出门票12万票，交付刻蚀设备1000腔，综合评分93.5分。');
    expect(fs.map((f) => [f.value, f.unit])).toEqual([
      [2.4e7, '支'], [3e7, '升'], [8e5, '毫升'], [1.2e8, '立方米'], [3.5, '吉瓦'], [12, '太瓦时'], [800, '兆瓦时'], [2, '吉瓦时'],
      [2e5, '株'], [3e6, '头'], [1.2e5, '票'], [1000, '腔'], [93.5, '分'],
    ]);
  });

  it('reads no unit out of a word the unit opens or a time (5分钟, 10时30分, 升至, 头部, 支付), nor a device\'s weight', () => {
    const fs = figures('审批用时5分钟，会议10时30分开始，价格由3万升至5万，头部企业12家，支付金额8万元，机器人单臂负载15公斤。');
    expect(fs.map((f) => [f.value, f.unit])).toEqual([[3e4, ''], [5e4, ''], [12, '家'], [8e4, '元']]);
  });

  it('reads a weight after 重点, 重庆 or 重要 as an amount, and one right after 重 as a device\'s', () => {
    const fs = figures('全市重点储备500公斤，重庆调运800公斤，重要物资1200千克，整机重1.2千克，机身重 900 千克。');
    expect(fs.map((f) => [f.value, f.unit])).toEqual([[500, '公斤'], [800, '公斤'], [1200, '千克']]);
  });

  it('keeps the qualifiers of what is measured (年产能, 首期投资, 累计交付, 平均上架率, 投后估值), not a date\'s month', () => {
    const fs = figures('新工厂年产能30万辆，首期投资100亿元，累计交付20万辆，机房平均上架率71.2%，公司投后估值500亿元，10月集成电路出口额12亿美元。');
    expect(fs.map((f) => f.metric)).toEqual(['年产能', '首期投资', '累计交付', '平均上架率', '投后估值', '集成电路出口额']);
  });

  it('reads a share with what it is of, a verb\'s measure whole, a trade partner, and no 华 piece (在华)', () => {
    const fs = figures('软件出口占全省服务出口的比重为41%，欧洲在全球芯片产能中的份额将达20%。公司持股比例8%，采购规模8000台。对东盟出口增长21%，在华销量2.6万辆。');
    expect(fs.map((f) => f.metric)).toEqual(['软件出口占全省服务出口的比重', '全球芯片产能中的份额', '持股比例', '采购规模', '对东盟出口', '销量']);
  });

  it('names money after the verb that raises, gives or signs it, or by the purchase it pays for', () => {
    const fs = figures('某公司近日完成8亿元B轮融资，由基金领投。政府将提供300亿日元补贴，支持建厂。集团拟以12亿美元收购一家芯片公司。双方签订5亿元刻蚀设备合同。该市设立20亿元概念验证基金。财政拨款10亿元建设算力平台。');
    expect(fs.map((f) => f.metric)).toEqual(['B轮融资', '补贴', '收购', '刻蚀设备合同', '概念验证基金', '财政拨款']);
  });

  it('takes off a verb jieba tags as a noun before what it counts (部署, 培育, 年产, 新引进), not a measure\'s verb', () => {
    const fs = figures('今年部署路侧单元860个，新培育专精特新企业210家，年产精密马达1200万台，新引进研发机构5家，采购规模8000台。');
    expect(fs.map((f) => f.metric)).toEqual(['路侧单元', '专精特新企业', '精密马达', '研发机构', '采购规模']);
  });

  it('reads a counted name with a hyphen whole (5G-A基站) and a profit with whose it is (归属于上市公司股东的净利润)', () => {
    const fs = figures('全省建成2000个5G-A基站。公司实现归属于上市公司股东的净利润3.2亿元。');
    expect(fs.map((f) => f.metric)).toEqual(['5G-A基站', '归属于上市公司股东的净利润']);
  });

  it('reads computing power in P only beside 算力, not a resolution (1080P)', () => {
    const fs = figures('该中心智能算力规模达到1.8万P，支持1080P视频转码，二期新增算力5000P。');
    expect(fs.map((f) => [f.value, f.unit])).toEqual([[1.8e4, 'P'], [5000, 'P']]);
  });

  it('reads the kronor and base-station sites as units', () => {
    const fs = figures('爱立信当季销售额为567亿瑞典克朗。中国联通集采规模约8.2万站，第2站巡展在成都。');
    expect(fs.map((f) => [f.value, f.unit])).toEqual([[5.67e10, '瑞典克朗'], [8.2e4, '站']]);
  });

  it('gives the first end of a range the unit printed at its other end', () => {
    const fs = figures('公司预计明年营收在320亿至350亿美元之间，毛利率为45%至47%。');
    expect(fs.map((f) => [f.value, f.unit])).toEqual([[3.2e10, '美元'], [3.5e10, '美元'], [45, '%'], [47, '%']]);
    expect(fs[1].metric).toBe(fs[0].metric);
  });

  it('reads no figure out of a class, a model year or a place in a ranking (10万吨级, 2027款, 提升1位, 前3位)', () => {
    const fs = figures('新增2个10万吨级泊位和20兆瓦级机组，2027款乘用车单套成本降低约18%。公司排名第8位，较上年提升1位，前3位企业营收增长。目前3位院士加盟，推出12款新品。');
    expect(fs.map((f) => [f.value, f.unit])).toEqual([[2, '个'], [18, '%'], [3, '位'], [12, '款']]);
  });

  it('reads no figure out of a starting price\'s model number or a camera\'s resolution (iPhone 17起售价, 5000万像素)', () => {
    const fs = figures('iPhone 17起售价5999元，主摄5000万像素，长焦2亿像素，另有5000万超广角，上半年发生3起故障。');
    expect(fs.map((f) => [f.value, f.unit, f.metric])).toEqual([[5999, '元', '起售价'], [3, '起', '故障']]);
  });

  it('reads no figure out of a memory configuration or a charging power (12GB+256GB, 100瓦有线快充), and keeps traffic in GB', () => {
    const fs = figures('12GB+256GB版本售价4199元，支持100瓦有线快充，备货50万台。移动互联网接入流量达2216亿GB。');
    expect(fs.map((f) => [f.value, f.unit])).toEqual([[4199, '元'], [5e5, '台'], [2.216e11, 'GB']]);
  });

  it('reads no figure out of a device\'s memory named so (256GB版, 1TB存储, 内存高达16GB), and keeps storage capacity in PB', () => {
    const fs = figures('256GB版售价5999元，1TB存储版本售价7999元，内存高达16GB。新增存储容量300PB。');
    expect(fs.map((f) => [f.value, f.unit])).toEqual([[5999, '元'], [7999, '元'], [300, 'PB']]);
  });

  it('gives an amount in 元 the currency printed before or after it (新台币3,676亿元, 3.13万亿元新台币, 港币100亿元), and the yuan otherwise', () => {
    const fs = figures('台积电10月营收新台币3,676亿元，前10月营收3.13万亿元新台币。特区政府拨款港币100亿元，日本拨款日元5000亿，公司营收人民币120亿元。');
    expect(fs.map((f) => [f.value, f.unit])).toEqual([[3.676e11, '新台币'], [3.13e12, '新台币'], [1e10, '港元'], [5e11, '日元'], [1.2e10, '元']]);
    expect(fs[0].metric).toBe('营收');
  });

  it('reads the unit after 余 or 多 printed after 万 or 亿 (1万余台, 5亿多元)', () => {
    const fs = figures('全年出货1万余台，服务客户3万多家，员工2000余人，营收5亿多元。');
    expect(fs.map((f) => [f.value, f.unit])).toEqual([[1e4, '台'], [3e4, '家'], [2000, '人'], [5e8, '元']]);
  });

  it('gives a rate compared against something (较上届, 较上年同期) to the amount before it', () => {
    const fs = figures('总投资额约2100亿元，较上届增长约8%。营收20亿元，较上年同期增长5%。');
    expect(fs.map((f) => [f.value, f.unit, f.change?.value ?? null])).toEqual([[2.1e11, '元', 8], [2e9, '元', 5]]);
  });
});
