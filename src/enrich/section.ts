/**
 * House-section prediction from an article's text alone: lexicon priors kept as data (sections.json) plus a
 * logistic regression over the lexicon scores and entity features, trained from labelled articles.
 */
import type { Analysis } from './analyse.js';
import { gazetteerData, orgData, perKnowledge, sectionData } from './data.js';
import { levelledBureaus, ZONE_NAME_OPENING } from './entities.js';
import { findKnown } from './entity-lexicon.js';
import { CURRENCY_UNITS, REPORTING_SPAN } from './figures.js';
import { isProvincialOperator, networkGroupOf } from './entity-operators.js';
import { matchesOf } from './text.js';
import type { SectionModel, SectionPrediction } from './types.js';

/** How many times a title word counts against a body word. */
const TITLE_WEIGHT = 3;
/**
 * Strength of the pull towards the lexicon prior weights (L2 on the difference), in labelled articles:
 * the priors weigh as much as this many articles, so one issue adjusts them and many issues override them.
 */
const PRIOR_PULL = 100;
const LEARNING_RATE = 0.5;
const TRAIN_STEPS = 300;
const EXECUTIVE_ROLES = /董事长|总裁|CEO|首席|总经理|创始人|董事/;
const ROLE_WORDS = new RegExp(EXECUTIVE_ROLES.source, 'g');
/** A company's technologist (首席技术官, 首席科学家): what they say is the technology's story, not the company's move. */
const TECHNICAL_ROLES = /首席技术官|CTO|首席科学家|总工程师|技术总监|首席架构师/;
/** Money spent on research (研发投入) is evidence of technology work, not of a deal or results. */
const RESEARCH_MONEY = /研发/;
/**
 * Money saved (节约维护成本约420万元, 降低能耗成本…): what a technology put to work yields, no deal or result of a business
 * — read from the words just before the amount in its clause.
 */
const MONEY_SAVED = /(?:节约|节省|节支|降低|减少|压降|降本)[^，。；：\d]{0,10}$/;
/** A metric measuring the whole nation's market or industry (国内彩电零售量, 全国在用标准机架, 全网电商销售额). */
const NATIONAL_METRIC = /^(?:国内|全国|我国|全网)/;

/**
 * True for a body named after a province, city or county (广东省人民政府, 东莞市委, 泗洪县商务局), or after the
 * province or city of the publication (省政务服务数据管理局, 市工信局): local, not national, government.
 */
function isLocal(name: string): boolean {
  if (/^[省市县区](?!场|长|值|民|属)/.test(name)) return true;
  // A free-trade zone's body printed with its province or city in brackets (中国（上海）自由贸易试验区临港新片区管理委员会).
  if (ZONE_NAME_OPENING.test(name)) return true;
  const head = findKnown(name)[0];
  return head?.start === 0 && head.entity.type === 'place' && (head.entity.kind === 'province' || head.entity.kind === 'city' || head.entity.kind === 'district');
}

const sectors = perKnowledge(() => new Map(orgData().flatMap((o) => (o.sector ? [[o.name, o.sector] as const] : []))));
/** Companies of a region the house files apart from its country (orgs.json `region`: 台湾). */
const orgRegions = perKnowledge(() => new Map(orgData().flatMap((o) => (o.region ? [[o.name, o.region] as const] : []))));
/** The places of such a region: the province whose short name it is (台湾省) and its cities (新竹市). */
const regionPlaces = perKnowledge(() => {
  const regions = new Set(orgRegions().values());
  return new Set(gazetteerData().provinces.flatMap((p) => (p.short.some((s) => regions.has(s)) ? [p.name, ...p.cities] : [])));
});

/**
 * True for a telecom operator (orgs.json sector) or its provincial or city company (浙江移动, 中国移动浙江公司), whose competition the
 * house prints apart from company news.
 */
function isOperator(name: string): boolean {
  return sectors().get(name) === 'operator' || isProvincialOperator(name) || networkGroupOf(name)?.sector === 'operator';
}

/** A body acting on what the headline names first (…被美国商务部列入实体清单, 遭欧盟委员会调查): a passive headline. */
const ACTED_ON = /[被遭][^，。：:]{2,14}?(?:列入|纳入|制裁|调查|起诉|处罚|罚款|禁止|禁用|限制|审查|否决|驳回|批准)/;

/** Electricity a region consumes or draws (全社会用电量, 最高用电负荷, 售电量): what a grid's regional company counts for its region. */
const POWER_USE = /用电|负荷|售电量/;

/** A headline announcing a product or a technical result (发布…芯片, 研制出…), not a company's figures (营收突破…亿, 研发投入…). */
const LAUNCH = /发布|推出|研制|(?:联合|共同|合作)开发(?!区)|研发(?!投入|费用|支出|中心|基地|人员|人才|团队|机构)|自研|突破(?!\s*[\d一二三四五六七八九十百千万亿])|首发|亮相|问世|量产|(?:完成|通过)[^，。：:]{0,12}(?:试验|验证|测试|认证)/;
const NOT_LAUNCH = /财报|年报|季报|业绩|数据(?!中心)|报告|白皮书|通知|办法|规划|意见|计划|公约|倡议|声明|名单|榜单/;
/** A launch to come (将发布, 将于年内推出): a plan, not a product or a result put out. */
const PLANNED = /将[^，。：:]{0,6}?(?:发布|推出|首发|量产)/;
/**
 * What ought to be done (应当, 亟需, 避免…): an article arguing a course for the industry, whatever its topic, is
 * commentary on the environment rather than a report of a deal or a result.
 */
const NORMATIVE = /应当|应该|应(?=[向从在把将以加对由尽])|须|亟需|亟待|宜(?=[从在把将以加])|避免|防止|不能|切忌|警惕|(?<!给出[^，。]{0,4})建议/g;
/** A domestic company named by its kind, not its name (国内头部手机厂商, 中国车企, 中企). */
const DOMESTIC_ACTOR = /(?:国内|国产|我国|中国|中资|本土)[\u4e00-\u9fa5]{0,6}?(?:厂商|企业|品牌|车企|公司)|中企/;

/**
 * A headline opening with an actor's name in Chinese and then where it acts (希音在伦敦…, 平台进入泰国市场) or what it buys (新希望收购一家越南
 * 饲料企业): the place or company after the verb is where it acts or its target, not who acts.
 */
const ACTOR_AT = /^[\u4e00-\u9fa5]{2,8}?(?:在|进入|收购|并购|控股|入股|参股)/;
/** The verb ending an ACTOR_AT match. */
const ACTOR_VERB = /(?:在|进入|收购|并购|控股|入股|参股)$/;
/** What opens a headline before 在 without being a company: the region itself (全省, 我市), a body or a gathering of people (…局, …会, 代表团). */
const NOT_AN_ACTOR = /^(?:全|我|本|各|省|市|县|区)|[局厅委部办署会院校所团组]$/;

/** Foreign companies named by their kind, not their names (海外存储芯片厂商, 韩国电池企业): the mirror of DOMESTIC_ACTOR. */
const FOREIGN_ACTOR = /(?:海外|国外|外国|境外|欧美|日韩|美日|美韩|美国|日本|韩国|欧洲|德国|英国|法国|印度)[\u4e00-\u9fa5]{0,6}?(?:厂商|企业|公司|巨头|车企|品牌)/;

/** A headline reporting an appointment, a departure or a new division of the leaders' duties (聘任, 出任, 接任, 辞任, 迎来新掌门, 接棒, 调整…分工): a company's personnel, not its market. */
const APPOINTMENT = /聘任|任命|分工|提名|出任|接任|履新|新任|换帅|当选|换届|辞任|辞职|辞去|卸任|离任|获聘|人事|(?:董事长|总裁|总经理|负责人)调整|新掌门|掌门人|掌舵|接棒|交棒|易帅|换将|到任|(?:高管|管理层)变动/;

/**
 * A headline printed person first taking a post (王磊任中国电信江苏公司总经理, 李红调任…厅长): an appointment without
 * 任命 in it.
 */
const POST_TAKEN = /^[\u4e00-\u9fa5·]{2,8}?(?:调任|改任|兼任|升任|转任|任)[^，：:\s]{2,24}(?:董事长|总裁|总经理|首席执行官|CEO|首席[\u4e00-\u9fa5]{2,4}官|局长|厅长|部长|司长|主任|会长|理事长|院长|社长|总工程师)$/;

/**
 * A headline of a project or plant settling in a region (…工厂落户经开区, 入驻, 引进…项目, 签约12个…项目): the region
 * receiving it is the story (its programme, 运营竞争), whoever the headline names first; a company's own plant
 * starting (开工, 投产) under its name stays its news.
 */
const SETTLES = /落户|入驻|(?:引进|签约)[^，。：:]{0,16}项目/;
/** The words of SETTLES naming the place settled in after them (落户高新区, 入驻园区). */
const SETTLES_IN = /落户|入驻/;

/**
 * A headline of a company setting up or enlarging a unit of its own (微软亚洲研究院在上海设立人工智能创新中心, 奔驰中国研发中心在北京
 * 扩建, 商汤科技设立东南亚总部): an organisational move, the company's business, however much research the unit does.
 */
const UNIT = '(?:研发中心|研究院|研究中心|创新中心|实验室|总部|分公司|子公司|办事处)';
const UNIT_OPENED = new RegExp(`(?:设立|成立|新设|组建|扩建|扩容|扩编|扩招|揭牌|落成|启用)[^，。：:\\s]{0,12}?${UNIT}|${UNIT}[^，。：:\\s]{0,6}?(?:设立|成立|扩建|扩容|扩编|扩招|揭牌|落成|启用)`);

/**
 * A person's words reported (表示, 介绍, 说, 建议…). 建议 introduces words only before a comma or colon: ending a sentence
 * it is a noun (系统给出布料建议。), as the advice a tool gives is (NORMATIVE leaves 给出…建议 out too).
 */
const SPEECH = /(?:表示|介绍|说|认为|指出|透露|强调|称)(?=[，,：:。])|建议(?=[，,：:])/;
/**
 * A business happening in what is said: results, sales, volumes carried, deals, capital, capacity (an order's lead time,
 * 订单交付周期, is a plant's efficiency).
 */
const BUSINESS = /营收|收入|利润|盈利|亏损|毛利|财报|业绩|销量|销售额|(?<!订单)交付(?!周期|时间|效率)|出货|吞吐量|业务量|货运量|运输量|订单(?!交付|响应|处理)|合同|收购|并购|融资|募资|(?<!车型|新品|产品|新车|机型)上市|估值|市值|股价|份额|产能|扩产|投产|工厂|生产线|生产基地/;
/** A plant or line named by the technology it runs on (5G全连接工厂, 智能车间, 数字化产线, 灯塔工厂). */
const TECH_PLANT = /(?:5G|全连接|智能|数字化|数智化|灯塔|黑灯|无人|未来|智慧|透明)(?:工厂|车间|产线|生产线)/g;
/** A plant or line named in any way (18号工厂, 装配线): where a process is measured, when the headline measures one. */
const PLANT_WORDS = /工厂|车间|生产线|产线|生产基地/g;
/** A headline of a system or a platform put to work (上线MES系统, 接入平台, 部署…模型): told by its effect in the body, a case of the technology at work. */
const ADOPTED = /(?:上线|部署|接入|引入|启用)[^，。：:\s]{0,10}(?:系统|平台|模型|方案)/;
/** A product's generation in a headline (第二代, 新一代, 下一代). */
const GENERATION = /(?:第[一二三四五六七八九十\d]{1,2}|新一|下一)代/;
/** Shipments (出货, 出货量), which BUSINESS counts as a company's volumes. */
const SHIPPED = /出货/g;
/**
 * A process measured better or worse (漏检率降到0.1%, 燃料比下降8公斤, 交付周期缩短30%, 下线时间缩短40%, 效率提高20%): what a technology put to
 * work yields, told by its effect — not a market's rates (渗透率, 占有率, 增速), which are no process of one plant.
 */
const EFFECT = /(?:检率|良率|合格率|准确率|故障率|不良率|误报率|识别率|效率|能耗|燃料比|时延|周期|时间|工时)[^，。；\d]{0,4}?(?:下降|降低|降至|降到|缩短|减少|提高|提升|压缩)/g;
/** Who speaks, read from their employer and title: not what an article told through them is about. */
const SPEAKER_IDENTITY = ['#subject_company', '#company_in_title', '#executive', '#executive_speaks', '#subject_institute'];

/** The headline without its column label (see Analysis.headlineStart). */
function headline(a: Analysis): string {
  return a.text.slice(a.headlineStart, a.titleLength);
}

/**
 * What an article told through one person opens with: the body's first two sentences, when the headline opens with
 * its speaker (周国华：…) or they report someone's words (…董事长表示，…; “…”某某说。); else null.
 */
function speakerLead(a: Analysis): string | null {
  const first = a.sentences.findIndex((s) => s.start >= a.titleLength);
  const opening = first < 0 ? [] : a.sentences.slice(first, first + 2).map((s) => s.text);
  const speaks = (SPEAKER_FIRST.test(headline(a)) && a.entities.some((e) => e.type === 'person')) || opening.some((t) => SPEECH.test(t));
  return speaks ? opening.join('') : null;
}

/** The headline and the body's first sentence: where an article says who acts. */
function lead(a: Analysis): string {
  const first = a.sentences.find((s) => s.start >= a.titleLength);
  return `${headline(a)}\n${first?.text ?? ''}`;
}

/** A kind of company, as printed after a city (深圳储能企业). */
const COMPANY_KIND = /[\u4e00-\u9fa5]{0,6}?(?:企业|公司|厂商|车企|厂)/;
/** What follows a city in 一家深圳储能企业: a kind of company. */
const ONE_COMPANY = new RegExp(`^${COMPANY_KIND.source}`);
/** The same printed after the city (宁波一家注塑企业, 苏州某电子厂商, 东莞一注塑企业), not a span of time or a batch (一季度, 一批企业). */
const ONE_AFTER = new RegExp(`^(?:一家|某|一(?!季度|批|些|年|月))${COMPANY_KIND.source}`);
/** The rest of a chain of places and 的 before a name (常州的, 市海曙区的): where what follows is. */
const LOCATED = /^[\u4e00-\u9fa5]{0,8}?的/;
/** Subjects of ours whose figures may name countries as trade partners: a region, a ministry, an association, an institute. */
const DOMESTIC_SUBJECTS = new Set(['local', 'government', 'association', 'institute']);
/** A headline on the whole nation (我国…, 全国…, 国内…). */
const NATIONAL_TITLE = /我国|全国|国内/;
/** A headline naming its speaker first: 中汽协：…, 中国信通院：…. */
const SPEAKER_FIRST = /^[^：:]{2,15}[：:]/;
/** A report on an industry, a market or its development (《人工智能发展报告》, 产业白皮书), not on a technology. */
const INDUSTRY_REPORT = /(?:发展|产业|行业|市场|经济)[\u4e00-\u9fa5\d]{0,8}(?:报告|白皮书|蓝皮书|指数)/;
/** An association organising the event its lead reports (大会由中国半导体行业协会主办, …联合会发起). */
const ORGANISED = /(?:协会|学会|联合会|商会|促进会|联盟)(?:牵头)?(?:主办|承办|举办|发起|召开)/;
/** A headline opening with an association's name (…协会, …联合会, …联盟): no verb, figure or punctuation before its ending. */
const ASSOCIATION_FIRST = /^[\u4e00-\u9fa5A-Za-z]{2,16}?(?:协会|学会|联合会|商会|促进会|联盟)/;
/** A speaker part naming a body by its level alone (市经信局：, 省工信厅：, 区发改委：), not 市场监管总局. */
const LEVEL_BODY = /^[省市县区](?!场|长|值|民|属)[\u4e00-\u9fa5]{0,10}[局厅委办][：:]$/;

/**
 * True for an entity the house files abroad: one with a foreign country, a company or place of the Taiwan region, or
 * a body of no one country named after a region abroad (欧盟委员会, 欧洲议会, 欧洲投资银行), which is never a ministry or
 * a company of ours. (A body found by its ending alone, 省数据局, has no country either: it is ours.)
 */
function isAbroad(e: Analysis['entities'][number]): boolean {
  // A company of the Taiwan region (台积电, 联发科) is filed as a foreign one is, though the tables give it 中国.
  if (e.type === 'org' && orgRegions().has(e.name)) return true;
  if (e.type === 'place' && regionPlaces().has(e.name)) return true;
  if (e.country !== null) return e.country !== '中国';
  // A region abroad (欧盟, 东南亚, 中东) is a place abroad, as its countries are; Asia holds China.
  if (e.type === 'place') return e.name !== '亚洲' && regionsAbroad().includes(e.name);
  // A standards body of a region (欧洲电信标准化协会) speaks for a technology wherever it sits (see subjectKind).
  if (e.type !== 'org' || sectors().get(e.name) === 'standards') return false;
  return regionsAbroad().some((r) => e.name.startsWith(r));
}

/** Regions of no one country (欧盟, 欧洲, 东南亚): the gazetteer's regions without a country. */
const regionsAbroad = perKnowledge(() => gazetteerData().regions.flatMap((r) => (r.country === null ? [r.name] : [])));

/**
 * A state fund, a data exchange or a city's data group (国家集成电路产业投资基金, 深圳市引导基金投资有限公司, 上海数据交易所,
 * 杭州数据集团): the tables file them as companies, but they are instruments of the nation's or a region's programme, and
 * their founding, size and volumes are its news (docs/enrich.md, "Section boundary cases"). A fund's stake in a named
 * company is that company's financing: see STAKE.
 */
const PUBLIC_BODY = /产业投资基金|引导基金|母基金|大基金|数据交易所|数据交易中心|数据集团/;
/** A fund named by what it develops (湖南省先进制造业发展基金): with a province or city opening it, the region's instrument. */
const FUND = /基金(?:[一二三四五六七八九十]期)?$/;
function isPublicBody(e: Analysis['entities'][number]): boolean {
  return e.type === 'org' && !isAbroad(e) && (PUBLIC_BODY.test(e.name) || (FUND.test(e.name) && isLocal(e.name)));
}
/** A public body's region is what its name opens with (上海 in 上海数据交易所, which the tables hold whole). */
const isLocalBody = (e: Analysis['entities'][number]) => isLocal(PUBLIC_BODY.test(e.name) ? e.name.slice(0, e.name.search(PUBLIC_BODY)) : e.name);
/** A fund taking a stake in or leading a company's round (增资长鑫科技, 领投): the company's financing, not the fund's news. */
const STAKE = /增资|入股|领投|参投|注资|持股/;
/** A stake taken in a project, not a company (参投储能项目). */
const STAKE_IN_PROJECT = new RegExp(`(?:${STAKE.source})[^，,；;\\s]{0,10}项目`);
/** Companies shown or sent as one delegation (组团参展, 组团亮相, 组团出海): a region's doing. */
const DELEGATION = /组团(?:参展|亮相|出海|参会|赴|参加)/;
/** Routes opened or counted in a headline (新开至越南两条航线, 国际航线增至50条, 开通…航线). */
const ROUTES = /(?:新开|开通|新增|增至|首开|开辟)[^，。：:\s]{0,12}航线|航线[^，。：:\s]{0,4}(?:增至|达到|突破|总数)/;
/** Vendors winning a tender (中标, 入围): their business; the operator that buys is their customer (docs/enrich.md). */
const TENDER_WON = /中标|入围/;
/** A standards committee or association by its name (全国网络安全标准化技术委员会), where the tables do not file it. */
const STANDARDS_BODY = /标准化(?:技术)?委员会$|标准化协会$/;
/**
 * A regulator's penalty or case against one named body (市场监管总局对知网作出行政处罚, 对…立案调查): that body's news, not the
 * regulator's (docs/enrich.md, "Section boundary cases": regulators' actions).
 */
const PENALTY = /对[^，。：:]{2,16}?(?:作出|处以|罚款|立案|开出)/;

/**
 * What kind of actor or place an entity is, for the article's subject: foreign, an operator, national or
 * local government, a domestic place, a company or an institute.
 */
function subjectKind(e: Analysis['entities'][number]): string | null {
  if (e.type === 'person') return null;
  if (isPublicBody(e)) return isLocalBody(e) ? 'local' : 'government';
  // A standards body (3GPP, ITU, a national 标准化技术委员会) speaks for a technology wherever it sits: its news is the technology's.
  if (sectors().get(e.name) === 'standards' || STANDARDS_BODY.test(e.name)) return 'standards';
  // An international body (世界银行, 国际半导体产业协会) speaking on the world's markets is no body of ours: abroad, as the house
  // files foreign markets.
  if (isAbroad(e) || (e.type === 'org' && e.kind === 'international')) return 'foreign';
  if (e.type === 'place') return e.kind === 'province' || e.kind === 'city' || e.kind === 'district' ? 'local' : null;
  if (isOperator(e.name)) return 'operator';
  if (e.kind === 'government') return isLocal(e.name) ? 'local' : 'government';
  // A province's or city's association (广西汽车工业协会) speaks for that region's industry: its figures are the region's.
  if (e.kind === 'association' && isLocal(e.name)) return 'local';
  if (e.kind === 'company' || e.kind === 'institute' || e.kind === 'association') return e.kind;
  return null;
}

/**
 * A newspaper's dateline (本报北京11月11日讯, 新华社上海电) or a column's date and place stamp (6月2日·南京｜): where the
 * story was filed, not what it is about.
 */
const DATELINE = /(?:本报|新华社|中新社|人民网|新华网|中新网|央视网|光明网)[\u4e00-\u9fa5]{0,8}?(?:\d{1,2}月\d{1,2}日)?[电讯]|\d{1,2}月\d{1,2}日[·・][\u4e00-\u9fa5]{1,8}[｜|]/g;

/**
 * A membership printed before a person (全国人大代表, 全国政协委员, 中国工程院院士): who speaks, not what the article is
 * about (an academician is no spokesman of the academy).
 */
const MEMBERSHIP = /^(?:代表|委员(?!会)|院士)/;

/**
 * A meeting held, a product launched or a speech given at a place (在厦门召开, 在首尔举行, 在北京发布, 在上海谈…): the place is
 * its venue, not where the story's actors are.
 */
const VENUE = /^(?:召开|举行|举办|开幕|闭幕|发布|推出|首发|亮相|谈|表示|演讲|致辞|发言|出席)/;

/**
 * Where a show's or a meeting's participants come from (来自德国、意大利等18个国家和地区的600余家企业): the show's reach, not where its
 * story happens.
 */
const COMING_FROM = /来自[^，。；]{1,30}?[\d一二三四五六七八九十百多余]+个(?:国家|地区)/g;

/**
 * Trade with places (对美国出口, 对中东和拉美出口增长): they are where goods go or come from, not where the story happens.
 * At most four places listed, so each 对 costs a bounded number of steps on any text (no run of 和 backtracks).
 */
const TRADE_WORD = /出口|进口|贸易|投资|销往|运往|发往|开通至|新开至|飞往|直飞/;
const TRADE = /对((?:[\u4e00-\u9fa5]{1,8}?[、和及与]){0,3}[\u4e00-\u9fa5]{1,8}?)(?:的)?(?:出口|进口|贸易|投资)/g;
/**
 * Where goods are sold or shipped to, or a route flies to, up to the clause's end (销往欧洲和亚太市场, 出口至东盟, 开通至韩国仁川的
 * 航线): markets and destinations, not where the story is.
 */
const DESTINATION = /(?:销往|运往|发往|出口至|出口到|出口|开通至|新开至|飞往|直飞)([^，。；！？\s]{1,16})/g;

/**
 * The article's entities with the mentions that say nothing of where it happens or what it is about taken out (an
 * entity named only there is dropped): places in a dateline, a place in brackets right after an organisation, which
 * names its branch (联想（天津）), a meeting's venue and where its participants come from, a trade partner, and a body printed
 * as a speaker's membership (全国政协委员).
 */
function aboutEntities(a: Analysis): Analysis['entities'] {
  const skip = [
    ...matchesOf(DATELINE, a.text).map((m) => [m.index, m.index + m[0].length] as const),
    ...matchesOf(COMING_FROM, a.text).map((m) => [m.index, m.index + m[0].length] as const),
  ];
  // Only a place abroad is a trade partner: 对上海投资 is about 上海.
  const trade = TRADE_WORD.test(a.text)
    ? [
        ...matchesOf(TRADE, a.text).map((m) => [m.index + 1, m.index + 1 + m[1].length] as const),
        ...matchesOf(DESTINATION, a.text).map((m) => [m.index + m[0].length - m[1].length, m.index + m[0].length] as const),
      ]
    : [];
  const orgEnds = new Set(a.entities.flatMap((e) => (e.type === 'org' ? e.spans.map((s) => s.end) : [])));
  // A chain of places (在法国索菲亚·安蒂波利斯发布) is one venue: where each link starts and ends.
  const placeSpans = a.entities.flatMap((e) => (e.type === 'place' ? e.spans : []));
  const byEnd = new Map(placeSpans.map((p) => [p.end, p.start]));
  const byStart = new Map(placeSpans.map((p) => [p.start, p.end]));
  const chainStart = (s: { start: number }) => {
    let start = s.start;
    for (let k = 0, prev = byEnd.get(start); prev !== undefined && k < placeSpans.length; k++, prev = byEnd.get(start)) start = prev;
    return start;
  };
  const chainEnd = (s: { end: number }) => {
    let end = s.end;
    for (let k = 0, next = byStart.get(end); next !== undefined && k < placeSpans.length; k++, next = byStart.get(end)) end = next;
    return end;
  };
  for (const e of a.entities) {
    if (e.type === 'org') {
      for (const s of e.spans) if (MEMBERSHIP.test(a.text.slice(s.end, s.end + 3))) skip.push([s.start, s.end]);
    }
    if (e.type !== 'place') continue;
    for (const s of e.spans) {
      if (/[（(]/.test(a.text[s.start - 1] ?? '') && /[）)]/.test(a.text[s.end] ?? '') && orgEnds.has(s.start - 1)) skip.push([s.start, s.end]);
      else if (a.text[chainStart(s) - 1] === '在' && VENUE.test(a.text.slice(chainEnd(s), chainEnd(s) + 2))) skip.push([s.start, s.end]);
    }
  }
  if (!skip.length && !trade.length) return a.entities;
  const within = (s: { start: number; end: number }, spans: readonly (readonly [number, number])[]) => spans.some(([from, to]) => s.start >= from && s.end <= to);
  return a.entities.flatMap((e) => {
    const spans = e.spans.filter((s) => !within(s, skip) && !(e.type === 'place' && isAbroad(e) && within(s, trade)));
    if (spans.length === e.spans.length) return [e];
    return spans.length ? [{ ...e, spans, mentions: e.mentions - (e.spans.length - spans.length) }] : [];
  });
}

/**
 * A company of no known country (a Latin-script name the tables lack: Rapidus) takes the country of the article when
 * every body and place of known country in it is of one foreign country (日本政府, 北海道): a story told wholly abroad.
 */
const LATIN_NAME = /^[A-Za-z][A-Za-z\d .&'-]*$/;
function countryFromContext(entities: Analysis['entities']): Analysis['entities'] {
  const countries = new Set(entities.flatMap((e) => (e.type !== 'person' && e.country !== null ? [e.country] : [])));
  if (countries.size !== 1 || countries.has('中国')) return entities;
  const [country] = countries;
  // Only a name wholly in Latin script: a company named in Chinese that no table holds (满帮集团, TCL电子) is far more
  // often one of ours acting abroad (出海) than a foreign one, whose Chinese names the tables list.
  return entities.map((e) => (e.type === 'org' && e.kind === 'company' && e.country === null && LATIN_NAME.test(e.name) ? { ...e, country } : e));
}

/**
 * A body of no known country whose name opens with a foreign company's named in the article (思爱普中国研究院 beside
 * 思爱普) is that company's unit: foreign, as the company is (its unit in China is then read as such).
 */
function foreignUnits(entities: Analysis['entities']): Analysis['entities'] {
  const foreign = entities.filter((e) => e.type === 'org' && e.kind === 'company' && e.country !== null && e.country !== '中国');
  if (!foreign.length) return entities;
  return entities.map((e) => {
    if (e.type !== 'org' || e.country !== null) return e;
    const parent = foreign.find((f) => e.name.length > f.name.length && e.name.startsWith(f.name));
    return parent ? { ...e, kind: 'company', country: parent.country } : e;
  });
}

/**
 * Words saying a story happens in China: 在华, and 在 before a province's or a city's one-character name (在沪, 在甬工厂, 在苏企业).
 * Left out: the region filed abroad (台) and names that open common words after 在 (港口, 新能源, 澳洲, 蒙古, 青年).
 */
const IN_CHINA = perKnowledge(() => {
  const g = gazetteerData();
  const abbreviations = [...g.provinces.map((p) => p.abbr), ...Object.keys(g.cityAbbreviations)].filter((c) => !'台港澳新蒙青'.includes(c));
  return new RegExp(`在(?:华|[${abbreviations.join('')}])`, 'g');
});
/**
 * China as a market (中国市场, 中国区): where the story happens only in the headline or the lead; later in the body it is one of
 * a foreign company's markets its results or its chief's words list (欧洲和中国市场需求疲软), still its story abroad.
 */
const CHINA_MARKET = /中国市场|中国区/;

/**
 * True when the text says the story happens in China: 在华, 在沪…, but not 在 before a place abroad that opens with the
 * character (在华盛顿, 在吉隆坡); or the headline or the lead names China as the market.
 */
function inChina(a: Analysis): boolean {
  const abroadStarts = new Set(a.entities.flatMap((e) => (e.type === 'place' && isAbroad(e) ? e.spans.map((s) => s.start) : [])));
  if (matchesOf(IN_CHINA(), a.text).some((m) => !abroadStarts.has(m.index + 1))) return true;
  const first = a.sentences.find((s) => s.start >= a.titleLength);
  return CHINA_MARKET.test(a.text.slice(0, first ? first.start + first.text.length : a.titleLength));
}

/** A plant, park or line right after a place (郑州园区, 苏州工厂), or a port's terminal (广州南沙港区): where the company produces or operates. */
const PLANT = /^(?:园区|工厂|超级工厂|厂区|产线|生产线|基地|封测厂|晶圆厂|[\u4e00-\u9fa5]{0,3}?(?:港区|码头))/;

/**
 * A headline naming a company's plant at a city or province of ours (鸿海郑州园区新增…产线), which the entities leave out as
 * a place inside a name: the company produces at home.
 */
function plantAtHome(title: string): boolean {
  return findKnown(title).some(
    (m) => m.entity.type === 'place' && m.entity.country === '中国' && (m.entity.kind === 'province' || m.entity.kind === 'city') && !regionPlaces().has(m.entity.name) && PLANT.test(title.slice(m.end)),
  );
}

/** A domestic company printed in the headline as a partner (与长城汽车, 和比亚迪): its deal happens at home. */
function domesticPartner(a: Analysis, entities: Analysis['entities']): boolean {
  return entities.some(
    (e) => e.type === 'org' && e.kind === 'company' && e.country === '中国' && e.spans.some((s) => s.start < a.titleLength && /[与和同]/.test(a.text[s.start - 1] ?? '')),
  );
}

/** When a sentence opens (11月6日，, 当地时间10月15日，, 近日，): what comes after it is who acts. */
const TIME_OPENER = /^(?:(?:当地时间)?(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上午|下午|晚间)?|近日|日前|近期|本周|上周|今年以来)[，,]/;

/**
 * A company of ours acting abroad under a headline that opens with the foreign place (泰国罗勇府新能源整车工厂投产, then
 * 上汽集团在泰国…): the place is where, the company opening the body's first sentence is who (出海, company news), when no
 * foreign body is named in the headline or opens that sentence (越南政府…, 三星在越南…). Foreign companies later in the
 * sentence are whom ours supplies (…主要供应宝马、奔驰等欧洲车企), not who acts.
 */
function ourCompanyAbroad(a: Analysis, entities: Analysis['entities'], subjectStart: number): boolean {
  const first = a.sentences.find((s) => s.start >= a.titleLength);
  if (!first) return false;
  const at = (e: Analysis['entities'][number], from: number, to: number) => e.spans.some((s) => s.start >= from && s.start < to);
  if (!entities.some((e) => e.type === 'place' && isAbroad(e) && e.spans.some((s) => s.start === subjectStart))) return false;
  if (entities.some((e) => e.type === 'org' && isAbroad(e) && at(e, 0, a.titleLength))) return false;
  const trimmed = first.text.trimStart();
  const opening = first.start + (first.text.length - trimmed.length) + (TIME_OPENER.exec(trimmed)?.[0].length ?? 0);
  return entities.some((e) => e.type === 'org' && e.kind === 'company' && !isAbroad(e) && !isOperator(e.name) && at(e, opening, opening + 1));
}

/** True when a place in the headline names a plant or a terminal after it (沈阳工厂, 海沧港区码头). */
function namesPlant(a: Analysis, span: { end: number }): boolean {
  return span.end <= a.titleLength && PLANT.test(a.text.slice(span.end, a.titleLength));
}

/**
 * The kind of what the headline names first (else the body's first sentence): who or where the article is about,
 * and where it is named.
 */
function subject(a: Analysis, entities: Analysis['entities']): { kind: string; start: number; entity: Analysis['entities'][number]; origin?: Analysis['entities'][number] } | null {
  const firstSentenceEnd = a.sentences.find((s) => s.start >= a.titleLength)?.text.length ?? 0;
  let best: { rank: number; start: number; kind: string; entity: Analysis['entities'][number]; origin?: Analysis['entities'][number] } | null = null;
  const companyStarts = new Set(entities.flatMap((e) => (e.type === 'org' && e.kind === 'company' ? e.spans.map((s) => s.start) : [])));
  for (const e of entities) {
    const kind = subjectKind(e);
    if (!kind) continue;
    // A place naming a plant (沈阳工厂产量增长) says where the plant's company produces, not whose story it is.
    // A name in the column label (浙江动态｜) is the house's sorting, no subject of the headline.
    const spans = e.spans.filter((s) => s.start >= a.headlineStart && !(e.type === 'place' && namesPlant(a, s)));
    if (!spans.length) continue;
    const start = spans[0].start;
    // One company of a city, unnamed (一家深圳储能企业在沙特…, 宁波一家注塑企业…): the company is who acts, its city where it
    // comes from.
    const after = a.text.slice(spans[0].end, spans[0].end + 12);
    const companyOf =
      e.type === 'place' &&
      kind === 'local' &&
      ((/(?:一家|某)$/.test(a.text.slice(Math.max(0, start - 2), start)) && ONE_COMPANY.test(after)) || ONE_AFTER.test(after));
    // A place printed before 的 and a company's name (江苏常州的常州华科…有限公司) says where the company is, not who acts.
    const at = e.type === 'place' ? LOCATED.exec(after) : null;
    if (at && companyStarts.has(spans[0].end + at[0].length)) continue;
    const inTitle = start < a.titleLength;
    if (!inTitle && start > a.titleLength + 2 + firstSentenceEnd) continue;
    const rank = inTitle ? start : a.text.length + start;
    if (!best || rank < best.rank) best = { rank, start, kind: companyOf ? 'company' : kind, entity: e, ...(companyOf ? { origin: e } : {}) };
  }
  return best && { kind: best.kind, start: best.start, entity: best.entity, origin: best.origin };
}

/** Features of an article: damped counts of its content words (title words weighted up) and of entity-derived '#' features. */
export function sectionFeatures(a: Analysis): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (f: string, n = 1) => counts.set(f, (counts.get(f) ?? 0) + n);
  for (const [word, c] of a.termCounts) {
    add(word, c.body + TITLE_WEIGHT * c.title);
    if (word === '我国' || word === '全国') add('#national_scope', c.body + c.title);
  }
  const title = headline(a);
  const opening = a.headlineStart;
  // A bureau a level names with a national body's short name (据省统计局, 市发改委) or opens (省通信管理局) is the
  // publication's own province's or city's: local government, which the entities leave out.
  const entities = foreignUnits(countryFromContext([...aboutEntities(a), ...levelledBureaus(a.text, a.entities, a.tokens)]));
  const companies = new Set(entities.filter((e) => e.type === 'org' && e.kind === 'company').map((e) => e.name));
  // A stake in a project (参投储能项目) is no company's financing: the fund is then who acts.
  const stake = STAKE.test(title) && !STAKE_IN_PROJECT.test(title);
  for (const e of entities) {
    const foreign = isAbroad(e);
    // A place of ours naming a plant or a terminal in the headline (广州南沙港区四期…) says where a company operates, as
    // subject() reads it: no region's headline.
    const inTitle = e.spans.some((s) => s.start >= opening && s.start < a.titleLength && (foreign || e.type !== 'place' || !namesPlant(a, s)));
    if (e.type === 'place') {
      // A city or province abroad (圣克拉拉, 萨克森州) is a foreign place, not one of ours.
      if (foreign) {
        add('#foreign_place', e.mentions);
        if (inTitle) add('#foreign_in_title');
      } else if (e.kind === 'province' || e.kind === 'city') {
        add('#domestic_place', e.mentions);
        if (inTitle) add('#place_in_title');
      }
    } else if (e.type === 'org') {
      if (foreign) {
        add('#foreign_org', e.mentions);
        if (inTitle) add('#foreign_in_title');
      } else if (isPublicBody(e) && !stake) {
        add(isLocalBody(e) ? '#local_government' : '#government_org', e.mentions);
      } else if (e.kind === 'government' && isLocal(e.name)) {
        add('#local_government', e.mentions);
      } else if (e.kind === 'government') {
        add('#government_org', e.mentions);
        if (inTitle) add('#government_in_title');
      } else if (e.kind === 'company' && isOperator(e.name)) {
        add('#operator_org', e.mentions);
        if (inTitle) add('#operator_in_title');
      } else if (e.kind === 'company') {
        add('#company_org', e.mentions);
        if (inTitle) add('#company_in_title');
      }
      else if (e.kind === 'institute') add('#institute_org', e.mentions);
    } else if (e.role && TECHNICAL_ROLES.test(e.role)) {
      add('#technologist', e.mentions);
    } else if ((e.role && EXECUTIVE_ROLES.test(e.role)) || (e.affiliation && companies.has(e.affiliation))) {
      add('#executive', e.mentions);
    }
  }
  // Where the headline's first figure of the nation's market starts (-1 without one).
  let nationalAt = -1;
  for (const f of a.figures) {
    if (CURRENCY_UNITS.has(f.unit) && !RESEARCH_MONEY.test(f.metric ?? '') && !MONEY_SAVED.test(a.text.slice(Math.max(0, f.offset - 14), f.offset))) add('#money_figure');
    // A headline figure of the nation's market (国内彩电零售量…万台, 全国算力总规模…) is the nation's statistics, as 我国 and
    // 全国 are; one quoted in the body beside a region's own is context.
    if (f.offset < a.titleLength && f.metric) {
      // 中国智能手机出货量: the metric printed right after 中国 measures the nation's market as 国内… does.
      const at = a.text.lastIndexOf(f.metric, f.offset);
      if (NATIONAL_METRIC.test(f.metric) || (at >= 2 && a.text.slice(at - 2, at) === '中国')) {
        add('#national_figure');
        if (nationalAt < 0 || at < nationalAt) nationalAt = at;
      }
    }
  }
  // A fund taking a stake is no subject: the company it invests in is; nor is a regulator penalising a named company.
  const penalty = PENALTY.test(title);
  const subjectNamed = subject(a, stake || penalty ? entities.filter((e) => !isPublicBody(e) && !(penalty && e.kind === 'government')) : entities);
  const origin = subjectNamed?.origin;
  if (origin && (origin.kind === 'province' || origin.kind === 'city')) {
    // 一家深圳储能企业在沙特…: the city an unnamed company comes from is no place the story happens in.
    const left = (counts.get('#domestic_place') ?? 0) - origin.mentions;
    if (left > 0) counts.set('#domestic_place', left);
    else counts.delete('#domestic_place');
  }
  if (penalty && entities.some((e) => e.type === 'org' && e.kind === 'company' && !isAbroad(e))) {
    // The regulator penalising a company it names is who acts on it, whose news it is: not a ministry's policy (a case
    // against 某平台企业, naming none, is the regulator's campaign).
    counts.delete('#government_org');
    counts.delete('#government_in_title');
  }
  // Where the headline's speaker part ends in the text (0 without one).
  const speakerName = SPEAKER_FIRST.exec(title);
  const speaker = speakerName ? opening + speakerName[0].length : 0;
  // The named subject is the headline's speaker (中汽协：…, 深圳：…).
  const subjectSpeaks = subjectNamed !== null && subjectNamed.start < speaker;
  let about = subjectNamed?.kind ?? null;
  if (!(subjectNamed && subjectNamed.start < a.titleLength) && ASSOCIATION_FIRST.test(title)) {
    // 中国通信企业协会召开…: a headline opening with an association the tables do not know is the association's story;
    // one named by its level alone (省信息通信行业协会) is the publication's province's or city's, which speaks for its region.
    about = isLocal(title) ? 'local' : 'association';
  }
  if (about === null && FOREIGN_ACTOR.test(lead(a)) && !DOMESTIC_ACTOR.test(lead(a))) {
    // 海外存储芯片厂商纷纷扩产: an article naming no actor whose lead names foreign companies by their kind is about them,
    // as one naming them would be.
    about = 'foreign';
  }
  if (LEVEL_BODY.test(a.text.slice(opening, speaker)) && !subjectSpeaks) {
    // 市经信局：…, 省通信管理局：…: a bureau named by its level alone speaks first; it is the publication's own
    // province's or city's (jieba leaves 市经信局 in single characters, so no entity names it).
    about = 'local';
    add('#local_government');
  }
  const routesAbroad = about === 'foreign' && !entities.some((e) => e.type === 'org' && isAbroad(e) && e.spans.some((s) => s.start < a.titleLength));
  if ((about === 'company' || about === null || routesAbroad) && ROUTES.test(title)) {
    // 宁波舟山港集团新开至越南、泰国两条航线, 洋浦港国际航线增至50条: a port's or an airport's routes are its region's links to
    // the world, the region's programme (运营竞争), whoever runs them — the places abroad they reach (新开至仁川) are where they
    // go, no foreign subject, unless a body abroad opens them; its volumes and deals stay the port group's news.
    about = 'local';
    const n = counts.get('#company_in_title');
    counts.delete('#company_in_title');
    if (n) add('#place_in_title', n);
  }
  const delegation = DELEGATION.test(title);
  if ((about === 'company' || about === null) && delegation && entities.some((e) => e.type === 'place' && !isAbroad(e) && subjectKind(e) === 'local')) {
    // 县级市企业组团参展, 浙江企业组团出海: companies a region sends as one delegation are its programme (运营竞争), not each
    // company's move, nor a product shown.
    about = 'local';
    counts.delete('#company_in_title');
  }
  const tender = title.search(TENDER_WON);
  const tenderAt = tender < 0 ? -1 : opening + tender;
  if (tenderAt >= 0 && !(subjectNamed && subjectNamed.start < tenderAt)) {
    // 我司中标宁波市城市大脑项目: the winner, named or not (the publisher), is the subject, not the buyer after 中标.
    about = 'company';
  }
  const actorAt = ACTOR_AT.exec(title);
  if (about === 'local' && actorAt && subjectNamed?.start === opening + actorAt[0].length && !NOT_AN_ACTOR.test(actorAt[0].replace(ACTOR_VERB, ''))) {
    // 住友电工在宁波追加投资1.5亿美元: an actor no table knows acting at a place of ours is who the headline is about; the
    // city is where it invests (a region's own programme names the region first).
    about = 'company';
  }
  if (about === 'company' && subjectNamed && networkGroupOf(subjectNamed.entity.name)?.sector === 'grid' && POWER_USE.test(title)) {
    // 国网无锡供电公司：前三季度全社会用电量增长7.8%: a grid's regional company counting what its region consumes gives the
    // region's figures, as a statistics bureau would (运营竞争); its own procurement, results or people stay its news.
    about = 'local';
    for (const [from, to] of [['#company_in_title', '#place_in_title'], ['#company_org', '#local_government']]) {
      const n = counts.get(from);
      counts.delete(from);
      if (n) add(to, n);
    }
  }
  const actedOn = ACTED_ON.exec(title);
  const by = actedOn ? opening + actedOn.index : -1;
  if (actedOn && about !== 'foreign' && entities.some((e) => e.type === 'org' && isAbroad(e) && e.spans.some((s) => s.start >= by && s.end <= by + actedOn[0].length))) {
    // 宁德时代等企业被美国国防部列入…清单: a foreign government's or regulator's action is its news whoever it acts on
    // (docs/enrich.md, "Section boundary cases": regulators' actions), the company named first included.
    about = 'foreign';
    counts.delete('#company_in_title');
  }
  const oursAbroad = about === 'foreign' && subjectNamed !== null && ourCompanyAbroad(a, entities, subjectNamed.start);
  if (oursAbroad) about = 'company';
  if (about === 'company' && nationalAt >= 0 && !(subjectNamed && subjectNamed.start < nationalAt)) {
    // 国内手机出货量三季度同比增长4% 华为份额居首, Canalys：三季度中国智能手机出货量…: a headline opening on the nation's
    // market figure is the market's statistics, as an association's figures are; the companies named after it (or only in
    // the body) are ranked in it.
    about = null;
    for (const f of ['#company_in_title', '#company_org', '#foreign_org']) counts.delete(f);
    add('#industry_statistics');
  }
  if (about) add(`#subject_${about}`, 2);
  if (about && DOMESTIC_SUBJECTS.has(about) && !entities.some((e) => isAbroad(e) && e.spans.some((s) => s.start < a.titleLength))) {
    // 嘉定区…实际使用外资, 我国汽车出口…对墨西哥: countries named only in the body of a region's, a ministry's or an
    // association's figures are where trade goes or investment comes from, not where the story happens.
    counts.delete('#foreign_place');
  }
  const speaksFirst = subjectSpeaks && !LAUNCH.test(title);
  const reportsOnIndustry = subjectNamed !== null && subjectNamed.start < a.titleLength && INDUSTRY_REPORT.test(title);
  if ((about === 'association' || about === 'institute') && (speaksFirst || reportsOnIndustry)) {
    // 中汽协：4月汽车销量…%, 赛迪研究院：新型显示产业步入整合期, 中国信通院发布《人工智能发展报告》: an association or
    // institute quoted first on a market, or publishing a report on an industry's development, speaks for the industry
    // (产业环境); it is not the subject of a research story, unless it launches one (a white paper on a technology
    // stays the technology's).
    add('#industry_statistics');
    counts.delete('#subject_institute');
  }
  if ((about === 'association' || about === 'institute') && NATIONAL_TITLE.test(title) && a.figures.some((f) => f.offset < a.titleLength) && !LAUNCH.test(title)) {
    // 前三季度我国工业机器人产量增长31.2%, with the association that counted it in the body: the nation's statistics.
    add('#industry_statistics');
    counts.delete('#subject_institute');
  }
  const inSpeaker = (e: Analysis['entities'][number]) => e.spans.some((s) => s.start < speaker);
  const speaksForCompany = (e: Analysis['entities'][number]) => e.type === 'person' && inSpeaker(e) && !(e.role && TECHNICAL_ROLES.test(e.role));
  const executiveSpeaks = entities.some(speaksForCompany) && entities.some((e) => e.type === 'org' && e.kind === 'company' && inSpeaker(e));
  // A headline launching a product or a result (发布…芯片, 研制出…); one arguing a course (6G研发要防止…) launches nothing, nor
  // does a company's executive speaking of a launch to come (…董事汪涛：今年将发布…): the company's plan, its view.
  const launched = LAUNCH.test(title) && !NOT_LAUNCH.test(title) && title.search(NORMATIVE) < 0 && !(executiveSpeaks && PLANNED.test(title)) && !delegation;
  const acting = !(subjectNamed && subjectNamed.start >= a.titleLength) || ORGANISED.test(lead(a));
  if (about === 'association' && !counts.has('#industry_statistics') && acting && !launched) {
    // 中国汽车工业协会发起成立…联盟, …协会召开会员代表大会, a conference the lead says an association hosts: an
    // association acting in its own headline — a meeting, an alliance, a pact, a report — speaks for the industry, as
    // its figures do.
    add('#industry_statistics');
  }
  if (executiveSpeaks) {
    // 科大讯飞周国华：…: a company's executive speaking is the company's view (its technologist's is the technology's).
    add('#executive_speaks');
  }
  // A foreign partner named in the headline of a domestic company's deal does not make the article foreign.
  if (about && about !== 'foreign') counts.delete('#foreign_in_title');
  // A foreign company's plant or results in a Chinese province or city (在华, 苏州工厂), its tender at one of our
  // operators or its deal with a domestic partner named in the headline (恩智浦与长城汽车…) is company news at home, not
  // a lesson from abroad; the operator is its customer, not the subject.
  if (about === 'foreign' && (counts.has('#domestic_place') || entities.some((e) => e.type === 'place' && e.kind === 'district' && !isAbroad(e)) || counts.has('#operator_org') || inChina(a) || domesticPartner(a, entities) || plantAtHome(title))) {
    add('#foreign_in_china', 2);
    for (const f of ['#subject_foreign', '#foreign_in_title', '#foreign_org', '#operator_org', '#operator_in_title']) counts.delete(f);
  }
  if (about === 'company' && tenderAt >= 0) {
    // 浪潮信息、中兴通讯中标中国电信服务器集采: the vendors' business, as a foreign vendor's tender at an operator is; the
    // buyer (an operator, a city's bureau) is their customer.
    for (const f of ['#operator_org', '#operator_in_title', '#local_government', '#place_in_title']) counts.delete(f);
    add('#tender_won', 2);
  }
  const actorAbroad = ACTOR_AT.exec(title);
  if (about === 'foreign' && actorAbroad && !FOREIGN_ACTOR.test(actorAbroad[0]) && !entities.some((e) => e.spans.some((s) => s.start < opening + actorAbroad[0].length))) {
    // 希音在伦敦证券交易所提交上市申请: a headline's actor no table knows, in Chinese, acting at a place or body abroad is
    // far more often one of ours abroad (出海) than a foreign one, whose Chinese names the tables list; the body after 在
    // is where it acts, not who.
    add('#subject_company', 2);
    counts.delete('#subject_foreign');
    counts.delete('#foreign_in_title');
  } else if (about === 'foreign' && !entities.some((e) => e.type === 'org' && isAbroad(e)) && DOMESTIC_ACTOR.test(lead(a))) {
    // 一家国内头部手机厂商在利雅得设立区域总部: a domestic company, unnamed, acting abroad is company news (as a named
    // one is), not a lesson from abroad; the place abroad still counts.
    add('#subject_company', 2);
    counts.delete('#subject_foreign');
    counts.delete('#foreign_in_title');
  }
  const appointed = APPOINTMENT.test(title) || POST_TAKEN.test(title);
  if (about === 'operator' && appointed) {
    // An operator appointing or losing an executive is company personnel news (企业情报), as any company's is, not
    // the operators' competition.
    for (const [from, to] of [['#subject_operator', '#subject_company'], ['#operator_in_title', '#company_in_title'], ['#operator_org', '#company_org']]) {
      const n = counts.get(from);
      counts.delete(from);
      if (n) add(to, n);
    }
  }
  if ((about === 'company' || about === 'operator') && appointed) add('#appointment');
  if (counts.has('#subject_foreign') || counts.has('#subject_operator')) {
    // A foreign company's executives and money are its own story abroad (海外借鉴), and an operator's its competition
    // (运营竞争: results, users, investment), not company news at home.
    counts.delete('#executive');
    counts.delete('#executive_speaks');
    counts.delete('#money_figure');
  }
  const said = speakerLead(a);
  // An academician the headline names (院士张平：…) speaks as a technologist, whatever role the entities read — unless
  // arguing a course (below), which is the industry's environment.
  const academicians = entities.filter((e) => e.type === 'person' && e.spans.some((s) => s.start < a.titleLength && a.text.slice(Math.max(0, s.start - 2), s.start) === '院士'));
  if (said !== null) {
    // The speaker's title (董事长, 总裁) is a word of who speaks, not of what is said.
    for (const e of entities) if (e.type === 'person' && e.role) for (const m of e.role.match(ROLE_WORDS) ?? []) counts.delete(m);
    if (said.match(NORMATIVE) || title.match(NORMATIVE)) {
      // A person arguing what ought to be done (in their words or in the headline that reports them) speaks on the industry's environment: their employer (a company, an
      // institute) and their title are who speaks, not what the article is about.
      for (const f of SPEAKER_IDENTITY) counts.delete(f);
      if (about !== 'foreign') add('#speaker_argues');
    } else if (academicians.length) {
      add('#technologist', academicians.reduce((n, e) => n + e.mentions, 0));
    } else if (!counts.has('#money_figure') && !BUSINESS.test(title + said)) {
      // An executive whose words hold no money and no business happening speaks of the product or the technology,
      // as a technologist does.
      const executives = counts.get('#executive');
      if (executives) add('#technologist', executives);
      counts.delete('#executive');
      counts.delete('#executive_speaks');
    }
  }
  if (TECHNICAL_ROLES.test(title.slice(0, speakerName?.[0].length ?? 0))) {
    // 诺基亚贝尔首席技术官：50G PON明年进入规模商用: a technologist speaking first in the headline speaks of the technology;
    // their employer and title are who speaks, as an executive's are.
    for (const f of SPEAKER_IDENTITY) counts.delete(f);
  }
  const regionNamed = about === 'local' || ['#domestic_place', '#local_government', '#place_in_title'].some((f) => counts.has(f));
  if (SETTLES.test(title) && (SETTLES_IN.test(title) || regionNamed)) {
    // The company brought in is what the region attracted, not the subject of a business move of its own. Projects
    // signed or brought in with no region of ours named (a fair's total, 中国—东盟博览会签约项目…) settle nowhere; 落户 and
    // 入驻 name where they settle (高新区) themselves.
    add('#project_settles');
    counts.delete('#company_in_title');
    counts.delete('#subject_company');
  }
  if (launched && about === 'local' && subjectSpeaks) {
    // 深圳：国产工业软件完成百万级网格仿真验证: a region printed as the headline's speaker, then a product's or a result's
    // launch, is where the news comes from, as a dateline is; the product is the story (a region's figures or programme
    // launches nothing).
    counts.delete('#subject_local');
    counts.delete('#place_in_title');
  }
  if (launched) {
    add('#launch_in_title');
    // A company launching a product or result is the product's story (技术情报), not the company's move; nor is
    // its executives announcing it the company's view.
    counts.delete('#company_in_title');
    counts.delete('#subject_company');
    counts.delete('#executive_speaks');
    counts.delete('#executive');
  }
  const unitOpened = UNIT_OPENED.test(title) && (about === 'company' || counts.has('#foreign_in_china'));
  if (unitOpened) {
    // The unit's research words and its being an institute say what it will do, not what the article reports.
    add('#unit_opened');
    counts.delete('#institute_org');
    counts.delete('#subject_institute');
  }
  // A product generation's shipments (第二代…模组出货突破百万片) tell how far the product has spread, no deal or result.
  // Nor is a plant named by the technology it runs on (5G全连接工厂, 智能车间, 灯塔工厂) a company's capacity: it is the
  // technology put to work.
  // A headline telling a process measured better (设备综合效率提升至86%, 试制周期压缩一半), or a system put to work whose effect
  // the body measures (泰国工厂上线MES系统, then 交付周期缩短15%), is a company putting a technology to work, whatever its chief
  // or its money in the body: the body's figures and people are the case's context, and a plant or line the headline names
  // (18号工厂…下线时间缩短) is where the effect was measured, no capacity.
  const effectTold = (title.search(EFFECT) >= 0 || (ADOPTED.test(title) && a.text.search(EFFECT) >= 0)) && !counts.has('#appointment') && !counts.has('#foreign_in_title');
  const titleBusiness = BUSINESS.test((GENERATION.test(title) ? title.replace(SHIPPED, '') : title).replace(effectTold ? PLANT_WORDS : TECH_PLANT, ''));
  if (counts.has('#subject_company') && !unitOpened && !titleBusiness && !REPORTING_SPAN.test(title) && (effectTold || !['#money_figure', '#executive', '#appointment', '#foreign_org', '#foreign_place'].some((f) => counts.has(f)))) {
    if (effectTold) for (const f of ['#executive', '#money_figure']) counts.delete(f);
    // A company named first in an article with no money, no executive and nothing abroad reports on its technology
    // (a yield, a test, a product generation), not a business move: 企业情报's evidence is deals, results, people
    // and markets abroad (a domestic company in Korea or with Ford stays company news). Its technologist and its
    // research money are no business evidence.
    add('#company_without_business');
    counts.delete('#company_in_title');
    counts.delete('#subject_company');
  }
  if (counts.has('#subject_company') && ((subjectNamed?.kind === 'company' && subjectNamed.start < a.titleLength) || oursAbroad)) {
    // Nor do the places abroad a company of ours named first sells to or builds in (宁德时代与斯泰兰蒂斯签署欧洲电池供应协议),
    // or acts at under a headline opening with them (布达佩斯以东的德布勒森工厂下线首车, then 宁德时代位于匈牙利…): they are its
    // markets. (Read after the test above, for which they are evidence of business.)
    counts.delete('#foreign_place');
  }
  if (gazetteerData().headlineAbbreviations.some((c) => title.includes(c))) add('#place_in_title');
  if (subjectNamed && subjectNamed.start < a.titleLength && (about === 'company' || counts.has('#foreign_in_china'))) {
    // 三星在西安扩建…工厂, 比亚迪深圳工厂投产: a company named first acts at the headline's place; the place is where,
    // not whose story (a region's programme names the region first).
    counts.delete('#place_in_title');
  }
  // A headline arguing a course (…应向青年科学家倾斜) counts as its words do, three times a body's.
  const body = a.text.slice(a.titleLength);
  const normative = (body.match(NORMATIVE)?.length ?? 0) + TITLE_WEIGHT * (title.match(NORMATIVE)?.length ?? 0);
  if (normative) add('#normative', normative);
  const effects = (body.match(EFFECT)?.length ?? 0) + TITLE_WEIGHT * (title.match(EFFECT)?.length ?? 0);
  // An industry's statistics (平均电能利用效率降至1.42 in an institute's index) measure no one plant's process.
  if (effects && !counts.has('#industry_statistics')) add('#effect_measured', effects);
  const damped = new Map<string, number>();
  for (const [f, c] of counts) damped.set(f, Math.log1p(c));
  return damped;
}

/** Names of the model inputs: one lexicon score per section, then the '#' entity features. */
function inputNames(sections: string[], lexicon: Record<string, Record<string, number>>): string[] {
  const hash = new Set<string>();
  for (const s of sections) for (const f of Object.keys(lexicon[s])) if (f.startsWith('#')) hash.add(f);
  return [...sections.map((s) => `lexicon:${s}`), ...[...hash].sort()];
}

/**
 * A model's inputs compiled once per model: each lexicon input's entries in their order, and every lexicon word
 * with the inputs it scores for, so an article with far fewer features than the lexicons have entries is scored
 * from its own features (a short article has a few dozen; the lexicons some hundreds). Reading a feature's
 * postings costs a few lookups of an entry: below a quarter of the entries it is the cheaper way.
 */
interface CompiledInputs {
  /** Per input: the lexicon's entries, or null for a '#' feature read as it is. */
  lexicons: ([string, number][] | null)[];
  /**
   * Word → [slot, weight] for each lexicon listing it; an entry's slot is its position in its lexicon after the
   * entries of the lexicons before it, so slots in increasing order are each lexicon's entries in its order.
   */
  postings: Map<string, [number, number][]>;
  /** Per slot: the input it scores for. */
  inputOf: Int32Array;
  entries: number;
  /** Per slot: an article's w × v, kept between calls (only the slots an article hits are read). */
  products: Float64Array;
  /** The slots an article hits, sorted in place (a typed array's sort is numeric, without a comparator). */
  hit: Int32Array;
}

const compiledInputs = new WeakMap<SectionModel, CompiledInputs>();

function compile(model: SectionModel): CompiledInputs {
  let c = compiledInputs.get(model);
  if (c) return c;
  const lexicons: ([string, number][] | null)[] = [];
  const postings = new Map<string, [number, number][]>();
  const inputOf: number[] = [];
  for (const [input, name] of model.inputs.entries()) {
    const entries = name.startsWith('lexicon:') ? Object.entries(model.lexicon[name.slice('lexicon:'.length)]) : null;
    lexicons.push(entries);
    for (const [f, w] of entries ?? []) {
      let list = postings.get(f);
      if (!list) postings.set(f, (list = []));
      list.push([inputOf.length, w]);
      inputOf.push(input);
    }
  }
  const entries = inputOf.length;
  c = { lexicons, postings, inputOf: Int32Array.from(inputOf), entries, products: new Float64Array(entries), hit: new Int32Array(entries) };
  compiledInputs.set(model, c);
  return c;
}

/** The model's input vector for an article: lexicon scores (length-normalised) and '#' features. */
export function modelInputs(model: SectionModel, features: Map<string, number>): number[] {
  const c = compile(model);
  const { lexicons, entries } = c;
  let mass = 0;
  for (const v of features.values()) mass += v;
  const norm = Math.sqrt(mass + 1);
  if (features.size * 4 < entries) {
    // From the article's features; each score is still summed in its lexicon's order, so it is the same number.
    let hits = 0;
    for (const [f, v] of features) {
      const list = c.postings.get(f);
      if (!list) continue;
      for (const [slot, w] of list) {
        c.products[slot] = w * v;
        c.hit[hits++] = slot;
      }
    }
    const sorted = c.hit.subarray(0, hits).sort();
    const scores = new Array<number>(lexicons.length).fill(0);
    for (const slot of sorted) scores[c.inputOf[slot]] += c.products[slot];
    return lexicons.map((lexicon, input) => (lexicon ? scores[input] / norm : features.get(model.inputs[input]) ?? 0));
  }
  return lexicons.map((lexicon, input) => {
    if (!lexicon) return features.get(model.inputs[input]) ?? 0;
    let score = 0;
    // A word the article lacks adds nothing (a zero, which leaves the sum as it is): skipped.
    for (const [f, w] of lexicon) {
      const v = features.get(f);
      if (v !== undefined) score += w * v;
    }
    return score / norm;
  });
}

/** The prior weights: each section scored by its own lexicon, nothing learned yet. */
function priorWeights(sections: string[], names: string[]): number[][] {
  return sections.map((s) => names.map((n) => (n === `lexicon:${s}` ? 1 : 0)));
}

/** A model with the lexicon priors only (what predictions fall back to without training data); shared, do not mutate. */
export const lexiconModel = perKnowledge((): SectionModel => {
  const data = sectionData().sections;
  const sections = data.map((s) => s.name);
  const lexicon = Object.fromEntries(data.map((s) => [s.name, { ...s.lexicon }]));
  const names = inputNames(sections, lexicon);
  return { version: 1, sections, lexicon, inputs: names, weights: priorWeights(sections, names), trainedOn: 0 };
});

function softmax(scores: number[]): number[] {
  const max = Math.max(...scores);
  const exp = scores.map((x) => Math.exp(x - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

function scoresOf(model: Pick<SectionModel, 'weights'>, z: number[]): number[] {
  return model.weights.map((w) => {
    // A loop rather than reduce's callback (it runs for every article): the same sum, in the same order.
    let acc = 0;
    for (let i = 0; i < w.length; i++) acc += w[i] * z[i];
    return acc;
  });
}

/**
 * Trains a multinomial logistic regression over the inputs, pulled towards the lexicon prior weights
 * (L2 on the difference), so a handful of labelled articles adjusts the priors instead of replacing them.
 * Classes are weighted equally and there is no bias term: how many articles an issue prints per section
 * says nothing about the next article.
 */
export function fitSectionModel(examples: { features: Map<string, number>; section: string }[]): SectionModel {
  const base = lexiconModel();
  const model: SectionModel = { ...structuredClone(base), trainedOn: examples.length };
  const labels = examples.map(({ section }) => {
    const k = model.sections.indexOf(section);
    if (k < 0) throw new Error(`${section}: not a house section (${model.sections.join(', ')})`);
    return k;
  });
  if (!examples.length) return model;
  const K = model.sections.length;
  const I = model.inputs.length;
  // Flat weights and each example's non-zero inputs: a zero input adds nothing to a score or a gradient (an exact
  // zero, so skipping it leaves every sum as it is), and most '#' inputs are zero for any one article.
  const W = Float64Array.from(model.weights.flat());
  const prior = Float64Array.from(base.weights.flat());
  const sparse = examples.map(({ features }) => {
    const z = modelInputs(model, features);
    const at = z.flatMap((v, i) => (v !== 0 ? [i] : []));
    return { at: Int32Array.from(at), v: Float64Array.from(at.map((i) => z[i])) };
  });
  const perClass = model.sections.map((_, k) => labels.filter((l) => l === k).length);
  const present = perClass.filter((c) => c > 0).length;
  const classWeight = perClass.map((c) => (c ? labels.length / (present * c) : 0));
  const grad = new Float64Array(K * I);
  const scores = new Array<number>(K);
  const rate = LEARNING_RATE / (examples.length + PRIOR_PULL);
  for (let step = 0; step < TRAIN_STEPS; step++) {
    for (let j = 0; j < K * I; j++) grad[j] = PRIOR_PULL * (W[j] - prior[j]);
    sparse.forEach(({ at, v }, n) => {
      for (let k = 0; k < K; k++) {
        let acc = 0;
        for (let m = 0; m < at.length; m++) acc += W[k * I + at[m]] * v[m];
        scores[k] = acc;
      }
      const p = softmax(scores);
      for (let k = 0; k < K; k++) {
        const g = (p[k] - (labels[n] === k ? 1 : 0)) * classWeight[labels[n]];
        for (let m = 0; m < at.length; m++) grad[k * I + at[m]] += g * v[m];
      }
    });
    for (let j = 0; j < K * I; j++) W[j] -= rate * grad[j];
  }
  model.weights = model.weights.map((w, k) => w.map((_, i) => Math.round(W[k * I + i] * 1e4) / 1e4));
  return model;
}

/** Scores every section and turns the scores into confidences (softmax). */
export function predictSection(model: SectionModel, features: Map<string, number>): SectionPrediction {
  const p = softmax(scoresOf(model, modelInputs(model, features)));
  const ranking = model.sections
    .map((name, i) => ({ name, confidence: Math.round(p[i] * 1000) / 1000 }))
    .sort((a, b) => b.confidence - a.confidence);
  return { name: ranking[0].name, confidence: ranking[0].confidence, ranking };
}
