import { describe, expect, it } from 'vitest';
import { extractEntities, levelledBureaus } from '../src/enrich/entities.js';
import { networkGroupOf } from '../src/enrich/entity-operators.js';
import { tokenize } from '../src/enrich/segmenter.js';
import type { Entity } from '../src/enrich/types.js';
import { enrichArticle } from '../src/enrich/index.js';
import { authorArticles } from './enrich-unseen.js';

const entities = (text: string, source?: string) => extractEntities(text, tokenize(text), source);
const find = (es: Entity[], type: string, name: string) => es.find((e) => e.type === type && e.name === name);

describe('entities', () => {
  it('keeps a company and its chairman whole, with role and affiliation', () => {
    const es = entities('宁德时代董事长曾毓群表示，动力电池产业将继续高速增长。');
    expect(find(es, 'org', '宁德时代新能源科技股份有限公司')?.spans[0].text).toBe('宁德时代');
    const p = find(es, 'person', '曾毓群');
    expect(p?.role).toBe('董事长');
    expect(p?.affiliation).toBe('宁德时代新能源科技股份有限公司');
  });

  it('resolves every alias of the ministry to one canonical name and counts mentions (003)', () => {
    const text = '日前，工业和信息化部、中央宣传部等六部门决定开展活动。工信部新闻发言人、信息通信管理局局长赵志国介绍，前三季度累计通报了1494款违规App。赵志国介绍，后续将从完善制度入手。';
    const es = entities(text);
    const miit = find(es, 'org', '中华人民共和国工业和信息化部');
    expect(miit?.mentions).toBe(2);
    expect(miit?.spans.map((s) => s.text)).toEqual(['工业和信息化部', '工信部']);
    expect(miit?.spans.every((s) => text.slice(s.start, s.end) === s.text)).toBe(true);
    const zhao = find(es, 'person', '赵志国');
    expect(zhao?.role).toBe('局长');
    expect(zhao?.mentions).toBe(2);
    expect(find(es, 'org', '中共中央宣传部')).toBeDefined();
  });

  it('finds organisations by their ending and prefers them to the place inside (000)', () => {
    const es = entities('北京理工新源信息科技有限公司主导开发的“退役动力蓄电池交易信息发布平台”已经上线。');
    expect(find(es, 'org', '北京理工新源信息科技有限公司')).toBeDefined();
    expect(find(es, 'place', '北京市')).toBeUndefined();
  });

  it('gives an organisation found by its ending the country its name opens with', () => {
    const es = entities('韩国科学技术信息通信部与德国联邦网络局日前联合发布报告。杭州市数据资源管理局表示将予以关注。');
    expect(find(es, 'org', '韩国科学技术信息通信部')?.country).toBe('韩国');
    expect(find(es, 'org', '德国联邦网络局')?.country).toBe('德国');
    expect(find(es, 'org', '杭州市数据资源管理局')?.country).toBe('中国');
  });

  it('separates a country from the company it describes (001)', () => {
    const es = entities('前五大申请公司企业还有：日本东芝公司(5223项)，韩国三星集团(5102项)和日本 NEC集团(4406项)。');
    expect(find(es, 'org', '东芝')).toBeDefined();
    expect(find(es, 'org', '三星集团')).toBeDefined();
    expect(find(es, 'org', 'NEC')).toBeDefined();
    expect(find(es, 'place', '韩国')).toBeDefined();
    expect(find(es, 'place', '日本')?.mentions).toBe(2);
  });

  it('finds foreign names after a title (000)', () => {
    const es = entities('Linux 基金会执行董事 Jim Zemlin 在接受采访时称，微软 Azure CTO Mark Russinovich 在也解释称。');
    expect(find(es, 'person', 'Jim Zemlin')?.role).toBe('执行董事');
    expect(find(es, 'person', 'Mark Russinovich')?.role).toBe('CTO');
    expect(find(es, 'org', 'Linux基金会')).toBeDefined();
  });

  it('resolves provinces, cities and short forms; 我省 when the source names a place the text names too', () => {
    const es = entities('我省与江苏省、南京和宁波签约，浙江将扩大合作。', '浙江日报');
    expect(find(es, 'place', '浙江省')?.spans.map((s) => s.text)).toEqual(['我省', '浙江']);
    // From 我省 alone the place would be read out of the publication's name: none, as 我国 is none.
    expect(find(entities('我省与江苏省、南京和宁波签约。', '浙江日报'), 'place', '浙江省')).toBeUndefined();
    expect(find(es, 'place', '江苏省')).toBeDefined();
    expect(find(es, 'place', '南京市')?.kind).toBe('city');
    expect(find(es, 'place', '宁波市')).toBeDefined();
  });

  it("reads the publication's home only where the text says 我市 or 本市 as words, not out of 资本市场 or 日本市场", () => {
    const source = '宁波经济运行监测专报';
    const market = entities('资本市场持续回暖\n\n日本市场需求上升，本区域企业基本市况良好。', source);
    expect(find(market, 'place', '宁波市')).toBeUndefined();
    expect(find(market, 'place', '日本')).toBeDefined();
    const home = entities('本市出台新政\n\n宁波市将推进数字经济，我市资本市场反应积极。', source);
    expect(find(home, 'place', '宁波市')?.spans.map((s) => s.text)).toEqual(['本市', '宁波市', '我市']);
  });

  it('leaves names inside a document title alone (000)', () => {
    const es = entities('近日，新能源汽车国家大数据联盟发布了《中国新能源汽车大数据分析报告（2019）》的简要版。');
    expect(find(es, 'place', '中国')).toBeUndefined();
    expect(find(es, 'org', '新能源汽车国家大数据联盟')).toBeDefined();
  });

  it('reads no entity out of a longer word or a class noun (高通量, 电信运营商, 子公司, 顾问)', () => {
    const es = entities('中国卫通将加码高通量卫星。英国电信运营商沃达丰宣布，将向其韩国子公司增资。赛迪顾问最新发布的报告预测，市场将继续增长。');
    const names = es.map((e) => `${e.type}:${e.name}`);
    expect(names).not.toContain('org:高通');
    expect(names.some((n) => n.startsWith('org:英国电信'))).toBe(false);
    expect(names.some((n) => n.includes('子公司'))).toBe(false);
    expect(names.some((n) => n.startsWith('person:'))).toBe(false);
    expect(find(es, 'org', '中国卫通')).toBeDefined();
    expect(find(es, 'place', '英国')).toBeDefined();
    expect(find(es, 'place', '韩国')).toBeDefined();
  });

  it('reads no body out of a kind of company or a generic modifier (央企控股, 智慧实验室), and a known company printed in full as itself', () => {
    const names = entities('该央企控股上市公司发布公告，将建设智慧实验室产线。另一家国企控股集团表示支持。').map((e) => `${e.type}:${e.name}`);
    expect(names.filter((n) => n.startsWith('org:'))).toEqual([]);
    expect(find(entities('四川长虹电器股份有限公司发布年报。'), 'org', '四川长虹')).toBeDefined();
  });

  it('reads every body of a kind (各地通信管理局) as no organisation, and knows more foreign cities and regions', () => {
    const es = entities('通知要求各地通信管理局做好频率保障。华为云在利雅得上线服务区，面向中东和北非客户。');
    expect(es.some((e) => e.type === 'org' && e.name.includes('通信管理局'))).toBe(false);
    expect(find(es, 'place', '利雅得')?.country).toBe('沙特阿拉伯');
    expect(find(es, 'place', '北非')).toBeDefined();
    expect(find(entities('北京市通信管理局日前发布通知。'), 'org', '北京市通信管理局')).toBeDefined();
  });

  it('reads a name after a title even when it looks like a company short name or a place (何小鹏, 黄海)', () => {
    const es = entities('小鹏汽车董事长何小鹏表示，新工厂将投产。海关总署局长黄海表示，进出口保持增长。');
    expect(find(es, 'person', '何小鹏')?.role).toBe('董事长');
    expect(find(es, 'org', '小鹏汽车')).toBeDefined();
    expect(find(es, 'person', '黄海')?.role).toBe('局长');
    // Without a title, a place after a surname-like character stays a place (向上海).
    expect(entities('企业正向上海转移产能。').some((e) => e.type === 'person')).toBe(false);
  });

  it("reads a company's branch named by a place as the company, an operator's as itself, an association by 联合会, and US and German states", () => {
    const es = entities('中国移动浙江公司与中国机械工业联合会签约。英特尔推迟俄亥俄州工厂，德国萨克森州的项目照常推进。华为杭州分公司参与。');
    // An operator's provincial company is a body of its own, as printed; the province in its name is no place mention.
    expect(find(es, 'org', '中国移动浙江公司')?.spans[0].text).toBe('中国移动浙江公司');
    expect(find(es, 'org', '中国移动通信集团有限公司')).toBeUndefined();
    expect(find(es, 'place', '浙江省')).toBeUndefined();
    // Any other company's branch is the company.
    expect(find(es, 'org', '华为技术有限公司')?.spans[0].text).toBe('华为杭州分公司');
    // A 国家研究中心 named by its city is an institute, not the city.
    const centre = entities('南京集成电路国家研究中心发布新成果。');
    expect(find(centre, 'org', '南京集成电路国家研究中心')?.kind).toBe('institute');
    expect(find(centre, 'place', '南京市')).toBeUndefined();
    // A place inside an event's name names the event; where it is held, or whose summit it is, stays a place.
    const fair = entities('新品在中国国际信息通信展览会上亮相，随后在成都举行的发布会上开售。欧盟峰会同日召开。');
    expect(find(fair, 'place', '中国')).toBeUndefined();
    expect(find(fair, 'place', '成都市')).toBeDefined();
    expect(find(fair, 'place', '欧盟')).toBeDefined();
    expect(find(es, 'org', '中国机械工业联合会')?.kind).toBe('association');
    expect(find(es, 'place', '俄亥俄州')?.country).toBe('美国');
    expect(find(es, 'place', '萨克森州')?.country).toBe('德国');
    // A body named by generic words alone is still no name.
    expect(entities('据该园区管委会介绍，项目进展顺利。').some((e) => e.type === 'org')).toBe(false);
  });

  it('crosses an adjective and 与 inside an institute name, not inside a class of companies', () => {
    const es = entities('深圳先进技术研究院与上海微系统与信息技术研究所合作。一家美国先进芯片公司也参与其中。');
    expect(find(es, 'org', '深圳先进技术研究院')?.kind).toBe('institute');
    expect(find(es, 'org', '上海微系统与信息技术研究所')).toBeDefined();
    expect(es.some((e) => e.name.endsWith('芯片公司'))).toBe(false);
  });

  it('finds a company by a coined two-character name and a company ending, not a term (乐鑫科技, not 具身智能)', () => {
    const es = entities('近日，乐鑫科技与晶晨股份先后发布公告。高新科技企业和具身智能企业增多，大会暨半导体论坛开幕。');
    expect(find(es, 'org', '乐鑫科技')?.kind).toBe('company');
    expect(find(es, 'org', '晶晨股份')).toBeDefined();
    expect(es.filter((e) => e.type === 'org').map((e) => e.name).sort()).toEqual(['乐鑫科技', '晶晨股份']);
  });

  it('reads a coined name jieba cut into lone characters from its first one (柯/德 集团, 黎/恩 公司), not from the second', () => {
    const orgs = entities('据悉，柯德集团在宁波设厂。会上，黎恩公司和华为发布报告。').filter((e) => e.type === 'org').map((e) => e.name);
    expect(orgs.sort()).toEqual(['华为技术有限公司', '柯德集团', '黎恩公司']);
  });

  it('joins a registered name\'s short form printed with 公司, a group holding\'s registered name to its group, and a bureau printed short', () => {
    const named = (text: string) => entities(text).filter((e) => e.type === 'org').map((e) => `${e.name}=${e.spans.map((s) => s.text).join('|')}`);
    expect(named('长沙云岫图形技术有限公司完成融资。云岫图形公司将扩产。')).toEqual(['长沙云岫图形技术有限公司=长沙云岫图形技术有限公司|云岫图形公司']);
    expect(named('海信集团控股股份有限公司光电事业部投产。海信集团表示。')).toEqual(['海信集团=海信集团控股股份有限公司|海信集团']);
    expect(named('临川市科学技术局发布通知。临川市科技局表示。')).toEqual(['临川市科学技术局=临川市科学技术局|临川市科技局']);
    expect(named('衡州市工业和信息化局发布。衡州市工信局表示。')).toEqual(['衡州市工业和信息化局=衡州市工业和信息化局|衡州市工信局']);
    // A listed company printed in full stays itself beside its group.
    expect(named('中国电信股份有限公司发布公告。')).toEqual(['中国电信股份有限公司=中国电信股份有限公司']);
  });

  it('reads two bodies joined by 与 or 和 as two, not one name running over the joiner', () => {
    const named = (text: string) => entities(text).filter((e) => e.type === 'org').map((e) => e.name);
    expect(named('宁远电子有限公司与区数据局签约。')).toEqual(['宁远电子有限公司']);
    expect(named('中国电信芜湖分公司与市数据局签约。')).toEqual(['中国电信芜湖分公司']);
    expect(named('芜湖市发展改革委和市数据局联合发文。')).toEqual(['芜湖市发展改革委']);
    // Generic words joined inside one name still are.
    expect(named('成都市经济和信息化局发布。')).toEqual(['成都市经济和信息化局']);
  });

  it('reads a company\'s department jieba cut off its 部 and a lab named by its designation alone as no body', () => {
    const named = (text: string) => entities(text).filter((e) => e.type === 'org').map((e) => e.name);
    expect(named('宁远电子有限公司政企部总经理王立说。')).toEqual(['宁远电子有限公司']);
    expect(named('机场货运部经理赵平在现场说。')).toEqual([]);
    expect(named('浙江大学全国重点实验室团队发表论文。')).toEqual(['浙江大学']);
    // A ministry ending so stays one; a lab named by its field is a body.
    expect(named('科学技术部发布通知。网络与交换技术全国重点实验室发布。')).toEqual(['中华人民共和国科学技术部', '网络与交换技术全国重点实验室']);
    // So does a country's ministry named as a department would be (韩国法务部: Korea's Ministry of Justice).
    expect(named('韩国法务部3日表示，将修订出入境管理法。')).toEqual(['韩国法务部']);
  });

  it("names every person of the seventh author's dev and no one else: bylines, appointments, 王总 and 卢总 left out", () => {
    for (const a of authorArticles('seventh', 'dev')) {
      const people = enrichArticle(a).entities.filter((e) => e.type === 'person').map((e) => e.name);
      expect({ id: a.id, people: people.sort() }).toEqual({ id: a.id, people: [...a.entities.person].sort() });
    }
  });

  it("reads a subsidiary's registered name after 子公司 as its own body, and a group's short name as the listed company the text prints", () => {
    const names = (text: string) => extractEntities(text, tokenize(text)).filter((e) => e.type === 'org').map((e) => `${e.name}:${e.spans.map((s) => s.text).join('/')}`);
    expect(names('京东方公告，控股子公司京东方光电材料股份有限公司拟上市，京东方光电去年营收增长。')).toEqual([
      '京东方科技集团股份有限公司:京东方', '京东方光电材料股份有限公司:京东方光电材料股份有限公司/京东方光电',
    ]);
    // Without 子公司 the registered name is read as the known company, as before.
    expect(names('京东方光电材料股份有限公司去年营收增长。')).toEqual(['京东方科技集团股份有限公司:京东方光电材料股份有限公司']);
    expect(names('中国电信一季度营收增长。中国电信股份有限公司4月20日披露，移动用户净增300万户。')).toEqual(['中国电信股份有限公司:中国电信/中国电信股份有限公司']);
    expect(names('中国电信一季度营收增长，移动用户净增300万户。')).toEqual(['中国电信集团有限公司:中国电信']);
  });

  it("reads an operator's or a grid's regional company printed in full as one body with its short forms", () => {
    const names = (text: string) => entities(text).map((e) => `${e.type}:${e.name}`).sort();
    expect(names('中国移动通信集团湖南有限公司与长沙经济技术开发区管理委员会签约。湖南移动相关负责人介绍，项目年内投产。')).toEqual(['org:中国移动通信集团湖南有限公司', 'org:长沙经济技术开发区管理委员会']);
    expect(names('中国电信股份有限公司湖南分公司建设平台。湖南电信政企客户部总经理陈晓峰介绍。')).toEqual(['org:中国电信股份有限公司湖南分公司', 'person:陈晓峰']);
    expect(names('中国移动通信集团山东有限公司青岛分公司建成专网。')).toEqual(['org:中国移动通信集团山东有限公司青岛分公司']);
    expect(names('国网山东省电力公司青岛供电公司统计用电量。青岛供电公司营销部介绍，国网青岛供电公司将新建线路。')).toEqual(['org:国网山东省电力公司青岛供电公司']);
    expect(names('国网湖南省电力有限公司发布采购计划。国网湖南电力所属物资公司参与。')).toEqual(['org:国网湖南省电力有限公司']);
    // A shorter name of the same group and place, the operator's word alone before the place, a city's short form.
    expect(names('中国电信湖南公司平台入选。中国电信股份有限公司湖南分公司建设平台。')).toEqual(['org:中国电信股份有限公司湖南分公司']);
    expect(names('联通山东省分公司牵头。中国联合网络通信有限公司山东省分公司签约。')).toEqual(['org:中国联合网络通信有限公司山东省分公司']);
    expect(names('中国移动通信集团山东有限公司青岛分公司建成专网。青岛移动政企事业部副总经理高原介绍。')).toEqual(['org:中国移动通信集团山东有限公司青岛分公司', 'person:高原']);
    // The operator's word making a term with the next (移动支付, 移动通信) is no company after a city or province.
    expect(names('青岛移动支付用户增长，广东移动通信市场竞争加剧。')).toEqual(['place:广东省', 'place:青岛市']);
    // Two provinces' companies of one group: each short form goes to its own province's, the other group's to none.
    expect(names('中国移动通信集团湖南有限公司和中国移动通信集团江西有限公司签约。江西移动与湖南移动共建，湖南电信未参与。')).toEqual(['org:中国移动通信集团江西有限公司', 'org:中国移动通信集团湖南有限公司', 'org:湖南电信']);
    // A college's head joined to its ending by jieba (学院院长) ends the college's name.
    expect(names('青岛大学微电子学院院长张学军当选。')).toEqual(['org:青岛大学微电子学院', 'person:张学军']);
    // A headline naming the group with the company's place tells the company short; without the place, or with the
    // group acting in the body too, it is the group.
    expect(names('中国联通在甘肃上线政务云\n\n中国联通甘肃分公司12月1日宣布，政务云平台正式上线。')).toEqual(['org:中国联通甘肃分公司', 'place:甘肃省']);
    expect(names('中国移动在兰州开通专网\n\n中国移动甘肃公司开通5G专网。')).toEqual(['org:中国移动甘肃公司', 'place:兰州市']);
    expect(names('中国联通上线政务云\n\n中国联通甘肃分公司宣布，平台正式上线。')).toEqual(['org:中国联合网络通信集团有限公司', 'org:中国联通甘肃分公司']);
    expect(names('中国联通在甘肃上线政务云\n\n中国联通宣布投资。中国联通甘肃分公司负责建设。')).toEqual(['org:中国联合网络通信集团有限公司', 'org:中国联通甘肃分公司', 'place:甘肃省']);
    // The group alone after the company's printings (read in one sweep over both, by start) acts in its own name too.
    expect(names('中国联通在甘肃上线政务云\n\n中国联通甘肃分公司宣布上线。中国联通甘肃分公司负责建设，中国联通投资。')).toEqual(['org:中国联合网络通信集团有限公司', 'org:中国联通甘肃分公司', 'place:甘肃省']);
    expect(names('中国联通在甘肃上线政务云\n\n中国联通甘肃分公司宣布上线。中国联通甘肃分公司负责建设。')).toEqual(['org:中国联通甘肃分公司', 'place:甘肃省']);
    // The operator's institute is a body of its own, no regional company.
    expect(names('中国电信（宁波）卫星产业研究院揭牌。')).toEqual(['org:中国电信（宁波）卫星产业研究院']);
    // Its group, for the golds that file a regional company under it and for the section reading.
    expect(networkGroupOf('中国移动湖南公司')?.name).toBe('中国移动通信集团有限公司');
    expect(networkGroupOf('国网山东省电力公司青岛供电公司')?.name).toBe('国家电网');
    expect(networkGroupOf('中国移动通信集团有限公司')).toBeNull();
    expect(networkGroupOf('中国电信（宁波）卫星产业研究院')).toBeNull();
  });

  it('reads a partnership with its legal form, a bank with its cut legal form, and a bank branch as the bank', () => {
    const names = (text: string) => entities(text).map((e) => `${e.type}:${e.name}`).sort();
    expect(names('湖南省先进制造业发展基金二期合伙企业（有限合伙）完成备案。')).toEqual(['org:湖南省先进制造业发展基金二期合伙企业（有限合伙）']);
    expect(names('湘潭市产业发展引导基金出资参与湘潭储能产业股权投资合伙企业（有限合伙）。')).toEqual(['org:湘潭储能产业股权投资合伙企业（有限合伙）', 'org:湘潭市产业发展引导基金']);
    expect(names('长沙银行股份有限公司参与银团。')).toEqual(['org:长沙银行股份有限公司']);
    // The province between a bank and 分行 names the branch, no place.
    expect(names('中国工商银行湖南省分行发放贷款。')).toEqual(['org:中国工商银行']);
  });

  it('reads a name printed short by dropping characters of a longer one as the same body, not a known name beside another', () => {
    const orgs = (text: string) => entities(text).filter((e) => e.type === 'org').map((e) => e.name).sort();
    expect(orgs('湘潭市产业发展引导基金出资2亿元。湘潭市引导基金表示将继续投资。')).toEqual(['湘潭市产业发展引导基金']);
    expect(orgs('长沙农村商业银行股份有限公司开展试点。长沙农商银行表示。')).toEqual(['长沙农村商业银行股份有限公司']);
    expect(orgs('北京理工大学与北京大学签约。')).toEqual(['北京大学', '北京理工大学']);
    // A city's bank beside its rural bank is a bank of its own (the place and 银行 alone); the rural bank's short form,
    // and its full name printed twice (without and with the legal form), are the rural bank.
    // Dropping one run after more than the place (初创 after 美国星河机器人) is still a short form.
    expect(orgs('美国星河机器人初创公司获投，美国星河机器人公司表示。')).toEqual(['美国星河机器人初创公司']);
    expect(orgs('锐频微电子技术研究院揭牌，锐频微电子研究院表示。')).toEqual(['锐频微电子技术研究院']);
    expect(orgs('株洲银行与株洲农村商业银行签约。株洲银行和株洲农村商业银行股份有限公司签署协议，株洲农商银行表示。')).toEqual(['株洲农村商业银行股份有限公司', '株洲银行']);
    // An investment arm and a subsidiary after 旗下 are bodies of their own beside their parent.
    expect(orgs('中国电科旗下投资平台中电科投资控股有限公司将参与融资。')).toEqual(['中国电子科技集团有限公司', '中电科投资控股有限公司']);
    expect(orgs('歌尔股份有限公司旗下的歌尔微电子股份有限公司入选。')).toEqual(['歌尔微电子股份有限公司', '歌尔股份']);
    // A group's registered name is the body the tables know by its group's short name (三一集团 → 三一重工).
    expect(orgs('三一集团有限公司参与。')).toEqual(['三一重工']);
  });

  it('reads no kind of company in a scope or coordinated with one, no inner committee and no division as a body', () => {
    const orgs = (text: string) => entities(text).filter((e) => e.type === 'org').map((e) => e.name);
    expect(orgs('国内GPU公司和DPU公司融资升温，国内家电芯片公司仍以消费级产品为主。')).toEqual([]);
    expect(orgs('青岛市集成电路产业联盟成立车规级芯片专业委员会。')).toEqual(['青岛市集成电路产业联盟']);
    expect(orgs('公司工业电子事业部同期启动车载显示项目。')).toEqual([]);
    // Two names coordinated stay two names.
    expect(orgs('华为公司和中兴公司签约。').length).toBe(2);
  });

  it('reads no inner committee, bare zone office or local bureau as a named body', () => {
    const names = (text: string) => extractEntities(text, tokenize(text)).filter((e) => e.type === 'org').map((e) => e.name);
    expect(names('本会专家委员会主任认为，高新区管委会介绍，县招商局统计，下半年外需存在不确定性。')).toEqual([]);
    // A named zone's committee and the group the tables know by 招商局 stay.
    expect(names('天津港保税区管委会与招商局集团签约。')).toEqual(['天津港保税区管委会', '招商局集团有限公司']);
  });

  it("reads no place inside a company's plant, an event's or a zone's name, and a 科技城 as a place", () => {
    const names = (text: string, type: string) => entities(text).filter((e) => e.type === type).map((e) => e.name).sort();
    expect(names('闻泰科技嘉兴基地二期项目正式投产。董事长表示，嘉兴基地将成为公司最大的制造中心。', 'place')).toEqual([]);
    expect(names('敏实集团嘉兴工厂入选，嘉兴市经信局表示祝贺。公司在嘉兴扩产。', 'place')).toEqual(['嘉兴市']);
    expect(names('经开区举办长三角数字产业专场推介会。', 'place')).toEqual([]);
    expect(names('嘉兴科技城日前获评浙江省首批高能级科创平台。', 'place')).toEqual(['嘉兴科技城', '浙江省']);
  });

  it('reads no fund being set up as a body, and a registered fund by its short name with its city', () => {
    const names = (text: string) => entities(text).filter((e) => e.type === 'org').map((e) => e.name).sort();
    expect(names('湖北省人民政府宣布设立湖北集成电路产业母基金，湖北集成电路产业母基金总规模500亿元。')).toEqual(['湖北省人民政府']);
    expect(names('深圳市引导基金上半年投资项目62个。深圳市引导基金投资有限公司披露了数据。')).toEqual(['深圳市引导基金投资有限公司']);
  });

  it("reads a company before a rare word's character (台积电 + 新封装厂), not before a common word's (上海港 + 口)", () => {
    expect(find(entities('美国州政府向台积电新封装厂提供税收减免。'), 'org', '台积电')).toBeDefined();
    expect(entities('上海港口建设加快。').filter((e) => e.type === 'org')).toEqual([]);
  });

  it("reads a researcher printed right after a research unit's name, with no title", () => {
    const es = entities('本院数字经济研究所王磊认为，算力需求将持续增长。');
    expect(es.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['王磊']);
  });

  it("reads an operator's provincial company printed short as its own body, and a kind of enterprise's association whole", () => {
    const names = (text: string) => extractEntities(text, tokenize(text)).filter((e) => e.type !== 'person').map((e) => `${e.type}:${e.name}`);
    expect(names('浙江移动8月7日宣布扩容，广东电信推出新套餐，安徽移动副总经理表示将加快建设。')).toEqual(['org:浙江移动', 'org:广东电信', 'org:安徽移动']);
    // The operator's word inside a compound (移动物联网, 电信诈骗) leaves the province a place, or names nothing.
    expect(names('鹰潭移动物联网连接数增长，广东电信诈骗案件下降。')).toEqual(['place:鹰潭市']);
    expect(names('中国通信企业协会副会长表示，龙头企业协会尚未成立。')).toEqual(['org:中国通信企业协会']);
  });

  it('reads a foreign name printed in full once and by its last part later as one person', () => {
    const es = entities('诺基亚首席执行官贾斯汀·霍塔德表示，公司将出售部分业务。霍塔德称，光网络是增长重点。');
    expect(es.filter((e) => e.type === 'person').map((e) => [e.name, e.mentions])).toEqual([['贾斯汀·霍塔德', 2]]);
  });
  it('reads persons in the shapes bulletins print them: lists, honorifics, names before a title, a unit before the name', () => {
    const persons = (text: string) => entities(text).filter((e) => e.type === 'person').map((e) => e.name).sort();
    expect(persons('会议邀请了邬贺铨、倪光南、陈左宁等院士参加。')).toEqual(['倪光南', '邬贺铨', '陈左宁']);
    expect(persons('本届一等奖获得者为张伟、刘洋、陈静、杨帆四人。')).toEqual(['刘洋', '张伟', '杨帆', '陈静'].sort());
    expect(persons('张朝阳先生出席论坛。获奖的李梅女士和赵刚先生均扎根基层。')).toEqual(['张朝阳', '李梅', '赵刚'].sort());
    expect(persons('开幕式后，王建宙董事长随后作主旨演讲。本期主持人陈晓楠。')).toEqual(['王建宙', '陈晓楠'].sort());
    expect(persons('比亚迪王传福在股东大会上说，海外销量翻番。扎西顿珠表示，光纤已通到每家每户。')).toEqual(['扎西顿珠', '王传福'].sort());
    // Places and companies in a list, and people named by their kind, are no persons.
    expect(persons('项目分布在马鞍山、芜湖和黄山，江苏、浙江等省份。公司高管表示，有关人士透露，业内人士指出，相关负责人介绍。')).toEqual([]);
    expect(persons('向李梅女士致敬。')).toEqual(['李梅']);
  });

  it('reads an association named by common words with its acronym, and an alliance with words inside, whole', () => {
    const orgs = (text: string) => entities(text).filter((e) => e.type !== 'person').map((e) => `${e.type}:${e.name}`);
    expect(orgs('全球移动通信系统协会（GSMA）发布报告称，5G连接数持续增长。')).toEqual(['org:全球移动通信系统协会']);
    expect(orgs('中国开放指令生态联盟发布路线图。')).toEqual(['org:中国开放指令生态联盟']);
    // A verb of action before the alliance is no part of its name.
    expect(orgs('中国牵头成立创新联盟。')).toEqual(['place:中国']);
  });

  it("reads a registered name opening with its place whatever jieba tags its brand, and a known company's registered and local names as the company", () => {
    const all = (text: string) => entities(text).map((e) => `${e.type}:${e.name}`);
    // 延长/v, 千方/m: the word after the place opens the brand, so the place is no mention of its own.
    expect(all('区政府与陕西延长石油新能源有限公司签约。')).toEqual(['org:陕西延长石油新能源有限公司']);
    expect(all('子公司北京千方智通科技有限公司拟上市。')).toEqual(['org:北京千方智通科技有限公司']);
    // A listed company whose registered name holds its known name whole (拓普集团), or an industry word more (工业).
    expect(all('宁波拓普集团股份有限公司举行开工仪式。')).toEqual(['org:拓普集团']);
    expect(all('宁波拓普集团在墨西哥建厂。')).toContain('org:拓普集团');
    expect(all('福耀玻璃工业集团股份有限公司公布业绩。')).toEqual(['org:福耀玻璃']);
    // A subsidiary registered in a Chinese place in brackets is the company, as a provincial one is.
    expect(all('博世（嘉兴）汽车部件有限公司签署协议。')).toEqual(['org:博世']);
    // The group's listed company printed in full stays itself.
    expect(all('中国联合网络通信股份有限公司发布公告。')).toEqual(['org:中国联合网络通信股份有限公司']);
  });

  it("reads a party committee's office whole, an association's branch whole, and an association before its head's title", () => {
    const all = (text: string) => entities(text).map((e) => `${e.type}:${e.name}`);
    expect(all('南湖区委人才办本周发布计划。')).toEqual(['org:南湖区委人才办']);
    expect(all('深圳市委网信办开展专项行动。')).toEqual(['org:深圳市委网信办']);
    // 部 of 部署 ends no office.
    expect(all('南湖区委统一部署。')).toEqual(['org:南湖区委']);
    expect(all('中国国际贸易促进委员会汽车行业分会组织参展。')).toEqual(['org:中国国际贸易促进委员会汽车行业分会']);
    // jieba's 协会会长 in one word, 零部件/mq inside the name: the association, not its province.
    expect(all('浙江省汽车零部件行业协会会长王平说。')).toEqual(['org:浙江省汽车零部件行业协会', 'person:王平']);
  });

  it("reads no place inside a fair's name (…零部件展), and a zone jieba tags as a person's name after its city", () => {
    const all = (text: string) => entities(text).map((e) => `${e.type}:${e.name}`);
    expect(all('2026泰国国际汽车零部件展在曼谷举行。')).toEqual(['place:曼谷']);
    expect(all('合肥高新区举行签约会。')).toEqual(['place:合肥高新区']);
  });

  it('reads a province and its city jieba holds as one word as two places, a city and its district as two, and no place opening a zone\'s or a two-region fair\'s name', () => {
    const all = (text: string) => entities(text).map((e) => `${e.type}:${e.name}`);
    expect(all('博览会在广西南宁举行。')).toEqual(['place:广西壮族自治区', 'place:南宁市']);
    expect(all('新片区位于上海市浦东新区南部。')).toEqual(['place:上海市', 'place:浦东新区']);
    expect(all('第23届中国—东盟博览会开幕。')).toEqual([]);
    expect(all('中国（温州）跨境电子商务综合试验区建设提速。')).toEqual([]);
    expect(all('中国（上海）、美国。')).toEqual(['place:中国', 'place:上海市', 'place:美国']);
  });

  it('reads a country before a foreign name and its trade as the country and the company (德国杜伊斯堡港务集团), not a country and a common word (英国石油公司)', () => {
    const all = (text: string) => entities(text).map((e) => `${e.type}:${e.name}`);
    expect(all('德国杜伊斯堡港务集团签署协议。')).toEqual(['place:德国', 'org:杜伊斯堡港务集团']);
    expect(all('英国石油公司签署协议。')).toEqual(['org:英国石油公司']);
  });

  it('reads a region printed as 地区 or 特区 as its place, and its government as a body', () => {
    const all = (text: string) => entities(text).map((e) => `${e.type}:${e.name}`);
    expect(all('台湾地区出口增长，澳门特区发布数据。')).toEqual(['place:台湾省', 'place:澳门特别行政区']);
    expect(all('香港特区政府发布新规。')).toEqual(['org:香港特区政府']);
    // jieba holds 中国台湾, 中国台湾地区 and 中国香港 as one word each: the region is still named.
    expect(all('据中国台湾地区统计，中国香港市场增长。')).toEqual(['place:台湾省', 'place:香港特别行政区']);
  });

  it('reads a city abroad printed with 市 as the city, and a foreign division ending in 州 or 城 without one', () => {
    const all = (text: string) => entities(text).map((e) => `${e.type}:${e.name}`);
    expect(all('工厂位于墨西哥蒙特雷市。')).toEqual(['place:墨西哥', 'place:蒙特雷']);
    expect(all('公司在得克萨斯州奥斯汀市设立研发中心。')).toEqual(['place:得克萨斯州', 'place:奥斯汀']);
  });

  it('reads a registered name as the known company the same text names by its brand head and an industry word, and only then', () => {
    const both = entities('江苏雅克泰和科技股份有限公司发布公告，拟扩建前驱体产线。雅克科技表示，新产线明年投产。');
    expect(find(both, 'org', '雅克科技')?.spans.map((s) => s.text)).toEqual(['江苏雅克泰和科技股份有限公司', '雅克科技']);
    expect(find(both, 'org', '江苏雅克泰和科技股份有限公司')).toBeUndefined();
    // Alone, the registered name is a body of its own: the head form alone is no evidence.
    expect(find(entities('江苏雅克泰和科技股份有限公司发布公告，拟扩建前驱体产线。'), 'org', '江苏雅克泰和科技股份有限公司')).toBeDefined();
    // A subsidiary printed as one stays a body of its own.
    const subsidiary = entities('雅克科技公告，拟分拆子公司江苏雅克泰和科技股份有限公司上市。');
    expect(find(subsidiary, 'org', '江苏雅克泰和科技股份有限公司')).toBeDefined();
    // An unknown company's head form printed in the text is one of its mentions.
    const unknown = entities('苏州星澜微联通信技术有限公司完成融资。星澜通信表示将扩产。');
    expect(find(unknown, 'org', '苏州星澜微联通信技术有限公司')?.spans.map((s) => s.text)).toEqual(['苏州星澜微联通信技术有限公司', '星澜通信']);
  });

  it('reads a registered name opening with 中国 and a bracketed place whole (中国（上海）自由贸易试验区临港新片区管理委员会)', () => {
    const all = (text: string) => entities(text).map((e) => `${e.type}:${e.name}`);
    expect(all('中国（上海）自由贸易试验区临港新片区管理委员会发布政策。')).toEqual(['org:中国（上海）自由贸易试验区临港新片区管理委员会']);
    // Without the opening the zone's body keeps its own name.
    expect(all('临港新片区管理委员会发布政策。')).toEqual(['org:临港新片区管理委员会']);
  });

  it("reads a cloud arm and a listed subsidiary printed by their own names as their own bodies, and a ministry by its official short name", () => {
    const all = (text: string) => entities(text).map((e) => `${e.type}:${e.name}`);
    expect(all('亚马逊云、阿里云和华为云加快布局。')).toEqual(['org:亚马逊云科技', 'org:阿里云', 'org:华为云']);
    expect(all('京东物流发布财报，京东集团表示支持。')).toEqual(['org:京东物流', 'org:京东集团']);
    expect(all('工信部、公安部、住房城乡建设部、交通运输部联合开展试点。')).toEqual(['org:中华人民共和国工业和信息化部', 'org:中华人民共和国公安部', 'org:中华人民共和国住房和城乡建设部', 'org:中华人民共和国交通运输部']);
  });

  it('reads a group printed without the words before 集团 (连云港港口集团) as its registered name, and no other place\'s group as it', () => {
    const all = (text: string) => entities(text).map((e) => `${e.type}:${e.name}`);
    expect(all('连云港港口集团签署协议。连云港港口控股集团有限公司表示，山东港口集团也将参与。')).toEqual(['org:连云港港口控股集团有限公司', 'org:山东省港口集团有限公司']);
  });

  it('reads a board member printed by that title as a person (董事会成员马库斯·海恩出席)', () => {
    const all = (text: string) => entities(text).map((e) => `${e.type}:${e.name}`);
    expect(all('德国博世集团董事会成员马库斯·海恩出席签约仪式。')).toEqual(['place:德国', 'org:博世', 'person:马库斯·海恩']);
    expect(all('协会理事会成员王立新表示，标准将于年内发布。')).toEqual(['person:王立新']);
  });

  it('reads a national body\'s short name after a lone level (省统计局, 市发改委) as the local bureau, not the national body', () => {
    const all = (text: string) => entities(text).map((e) => `${e.type}:${e.name}`);
    expect(all('据省统计局初步核算，市发改委和区知识产权局随后发布方案。')).toEqual([]);
    expect(all('国家统计局和中央网信办发布数据，杭州市发改委跟进。')).toEqual(['org:国家统计局', 'org:中央网络安全和信息化委员会办公室', 'org:杭州市发改委']);
  });

  it('reads a designer, commander or astronaut by the title a programme prints, and the craft or model before it as no employer', () => {
    const all = (text: string) => entities(text).map((e) => `${e.type}:${e.name}`);
    expect(all('长征八号总指挥王小军表示，首飞准备就绪。')).toEqual(['person:王小军']);
    expect(all('C919总设计师吴光辉介绍，订单持续增长。')).toEqual(['person:吴光辉']);
    expect(all('指令长景海鹏说，实验进展顺利。')).toEqual(['person:景海鹏']);
    expect(all('OPPO副总裁刘波表示，新品将于下月发布。')).toEqual(['org:OPPO', 'person:刘波']);
  });

  it('reads a board secretary and a research director by their titles, the research firm before one by its own name', () => {
    const all = (text: string) => entities(text).map((e) => `${e.type}:${e.name}`);
    expect(all('传音控股董秘曾春回复投资者称，新品销售良好。')).toEqual(['org:传音控股', 'person:曾春']);
    expect(all('群智咨询研究总监陶芳波认为，面板价格将企稳。')).toEqual(['org:群智咨询', 'person:陶芳波']);
  });

  it('reads a name given a post at a clause\'s start (刘建国任…司长), the one leaving it (原总经理周建平另有任用) and any 首席…官', () => {
    const persons = (text: string) => entities(text).filter((e) => e.type === 'person').map((e) => e.name);
    expect(persons('李晓东任某省分公司总经理，原总经理周建平另有任用。刘建国任装备工业一司司长。')).toEqual(['李晓东', '周建平', '刘建国']);
    expect(persons('首席产品官刘作虎介绍，新机将于下月上市。')).toEqual(['刘作虎']);
    // 任 after a word that is no name, or inside one, gives no person.
    expect(persons('此前任公司副总裁，主任委员会成立。')).toEqual([]);
  });

  it('reads a name where it spoke (在…中表示) and a list\'s last name beside one found after a title (航天员陈冬、陈中瑞、王杰顺利返回)', () => {
    const persons = (text: string) => entities(text).filter((e) => e.type === 'person').map((e) => e.name).sort();
    expect(persons('雷军在年度演讲中表示，交付量超预期。')).toEqual(['雷军']);
    expect(persons('航天员陈冬、陈中瑞、王杰顺利返回。')).toEqual(['王杰', '陈中瑞', '陈冬']);
  });

  it('reads a name joined by 和 to one after a title, and a name before its title before a word names are followed by (孙家栋院士出席)', () => {
    const persons = (text: string) => entities(text).filter((e) => e.type === 'person').map((e) => e.name).sort();
    expect(persons('神舟二十一号乘组由指令长张陆、航天员武飞和张洪章组成。')).toEqual(['张洪章', '张陆', '武飞']);
    expect(persons('孙家栋院士出席仪式。')).toEqual(['孙家栋']);
    // A word of two characters after 和 is no name (市场部).
    expect(persons('局长王伟和市场部负责人出席。')).toEqual(['王伟']);
  });

  it('reads a rare word after a title as a name, a Japanese name before where it spoke, a joined name before 与, and names before 登台 or after 企业家', () => {
    const persons = (text: string) => entities(text).filter((e) => e.type === 'person').map((e) => e.name);
    expect(persons('首席科学家常远在会上说，样机已完成测试。')).toEqual(['常远']);
    // A frequent word after a title modifies the verb (明确表示): no name.
    expect(persons('局长明确表示，将加快推进。')).toEqual([]);
    expect(persons('社长山本幸雄在发布会上说，工厂将扩产。')).toEqual(['山本幸雄']);
    expect(persons('首席执行官卢克·范登霍夫与市政府签署协议。')).toEqual(['卢克·范登霍夫']);
    expect(persons('随后，余承东登台演讲。会员企业家罗嘉怡登台分享了经历。')).toEqual(['余承东', '罗嘉怡']);
    // 评价说 is a speech verb: the name ends before it, not read as a Japanese name of four.
    expect(persons('院长程林评价说，这一进展缩小了差距。')).toEqual(['程林']);
  });

  it('reads an institute\'s unit named by a field verb or with its ending cut in two as a body of its own', () => {
    const orgs = (text: string) => entities(text).filter((e) => e.type === 'org').map((e) => e.name);
    expect(orgs('中国工程物理研究院计算机应用研究所研究员彭立说，比例超过七成。')).toEqual(['中国工程物理研究院计算机应用研究所']);
    expect(orgs('鹏城实验室智能计算研究所发布了新芯片。')).toEqual(['鹏城实验室智能计算研究所']);
    expect(orgs('中国电子技术标准化研究院集成电路研究中心主任范晓东登台演讲。')).toEqual(['中国电子技术标准化研究院集成电路研究中心']);
  });

  it('reads no body from 公司 opening a unit, no place from a class of zones, and a place inside an event\'s name opening on a year as none', () => {
    const all = (text: string) => entities(text).map((e) => `${e.type}:${e.name}`);
    expect(all('公司海外事业部负责人蒋伟说，工厂明年扩产。')).toEqual(['person:蒋伟']);
    expect(all('深圳市集成电路重点园区的供电可靠率已达99.999%。')).toEqual(['place:深圳市']);
    expect(all('2026中国集成电路产业创新大会在合肥开幕。')).toEqual(['place:合肥市']);
    // A research centre whose ending jieba cut in two is read from a name's start, never from inside a longer name.
    expect(all('比利时微电子研究中心发布了新工艺。')).toEqual(['org:比利时微电子研究中心']);
    expect(all('南昌大学国家硅基LED工程技术研究中心发布成果。').filter((e) => e.includes('研究中心'))).toEqual([]);
  });

  it('reads a zone named by two lone characters from the first (柳/n 东/ns 新区), not from inside its name', () => {
    const places = (text: string) => entities(text).filter((e) => e.type === 'place').map((e) => e.name);
    expect(places('项目落户柳东新区，预计2028年投产。')).toEqual(['柳东新区']);
    expect(places('项目落户贵安新区，在苏州工业园区设厂。')).toEqual(['贵安新区', '苏州工业园区']);
  });

  it('reads no body from a bureau opening on a lone level (省通信管理局), which the section reading still takes for local government', () => {
    const orgs = (text: string) => entities(text).filter((e) => e.type === 'org').map((e) => e.name);
    expect(orgs('省通信管理局等四部门出台行动计划。')).toEqual([]);
    expect(orgs('四川省通信管理局等四部门近日印发计划。')).toEqual(['四川省通信管理局']);
    // 市场监督管理局 with no place or level before it is every such bureau (it was read as 监督管理局); a city's is named.
    expect(orgs('当地市场监督管理局开展专项检查。')).toEqual([]);
    expect(orgs('市场监督管理局发布通知。')).toEqual([]);
    expect(orgs('杭州市市场监督管理局开展专项检查。')).toEqual(['杭州市市场监督管理局']);
    // A district's bureau is read whole from its place, the stop word inside taken in (it was read as 监督管理局).
    expect(orgs('西湖区市场监督管理局开展专项检查。')).toEqual(['西湖区市场监督管理局']);
    expect(orgs('上海浦东新区市场监督管理局发布通知。')).toEqual(['上海浦东新区市场监督管理局']);
    // A function word among the stop words (为) is no word of the name: the person before it stays out.
    expect(orgs('会议任命王立新为自治区工业和信息化厅厅长。').filter((n) => n.includes('王立新'))).toEqual([]);
    // Before a person's title too: the employer read there is no named body either, its city's is.
    expect(orgs('市商务局副局长周立新表示，将开通绿色通道。')).toEqual([]);
    expect(orgs('温州市商务局副局长周立新表示，将开通绿色通道。')).toEqual(['温州市商务局']);
    const text = '省通信管理局等四部门出台行动计划。';
    expect(levelledBureaus(text, entities(text), tokenize(text)).map((e) => [e.name, e.kind])).toEqual([['省通信管理局', 'government']]);
  });

  it('reads a lone level the name stops short of (县/zg, 市场 a stop word) and a one-character ending (市工业和信息化局)', () => {
    const read = (text: string) => {
      const found = entities(text);
      return { orgs: found.filter((e) => e.type === 'org').map((e) => e.name), local: levelledBureaus(text, found, tokenize(text)).map((e) => e.name) };
    };
    expect(read('县市场监督管理局开展专项检查。')).toEqual({ orgs: [], local: ['县市场监督管理局'] });
    expect(read('市工业和信息化局发布通知。')).toEqual({ orgs: [], local: ['市工业和信息化局'] });
    expect(read('县人民政府印发方案。')).toEqual({ orgs: [], local: ['县人民政府'] });
  });
});
