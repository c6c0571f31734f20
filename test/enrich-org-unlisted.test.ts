import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/enrich/entities.js';
import { tokenize } from '../src/enrich/segmenter.js';
import type { Entity } from '../src/enrich/types.js';

// Organisations no table lists, found by the structure of their names (#15). The bodies here are made up.
const entities = (text: string) => extractEntities(text, tokenize(text));
const names = (es: Entity[], type: string) => es.filter((e) => e.type === type).map((e) => e.name).sort();

describe('organisations no table lists', () => {
  it('reads a registered name leftwards from its legal form to its brand, brackets and phase included', () => {
    const es = entities('麒麟软件、飞腾信息技术有限公司参与编制，与上海仪电（集团）有限公司签约，国家集成电路产业投资基金三期股份有限公司领投。');
    expect(names(es, 'org')).toEqual(['上海仪电（集团）有限公司', '国家集成电路产业投资基金三期股份有限公司', '飞腾信息技术有限公司', '麒麟软件'].sort());
    expect(names(es, 'place')).toEqual([]);
  });

  it('names no one by a legal form after a place or a kind of company alone', () => {
    expect(names(entities('一家科技有限公司宣布，中国科技有限公司和集成电路产业投资基金表示。'), 'org')).toEqual([]);
  });

  it('finds a short name the article introduces, and the short forms of a registered name, everywhere in it', () => {
    const es = entities('宁波澄拓电子科技股份有限公司（以下简称“澄拓”）公告扩产。澄拓表示，澄拓电子科技的新厂明年投产。');
    const org = es.find((e) => e.type === 'org');
    expect(names(es, 'org')).toEqual(['宁波澄拓电子科技股份有限公司']);
    expect(org?.spans.map((s) => s.text)).toEqual(['宁波澄拓电子科技股份有限公司', '澄拓', '澄拓', '澄拓电子科技']);
    expect(names(es, 'place')).toEqual([]);
  });

  it('resolves a registered name to the known company it abbreviates, without its place of registration', () => {
    const es = entities('长鑫存储技术有限公司与上海阶跃星辰智能科技有限公司签约。国网浙江省电力有限公司参与。');
    // A grid's provincial company is a body of its own, as printed (entity-operators.ts).
    expect(names(es, 'org')).toEqual(['国网浙江省电力有限公司', '长鑫存储', '阶跃星辰'].sort());
    expect(names(es, 'place')).toEqual([]);
  });

  it('takes a college or laboratory after its university or company as a body of its own', () => {
    const es = entities('北京邮电大学信息与通信工程学院、网络与交换技术全国重点实验室和中国移动研究院参与测试。');
    expect(names(es, 'org')).toEqual(['中国移动研究院', '北京邮电大学信息与通信工程学院', '网络与交换技术全国重点实验室'].sort());
  });

  it('takes a unit after a parent no table lists, a unit of a unit and a branch after its registered company as bodies of their own', () => {
    const es = entities('澜川大学材料与能源学院、江屿省科学院能源研究所、江屿省科学院光电研究院微纳研究所和华川大学民营经济研究中心参与。华川电网有限责任公司宜城供电公司为项目供电，澄拓药业集团江屿海慈生物药业有限公司投产。');
    expect(names(es, 'org')).toEqual(['华川电网有限责任公司宜城供电公司', '江屿省科学院光电研究院微纳研究所', '江屿省科学院能源研究所', '澄拓药业集团江屿海慈生物药业有限公司', '澜川大学材料与能源学院', '华川大学民营经济研究中心'].sort());
  });

  it('names no one by a relation, a venture of two, a description before the name, a division, a lab by its purpose or a party committee before its officer', () => {
    const es = entities('澄拓医药控股子公司获批，我司华川子公司投产。华川与南屿合资电池公司裁员。丹麦航运公司马士基表示，美国人形机器人公司Kinetix Robotics融资。公司刻蚀事业部总经理表示，园区扩建研发实验室。平湖市委书记出席。');
    // The parent before 控股子公司 is a company spoken of, named.
    expect(names(es, 'org')).toEqual(['Kinetix Robotics', '澄拓医药'].sort());
    expect(names(es, 'place')).toEqual(['丹麦', '平湖市', '美国'].sort());
  });

  it('reads a college named with a discipline verb, a Latin name to its last word and a port that is a place', () => {
    const es = entities('华川大学控制科学与工程学院教授说。湛江港域完成吞吐量，自贸试验区湛江港片区开工，开辟湛江港至新加坡港航线。湛江港表示将扩建。收购意大利企业Varenta S.p.A.60%股权，电池公司Delta Coast Energy & Storage将裁员。自治区通信管理局表示。');
    // The port is a body only where it acts (湛江港表示); its area, zone and route are where it is. A bureau by its
    // level alone (自治区通信管理局) names no body, as 省通信管理局 does not.
    expect(names(es, 'org')).toEqual(['Delta Coast Energy & Storage', 'Varenta S.p.A.', '华川大学控制科学与工程学院', '湛江港'].sort());
  });

  it('reads a head institute jieba cuts (研究 + 总院) and a group\'s medical arm before a date', () => {
    const es = entities('由华川材料科学研究总院检测。西门子医疗12月1日宣布投资。');
    expect(names(es, 'org')).toEqual(['华川材料科学研究总院', '西门子医疗'].sort());
  });

  it('opens a registered name on the words before a character jieba left alone, up to a brand\'s length', () => {
    const es = entities('温州方岚厨具有限公司海外事业部负责人说，华机智澜汽车有限公司、合力澜科技股份有限公司等企业订货。');
    expect(names(es, 'org')).toEqual(['华机智澜汽车有限公司', '合力澜科技股份有限公司', '温州方岚厨具有限公司'].sort());
  });

  it('reads units after units two levels deep at most, so a run of unit words stays linear', () => {
    // Read level after level, 2000 units in a row were one name of the whole run, rebuilt at each level (minutes).
    const es = entities(`澜川大学${'计算机学院'.repeat(2000)}。`);
    expect(Math.max(...es.filter((e) => e.type === 'org').map((e) => e.name.length))).toBeLessThanOrEqual(20);
  });

  it('reads no unit after a body across a verb whose object is another body', () => {
    const es = entities('阿里巴巴控制南屿研究院，华川集团有限公司投资澜川实验室。南屿大学控制科学与工程学院参与。');
    expect(names(es, 'org')).toEqual(expect.arrayContaining(['南屿研究院', '华川集团有限公司', '澜川实验室', '南屿大学控制科学与工程学院']));
    expect(names(es, 'org').filter((n) => /控制南屿|投资澜川/.test(n))).toEqual([]);
  });

  it('takes a company opening on a coined brand jieba reads as a place as a name, not a description, before a Latin name', () => {
    const es = entities('南屿能源公司Alpha项目投产，澜川电子公司Nova芯片量产，丹麦航运公司马士基表示。');
    expect(names(es, 'org')).toEqual(expect.arrayContaining(['南屿能源公司', '澜川电子公司']));
    expect(names(es, 'org')).not.toContain('丹麦航运公司');
  });

  it('drops a venture named by its parties, not a company whose business is two common words joined', () => {
    const es = entities('华川汽车与南屿电池合资公司投产，华川交通与物流集团宣布扩产。');
    expect(names(es, 'org')).toContain('华川交通与物流集团');
    expect(names(es, 'org').filter((n) => n.includes('合资'))).toEqual([]);
  });

  it('reads no branch after a registered company out of a common word ending in 局 (布局, 格局)', () => {
    const es = entities('华川集团有限公司战略布局新能源，南屿能源有限公司发展格局稳定，南方电网有限责任公司深圳供电局表示。');
    expect(names(es, 'org')).toEqual(expect.arrayContaining(['华川集团有限公司', '南屿能源有限公司', '南方电网有限责任公司深圳供电局']));
    expect(names(es, 'org').filter((n) => /布局|格局/.test(n))).toEqual([]);
  });

  it('reads a field\'s distinguishing word inside a unit, but no unit across a word for how many or how large', () => {
    const es = entities('南屿大学主要实验室负责测试，澜川大学所有学院参与，华川大学民营经济研究中心发布报告。');
    expect(names(es, 'org')).toEqual(expect.arrayContaining(['华川大学民营经济研究中心', '南屿大学']));
    expect(names(es, 'org').filter((n) => /主要|所有/.test(n))).toEqual([]);
  });

  it('opens a registered name cut to one character on its brand, not on the noun for a party before it', () => {
    const es = entities('公司客户鑫达厨具有限公司下单，其股东宏太厨具有限公司表示，项目业主鑫达科技有限公司和宁波方太厨具有限公司签约。');
    expect(names(es, 'org')).toEqual(expect.arrayContaining(['鑫达厨具有限公司', '宏太厨具有限公司', '鑫达科技有限公司', '宁波方太厨具有限公司']));
    expect(names(es, 'org').filter((n) => /客户|股东|业主/.test(n))).toEqual([]);
  });

  it('reads no subsidiary after a company across how it is held', () => {
    expect(names(entities('澄拓药业集团有限公司全资子公司澄拓海慈生物科技有限公司投产。'), 'org')).not.toContain('澄拓药业集团有限公司全资子公司澄拓海慈生物科技有限公司');
  });

  it('crosses the verbs and 及 that sit inside bodies\' names', () => {
    const es = entities('佛山市顺德区经济和科技促进局与广东省半导体及集成电路产业投资基金、山东省新旧动能转换引导基金签约。');
    expect(names(es, 'org')).toEqual(['佛山市顺德区经济和科技促进局', '山东省新旧动能转换引导基金', '广东省半导体及集成电路产业投资基金'].sort());
    expect(names(es, 'place')).toEqual([]);
  });

  it('reads the unknown words before a person\'s title as the employer, but not a place, a known name or a kind', () => {
    const es = entities('华测导航董事长赵延平表示，公司董事长李明说，北京市副市长王刚称，联想集团董事长兼CEO杨元庆表示。');
    expect(names(es, 'org')).toEqual(['华测导航', '联想集团'].sort());
    expect(es.find((e) => e.name === '赵延平')?.affiliation).toBe('华测导航');
    expect(names(es, 'place')).toEqual(['北京市']);
  });

  it('reads the members of a list closed by 等企业 as companies', () => {
    const es = entities('亿航智能、峰飞航空等企业已入驻，北京、上海等地也在跟进。');
    expect(names(es, 'org')).toEqual(['亿航智能', '峰飞航空']);
    expect(names(es, 'place')).toEqual(['上海市', '北京市']);
  });

  it('takes a branch printed after its company as the company, and a foreign company\'s country unit as no place', () => {
    const es = entities('浪潮电子信息产业股份有限公司山东分公司中标。西门子中国执行副总裁肖松表示，特斯拉德国工厂投产。');
    expect(names(es, 'org')).toEqual(['浪潮电子信息产业股份有限公司', '特斯拉', '西门子'].sort());
    expect(names(es, 'place')).toEqual(['德国']);
  });

  it("reads 中国 after a foreign company as its unit there, unless it is the market, and a country before our ministry's short name as that country's", () => {
    const units = entities('特斯拉中国宣布车型降价，苹果中国市场份额回升，国轩高科德国哥廷根工厂投产。');
    expect(names(units, 'place')).toEqual(['中国', '德国', '哥廷根'].sort());
    expect(units.find((e) => e.type === 'place' && e.name === '中国')?.spans[0].start).toBe('特斯拉中国宣布车型降价，苹果'.length);
    const ministries = entities('英国财政部和法国国防部表示，中国国防部回应。');
    expect(names(ministries, 'org')).toEqual(['中华人民共和国国防部', '法国国防部', '英国财政部'].sort());
    expect(ministries.find((e) => e.name === '法国国防部')?.country).toBe('法国');
    expect(names(ministries, 'place')).toEqual(['中国']);
  });

  it('reads a registered company whose business is a 制造 (…电器制造有限公司) whole, the city opening it no place', () => {
    const es = entities('嘉兴星澜厨卫电器制造有限公司二期工厂投产。');
    expect(names(es, 'org')).toEqual(['嘉兴星澜厨卫电器制造有限公司']);
    expect(names(es, 'place')).toEqual([]);
  });

  it('runs a body named by its field alone (经济委员会/nt) left across 和 to the field and the place before it', () => {
    const es = entities('嘉兴市南湖区科技和经济委员会发布通知，宁波市发展和改革委员会表示支持。');
    expect(names(es, 'org')).toEqual(['宁波市发展和改革委员会', '嘉兴市南湖区科技和经济委员会'].sort());
    expect(names(es, 'place')).toEqual([]);
  });

  it('ends a body on 局 inside a word jieba tags an organisation, and does not join a company to a foreign one across 与', () => {
    const es = entities('湖南省广播电视局介绍，中兴通讯与马来西亚电信公司签约，笔记本电脑部门表示。');
    expect(names(es, 'org')).toEqual(['中兴通讯股份有限公司', '湖南省广播电视局'].sort());
    expect(names(es, 'place')).toEqual(['马来西亚']);
  });

  it('reads a subsidiary registered by its brand and a bracketed place whole, the place in it no mention', () => {
    const es = entities('三井化学（南通）功能材料有限公司与星澜视讯（成都）科技有限公司签约。');
    expect(names(es, 'org')).toEqual(['三井化学（南通）功能材料有限公司', '星澜视讯（成都）科技有限公司'].sort());
    expect(names(es, 'place')).toEqual([]);
    // A business jieba reads as a set phrase (软件系统/l) after the bracket: the place inside is still no mention.
    expect(names(entities('科维纳（中国）软件系统有限公司发布新品。'), 'place')).toEqual([]);
    // A body's ending before the bracket is that body's name, read by its ending as before (none here, printed alone).
    expect(names(entities('国家先进制造创新中心（苏州）有限公司成立。'), 'org')).not.toContain('中心（苏州）有限公司');
    // The brand is the name's own words at the bracket: the nouns that describe the company before it stay out.
    expect(names(entities('公司与全球领先的材料供应商霍尼韦尔（中国）有限公司签署协议。'), 'org')).toEqual(['霍尼韦尔（中国）有限公司']);
    expect(names(entities('公司与知名供应商住友电工（宁波）有限公司签约。'), 'org')).toEqual(['住友电工（宁波）有限公司']);
    // Business words at the bracket (光电子科技) are crossed to the brand before them, which is read whole.
    expect(names(entities('公司与东方锐芯光电子科技（北京）股份有限公司签约。'), 'org')).toEqual(['东方锐芯光电子科技（北京）股份有限公司']);
  });

  it('knows foreign technology companies by their Chinese names', () => {
    expect(names(entities('三菱电机、爱德万测试和瞻博网络发布财报。'), 'org')).toEqual(['三菱电机', '爱德万测试', '瞻博网络'].sort());
  });
});

describe('hospitals, trading and exhibition centres', () => {
  it('reads a hospital across its ordinal and its university, but names no one by a hospital of a kind alone', () => {
    const es = entities('患者在华川市第三人民医院就诊，随后转往南屿大学附属第一医院，再到滨江医学中心复查。青禾中医医院也派了专家。');
    expect(names(es, 'org')).toEqual(['华川市第三人民医院', '南屿大学附属第一医院', '滨江医学中心'].sort());
    expect(es.find((e) => e.name === '华川市第三人民医院')?.kind).toBe('institute');
  });

  it('reads a trading or exhibition centre, its ending whole or cut in two', () => {
    const es = entities('项目在华屿国际会展中心举办，并在江澜产权交易中心挂牌。');
    expect(names(es, 'org')).toEqual(['华屿国际会展中心', '江澜产权交易中心'].sort());
  });
});

describe('foreign companies and bodies written in Chinese', () => {
  it('opens a transliterated company name on the syllables jieba cut off it', () => {
    const es = entities('由洛森伯格公司牵头，英国欧克利集团跟投。');
    expect(names(es, 'org')).toEqual(['洛森伯格公司', '英国欧克利集团'].sort());
  });

  it('reads a body a region beyond one country leads, but no company it leads', () => {
    expect(names(entities('欧洲专利局驳回了申请，欧洲芯片公司表示反对。'), 'org')).toEqual(['欧洲专利局']);
  });
});
