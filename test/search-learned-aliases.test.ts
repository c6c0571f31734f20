import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bracketedNames } from '../src/search/bracketed-names.js';
import { introducedNames } from '../src/search/introduced-names.js';
import { brandListNames } from '../src/search/brand-lists.js';
import { ordinaryWordCompanies } from '../src/search/company-cores.js';
import { latinCorePairs } from '../src/search/latin-cores.js';
import { associationShortForms, learnedByKey, learnedNameRows } from '../src/search/learned-aliases.js';
import { understandBulletin } from '../src/pipeline/understand.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/types.js';
import type { Bulletin } from '../src/types.js';
import { BACKENDS } from './backends.js';
import { companyArticle } from './search-fixture.js';

const BULLETIN: Bulletin = {
  publication: '星地周报',
  issueDate: '2025-04-07',
  sections: ['企业情报'],
  warnings: [],
  articles: [
    companyArticle('澄川航天签约海外运营商', '据澄川航天（Clearstream Space）公告，公司与东南亚运营商签署容量协议。'),
    companyArticle('澄川航天一季度收入增长', '澄川航天一季度卫星通信收入同比增长两成。'),
    companyArticle('Clearstream Space wins contract', 'Clearstream Space signed a capacity deal in Brazil.'),
    companyArticle('BlueKite完成融资', 'BlueKite（蓝鸢科技）完成新一轮融资，资金用于星载终端。'),
    companyArticle('蓝鸢科技终端量产', '蓝鸢科技的星载终端进入量产。'),
    companyArticle('北辰卫星网络集团发射试验星', '北辰卫星网络集团有限公司（以下简称“北辰星网”）发射试验星。'),
    companyArticle('北辰星网完成组网发射', '北辰星网完成年内第三次组网发射。'),
    companyArticle('3GPP冻结新版本', '3GPP定义的非地面网络（NTN）标准进入新版本。'),
    companyArticle('卫星直连手机进入外场试验', '运营商开展非地面网络外场试验。'),
    companyArticle('NTN终端开始出货', '首批NTN终端开始出货。'),
    companyArticle('储能装机增长', '新增装机容量（GW）创新高，利润（同比）增长。'),
    companyArticle('澜川农业发布植保无人机', '广州澜川农业科技股份有限公司（LanAgri）发布新款植保无人机。'),
    companyArticle('LanAgri出口增长', 'LanAgri海外出货量同比增长四成。'),
    companyArticle('澜川农业科技服务面积扩大', '澜川农业科技的飞防服务面积扩大。'),
    companyArticle('岚途快递扩建航空枢纽', '岚途快递（QLX Express）宣布扩建其航空枢纽。'),
    companyArticle('国际快递调减航班', 'QLX和FedEx等国际快递公司已调减部分航班。'),
    companyArticle('低空载人航空器完成首飞', '一款低空载人航空器，俗称飞行汽车，在城郊完成首飞。'),
    companyArticle('载人航空器适航审定启动', '民航部门启动低空载人航空器的适航审定。'),
    companyArticle('飞行汽车订单增长', '多家企业的飞行汽车订单增长。'),
    companyArticle('蜂鸟推出跨境专线', '蜂鸟集团近日宣布推出跨境专线。蜂鸟相关负责人表示将扩大覆盖。'),
    companyArticle('蜂鸟发布分拣机器人', '蜂鸟网络科技有限公司在杭州发布新一代分拣机器人。'),
    companyArticle('速运平台与商家签约', '速运平台同时与蜂鸟合作，提供次日达服务。'),
    companyArticle('星岚创新：多品牌出海成效显现', '公司旗下Lumio、Vexa等品牌在北美市场保持增长。'),
    companyArticle('星岚创新一季度营收增长', '星岚创新发布一季报，营收同比增长。'),
    companyArticle('望川氢能产业技术联盟发布年报', '望川氢能产业技术联盟（WHEA）发布年度报告，会员单位增至200家。'),
    companyArticle('加氢站建设提速', '据WHEA统计，上半年新建加氢站40座。'),
    companyArticle('Quillon获储能订单', '美国储能系统集成商Quillon Energy宣布签约两座电池储能项目。'),
    companyArticle('欧洲储能集成商竞争加剧', 'Tessel和Quillon位居前列。'),
  ],
};

const titles = async (store: Store, query: string, entities?: string[]) =>
  (await store.search.search({ query, ...(entities ? { filters: { entities } } : {}), limit: 100, facets: false })).hits
    .filter((h) => !h.missing)
    .map((h) => h.title)
    .sort();

describe('names printed in brackets beside another name', () => {
  it('pairs a Chinese name and its Latin one either way, and a full name with its short form', () => {
    expect(bracketedNames('据澄川航天（Clearstream Space）公告')).toEqual([['澄川航天', 'Clearstream Space']]);
    expect(bracketedNames('由BlueKite（蓝鸢科技）运营')).toEqual([['BlueKite', '蓝鸢科技']]);
    expect(bracketedNames('国家发展和改革委员会（发改委）发布')).toEqual([['国家发展和改革委员会', '发改委']]);
    expect(bracketedNames('北辰卫星网络集团有限公司（以下简称“北辰星网”）')).toEqual([['北辰卫星网络集团有限公司', '北辰星网']]);
    // Introduced without quotes, a short name or an English one.
    expect(bracketedNames('北辰卫星网络集团有限公司（下称北辰星网）')).toEqual([['北辰卫星网络集团有限公司', '北辰星网']]);
    expect(bracketedNames('北辰卫星网络集团有限公司（以下简称：北辰星网）')).toEqual([['北辰卫星网络集团有限公司', '北辰星网']]);
    expect(bracketedNames('澄川航天（英文名：Clearstream Space）公告')).toEqual([['澄川航天', 'Clearstream Space']]);
    expect(bracketedNames('澄川航天（英文名称 Clearstream Space）公告')).toEqual([['澄川航天', 'Clearstream Space']]);
    // What is introduced must still be the name's short form or a Latin name.
    expect(bracketedNames('北辰卫星网络集团有限公司（下称公司）')).toEqual([]);
    expect(bracketedNames('澄川航天（英文名称见附表）')).toEqual([]);
    expect(bracketedNames('3GPP定义的非地面网络（NTN）标准')).toEqual([['非地面网络', 'NTN']]);
  });

  it('takes the name a sentence ends with before the bracket, never a piece of the sentence', () => {
    expect(bracketedNames('无线电发射设备应采用发射功率控制（TPC）')).toEqual([['发射功率控制', 'TPC']]);
    expect(bracketedNames('自20世纪初科学家认识到光子携带轨道角动量（OAM）')).toEqual([['轨道角动量', 'OAM']]);
    expect(bracketedNames('华为与腾讯在华为人工智能（AI）音箱业务上达成合作')).toEqual([['人工智能', 'AI']]);
    expect(bracketedNames('中国卫通（China Satcom）与星河动力签约')).toEqual([['中国卫通', 'China Satcom']]);
    expect(bracketedNames('所谓ESG，代表环境（Environmental）')).toEqual([]);
    expect(bracketedNames('华为今日发布了新一代旗舰手机（Mate 70）')).toEqual([]);
    expect(bracketedNames('公司营收同比增长（YoY）')).toEqual([]);
    expect(bracketedNames('用于工业、科学和医疗（ISM）的频段')).toEqual([]);
    expect(bracketedNames('由工业和信息化部（MIIT）发布')).toEqual([['工业和信息化部', 'MIIT']]);
    // A subsidiary printed after its parent is the name the bracket gives.
    expect(bracketedNames('北岚集团（Northlan Group）旗下岚途快递（QLX Express）宣布')).toEqual([
      ['北岚集团', 'Northlan Group'],
      ['岚途快递', 'QLX Express'],
    ]);
    expect(bracketedNames('澄川航天全资子公司澄川测控（Clearstream TT&C）成立')).toEqual([['澄川测控', 'Clearstream TT&C']]);
  });

  it('pairs a company whose name opens with an ordinary word with that word, where the article calls it by the word', () => {
    expect(ordinaryWordCompanies('蜂鸟推出跨境专线\n蜂鸟集团近日宣布推出跨境专线。')).toEqual([['蜂鸟集团', '蜂鸟']]);
    expect(ordinaryWordCompanies('蜂鸟网络科技有限公司发布机器人，与蜂鸟签约的商家增加。')).toEqual([['蜂鸟网络科技有限公司', '蜂鸟']]);
    // The word never printed alone as a subject: an industry's group, a compound (水务行业, 推动种业振兴).
    expect(ordinaryWordCompanies('蜂鸟集团近日宣布推出跨境专线。')).toEqual([]);
    expect(ordinaryWordCompanies('种业集团完成重组，推动种业振兴，种业行业集中度提高。')).toEqual([]);
    // An industry word, or a word inside a longer name (德国邮政蜂鸟集团), is no company's core.
    expect(ordinaryWordCompanies('电商集团宣布新规。电商推出新规。')).toEqual([]);
    expect(ordinaryWordCompanies('德国邮政蜂鸟集团宣布扩建。蜂鸟推出专线。')).toEqual([]);
    // A long run of industry words with no legal form after them is read once, not once per start.
    expect(ordinaryWordCompanies(`蜂鸟${'科技'.repeat(50_000)}`)).toEqual([]);
  });

  it('pairs a company with the brands it lists after 旗下, the article\'s company by its title', () => {
    expect(brandListNames('', '华岳集团旗下云雀、青鸾两大品牌销量增长。')).toEqual([
      ['华岳集团', '云雀'],
      ['华岳集团', '青鸾'],
    ]);
    expect(brandListNames('星岚创新：多品牌出海', '公司旗下Lumio、Vexa等品牌增长。')).toEqual([
      ['星岚创新', 'Lumio'],
      ['星岚创新', 'Vexa'],
    ]);
    // No title naming the company, no list of names, no brands: nothing.
    expect(brandListNames('多品牌出海', '公司旗下Lumio、Vexa等品牌增长。')).toEqual([]);
    // A column's label before the title's colon is no company: the brands would find every note under that label.
    expect(brandListNames('公司点评：多品牌出海', '公司旗下Lumio、Vexa等品牌增长。')).toEqual([]);
    expect(brandListNames('行业观察：多品牌出海', '公司旗下Lumio、Vexa等品牌增长。')).toEqual([]);
    expect(brandListNames('蓝鲸科技：多品牌出海', '公司旗下Lumio、Vexa等品牌增长。')).toEqual([
      ['蓝鲸科技', 'Lumio'],
      ['蓝鲸科技', 'Vexa'],
    ]);
    expect(brandListNames('', '华岳集团旗下产品覆盖北美、欧洲等市场的品牌。')).toEqual([]);
    expect(brandListNames('', '华岳集团旗下拥有多个品牌。')).toEqual([]);
    // Lines of business named by a verb (外卖, 出行) are no brands: the list names none.
    expect(brandListNames('', '华岳集团旗下外卖和出行两大品牌。')).toEqual([]);
  });

  it('reads a registered name whole when jieba cuts it into lone characters and verbs of its trade', () => {
    // 顺/p 岚/nr 控股/v …: the verb before the legal form and the lone first character are the name's.
    expect(bracketedNames('顺岚控股股份有限公司（以下简称顺岚控股）发布年报')).toEqual([['顺岚控股股份有限公司', '顺岚控股']]);
    expect(bracketedNames('极鸥速递环球有限公司（以下简称极鸥）公告')).toEqual([['极鸥速递环球有限公司', '极鸥']]);
    // A preposition before it, or a verb with the whole name as its object, is still no part of it.
    expect(bracketedNames('据顺岚控股股份有限公司（Shunlan）公告')).toEqual([['顺岚控股股份有限公司', 'Shunlan']]);
    expect(bracketedNames('公司宣布收购澄川科技有限公司（Chengchuan）')).toEqual([['澄川科技有限公司', 'Chengchuan']]);
    // A registered name is a name whatever words it is made of, beside an ordinary English word too.
    expect(bracketedNames('深圳阳光电子股份有限公司（Sunlight）发布')).toEqual([['深圳阳光电子股份有限公司', 'Sunlight']]);
  });

  it('pairs a Latin company name of a core and a kind of business with its core, where the article prints the core alone', () => {
    expect(latinCorePairs('Quillon获储能订单\n美国储能系统集成商Quillon Energy宣布签约。')).toEqual([['Quillon Energy', 'Quillon']]);
    expect(latinCorePairs('Varda Robotics推出新品，Varda表示将扩产。')).toEqual([['Varda Robotics', 'Varda']]);
    // The core never printed alone, or printed only before another word, or a word naming a product or an arm: none.
    expect(latinCorePairs('Quillon Energy宣布签约。')).toEqual([]);
    expect(latinCorePairs('Quillon Energy Storage与Quillon签约。')).toEqual([]);
    expect(latinCorePairs('Quillon Freight计划上市，Quillon表示。')).toEqual([]);
    // An ordinary word opening a sector's name, printed alone as the word: no company's core.
    expect(latinCorePairs('推进Green Energy战略，Green理念深入人心。')).toEqual([]);
    expect(latinCorePairs('New Energy汽车销量增长，New款车型上市。')).toEqual([]);
    expect(latinCorePairs('Smart Logistics论坛召开，Smart工厂落地。')).toEqual([]);
  });

  it('takes the name after the kind of business printed before it, as after a parent', () => {
    expect(bracketedNames('快时尚跨境电商平台澄音（CYIN）近日宣布')).toEqual([['澄音', 'CYIN']]);
    expect(bracketedNames('美国储能系统集成商澄川（ChengChuan）宣布')).toEqual([['澄川', 'ChengChuan']]);
    // A kind word ending the name is the name's own (工业互联网平台).
    expect(bracketedNames('国家工业互联网平台（IIP）上线')).toEqual([['国家工业互联网平台', 'IIP']]);
  });

  it('takes no place, note, unit or figure in brackets for a name', () => {
    expect(bracketedNames('联想（天津）产业园，2024年（含）以后，装机容量（GW），增长（+12%）')).toEqual([]);
  });
});

describe('names introduced by 简称, 俗称, 又称 outside brackets', () => {
  it('pairs a term with the short or everyday name introduced after it, and nothing from a clause or a pronoun', () => {
    expect(introducedNames('低空载人航空器，俗称飞行汽车，已完成试飞。')).toEqual([['低空载人航空器', '飞行汽车']]);
    expect(introducedNames('澜川农业综合服务区，简称澜农区，已扩至12个。')).toEqual([['澜川农业综合服务区', '澜农区']]);
    expect(introducedNames('高空长航时平台（又称伪卫星）进入测试。')).toEqual([['高空长航时平台', '伪卫星']]);
    // A 简称 must hold the name's characters in order; 该系统 and 又称其为 name nothing.
    expect(introducedNames('澜川农业综合服务区，简称试点区。')).toEqual([]);
    expect(introducedNames('该系统又称为数字映射体，是一种模型。')).toEqual([]);
    expect(introducedNames('这家公司又称其为下一代平台。')).toEqual([]);
    // A determiner is no part of the term, also where the name was read from its measure word on (类芯片), and
    // what is left must be a name (芯片, a common word, is none: 大芯片 would find every article on chips).
    expect(introducedNames('这类芯片俗称“大芯片”，功耗更高。')).toEqual([]);
    expect(introducedNames('这类低空载人航空器俗称“飞行汽车”。')).toEqual([['低空载人航空器', '飞行汽车']]);
    expect(introducedNames('一款低空载人航空器，俗称飞行汽车。')).toEqual([['低空载人航空器', '飞行汽车']]);
  });

  it('reads a long run of spaces before the introducing word once, not once per start', () => {
    const started = performance.now();
    expect(introducedNames(`${' '.repeat(100_000)}简称澜农区。`)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('an association\'s short names', () => {
  it('are a word of its field and its kind, without the filler words, a place or the name itself', () => {
    expect(associationShortForms('望川氢能产业技术联盟')).toEqual(['望川联盟', '氢能联盟']);
    expect(associationShortForms('中国光伏行业协会')).toEqual(['光伏协会']);
    for (const name of ['氢能联盟', '望川氢能科技有限公司', 'Hydrogen Alliance']) expect(associationShortForms(name)).toEqual([]);
  });
});

describe('the learned names of each key', () => {
  it('lists each name once per key, in the order of the rows, however often articles printed it', () => {
    const rows = [
      { key: 'bluekite', name: '蓝鸢科技' },
      { key: 'bluekite', name: '蓝鸢科技' },
      { key: 'bluekite', name: '蓝鸢' },
      { key: '澄川航天', name: 'Clearstream Space' },
      { key: 'bluekite', name: '蓝鸢科技' },
    ];
    expect([...learnedByKey(rows)]).toEqual([
      ['bluekite', ['蓝鸢科技', '蓝鸢']],
      ['澄川航天', ['Clearstream Space']],
    ]);
    expect(learnedByKey([]).size).toBe(0);
  });

  it('keys a registered name\'s pair under its short forms too, not under its brand', () => {
    const rows = learnedNameRows('', '广州澜川农业科技股份有限公司（LanAgri）发布新款植保无人机。');
    const under = (key: string) => rows.filter((r) => r.key === key).map((r) => r.name);
    expect(under('lanagri')).toEqual(['广州澜川农业科技股份有限公司']);
    expect(under('澜川农业科技')).toEqual(['广州澜川农业科技股份有限公司', 'LanAgri']);
    expect(under('澜川农业')).toEqual(['广州澜川农业科技股份有限公司', 'LanAgri']);
    expect(under('澜川')).toEqual([]);
    // A Latin company name's acronym or core keys the pair too; a Latin name of neither, nothing more.
    const latin = learnedNameRows('', '岚途快递（QLX Express）扩建枢纽，北岚控股（Northlan Holdings Inc.）入股，澄川航天（Clearstream Space）签约。');
    const latinUnder = (key: string) => latin.filter((r) => r.key === key).map((r) => r.name);
    expect(latinUnder('qlx')).toEqual(['QLX Express', '岚途快递']);
    expect(latinUnder('northlan')).toEqual(['Northlan Holdings Inc.', '北岚控股']);
    expect(latinUnder('clearstream')).toEqual([]);
    // Beside a Latin name with a short form, the Chinese name's brand is that form's other name.
    expect(latinUnder('岚途')).toEqual(['岚途快递', 'QLX Express']);
    expect(latinUnder('澄川')).toEqual([]);
    // An industry word left of the last word names a trade, no company: it keys nothing (a query on 芯片 stays as typed).
    const trade = learnedNameRows('', '芯片设计（Chip Design Ltd）签约，数据科技（Data Tech Inc）入股。');
    expect(trade.filter((r) => r.key === '芯片' || r.key === '数据')).toEqual([]);
  });

  it('keys a company\'s pair under its name without the group\'s or company\'s word too, not under an industry\'s', () => {
    expect(learnedNameRows('', '丹麦航运巨头澜士基集团（LANSKE）表示')).toEqual([
      { key: '澜士基集团', name: 'LANSKE' },
      { key: 'lanske', name: '澜士基集团' },
      { key: '澜士基', name: '澜士基集团' },
      { key: '澜士基', name: 'LANSKE' },
    ]);
    expect(learnedNameRows('', '物流集团（Logis Group）表示').map((r) => r.key)).not.toContain('物流');
    expect(learnedNameRows('', '美国联合包裹运送服务公司（UPS）').map((r) => r.key)).not.toContain('服务');
  });

  it('gives a pair printed twice, in the title and the body, one row each way', () => {
    const text = 'BlueKite（蓝鸢科技）完成融资。BlueKite（蓝鸢科技）的终端进入量产。';
    expect(bracketedNames(text)).toHaveLength(2);
    expect(learnedNameRows('BlueKite（蓝鸢科技）完成融资', text)).toEqual([
      { key: 'bluekite', name: '蓝鸢科技' },
      { key: '蓝鸢科技', name: 'BlueKite' },
    ]);
  });
});

describe.each(BACKENDS)('aliases the archive teaches on the $name store', (backend) => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(await backend.migrated());
    await store.issues.import({ path: 'fixtures/learned.txt', sha256: 'learned'.padEnd(64, '0'), bytes: 100, encoding: 'utf-8', kind: 'text' }, BULLETIN, understandBulletin(BULLETIN));
  });
  afterAll(() => store.close());

  it('finds by a Latin name the articles printing only the Chinese name printed beside it elsewhere, and back', async () => {
    const all = ['Clearstream Space wins contract', '澄川航天一季度收入增长', '澄川航天签约海外运营商'];
    expect(await titles(store, 'Clearstream Space')).toEqual(all);
    expect(await titles(store, '澄川航天')).toEqual(all);
    expect(await titles(store, 'BlueKite')).toEqual(['BlueKite完成融资', '蓝鸢科技终端量产']);
    expect(await titles(store, '蓝鸢科技')).toEqual(['BlueKite完成融资', '蓝鸢科技终端量产']);
    // Quoted, a name still stands for the names printed beside it, as a lexicon name does.
    expect(await titles(store, '"蓝鸢科技"')).toEqual(['BlueKite完成融资', '蓝鸢科技终端量产']);
    expect(await titles(store, '"BlueKite"')).toEqual(['BlueKite完成融资', '蓝鸢科技终端量产']);
    expect(await titles(store, '"岚途快递"')).toEqual(['国际快递调减航班', '岚途快递扩建航空枢纽']);
  });

  it('finds by a registered name\'s short form the articles printing only the Latin name printed beside it', async () => {
    const all = ['LanAgri出口增长', '澜川农业发布植保无人机', '澜川农业科技服务面积扩大'];
    expect(await titles(store, '澜川农业科技')).toEqual(all);
    expect(await titles(store, 'LanAgri')).toEqual(all);
  });

  it('finds by a Latin name opening with an acronym, and by the name printed beside it, the articles printing the acronym alone', async () => {
    const all = ['国际快递调减航班', '岚途快递扩建航空枢纽'];
    expect(await titles(store, 'QLX Express')).toEqual(all);
    expect(await titles(store, '岚途快递')).toEqual(all);
    // The acronym typed alone finds the articles printing only the name its Latin name was printed beside, and the
    // Chinese name's brand those printing the acronym alone.
    expect(await titles(store, 'QLX')).toEqual(all);
    expect(await titles(store, '岚途')).toEqual(all);
    expect(await titles(store, '', ['岚途'])).toEqual(all);
  });

  it('finds by a short form the articles printing the full name, and by an abbreviation its words', async () => {
    expect(await titles(store, '北辰星网')).toEqual(['北辰卫星网络集团发射试验星', '北辰星网完成组网发射']);
    expect(await titles(store, 'NTN')).toEqual(['3GPP冻结新版本', 'NTN终端开始出货', '卫星直连手机进入外场试验']);
  });

  it('finds a quoted term of the forms table as written, not by the forms the archive printed beside it', async () => {
    // 非地面网络 and NTN are one term's forms: typed, either finds both; quoted, each finds itself alone.
    expect(await titles(store, '非地面网络')).toEqual(['3GPP冻结新版本', 'NTN终端开始出货', '卫星直连手机进入外场试验']);
    expect(await titles(store, '"非地面网络"')).toEqual(['3GPP冻结新版本', '卫星直连手机进入外场试验']);
    expect(await titles(store, '"NTN"')).toEqual(['3GPP冻结新版本', 'NTN终端开始出货']);
  });

  it('finds by an everyday name introduced with 俗称 the articles printing only the term, and back', async () => {
    const all = ['低空载人航空器完成首飞', '载人航空器适航审定启动', '飞行汽车订单增长'].sort();
    expect((await titles(store, '飞行汽车')).sort()).toEqual(all);
    expect((await titles(store, '低空载人航空器')).sort()).toEqual(all);
  });

  it('finds by an association\'s short name the articles printing only the Latin name printed beside its full name', async () => {
    expect(await titles(store, '氢能联盟')).toEqual(['加氢站建设提速', '望川氢能产业技术联盟发布年报'].sort());
  });

  it('lets an entity filter on either name accept the articles printing the other', async () => {
    expect(await titles(store, '', ['Clearstream Space'])).toEqual(['Clearstream Space wins contract', '澄川航天一季度收入增长', '澄川航天签约海外运营商']);
    expect(await titles(store, 'entity:BlueKite 量产')).toEqual(['蓝鸢科技终端量产']);
    // The Latin name's acronym printed alone names it too, as a query on it finds.
    for (const name of ['岚途快递', 'QLX Express', 'QLX']) expect(await titles(store, '', [name])).toEqual(['国际快递调减航班', '岚途快递扩建航空枢纽']);
  });

  it('finds by any name of a company opening with an ordinary word the articles printing another, typed, quoted and as an entity filter', async () => {
    const all = ['蜂鸟发布分拣机器人', '蜂鸟推出跨境专线', '速运平台与商家签约'];
    for (const name of ['蜂鸟集团', '蜂鸟网络科技有限公司']) {
      expect(await titles(store, name)).toEqual(all);
      expect(await titles(store, `"${name}"`)).toEqual(all);
    }
    for (const name of ['蜂鸟', '蜂鸟集团', '蜂鸟网络科技有限公司']) expect(await titles(store, '', [name])).toEqual(all);
  });

  it('finds by a brand a company lists the articles naming the company, typed, quoted and as an entity filter', async () => {
    const all = ['星岚创新一季度营收增长', '星岚创新：多品牌出海成效显现'];
    for (const query of ['Lumio', '"Lumio"', '星岚创新']) expect(await titles(store, query)).toEqual(all);
    for (const name of ['Lumio', '星岚创新']) expect(await titles(store, '', [name])).toEqual(all);
  });

  it('finds by a Latin company name the articles printing its core alone, where an article taught the core, and back', async () => {
    const both = ['Quillon获储能订单', '欧洲储能集成商竞争加剧'];
    expect(await titles(store, 'Quillon Energy')).toEqual(both);
    expect(await titles(store, '', ['Quillon Energy'])).toEqual(both);
    expect(await titles(store, '', ['Quillon'])).toEqual(both);
  });

  it('learns nothing from a unit or a note in brackets', async () => {
    expect(await titles(store, 'GW')).toEqual(['储能装机增长']);
    expect(await titles(store, '利润')).toEqual(['储能装机增长']);
  });

  // Last: it imports a second issue. A store may keep the names it looked up until the archive changes.
  it('learns the pairs of an issue imported after a search looked the names up', async () => {
    expect(await titles(store, '琥光半导体')).toEqual([]);
    const later: Bulletin = {
      ...BULLETIN,
      issueDate: '2025-04-14',
      articles: [companyArticle('琥光半导体扩产', '琥光半导体（Amberlight）宣布扩产。'), companyArticle('Amberlight names a chief executive', 'Amberlight appointed a new chief executive.')],
    };
    await store.issues.import({ path: 'fixtures/learned-2.txt', sha256: 'learned2'.padEnd(64, '0'), bytes: 100, encoding: 'utf-8', kind: 'text' }, later, understandBulletin(later));
    expect(await titles(store, '琥光半导体')).toEqual(['Amberlight names a chief executive', '琥光半导体扩产']);
  });
});
