import { describe, expect, it } from 'vitest';
import { analyse } from '../src/enrich/analyse.js';
import { enrichArticle, trainSectionModel } from '../src/enrich/index.js';
import { sectionFeatures } from '../src/enrich/section.js';
import { articles003, briefArticles } from './enrich-samples.js';
import { unseenArticles } from './enrich-unseen.js';

describe('section prediction', () => {
  const articles = articles003();

  it('predicts from the text alone with the lexicon priors (003)', () => {
    const byLine = (line: number) => articles.find((a) => a.line === line)!;
    expect(enrichArticle(byLine(1443)).predictedSection?.name).toBe('运营竞争');
    expect(enrichArticle(byLine(3224)).predictedSection?.name).toBe('海外借鉴');
    expect(enrichArticle(byLine(120)).predictedSection?.name).toBe('产业环境');
    const p = enrichArticle(byLine(2965)).predictedSection!;
    expect(p.name).toBe('企业情报');
    expect(p.ranking.map((r) => r.name).sort()).toEqual(['产业环境', '企业情报', '技术情报', '海外借鉴', '运营竞争']);
    expect(p.ranking.reduce((s, r) => s + r.confidence, 0)).toBeCloseTo(1, 2);
  });

  it("reads a body named after the publication's own province or city as local government, not a ministry", () => {
    const article = {
      title: '省数据局部署公共数据授权运营试点',
      body: '省政务服务和数据管理局日前召开会议，部署公共数据授权运营试点工作。会议要求，各地要结合实际，选择交通、医疗等领域开展试点，年底前形成可推广的经验。',
    };
    expect(enrichArticle(article).predictedSection?.name).toBe('运营竞争');
  });

  it('reads a company launching a data-centre product as technology, not a data release', () => {
    const article = {
      title: '浪潮信息发布新一代数据中心液冷服务器',
      body: '浪潮信息日前发布新一代数据中心液冷服务器，采用冷板式液冷设计，散热效率较风冷提升约40%，可支持单机柜功率密度超过50千瓦。',
    };
    expect(enrichArticle(article).predictedSection?.name).toBe('技术情报');
  });

  it("reads an institute's market figures in a speaker-first headline as the industry's, not research", () => {
    const article = {
      title: '中国信通院：三季度国内智能手表出货量1200万块',
      body: '中国信息通信研究院最新数据显示，三季度国内市场智能手表出货量1200万块，同比增长12%，其中支持独立通话的产品占比提升至35%。',
    };
    expect(enrichArticle(article).predictedSection?.name).toBe('产业环境');
  });

  it("reads a standards body's news as technology, wherever the body sits", () => {
    const article = {
      title: '国际电信联盟批准IMT-2030技术性能要求',
      body: '国际电信联盟近日批准IMT-2030技术性能要求，明确了峰值速率、时延、连接密度等指标，为各方提交6G候选技术方案提供依据。',
    };
    expect(enrichArticle(article).predictedSection?.name).toBe('技术情报');
  });

  it("reads a foreign company's plant in a Chinese city as company news, not a lesson from abroad", () => {
    const article = {
      title: '英飞凌无锡工厂扩建功率半导体产线',
      body: '英飞凌近日宣布扩建其无锡工厂的功率半导体产线，新增投资2亿欧元，主要面向国内新能源汽车客户。英飞凌表示，中国市场是其增长最快的市场之一。',
    };
    expect(enrichArticle(article).predictedSection?.name).toBe('企业情报');
  });

  it("does not take a newspaper's dateline for the place a national story is about", () => {
    const article = {
      title: '数据标注产业迎来规范发展',
      body: '本报上海6月3日讯（记者 张三）国家数据局日前发布《关于促进数据标注产业高质量发展的实施意见》，提出到2027年数据标注产业规模年均增速超过20%，培育一批骨干企业。',
    };
    expect(enrichArticle(article).predictedSection?.name).toBe('产业环境');
    expect(sectionFeatures(analyse(article)).has('#domestic_place')).toBe(false);
  });

  it("reads a company's branch in brackets (浪潮（济南）) as the company's, not the city's headline", () => {
    const article = {
      title: '浪潮（济南）智能制造基地项目开工',
      body: '6月5日，浪潮（济南）智能制造基地项目在济南高新区开工。济南市副市长出席开工仪式，浪潮集团董事长介绍，项目总投资50亿元，建成后年产服务器100万台。',
    };
    const features = sectionFeatures(analyse(article));
    expect(features.has('#place_in_title')).toBe(false);
    expect(features.has('#domestic_place')).toBe(true);
    expect(enrichArticle(article).predictedSection?.name).toBe('企业情报');
  });

  it("reads a company's executive speaking first in a headline on its business as the company's view, on a technology as the technology's", () => {
    const business = {
      title: '紫光展锐任奎：卫星通信芯片出货量今年将翻番',
      body: '在近日举行的一场行业论坛上，紫光展锐执行副总裁任奎表示，公司卫星通信芯片已进入多家手机厂商的中高端机型，今年出货量将翻番。',
    };
    expect(sectionFeatures(analyse(business)).has('#executive_speaks')).toBe(true);
    const technology = {
      title: '紫光展锐任奎：卫星通信将成为手机标配',
      body: '在近日举行的一场行业论坛上，紫光展锐执行副总裁任奎表示，随着低轨卫星星座建设加快，卫星通信功能将逐步成为中高端手机的标配，芯片集成度和功耗是普及的关键。',
    };
    const features = sectionFeatures(analyse(technology));
    expect(features.has('#executive_speaks')).toBe(false);
    expect(features.has('#executive')).toBe(false);
    expect(features.has('#technologist')).toBe(true);
  });

  it('reads what a speaker says, not who speaks: a chairman arguing policy, a delegate on a technical result', () => {
    const policy = {
      title: '郭为民委员：建议设立全国统一的算力交易市场',
      body: '全国政协委员、神州数码集团董事长郭为民建议，国家层面设立统一的算力交易市场，制定算力计量和定价标准，允许闲置算力跨省交易。',
    };
    const policyFeatures = sectionFeatures(analyse(policy));
    expect(policyFeatures.has('#executive')).toBe(false);
    expect(policyFeatures.has('#subject_company')).toBe(false);
    expect(policyFeatures.has('#normative')).toBe(true);
    // 全国人大代表 is the speaker's membership: the legislature is not what a delegate's research result is about.
    const result = {
      title: '人大代表：半侵入式脑机接口完成首例临床植入',
      body: '全国人大代表、复旦大学脑科学研究院研究员介绍，团队研制的半侵入式脑机接口已完成首例临床植入，解码延迟低于100毫秒。',
    };
    const resultFeatures = sectionFeatures(analyse(result));
    expect(resultFeatures.has('#subject_government')).toBe(false);
    expect(resultFeatures.has('#government_org')).toBe(false);
    expect(resultFeatures.has('#industry_statistics')).toBe(false);
  });

  it('reads 在华盛顿 as a place abroad, not as 在华 (in China)', () => {
    const article = {
      title: '美国联邦通信委员会将拍卖中频段频谱',
      body: '美国联邦通信委员会主席在华盛顿表示，FCC将于年内拍卖中频段频谱，所得资金用于资助农村宽带建设。',
    };
    const features = sectionFeatures(analyse(article));
    expect(features.has('#foreign_in_china')).toBe(false);
    expect(features.has('#subject_foreign')).toBe(true);
  });

  it("reads a company's technical result with no money, executive or market abroad as technology", () => {
    const result = {
      title: '兆易创新车规级存储芯片通过可靠性认证',
      body: '兆易创新日前宣布，其车规级NOR闪存芯片通过第三方可靠性认证，工作温度范围覆盖零下40度至125度，数据保持时间较上一代延长一倍。',
    };
    // A certification passed is a technical result as a completed test is (read as a launch since the seventeenth author's round).
    const read = sectionFeatures(analyse(result));
    expect(read.has('#company_without_business') || read.has('#launch_in_title')).toBe(true);
    expect(read.has('#subject_company')).toBe(false);
    expect(enrichArticle(result).predictedSection?.name).toBe('技术情报');
    // The same company with a deal and money is company news; abroad it stays company news too.
    const deal = { title: '兆易创新拟收购一家存储芯片设计公司', body: '兆易创新日前公告，拟以12亿元收购一家存储芯片设计公司全部股权。' };
    expect(sectionFeatures(analyse(deal)).has('#company_without_business')).toBe(false);
    const abroad = { title: '兆易创新在新加坡设立研发中心', body: '兆易创新日前宣布在新加坡设立研发中心，面向东南亚客户提供技术支持。' };
    expect(sectionFeatures(analyse(abroad)).has('#company_without_business')).toBe(false);
  });

  it("does not count a foreign company's move at a Chinese city as foreign (#foreign_org dropped)", () => {
    const article = { title: '英飞凌在无锡扩建功率半导体工厂', body: '英飞凌日前宣布在无锡扩建功率半导体封测工厂，新增员工约500名。' };
    const features = sectionFeatures(analyse(article));
    expect(features.has('#foreign_in_china')).toBe(true);
    expect(features.has('#foreign_org')).toBe(false);
    expect(enrichArticle(article).predictedSection?.name).not.toBe('海外借鉴');
  });

  it("reads a company's technologist and its research money as technology, not a business move", () => {
    const article = {
      title: '紫光国微首席科学家：新一代安全芯片功耗降低四成',
      body: '紫光国微首席科学家王宏在技术研讨会上介绍，新一代安全芯片采用新的加密引擎，功耗较上一代降低40%。公司今年研发投入预计超过12亿元。',
    };
    const features = sectionFeatures(analyse(article));
    expect(features.has('#technologist')).toBe(true);
    expect(features.has('#executive')).toBe(false);
    expect(features.has('#money_figure')).toBe(false);
    expect(enrichArticle(article).predictedSection?.name).toBe('技术情报');
    // Its chairman on results is still the company's view.
    const results = { title: '紫光国微董事长：前三季度营收增长一成', body: '紫光国微董事长李明在业绩说明会上表示，公司前三季度营业收入45亿元，同比增长10%。' };
    expect(sectionFeatures(analyse(results)).has('#executive')).toBe(true);
  });

  it("reads an executive announcing a completed trial as the technology's story", () => {
    const article = {
      title: '亨通光电总裁：空芯光纤完成千公里传输试验',
      body: '亨通光电总裁钱建林日前表示，公司空芯光纤完成千公里级传输试验，传输时延较普通光纤降低约30%。',
    };
    const features = sectionFeatures(analyse(article));
    expect(features.has('#launch_in_title')).toBe(true);
    expect(features.has('#executive_speaks')).toBe(false);
    expect(enrichArticle(article).predictedSection?.name).toBe('技术情报');
  });

  it("keeps a foreign company's executives and money abroad (海外借鉴)", () => {
    const article = {
      title: '高通首席执行官：四季度营收预计约110亿美元',
      body: '高通公布第四财季业绩，营收107亿美元。首席执行官安蒙表示，汽车和物联网业务增长强劲。',
    };
    const features = sectionFeatures(analyse(article));
    expect(features.has('#subject_foreign')).toBe(true);
    expect(features.has('#executive')).toBe(false);
    expect(features.has('#money_figure')).toBe(false);
    expect(enrichArticle(article).predictedSection?.name).toBe('海外借鉴');
  });

  it("reads a government body of no one country (欧盟委员会) as abroad, not as a national ministry", () => {
    const article = {
      title: '欧盟委员会拟修订无线电设备指令',
      body: '欧盟委员会近日提出修订无线电设备指令，要求在欧洲市场销售的联网设备默认开启安全更新，过渡期为三年。',
    };
    const features = sectionFeatures(analyse(article));
    expect(features.has('#subject_foreign')).toBe(true);
    expect(features.has('#government_org')).toBe(false);
    expect(enrichArticle(article).predictedSection?.name).toBe('海外借鉴');
  });

  it('reads a commentary arguing what ought to be done as the industry environment, whatever its topic', () => {
    const article = {
      title: '车路协同不能只靠试点撑门面',
      body: '近年来各地车路协同试点遍地开花，但路侧设备利用率普遍不高。业内人士认为，应加快统一数据接口，避免各自为战；地方亟需从“建设备”转向“用数据”，警惕重复投资。',
    };
    expect(sectionFeatures(analyse(article)).get('#normative')).toBeGreaterThan(1);
    expect(enrichArticle(article).predictedSection?.name).toBe('产业环境');
    const report = { title: '车路协同路侧单元完成高速公路实测', body: '一套车路协同路侧单元在高速公路完成实测，感知距离300米，时延低于20毫秒。' };
    expect(sectionFeatures(analyse(report)).has('#normative')).toBe(false);
  });

  it('reads a domestic company named by its kind acting abroad as company news, as a named one is', () => {
    const unnamed = { title: '国内一家动力电池企业在匈牙利建设正极材料工厂', body: '国内一家动力电池企业日前宣布，在匈牙利建设正极材料工厂，一期年产能5万吨，产品供应欧洲客户。' };
    const features = sectionFeatures(analyse(unnamed));
    expect(features.has('#subject_company')).toBe(true);
    expect(features.has('#subject_foreign')).toBe(false);
    expect(features.has('#foreign_place')).toBe(true);
    expect(enrichArticle(unnamed).predictedSection?.name).toBe('企业情报');
    // A foreign company named abroad stays foreign.
    const foreign = { title: '韩国一家电池企业在匈牙利建设正极材料工厂', body: 'LG新能源日前宣布在匈牙利建设正极材料工厂，一期年产能5万吨。' };
    expect(sectionFeatures(analyse(foreign)).has('#subject_company')).toBe(false);
  });

  it("reads an operator's results told by its chairman as the operators' competition, its appointments as company news", () => {
    const results = {
      title: '中国联通上半年营业收入1950亿元',
      body: '中国联通8月发布半年度业绩，营业收入1950亿元，同比增长2.9%；净利润128亿元。董事长陈忠岳表示，公司将继续加大算力网络投资。',
    };
    const features = sectionFeatures(analyse(results));
    expect(features.has('#executive')).toBe(false);
    expect(features.has('#money_figure')).toBe(false);
    // The priors alone weigh 营业收入 and 净利润 as company words; trained on the first author's dev (operators'
    // results filed under 运营竞争), the model reads the operator as its subject.
    const sectionModel = trainSectionModel(unseenArticles('dev').map((a) => ({ article: a, section: a.section })));
    expect(enrichArticle(results, { sectionModel }).predictedSection?.name).toBe('运营竞争');
    const appointment = { title: '中国电信聘任张伟为副总经理', body: '中国电信集团有限公司日前公告，聘任张伟为公司副总经理。张伟此前担任公司战略部总经理。' };
    expect(sectionFeatures(analyse(appointment)).has('#subject_operator')).toBe(false);
    expect(enrichArticle(appointment).predictedSection?.name).toBe('企业情报');
    // A company's appointment with no money in it is still business, not a report on its technology.
    const company = sectionFeatures(analyse({ title: '紫光展锐聘任李明为首席执行官', body: '紫光展锐日前宣布，聘任李明为公司首席执行官，负责公司日常经营。' }));
    expect(company.has('#appointment')).toBe(true);
    expect(company.has('#company_without_business')).toBe(false);
  });

  it('reads a bureau named by its level alone (市经信局：, 副局长 of 市工信局) as local government', () => {
    const speaker = { title: '省工信厅：上半年新增智能工厂120家', body: '省工业和信息化厅7月15日通报，上半年全省新增省级智能工厂120家，累计达到860家。' };
    expect(sectionFeatures(analyse(speaker)).has('#subject_local')).toBe(true);
    expect(enrichArticle(speaker).predictedSection?.name).toBe('运营竞争');
    const officer = { title: '全年新开工电子信息项目52个', body: '据统计，全年全市新开工电子信息项目52个，总投资120亿元。市工信局副局长王海说，今年将再安排专项资金3亿元。' };
    const features = sectionFeatures(analyse(officer));
    expect(features.has('#local_government')).toBe(true);
    expect(features.has('#executive')).toBe(false);
  });

  it("reads an operator's provincial company printed short (浙江移动) as an operator, as its province was read before", () => {
    const network = sectionFeatures(analyse({ title: '浙江移动杭州智算中心投运', body: '浙江移动8月7日宣布，位于杭州市余杭区的智算中心正式投运，部署国产AI加速卡1.2万张。' }));
    expect(network.has('#subject_operator')).toBe(true);
    expect(network.has('#subject_company')).toBe(false);
    const appointment = sectionFeatures(analyse({ title: '刘建军任安徽电信总经理', body: '中国电信近日决定，刘建军任安徽电信总经理，王立新不再担任该职务。' }));
    expect(appointment.has('#appointment')).toBe(true);
  });

  it("reads a regulator's penalty on one named company as the company's news, and a national standards committee as a standards body", () => {
    const penalty = sectionFeatures(analyse({ title: '市场监管总局依法对知网作出行政处罚', body: '国家市场监督管理总局依法对知网滥用市场支配地位行为作出行政处罚，罚款8760万元。' }));
    expect(penalty.has('#subject_company')).toBe(true);
    expect(penalty.has('#subject_government')).toBe(false);
    const standard = sectionFeatures(analyse({ title: '全国网络安全标准化技术委员会发布人工智能生成内容标识国家标准', body: '全国网络安全标准化技术委员会发布国家标准，规定了显式与隐式标识的技术要求。' }));
    expect(standard.has('#subject_standards')).toBe(true);
  });

  it('reads appointments printed person first or as 新任 as company personnel news', () => {
    const operator = sectionFeatures(analyse({ title: '周明任中国联通河南公司总经理', body: '中国联通河南公司召开干部大会，宣布周明任公司总经理。周明此前任中国联通山西公司副总经理。' }));
    expect(operator.has('#appointment')).toBe(true);
    expect(operator.has('#subject_operator')).toBe(false);
    const incoming = sectionFeatures(analyse({ title: '中国移动湖南公司迎来新任总经理', body: '中国移动湖南公司日前宣布，集团公司决定由刘强任公司总经理。' }));
    expect(incoming.has('#appointment')).toBe(true);
  });

  it('reads an academician by what they say: the academy printed before 院士 is a membership, an argued course is the environment', () => {
    const argued = sectionFeatures(analyse({
      title: '中国工程院院士：算力补贴应向中小企业倾斜',
      body: '中国工程院院士赵海在一场研讨会上表示，各地算力券多由大企业领取，应当提高中小企业的使用比例，避免补贴集中。',
    }));
    expect(argued.has('#industry_statistics')).toBe(false);
    expect(argued.has('#institute_org')).toBe(false);
    expect(argued.has('#speaker_argues')).toBe(true);
    expect(argued.has('#technologist')).toBe(false);
    // One the headline names, describing a technology, speaks as a technologist.
    const described = sectionFeatures(analyse({ title: '专家｜中国科学院院士周岚：存算一体芯片将先用于端侧', body: '中国科学院院士周岚在论坛上表示，存算一体芯片的能效比传统架构高一个数量级，将先用于手机和可穿戴设备。' }));
    expect(described.has('#technologist')).toBe(true);
    // 研发 in a headline arguing a course is no launch.
    const course = sectionFeatures(analyse({ title: '院士：量子研发要防止重复布局', body: '中国科学院院士钱立在论坛上表示，量子计算仍处于原理验证阶段，要防止各地重复布局。' }));
    expect(course.has('#launch_in_title')).toBe(false);
  });

  it("reads an association's own meeting as the industry's, wherever it is held and whoever the tables know", () => {
    const meeting = sectionFeatures(analyse({
      title: '中国光学产业促进会在武汉召开理事会',
      body: '5月9日·武汉｜中国光学产业促进会理事会召开，会议选举产生新一届理事长，审议通过年度工作报告。',
    }));
    expect(meeting.has('#domestic_place')).toBe(false);
    expect(meeting.has('#subject_association')).toBe(true);
    expect(meeting.has('#industry_statistics')).toBe(true);
    const hosted = sectionFeatures(analyse({ title: '2026中国显示大会在合肥开幕', body: '2026中国显示大会开幕，大会由中国光学光电子行业协会主办，300余家企业参展。' }));
    expect(hosted.has('#industry_statistics')).toBe(true);
    expect(hosted.has('#subject_local')).toBe(false);
  });

  it("reads a foreign vendor's tender at our operator or deal with a domestic partner as business in China", () => {
    const tender = sectionFeatures(analyse({ title: '爱立信中标中国移动核心网集采', body: '中国移动公布核心网设备集中采购结果，爱立信获得约15%的份额。' }));
    expect(tender.has('#foreign_in_china')).toBe(true);
    expect(tender.has('#operator_org')).toBe(false);
    const partner = sectionFeatures(analyse({ title: '博世与宁德时代签署电池管理系统合作协议', body: '博世与宁德时代签署合作协议，双方将联合开发新一代电池管理系统。' }));
    expect(partner.has('#foreign_in_china')).toBe(true);
    // Its results abroad stay foreign.
    const results = sectionFeatures(analyse({ title: '博世去年销售额下降1%', body: '博世公布年度业绩，销售额903亿欧元，同比下降1%，息税前利润率降至3.5%。' }));
    expect(results.has('#subject_foreign')).toBe(true);
  });

  it('reads a city abroad as a foreign place, a county\'s bureau as local government, and an unknown company in a story told wholly abroad as foreign', () => {
    const visit = sectionFeatures(analyse({ title: 'LG电子社长访问美国', body: 'LG电子社长在亚利桑那州钱德勒会见合作伙伴，商讨车载显示屏供货。' }));
    expect(visit.has('#domestic_place')).toBe(false);
    expect(visit.has('#foreign_in_china')).toBe(false);
    expect(visit.has('#subject_foreign')).toBe(true);
    const county = sectionFeatures(analyse({ title: '灌南县数字经济园区新增企业40家', body: '灌南县工业和信息化局数据显示，园区一季度新增企业40家。' }));
    expect(county.has('#local_government')).toBe(true);
    expect(county.has('#government_org')).toBe(false);
    const abroad = sectionFeatures(analyse({ title: 'Graphcore获英国政府5亿英镑资助', body: '英国政府宣布向芯片企业Graphcore提供5亿英镑资助，用于在布里斯托尔建设研发中心。' }));
    expect(abroad.has('#subject_foreign')).toBe(true);
    expect(abroad.has('#subject_company')).toBe(false);
    // A Latin-script company in a story with a place at home stays a company of ours.
    const home = sectionFeatures(analyse({ title: 'Momenta在苏州设立研发中心', body: 'Momenta宣布在苏州设立研发中心，投资10亿元。' }));
    expect(home.has('#subject_foreign')).toBe(false);
  });

  it("reads a company's project settling in a region as the region's programme, its own plant starting as its news", () => {
    const settles = sectionFeatures(analyse({ title: '某某电子智能工厂落户高新区', body: '某某电子智能工厂项目5月8日在高新区签约，总投资20亿元，建成后年产能300万台。' }));
    expect(settles.has('#project_settles')).toBe(true);
    expect(settles.has('#subject_company')).toBe(false);
    expect(enrichArticle({ title: '某某电子智能工厂落户高新区', body: '某某电子智能工厂项目5月8日在高新区签约，总投资20亿元，建成后年产能300万台。' }).predictedSection?.name).toBe('运营竞争');
    const starts = sectionFeatures(analyse({ title: '比亚迪郑州工厂二期开工', body: '比亚迪郑州工厂二期项目开工，总投资100亿元。' }));
    expect(starts.has('#project_settles')).toBe(false);
  });

  it("reads state funds and data exchanges as their region's or the nation's programme, a fund's stake as the company's, a tender won as the vendor's", () => {
    const feats = (title: string, body: string) => sectionFeatures(analyse({ title, body }));
    const cityFund = feats('广州市产业投资基金新设人工智能子基金', '广州市产业投资基金宣布新设规模50亿元的人工智能子基金，重点投向算力和机器人项目。');
    expect(cityFund.has('#subject_local')).toBe(true);
    expect(cityFund.has('#subject_company')).toBe(false);
    const nationalFund = feats('国家集成电路产业投资基金启动新一期募资', '国家集成电路产业投资基金启动新一期募资，目标规模2000亿元。');
    expect(nationalFund.has('#subject_government')).toBe(true);
    const stake = feats('国家集成电路产业投资基金增资中芯国际', '国家集成电路产业投资基金二期新增认缴出资30亿元，持股比例升至10%。');
    expect(stake.has('#subject_company')).toBe(true);
    expect(stake.has('#government_org')).toBe(false);
    // A fund a province or city names, whatever it develops, is the region's instrument; its stake in a project no company's.
    const provinceFund = feats('浙江省高端装备发展基金完成设立 规模80亿元', '浙江省高端装备发展基金近日完成备案，总规模80亿元，省财政出资16亿元。');
    expect(provinceFund.has('#subject_local')).toBe(true);
    expect(provinceFund.has('#subject_company')).toBe(false);
    const project = feats('嘉兴市引导基金参投光伏项目', '嘉兴市产业发展引导基金近日出资3亿元，参与设立一支光伏产业股权投资基金，首个项目为海宁的组件工厂。');
    expect(project.has('#subject_local')).toBe(true);
    expect(project.has('#subject_company')).toBe(false);
    const exchange = feats('深圳数据交易所上线跨境数据专区', '深圳数据交易所当天上线跨境数据交易专区，首批挂牌数据产品60个。');
    expect(exchange.has('#subject_local')).toBe(true);
    const tender = { title: '烽火通信中标中国联通光缆集采', body: '中国联通公示普通光缆集采结果，烽火通信中标份额约15%。' };
    expect(sectionFeatures(analyse(tender)).has('#operator_in_title')).toBe(false);
    expect(enrichArticle(tender).predictedSection?.name).toBe('企业情报');
    // The publisher winning a city's tender: the winner is the subject, the city's bureau its customer.
    const won = feats('我司中标某市智慧水务二期项目', '我司近日中标嘉兴市水务局智慧水务二期项目，中标金额6200万元。');
    expect(won.has('#subject_company')).toBe(true);
    expect(won.has('#tender_won')).toBe(true);
    expect(won.has('#local_government')).toBe(false);
  });

  it('reads a reported speaker under a headline arguing a course as arguing it', () => {
    const f = sectionFeatures(analyse({ title: '专家观点：智慧交通建设应避免重复投入', body: '某交通研究院院长李明认为，各地应统筹建设交通数据平台。' }));
    expect(f.has('#speaker_argues')).toBe(true);
    expect(f.has('#subject_institute')).toBe(false);
  });

  it('reads foreign companies named by their kind in an article naming no actor as foreign, as named ones are', () => {
    const article = { title: '海外面板厂商下调全年出货预期', body: '受消费电子需求疲软影响，海外面板厂商纷纷下调全年出货预期，部分产线稼动率降至六成。' };
    expect(sectionFeatures(analyse(article)).has('#subject_foreign')).toBe(true);
    expect(enrichArticle(article).predictedSection?.name).toBe('海外借鉴');
    // Domestic ones named beside them keep the story ours.
    const both = { title: '面板厂商下调出货预期', body: '国内面板厂商与海外面板厂商纷纷下调全年出货预期。' };
    expect(sectionFeatures(analyse(both)).has('#subject_foreign')).toBe(false);
  });

  it("reads who acts and whose figures they are on new kinds of publication (the fourteenth author's round)", () => {
    const feats = (title: string, body: string) => sectionFeatures(analyse({ title, body }));
    // A national body's short name after a level is that level's body.
    const city = feats('前三季度全市软件业务收入增长9%', '据市统计局初步核算，前三季度全市软件业务收入达到860亿元。');
    expect(city.has('#local_government')).toBe(true);
    expect(city.has('#government_org')).toBe(false);
    // A company named in Chinese (or in Chinese and Latin) no table holds, acting abroad, is one of ours abroad.
    const ours = feats('远拓物流集团与越南企业签约 在河内建设仓储中心', '远拓物流集团与越南一家零售企业签署协议，将在河内建设仓储中心，投资2亿元。');
    expect(ours.has('#subject_foreign')).toBe(false);
    const mixed = feats('KTC电子科技公司在墨西哥新建工厂', 'KTC电子科技公司宣布在墨西哥新建工厂，年产能200万台。');
    expect(mixed.has('#subject_foreign')).toBe(false);
    const venue = feats('云帆科技在新加坡交易所提交上市申请', '云帆科技向新加坡交易所提交上市申请，拟募资5亿美元。');
    expect(venue.has('#subject_foreign')).toBe(false);
    expect(venue.has('#subject_company')).toBe(true);
    // A body named after a region abroad is abroad whatever its kind.
    const bank = feats('欧洲投资银行向氢能项目提供8亿欧元贷款', '欧洲投资银行宣布向一个氢能项目提供8亿欧元贷款。');
    expect(bank.has('#subject_foreign')).toBe(true);
    // A headline figure of the nation's market is the nation's statistics.
    const market = feats('某咨询机构：前三季度国内平板电脑出货量2100万台', '数据显示，前三季度国内平板电脑出货量2100万台，同比增长5%。');
    expect(market.has('#national_figure')).toBe(true);
    // A company or city of the Taiwan region is filed as foreign ones are; its plant at a city of ours is business here.
    const taiwan = feats('瑞昱二季度营收增长9% 新竹总部扩建', '瑞昱公布二季度营收，同比增长9%，并宣布扩建位于新竹的总部大楼。');
    expect(taiwan.has('#subject_foreign')).toBe(true);
    expect(taiwan.has('#domestic_place')).toBe(false);
    const plant = feats('和硕成都工厂新增两条产线', '和硕宣布成都工厂新增两条笔记本电脑产线，年产能增加200万台。');
    expect(plant.has('#foreign_in_china')).toBe(true);
  });

  it('keeps a domestic place invested in, a foreign kind of company abroad, a city\'s own bureau once, and money in any currency', () => {
    const feats = (title: string, body: string) => sectionFeatures(analyse({ title, body }));
    // 对上海投资: the place invested in is where the story is; only a place abroad is a trade partner.
    expect(feats('外资企业加大对上海投资', '多家外资企业宣布加大对上海投资。').has('#domestic_place')).toBe(true);
    // A foreign company named by its kind, acting abroad, stays foreign: no company of ours.
    const foreignKind = feats('海外存储芯片厂商在越南扩产', '海外存储芯片厂商在越南扩建封装测试工厂。');
    expect(foreignKind.has('#subject_company')).toBe(false);
    // A city's bureau found whole is not read again as a lone level's, nor 州 of 广州 as one.
    const city = feats('广州发改委发布通知', '广州发改委发布关于数据中心项目的通知。');
    expect(city.has('#government_org')).toBe(false);
    // An amount in 泰铢 is money as an amount in 元 is.
    expect(feats('浪潮信息签下服务器大单 金额达8亿泰铢', '浪潮信息宣布签下服务器订单，金额达8亿泰铢。').has('#money_figure')).toBe(true);
  });

  it("reads who acts and where on the sixteenth author's kinds: ours abroad, trade partners, a plant's place, a launch's venue", () => {
    const feats = (title: string, body: string) => sectionFeatures(analyse({ title, body }));
    // A headline opening with the foreign place, the body's first sentence with a company of ours: ours abroad.
    const abroad = feats('匈牙利德布勒森电池工厂投产 年产能20GWh', '宁德时代在匈牙利德布勒森的电池工厂本月投产，一期年产能20GWh。');
    expect(abroad.has('#subject_foreign')).toBe(false);
    expect(abroad.has('#subject_company')).toBe(true);
    // … but a foreign body opening it keeps the story abroad.
    const theirs = feats('匈牙利政府批准电池工厂扩建', '匈牙利政府宣布批准德布勒森电池工厂扩建计划。');
    expect(theirs.has('#subject_foreign')).toBe(true);
    // Countries named only in the body of a region's or the nation's figures are trade partners.
    const district = feats('前三季度全区实际使用外资3.2亿美元', '区商务局数据显示，前三季度全区实际使用外资3.2亿美元，投资方主要来自新加坡和德国。');
    expect(district.has('#foreign_place')).toBe(false);
    // … and an association counting the nation's in the body speaks for the industry.
    const national = feats('前三季度我国家电出口额增长8%', '中国家用电器协会发布数据，前三季度我国家电出口额增长8%，对美国出口增长12%。');
    expect(national.has('#foreign_place')).toBe(false);
    expect(national.has('#industry_statistics')).toBe(true);
    // A plant's place in the headline is where its company produces, not whose story it is.
    const plant = feats('北京奔驰前三季度产量增长 顺义工厂新增电动车产线', '北京奔驰汽车有限公司披露，前三季度产量增长6%，梅赛德斯-奔驰集团表示将继续在华投资。');
    expect(plant.has('#subject_local')).toBe(false);
    // A city a product is launched in is the launch's venue; research staff are no launch.
    const venue = feats('普元信息在上海发布新一代低代码平台', '普元信息在上海发布新一代低代码开发平台，支持国产数据库。');
    expect(venue.has('#subject_local')).toBe(false);
    expect(venue.has('#launch_in_title')).toBe(true);
    expect(feats('某公司在杭州新增研发人员300名', '公司宣布在杭州新增研发人员300名。').has('#launch_in_title')).toBe(false);
    // A foreign company's unit named after it is foreign, and in China business here; 总部 is no ministry.
    const unit = feats('博世中国研究院在苏州扩建', '博世中国研究院宣布扩建位于苏州的研发大楼，博世集团董事出席仪式。');
    expect(unit.has('#foreign_in_china')).toBe(true);
    const office = analyse({ title: '迪拜区域总部开业', body: '某软件公司在迪拜开设中东区域总部。' });
    expect(office.entities.some((e) => e.name.endsWith('总部'))).toBe(false);
    // A province's association speaks for the province; a regulator penalising a company it names is the company's news.
    const province = feats('江苏省电子信息行业协会：前三季度全省软件收入增长10%', '江苏省电子信息行业协会发布数据，前三季度全省软件业务收入增长10%。');
    expect(province.has('#subject_local')).toBe(true);
    expect(province.has('#industry_statistics')).toBe(false);
    const named = feats('市场监管总局对一家电商平台作出行政处罚', '国家市场监督管理总局对北京京东世纪贸易有限公司作出行政处罚，罚款500万元。');
    expect(named.has('#government_in_title')).toBe(false);
    const unnamed = feats('市场监管总局：对某平台企业垄断行为立案调查', '国家市场监督管理总局依法对某平台企业涉嫌垄断行为立案调查。');
    expect(unnamed.has('#government_in_title')).toBe(true);
    // One company of a city, unnamed, acting abroad is company news; a company of ours named first sells to its markets abroad.
    const one = feats('一家宁波模具企业在印度尼西亚设厂', '一家宁波模具企业宣布在印度尼西亚设厂，投资3000万美元。');
    expect(one.has('#subject_company')).toBe(true);
    expect(one.has('#subject_local')).toBe(false);
    const markets = feats('亿纬锂能与宝马签署欧洲电池供应协议', '亿纬锂能与宝马签署协议，自2027年起为其在欧洲和北美的工厂供应圆柱电池，合同金额约80亿元。');
    expect(markets.has('#foreign_place')).toBe(false);
    // A foreign company's 超级工厂 at a city of ours is its plant in China; a chain of places before 发布 is one venue.
    expect(feats('特斯拉上海超级工厂三季度交付增长', '特斯拉上海超级工厂三季度交付增长12%。').has('#foreign_in_china')).toBe(true);
    const chain = feats('国际电信联盟发布新一代频谱规划报告', '国际电信联盟在瑞士日内瓦发布新一代频谱规划报告。');
    expect(chain.has('#foreign_place')).toBe(false);
    // 总经理调整 is an appointment; an association named by its level alone is the publication's region's.
    expect(feats('中国移动省分公司总经理调整', '中国移动近日发布人事任免，王强任省分公司总经理。').has('#appointment')).toBe(true);
    const own = feats('市软件行业协会召开第二届会员代表大会', '市软件行业协会召开会员代表大会，选举新一届理事会。');
    expect(own.has('#subject_local')).toBe(true);
    expect(own.has('#industry_statistics')).toBe(false);
  });

  it("reads who acts on the seventeenth author's kinds: ours abroad beside foreign customers, a company's new unit, a region's speaker prefix", () => {
    const feats = (title: string, body: string) => sectionFeatures(analyse({ title, body }));
    // Foreign companies later in the lead are whom ours supplies: still ours abroad, and the places abroad its markets.
    const supplies = feats('斯洛伐克电池工厂投产 国轩高科欧洲产能提升', '国轩高科位于斯洛伐克的电池工厂本月投产，主要为大众、雷诺等欧洲车企配套。');
    expect(supplies.has('#subject_company')).toBe(true);
    expect(supplies.has('#subject_foreign')).toBe(false);
    expect(supplies.has('#foreign_place')).toBe(false);
    // A company setting up a unit of its own is its move, however much research the unit does; a university's is not.
    const unit = feats('西门子在深圳设立数字化创新中心', '西门子宣布在深圳设立数字化创新中心，研究工业软件和人工智能应用。');
    expect(unit.has('#unit_opened')).toBe(true);
    expect(unit.has('#foreign_in_china')).toBe(true);
    expect(feats('清华大学在深圳设立人工智能研究院', '清华大学宣布在深圳设立人工智能研究院。').has('#unit_opened')).toBe(false);
    // A region printed as the speaker of a product's result is where the news comes from; its own figures stay its story.
    const result = feats('苏州：国产工业机器人控制器通过功能安全认证', '据苏州市工业和信息化局消息，一款国产工业机器人控制器近日通过功能安全认证。');
    expect(result.has('#subject_local')).toBe(false);
    expect(result.has('#launch_in_title')).toBe(true);
    expect(feats('苏州：前三季度工业机器人产量增长20%', '苏州市统计局数据显示，前三季度全市工业机器人产量增长20%。').has('#subject_local')).toBe(true);
    // Money a technology saves is no business figure; a company of a city printed after the city, or after 某地的, is who acts.
    const saved = feats('预测性维护系统上线 一家精密机械企业设备停机时间减少35%', '浙江恒锐精密机械有限公司引入设备预测性维护系统后，非计划停机时间减少35%，全年节约维护成本约420万元。');
    expect(saved.has('#money_figure')).toBe(false);
    expect(saved.has('#company_without_business')).toBe(true);
    expect(feats('一家精密机械企业获得2亿元订单', '浙江恒锐精密机械有限公司与一家车企签订2亿元设备供货合同。').has('#money_figure')).toBe(true);
    const ofCity = feats('宁波一家注塑企业应用视觉质检', '宁波一家注塑企业部署视觉质检系统后，缺陷检出率提升至99.5%。');
    expect(ofCity.has('#subject_local')).toBe(false);
    const located = feats('产线换型时间缩短四成', '江苏常州的常州华科汽车部件有限公司建成柔性产线，产线换型时间缩短40%。');
    expect(located.has('#subject_local')).toBe(false);
    // 一家电子厂 is a company as 一家电子企业 is; an order's lead time is a plant's efficiency, no business happening.
    const plantOf = feats('苏州一家电子厂上线设备联网平台 设备综合效率提升18%', '苏州一家电子厂接入工业互联网平台，1200台设备实现联网，设备综合效率提升18%。');
    expect(plantOf.has('#subject_local')).toBe(false);
    expect(plantOf.has('#company_without_business')).toBe(true);
    expect(feats('浙江华纺印染有限公司用AI排产 订单交付周期缩短30%', '浙江华纺印染有限公司引入AI排产系统，订单交付周期缩短30%。').has('#company_without_business')).toBe(true);
    // A new head printed as 新掌门 or 接棒 is an appointment: an operator's provincial company's personnel is company news.
    const head = feats('中国电信浙江公司迎来新掌门', '中国电信近日宣布，李卫东任中国电信浙江公司总经理，原总经理另有任用。');
    expect(head.has('#appointment')).toBe(true);
    expect(head.has('#subject_operator')).toBe(false);
    // A city a foreign chief speaks in (在上海谈…, 在北京出席论坛时表示) is a venue: their words on the world market stay abroad.
    const talk = feats('高通总裁安蒙在上海谈全球智能手机市场', '高通公司总裁兼首席执行官克里斯蒂亚诺·安蒙在上海举行的大会上表示，全球智能手机市场明年将恢复增长。');
    expect(talk.has('#subject_foreign')).toBe(true);
    expect(talk.has('#foreign_in_china')).toBe(false);
    expect(feats('爱立信首席执行官：欧洲5G投资落后', '爱立信首席执行官鲍毅康在北京出席论坛时表示，欧洲运营商5G投资落后于北美。').has('#domestic_place')).toBe(false);
    // A free-trade zone's committee printed with its province in brackets is local government, not a national body.
    const zone = feats('前三季度新设外资企业120家', '中国（广东）自由贸易试验区南沙片区管理委员会通报，前三季度片区新设外资企业120家。');
    expect(zone.has('#local_government')).toBe(true);
    expect(zone.has('#government_org')).toBe(false);
  });

  it("reads the twentieth author's kinds: a column label, a period's volumes, a process's measured effect, a signing with no region", () => {
    const feats = (title: string, body: string) => sectionFeatures(analyse({ title, body }));
    // A column label is the house's: its words weigh as body words, and a headline's opening is read after it.
    const labelled = feats('政策速递｜某某科技发布新一代控制器', '某某科技发布新一代控制器。');
    expect(labelled.get('政策')).toBeCloseTo(Math.log1p(1));
    expect(feats('某某科技发布新一代控制器', '某某科技发布新一代控制器。').has('政策')).toBe(false);
    // A place in the label is the house's sorting: no place of the headline, counted as the body's.
    const placeLabel = analyse({ title: '浙江动态｜星澜科技发布新一代激光雷达', body: '近日，公司发布新一代激光雷达产品。' });
    expect(placeLabel.headlineStart).toBe(5);
    expect(placeLabel.termCounts.get('浙江')).toMatchObject({ title: 0, body: 1 });
    expect(sectionFeatures(placeLabel).has('#place_in_title')).toBe(false);
    expect(feats('浙江：星澜科技发布新一代激光雷达', '近日，公司发布新一代激光雷达产品。').has('#place_in_title')).toBe(true);
    const actor = feats('会员动态｜华联收购一家越南纺织企业', '华联纺织有限公司以3亿元收购越南一家纺织企业六成股权。');
    expect(actor.has('#subject_company')).toBe(true);
    expect(actor.has('#subject_foreign')).toBe(false);
    // A company's volumes over a reporting period are its results; without a period or money it reports on technology.
    const volumes = feats('青岛港前11个月集装箱吞吐量增长7%', '青岛港国际股份有限公司前11个月完成集装箱吞吐量2900万标准箱，同比增长7%。');
    expect(volumes.has('#company_without_business')).toBe(false);
    // A place naming a port's terminal is where a company operates: no region's headline.
    const terminal = feats('厦门海沧港区码头年吞吐量突破500万标箱', '厦门集装箱码头集团有限公司海沧港区码头今年吞吐量突破500万标箱。');
    expect(terminal.has('#place_in_title')).toBe(false);
    expect(terminal.has('#subject_local')).toBe(false);
    expect(feats('厦门前11个月外贸进出口增长6%', '厦门市前11个月外贸进出口总额增长6%。').has('#place_in_title')).toBe(true);
    // A process measured better is a technology put to work; a market's rate is not.
    expect(feats('一家纺织企业用AI质检 漏检率降到0.2%', '浙江一家纺织企业部署视觉质检系统后，漏检率降到0.2%。').get('#effect_measured')).toBeGreaterThan(0);
    expect(feats('新能源汽车渗透率提升至45%', '今年新能源汽车渗透率提升至45%。').has('#effect_measured')).toBe(false);
    // A plant named by the technology it runs on is that technology at work, no capacity of its company's.
    const connected = feats('客户案例｜嘉兴宏达电机有限公司建成数字化工厂', '嘉兴宏达电机有限公司建成数字化工厂，部署机器视觉检测系统，生产效率提高18%。');
    expect(connected.has('#company_without_business')).toBe(true);
    expect(connected.has('#subject_company')).toBe(false);
    expect(feats('嘉兴宏达电机有限公司越南工厂投产', '嘉兴宏达电机有限公司越南工厂投产，年产电机200万台。').has('#subject_company')).toBe(true);
    // Projects signed at a fair with no region of ours named settle nowhere; signed with a district, they settle there.
    expect(feats('中国—中亚博览会签约项目总额约900亿元', '第5届中国—中亚博览会在新疆乌鲁木齐举行，签约项目共计210个。').has('#project_settles')).toBe(false);
    expect(feats('南湖区签约项目7个 总投资86亿元', '嘉兴市南湖区本周签约产业项目7个，总投资约86亿元。').has('#project_settles')).toBe(true);
    // Advice a system gives (给出…建议。) is its output, not a course argued.
    const advice = feats('一座钢厂的高炉数字孪生', '河北一家钢铁企业为高炉建立数字孪生模型，实时给出布料建议。燃料比下降8公斤/吨。');
    expect(advice.has('#normative')).toBe(false);
    expect(advice.has('#speaker_argues')).toBe(false);
  });

  it('reads column labels in brackets or before a middle dot, 在 before a city abbreviation, and an unknown actor at a city of ours', () => {
    const feats = (title: string, body: string) => sectionFeatures(analyse({ title, body }));
    // 〔外资〕 and 被投企业· are the house's sorting as 【行业】 is; a foreign name's dot is no label's end.
    expect(analyse({ title: '〔外贸〕前三季度出口增长5%', body: '前三季度全市出口增长5%。' }).headlineStart).toBe(4);
    expect(analyse({ title: '成员企业·星澜科技：发布激光雷达', body: '星澜科技发布新一代激光雷达。' }).headlineStart).toBe(5);
    expect(analyse({ title: '埃隆·马斯克：星舰明年载人', body: '埃隆·马斯克表示，星舰明年将执行载人任务。' }).headlineStart).toBe(0);
    // A foreign company's plant 在沪 or 在榕 is its business in China, as one 在华 is; 在吉隆坡 is abroad.
    const inCity = feats('三星在榕工厂扩建存储封测线', '三星电子的封测工厂将新增一条存储芯片封测线，投资约2亿美元。');
    expect(inCity.has('#foreign_in_china')).toBe(true);
    expect(inCity.has('#subject_foreign')).toBe(false);
    expect(feats('三星在吉隆坡设立东南亚总部', '三星电子在马来西亚吉隆坡设立东南亚区域总部。').has('#foreign_in_china')).toBe(false);
    // An actor no table knows acting at a city of ours is who the headline is about; a region's own gathering is not.
    const invests = feats('〔外资〕住田精工在无锡追加投资2亿美元', '住田精工（无锡）电子有限公司与无锡高新区签署增资协议，追加投资2亿美元新建工厂。');
    expect(invests.has('#subject_company')).toBe(true);
    expect(invests.has('#subject_local')).toBe(false);
    expect(feats('全省在无锡召开外资工作推进会', '全省外资工作推进会在无锡市召开，部署明年稳外资工作。').has('#subject_company')).toBe(false);
  });

  it('reads the city an unnamed company comes from as no place of the story', () => {
    const feats = (title: string, body: string) => sectionFeatures(analyse({ title, body }));
    const origin = feats('一家杭州光伏企业在智利签下1GW组件订单', '一家杭州光伏企业日前与智利一家能源公司签署1GW组件供货合同，金额约8亿元。');
    expect(origin.has('#subject_company')).toBe(true);
    expect(origin.has('#domestic_place')).toBe(false);
    expect(feats('杭州光伏组件出口增长12%', '杭州市前三季度光伏组件出口增长12%。').has('#domestic_place')).toBe(true);
  });

  it('reads an agreement to develop a product jointly as technology work, as 联合研发 is; a development zone is no development', () => {
    const feats = (title: string, body: string) => sectionFeatures(analyse({ title, body }));
    expect(feats('星澜科技与博世签署激光雷达联合开发协议', '星澜科技与博世签署协议，双方将联合开发车规级激光雷达。').has('#launch_in_title')).toBe(true);
    expect(feats('星澜科技与经济技术开发区签署投资协议', '星澜科技与经济技术开发区签署协议，投资5亿元建设工厂。').has('#launch_in_title')).toBe(false);
  });

  it("reads a grid's regional company counting its region's power use, ours abroad after a dated lead, and a product generation's shipments", () => {
    const feats = (title: string, body: string) => sectionFeatures(analyse({ title, body }));
    // The region's consumption told by its grid company is the region's figures; the same company's purchases are its own.
    const load = feats('国网常州供电公司：全市最高用电负荷首破千万千瓦', '国网常州供电公司统计，8月5日全市最高用电负荷达到1012万千瓦，同比增长5.3%。');
    expect(load.has('#subject_local')).toBe(true);
    expect(load.has('#subject_company')).toBe(false);
    expect(feats('国网常州供电公司采购配电终端8000台', '国网常州供电公司日前发布采购结果，采购配电自动化终端8000台，金额1.2亿元。').has('#subject_company')).toBe(true);
    // A lead opening with its date still opens with who acts: our company at the foreign place the headline names.
    const abroad = feats('匈牙利塞格德：乘用车工厂首台整车下线', '10月8日，比亚迪位于匈牙利塞格德的乘用车工厂首台整车下线，一期年产能15万辆。');
    expect(abroad.has('#subject_company')).toBe(true);
    expect(abroad.has('#subject_foreign')).toBe(false);
    // A product generation's shipments say how far it spread, no company's volumes; a company's own shipments are.
    const generation = feats('第三代车规级MCU出货突破五百万颗', '芯旺微电子第三代车规级MCU累计出货突破500万颗，已覆盖车身控制和座舱等场景。');
    expect(generation.has('#company_without_business')).toBe(true);
    expect(feats('芯旺微电子车规级MCU出货突破五百万颗', '芯旺微电子车规级MCU累计出货突破500万颗，已覆盖车身控制和座舱等场景。').has('#company_without_business')).toBe(false);
  });

  it("reads a foreign body acting on our company named first in a passive headline as the foreign body's news", () => {
    const feats = (title: string, body: string) => sectionFeatures(analyse({ title, body }));
    const listed = feats('海康威视等企业被美国财政部列入制裁名单', '美国财政部当地时间周二宣布，将海康威视等8家中国企业列入投资限制名单。');
    expect(listed.has('#subject_foreign')).toBe(true);
    expect(listed.has('#subject_company')).toBe(false);
    // Our own regulator acting on it is that company's case (企业情报), as before.
    expect(feats('海康威视被市场监管总局立案调查', '市场监管总局依法对海康威视涉嫌垄断行为立案调查。').has('#subject_foreign')).toBe(false);
  });

  it("reads China named as one of a foreign company's markets after the lead as its story abroad", () => {
    const feats = (title: string, body: string) => sectionFeatures(analyse({ title, body }));
    // Its results list China among its regions, its chief names China as a market: the story stays abroad.
    const results = feats('诺基亚二季度净销售额下降8%', '诺基亚7月20日公布二季度财报，净销售额为45亿欧元，同比下降8%。诺基亚首席执行官表示，印度和中国市场需求依然疲软。');
    expect(results.has('#subject_foreign')).toBe(true);
    expect(results.has('#foreign_in_china')).toBe(false);
    // The lead putting it in China is its business here, as 在华 anywhere is.
    const lead = feats('诺基亚二季度净销售额下降8%', '诺基亚中国区7月20日公布二季度业绩，净销售额同比下降8%。');
    expect(lead.has('#foreign_in_china')).toBe(true);
    expect(feats('诺基亚二季度净销售额下降8%', '诺基亚公布二季度财报，净销售额同比下降8%。公司表示将继续在华投资。').has('#foreign_in_china')).toBe(true);
  });

  it('reads a company putting a technology to work, its effect measured in the headline, as technology', () => {
    const feats = (title: string, body: string) => sectionFeatures(analyse({ title, body }));
    // The chief's words and the money in the body are the case's context; the plant the headline names is where it was measured.
    const oee = feats(
      '客户案例｜华锐精工数控车间接入平台 设备综合效率提升至85%',
      '华锐精工股份有限公司位于台州的数控车间接入平台后，设备综合效率由70%提升至85%。总经理王立军说，今年订单金额有望达到3亿元。',
    );
    expect(oee.has('#company_without_business')).toBe(true);
    expect(oee.has('#executive')).toBe(false);
    expect(oee.has('#subject_company')).toBe(false);
    // A model put on the market (车型上市) is no listing of the company.
    const trial = feats('新车型上市前 一家轮毂企业把试制周期缩短三成', '浙江万丰轮毂有限公司借助平台的协同研发模块，新品试制周期从40天缩短至28天。');
    expect(trial.has('#company_without_business')).toBe(true);
    // Without a measured effect in the headline, the chief and the money keep it company news.
    expect(feats('华锐精工数控车间接入平台', '华锐精工股份有限公司的数控车间接入平台。总经理王立军说，今年订单金额有望达到3亿元。').has('#company_without_business')).toBe(false);
  });

  it("reads a system put to work at a company's plant abroad, its effect measured in the body, as technology", () => {
    const feats = (title: string, body: string) => sectionFeatures(analyse({ title, body }));
    const adopted = feats('客户故事｜杭州精工机械有限公司越南工厂上线MES系统', '杭州精工机械有限公司越南平阳工厂上线我司MES系统，生产计划排程时间缩短30%。');
    expect(adopted.has('#company_without_business')).toBe(true);
    // Without an effect measured, the plant abroad keeps it company news.
    expect(feats('客户故事｜杭州精工机械有限公司越南工厂上线MES系统', '杭州精工机械有限公司越南平阳工厂上线我司MES系统。').has('#company_without_business')).toBe(false);
  });

  it("reads a port's new routes as its region's links, its volumes as the port group's news", () => {
    const feats = (title: string, body: string) => sectionFeatures(analyse({ title, body }));
    const routes = feats('厦门港新开至印度尼西亚两条集装箱航线', '厦门港近日新开至印度尼西亚雅加达和泗水的两条集装箱航线，每周各一班。');
    expect(routes.has('#subject_local')).toBe(true);
    expect(routes.has('#subject_company')).toBe(false);
    expect(feats('厦门港前三季度集装箱吞吐量增长6%', '厦门港前三季度集装箱吞吐量920万标箱，同比增长6%。').has('#subject_local')).toBe(false);
  });

  it("reads a company's executive speaking of a launch to come as the company's plan, not a launch", () => {
    const feats = (title: string, body: string) => sectionFeatures(analyse({ title, body }));
    const plan = feats('中兴通讯总裁徐子阳：今年将发布新一代智算服务器', '中兴通讯总裁徐子阳在股东大会上表示，公司今年将发布新一代智算服务器，服务器业务收入有望增长五成。');
    expect(plan.has('#launch_in_title')).toBe(false);
    expect(plan.has('#executive_speaks')).toBe(true);
    // The launch itself is the product's story.
    expect(feats('中兴通讯发布新一代智算服务器', '中兴通讯日前发布新一代智算服务器，单机支持16张加速卡。').has('#launch_in_title')).toBe(true);
  });

  it("reads companies a region sends as one delegation as the region's programme", () => {
    const feats = (title: string, body: string) => sectionFeatures(analyse({ title, body }));
    const group = feats('展区丨县级市企业组团亮相', '本届展会吸引了200家企业参展。其中，江阴市、常熟市分别组织了10家和6家装备企业集中展示。');
    expect(group.has('#subject_local')).toBe(true);
    expect(group.has('#launch_in_title')).toBe(false);
    // One company showing its product stays the product's story.
    expect(feats('星澜科技新一代激光雷达亮相展会', '星澜科技在展会上展出了新一代激光雷达。').has('#launch_in_title')).toBe(true);
  });

  it("reads a route to a place abroad as the region's link, the place its destination", () => {
    const feats = (title: string, body: string) => sectionFeatures(analyse({ title, body }));
    const route = feats('国际货运航线增至6条 新开至大阪全货机', '厦门高崎国际机场12月1日开通至日本大阪的全货机航线，至此机场国际货运航线增至6条。');
    expect(route.has('#subject_local')).toBe(true);
    expect(route.has('#foreign_place')).toBe(false);
  });

  it('reads a city then 一 and a kind of company as one company of that city, not the region', () => {
    const feats = (title: string, body: string) => sectionFeatures(analyse({ title, body }));
    const one = feats('佛山一陶瓷企业用AI质检把缺陷率降到0.5%', '佛山市的恒达陶瓷有限公司部署AI视觉质检后，缺陷率由2%降至0.5%。');
    expect(one.has('#subject_local')).toBe(false);
    expect(one.has('#company_without_business')).toBe(true);
    // A span of time after the city is no company: the region's figures.
    expect(feats('佛山一季度工业企业利润增长8%', '佛山市一季度规模以上工业企业利润增长8%。').has('#subject_local')).toBe(true);
  });

  it("reads the places a company's goods are sold or shipped to as its markets, not where the story is", () => {
    const feats = (title: string, body: string) => sectionFeatures(analyse({ title, body }));
    const exports = feats('宝马沈阳工厂前三季度出口超10万辆', '宝马沈阳工厂前三季度累计出口整车10.2万辆，主要销往欧洲和东南亚市场。');
    expect(exports.has('#foreign_in_china')).toBe(true);
    expect(exports.has('#foreign_place')).toBe(false);
    // A place abroad where the story happens still counts.
    expect(feats('宝马在匈牙利新建工厂', '宝马在匈牙利德布勒森新建整车工厂，投资20亿欧元。').has('#foreign_place')).toBe(true);
  });

  it("reads an international body named first as a subject abroad", () => {
    const feats = (title: string, body: string) => sectionFeatures(analyse({ title, body }));
    const forecast = feats('世界银行预计全球经济增长2.6%', '世界银行6月发布《全球经济展望》，预计今年全球经济增长2.6%，较1月下调0.1个百分点。');
    expect(forecast.has('#subject_foreign')).toBe(true);
  });

  it("reads a headline opening on the nation's market figure as the market's statistics, the companies in it ranked", () => {
    const feats = (title: string, body: string) => sectionFeatures(analyse({ title, body }));
    const ranked = feats('国内平板电脑出货量二季度增长12% 华为份额居首', '据市场研究机构数据，二季度国内平板电脑出货量720万台，同比增长12%，华为以30%的份额居首。');
    expect(ranked.has('#industry_statistics')).toBe(true);
    expect(ranked.has('#subject_company')).toBe(false);
    // 中国 right before the metric measures the nation's market as 国内 does.
    const china = feats('二季度中国平板电脑出货量720万台', '二季度中国平板电脑市场出货量720万台，同比增长12%。华为、苹果、小米分列前三。');
    expect(china.has('#national_figure')).toBe(true);
    expect(china.has('#company_org')).toBe(false);
    // A company's own figure named first stays its news.
    expect(feats('华为二季度平板电脑出货量增长12%', '华为二季度平板电脑出货量同比增长12%，营收120亿元。').has('#industry_statistics')).toBe(false);
  });

  it("reads a technologist speaking first in the headline as the technology's view, not the employer's news", () => {
    const feats = (title: string, body: string) => sectionFeatures(analyse({ title, body }));
    const talk = feats('中兴通讯首席科学家：6G太赫兹通信将在2030年前后商用', '中兴通讯首席科学家向际鹰在论坛上表示，太赫兹器件的成本已较三年前下降一半，6G太赫兹通信有望在2030年前后商用。');
    expect(talk.has('#technologist')).toBe(true);
    expect(talk.has('#subject_company')).toBe(false);
    expect(talk.has('#company_in_title')).toBe(false);
    // Its chairman speaking first keeps the company's view.
    expect(feats('中兴通讯董事长：今年营收将保持增长', '中兴通讯董事长李自学在股东大会上表示，今年营收将保持增长，海外收入占比超过三成。').has('#subject_company')).toBe(true);
  });

  it("reads where a show's participants come from as its reach, not where the story is", () => {
    const feats = (title: string, body: string) => sectionFeatures(analyse({ title, body }));
    const show = feats('2026工业软件博览会在苏州开幕', '2026工业软件博览会5月10日在苏州开幕，吸引了来自法国、日本等12个国家和地区的300余家企业参展。');
    expect(show.has('#foreign_place')).toBe(false);
    expect(show.has('#subject_foreign')).toBe(false);
    expect(feats('法国工业软件企业加快布局', '法国工业软件企业达索系统宣布在巴黎新建研发中心。').has('#foreign_place')).toBe(true);
  });

  it("reads an operator dividing its leaders' duties anew as its personnel news", () => {
    const feats = (title: string, body: string) => sectionFeatures(analyse({ title, body }));
    const duties = feats('中国联通调整三名副总经理分工', '中国联通近日调整领导班子分工，一名副总经理改为分管政企业务，另一名分管网络建设。');
    expect(duties.has('#appointment')).toBe(true);
    expect(duties.has('#subject_operator')).toBe(false);
  });

  it('reads an actor no table knows entering a market abroad as one of ours abroad', () => {
    const feats = (title: string, body: string) => sectionFeatures(analyse({ title, body }));
    const ours = feats('平台进入越南市场 为河内一家电子厂完成产线联网', '平台与越南一家系统集成商合作，为河内的一家电子厂完成产线联网改造，连接设备150台。');
    expect(ours.has('#subject_company')).toBe(true);
    expect(ours.has('#subject_foreign')).toBe(false);
    // A foreign company the tables know entering a market abroad stays abroad.
    expect(feats('三星电子进入越南市场', '三星电子宣布在越南新建一座显示面板工厂。').has('#subject_foreign')).toBe(true);
  });

  it('trains reproducibly into plain JSON that predicts the same after a round trip', () => {
    const labelled = articles.slice(0, 30).map((a) => ({ article: a, section: a.section! }));
    const model = trainSectionModel(labelled);
    expect(trainSectionModel(labelled)).toEqual(model);
    const restored = JSON.parse(JSON.stringify(model));
    const held = articles[33];
    expect(enrichArticle(held, { sectionModel: restored }).predictedSection).toEqual(
      enrichArticle(held, { sectionModel: model }).predictedSection,
    );
    expect(model.trainedOn).toBe(30);
  });

  it('rejects a label that is not a house section', () => {
    expect(() => trainSectionModel([{ article: briefArticles()[0], section: '体育' }])).toThrow(/体育: not a house section/);
  });
});
