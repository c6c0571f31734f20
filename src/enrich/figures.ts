/**
 * Quantitative facts written with Arabic digits (the convention for statistics in Chinese news, GB/T 15835):
 * amounts, percentages and counts with a unit, normalised (1.2万亿元 → 1.2e12 元), each with the rate of change
 * printed after it (同比增长 31%), what it measures, the period and the subject.
 */
import { wordFact, type Token } from './segmenter.js';
import { matchesOf, offsetMask, sentenceIndexAt, type Sentence } from './text.js';
import type { Entity, Figure, FigureChange } from './types.js';

const MULTIPLIERS: Record<string, number> = {
  万亿: 1e12, 千亿: 1e11, 百亿: 1e10, 十亿: 1e9, 亿: 1e8, 千万: 1e7, 百万: 1e6, 十万: 1e5, 万: 1e4,
};
/** Currencies as printed → reported, 元 last (the others end in it). */
const CURRENCIES: [string, string][] = [
  ['美元', '美元'], ['欧元', '欧元'], ['英镑', '英镑'], ['日元', '日元'], ['港元', '港元'], ['港币', '港元'], ['韩元', '韩元'],
  ['新台币', '新台币'], ['澳元', '澳元'], ['加元', '加元'], ['新加坡元', '新加坡元'], ['瑞士法郎', '瑞士法郎'], ['卢比', '卢比'], ['泰铢', '泰铢'], ['卢布', '卢布'], ['瑞典克朗', '瑞典克朗'], ['挪威克朗', '挪威克朗'], ['丹麦克朗', '丹麦克朗'], ['元', '元'],
];
/** The units a figure of money is reported in (the yuan and every other currency). */
export const CURRENCY_UNITS: ReadonlySet<string> = new Set(CURRENCIES.map(([, unit]) => unit));
/**
 * Units, longest first where one is a prefix of another; value is the unit reported (one name per unit: 平方千米 is
 * 平方公里). Specification units (纳米, 英寸, MHz, 公里) are left out on purpose: 7纳米芯片 describes a product, not a
 * quantity, and so does a length (续航400公里, 线路全长1100公里), which the dev golds leave out ten times in twelve, and
 * a chip's TOPS. Single characters that open common words (支付, 分钟, 头部) are read as units only where jieba says so.
 */
const UNITS: [string, string][] = [
  ['个百分点', '个百分点'], ['百分点', '个百分点'], ['%', '%'], ['％', '%'],
  ...CURRENCIES,
  ['TWh', 'TWh'], ['GWh', 'GWh'], ['MWh', 'MWh'], ['kWh', 'kWh'], ['太瓦时', '太瓦时'], ['吉瓦时', '吉瓦时'], ['兆瓦时', '兆瓦时'], ['千瓦时', '千瓦时'],
  ['TW', 'TW'], ['GW', 'GW'], ['MW', 'MW'], ['kW', '千瓦'], ['太瓦', '太瓦'], ['吉瓦', '吉瓦'], ['兆瓦', '兆瓦'], ['千瓦', '千瓦'], ['瓦特', '瓦'], ['瓦', '瓦'],
  ['EFLOPS', 'EFLOPS'], ['EFlops', 'EFLOPS'], ['PFLOPS', 'PFLOPS'], ['PFlops', 'PFLOPS'], ['TFLOPS', 'TFLOPS'], ['TFlops', 'TFLOPS'],
  ['ZB', 'ZB'], ['EB', 'EB'], ['PB', 'PB'], ['TB', 'TB'], ['GB', 'GB'], ['P', 'P'],
  ['平方公里', '平方公里'], ['平方千米', '平方公里'], ['平方米', '平方米'], ['公顷', '公顷'], ['亩', '亩'],
  ['立方米', '立方米'], ['毫升', '毫升'], ['升', '升'], ['桶', '桶'], ['吨', '吨'], ['公斤', '公斤'], ['千克', '千克'], ['标箱', '标箱'], ['标准箱', '标准箱'], ['自然箱', '自然箱'],
  ['部委', '部委'], ['部门', '部门'], ['个', '个'], ['家', '家'], ['项', '项'], ['件', '件'], ['辆', '辆'], ['台', '台'], ['款', '款'],
  ['人次', '人次'], ['人份', '人份'], ['人', '人'], ['户', '户'], ['名', '名'], ['份', '份'], ['次', '次'], ['座', '座'], ['套', '套'], ['条', '条'],
  ['张', '张'], ['片', '片'], ['种', '种'], ['类', '类'], ['所', '所'], ['颗', '颗'], ['枚', '枚'], ['例', '例'], ['位', '位'], ['篇', '篇'], ['场', '场'], ['起', '起'],
  ['架次', '架次'], ['架', '架'], ['艘次', '艘次'], ['艘', '艘'], ['部', '部'], ['块', '块'], ['卡', '卡'], ['倍', '倍'], ['站', '站'], ['只', '只'],
  ['株', '株'], ['棵', '棵'], ['头', '头'], ['匹', '匹'], ['羽', '羽'], ['票', '票'], ['支', '支'], ['腔', '腔'], ['剂', '剂'], ['瓶', '瓶'], ['盒', '盒'],
  ['箱', '箱'], ['笔', '笔'], ['栋', '栋'], ['间', '间'], ['分', '分'],
];
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&');
const FIGURE = new RegExp(
  `(\\d+(?:,\\d{3})*(?:\\.\\d+)?) ?(?:多|余)?(${Object.keys(MULTIPLIERS).join('|')})?(?:多|余)? ?(${UNITS.map(([u]) => esc(u)).join('|')})?`,
  'g',
);
const UNIT_OF = new Map(UNITS);
/** Units of a rate rather than an amount. */
export const RATE_UNITS = new Set(['%', '个百分点']);
/** A change phrase ending right before a rate: 同比增长, 环比下降了, 年均增长率高达. */
const CHANGE_BEFORE =
  /(同比|环比|比上年同期|比去年同期|较去年同期|较上年同期|比上年|较上年|较去年|比去年|较上月|比上月|年均复合|年均|年复合)?(增长|增加|上涨|上升|提升|提高|增|下降|下滑|减少|降低|回落|下跌|减)(?:了|率|幅度|幅)?(?:为|达到|达|高达|约|超过|超|近)? ?$/;
const NEGATIVE = /下降|下滑|减少|降低|回落|下跌|减/;
/** A rate whose verb follows it: 以年均 28%的速度增长. */
const RATE_AFTER = /^[\d.]+ ?[%％]的?(?:速度|幅度)(增长|增加|上涨|提升|下降|下滑|减少|回落)/;

/** The comparison a rate is made against: 同比, 环比…; 年均 also when written 每年平均 or stated before the verb. */
function kindOf(comparator: string | undefined, before: string): string {
  if (comparator) return comparator === '年复合' || comparator === '年均复合' ? '年均' : comparator;
  return /年均|每年平均|年平均/.test(before) ? '年均' : '增长';
}
/** Words before a place in a ranking (提升1位, 前3位; not 目前3位), read in the three characters before the number. */
const RANK_MOVE = /(?:提升|上升|下降|前进|后退|跃升|攀升|提高|下滑|前移|后移|(?<![目之此以提日当向])前) ?$/;
/** A camera named after its resolution (5000万像素, 5000万主摄, 2亿长焦). */
const CAMERA_AFTER = /^(?:像素|主摄|超广角|广角|长焦|潜望|前摄|后摄)/;
/** Units of a device's memory and storage, printed as a configuration joined by + (12GB+256GB) or named so. */
const STORAGE_UNITS = new Set(['GB', 'TB']);
/** A device's version or memory named after or before a size in GB or TB (256GB版, 1TB存储, 运存12GB). */
const DEVICE_MEMORY_AFTER = /^(?:版|存储|内存|运存|闪存)/;
const DEVICE_MEMORY_BEFORE = /(?:存储|内存|运存|闪存)(?:为|达|高达)?$/;
/** A phone's charging after its power (100瓦有线快充, 50瓦无线充电). */
const CHARGING_AFTER = /^(?:有线|无线|超级)?(?:快充|闪充|充电)/;
/** A currency printed before an amount in 元 or in no unit (新台币3676亿元, 港币100亿元, 日元5000亿), or after 元 (3.13万亿元新台币). */
const CURRENCY_BEFORE = /(新台币|港币|港元|美元|欧元|日元|韩元|英镑) ?$/;
const CURRENCY_AFTER = /^(新台币|港币|港元)/;

/** The currency an amount in 元 (or in none) is printed with, when it is not the yuan; null otherwise. */
function currencyAround(text: string, start: number, end: number, unitText: string | undefined): string | null {
  if (unitText !== undefined && unitText !== '元') return null;
  const named = CURRENCY_BEFORE.exec(text.slice(Math.max(0, start - 4), start))?.[1] ?? (unitText === '元' ? CURRENCY_AFTER.exec(text.slice(end, end + 3))?.[1] : undefined);
  return named ? UNIT_OF.get(named)! : null;
}

/** Text between the two ends of a range: 440亿至600亿欧元. */
const RANGE_JOINER = /^ ?(?:至|到|~|～|-|—|－) ?$/;
/** Text between two rates of one list: 下降17.9%和19.6%. */
const LIST_JOINER = /^ ?(?:和|、|及|与) ?$/;
/**
 * A span of a year that results are reported over (前三季度, 上半年, 前11个月, 前十一个月, 1—10月, 今年以来): a month or a
 * year alone is a date.
 */
export const REPORTING_SPAN = /前三季度|前两季度|第[一二三四]季度|前?[一二三四]季度|Q[1-4]|[上下]半年|全年|前(?:\d{1,2}|[一二三四五六七八九十]{1,2})个?月|\d{1,2} ?[-—–~至] ?\d{1,2} ?月|今年以来/;
const PERIOD = new RegExp(
  `(?:\\d{4} ?年 ?)?(?:${REPORTING_SPAN.source}|\\d{1,2} ?月份?)|截至 ?[^，。；]{2,16}?(?:日|月末|月底|年末|年底|末)|\\d{4} ?(?:财)?年(?:末|底|度)?|今年|去年|报告期内?`,
  'g',
);

interface RawFigure {
  start: number;
  end: number;
  value: number;
  unit: string;
  /** A rate of change (同比增长 31%) rather than an amount. */
  rate: FigureChange | null;
  /** Printed in brackets right after another figure as its conversion: 59亿元(8.59亿美元). */
  equivalentOf: number | null;
}

/** Reads the rate-of-change phrase ending right before a percentage, or inherits one across 和/、. */
function rateBefore(text: string, start: number, prev: RawFigure | undefined, value: number, unit: string): FigureChange | null {
  const before = text.slice(Math.max(0, start - 14), start);
  const m = CHANGE_BEFORE.exec(before);
  if (m) return { kind: kindOf(m[1], before), value: NEGATIVE.test(m[2]) ? -value : value, unit };
  const after = RATE_AFTER.exec(text.slice(start, start + 24));
  if (after) return { kind: kindOf(undefined, before), value: NEGATIVE.test(after[1]) ? -value : value, unit };
  if (prev?.rate && LIST_JOINER.test(text.slice(prev.end, start))) {
    return { kind: prev.rate.kind, value: Math.sign(prev.rate.value) * value, unit };
  }
  return null;
}

/**
 * Units that are also the first character of common words (卡车, 卡塔尔, 瓦特): read only where jieba ends a word
 * with them. Older units are not asked, as jieba runs a measure word into the next noun too often (3000 + 家中 小 商家,
 * 100万 + 片晶 圆) for its word to decide.
 */
const WORD_OPENING_UNITS = new Set(['卡', '块', '瓦', '分', '支', '票', '头', '株', '棵', '匹', '羽', '剂', '瓶', '盒', '箱', '笔', '栋', '间', '腔', '桶']);
/** 升 opening a verb (升至, 升级) rather than a volume; jieba's word does not decide it, as it joins 1万升水 into 升水. */
const RISE_AFTER = /^升(?:至|到|级|为|高|温|值|格|幅|降|学|任|职|迁|华|空|旗)/;
/**
 * A weight of a device (重量1.2千克, 负载15公斤, 整机重1.2千克) is a specification, as a length is. 重 alone only right
 * before the number: it opens 重点, 重庆, 重大 and 重要, before amounts that are none (重点储备猪肉500公斤).
 */
const WEIGHT_SPEC_BEFORE = /(?:(?:负载|载重|载荷|重量|自重|净重|毛重|重约|重达|仅重|重仅)[^，。；]{0,4}|重 ?)$/;
/** Computing power in P (算力规模1.8万P) is read only where 算力 is named beside it: P alone is also a resolution (1080P). */
const COMPUTING_NEAR = /算力[^，。；]{0,10}$/;

/** True when a word starts where a unit starts and runs on past it (2022 + 卡塔尔, 1000 + 卡车, 10 + 瓦特). */
function opensLongerWord(tokens: Token[], from: number, to: number): boolean {
  const i = tokenIndexAt(tokens, from);
  return i < tokens.length && tokens[i].start === from && tokens[i].start + tokens[i].word.length > to;
}

/** True when the unit printed at the end of [start, end) is one, not the start of a word (卡车, 升至) or a letter of a name (1080P). */
function unitStands(text: string, tokens: Token[], start: number, end: number, unit: string): boolean {
  if (WORD_OPENING_UNITS.has(unit)) return !opensLongerWord(tokens, end - unit.length, end);
  if (unit === '升') return !RISE_AFTER.test(text.slice(end - 1, end + 2));
  if (unit === 'P') return COMPUTING_NEAR.test(text.slice(Math.max(0, start - 16), start)) || text.startsWith('算力', end);
  return true;
}

function scan(text: string, tokens: Token[]): RawFigure[] {
  const out: RawFigure[] = [];
  for (const m of matchesOf(FIGURE, text)) {
    const [matched, num, mult, printedUnit] = m;
    const start = m.index;
    const swallowed = printedUnit !== undefined && !unitStands(text, tokens, start, start + matched.length, printedUnit);
    const unitText = swallowed ? undefined : printedUnit;
    const whole = swallowed ? matched.slice(0, -printedUnit.length) : matched;
    if (!mult && !unitText) continue;
    const end = start + whole.length;
    const before = text[start - 1] ?? '';
    if (/[A-Za-z0-9.@\-_/]/.test(before) || /第 ?$/.test(text.slice(Math.max(0, start - 2), start))) continue;
    if (!unitText && !whole.endsWith(' ') && /[A-Za-z0-9]/.test(text[end] ?? '')) continue;
    if (unitText && /^[A-Za-z]/.test(unitText) && /[A-Za-z]/.test(text[end] ?? '')) continue;
    if ((unitText === '公斤' || unitText === '千克') && WEIGHT_SPEC_BEFORE.test(text.slice(Math.max(0, start - 10), start))) continue;
    // 10时30分, 9:30分: a time, not a score.
    if (unitText === '分' && /\d ?[时点:：] ?$/.test(text.slice(Math.max(0, start - 3), start))) continue;
    // 6个月, 3个工作日: a duration, not a count; 3个数量级: a scale, not a count.
    if (unitText === '个' && /^(?:月|小时|工作日|星期|季度|数量级)/.test(text.slice(end))) continue;
    // 10万吨级泊位, 20兆瓦级机组: a class of thing, not an amount of it.
    if (text[end] === '级') continue;
    // 2027款乘用车: a model year, not a count of models.
    if (unitText === '款' && !mult && /^(?:19|20)\d\d$/.test(num)) continue;
    // 提升1位, 居全国前3位: a place in a ranking, not a count of people.
    if (unitText === '位' && RANK_MOVE.test(text.slice(Math.max(0, start - 3), start))) continue;
    // iPhone 17起售价, 起步价: 起 opens the word for a starting price, it counts no cases.
    if (unitText === '起' && /^[售步价]/.test(text.slice(end, end + 1))) continue;
    // 5000万像素, 5000万主摄: a camera's resolution is a specification, as 纳米 and 英寸 are.
    if (!unitText && CAMERA_AFTER.test(text.slice(end, end + 3))) continue;
    // 12GB+256GB, 100瓦有线快充: a device's memory and storage or its charging power, specifications too.
    if (STORAGE_UNITS.has(unitText ?? '') && (text[end] === '+' || text[start - 1] === '+' || DEVICE_MEMORY_AFTER.test(text.slice(end, end + 2)) || DEVICE_MEMORY_BEFORE.test(text.slice(Math.max(0, start - 5), start)))) continue;
    if (unitText === '瓦' && CHARGING_AFTER.test(text.slice(end, end + 8))) continue;
    const unit = currencyAround(text, start, end, unitText) ?? (unitText ? UNIT_OF.get(unitText)! : '');
    const value = Number(num.replace(/,/g, '')) * (mult ? MULTIPLIERS[mult] : 1);
    const prev = out[out.length - 1];
    // 440亿至600亿欧元: the first end of a range takes the unit printed once at its other end.
    if (unit && prev && prev.unit === '' && RANGE_JOINER.test(text.slice(prev.end, start))) prev.unit = unit;
    const rate = RATE_UNITS.has(unit) ? rateBefore(text, start, prev, value, unit) : null;
    const equivalentOf = prev && /^ ?[（(] ?$/.test(text.slice(prev.end, start)) ? out.length - 1 : null;
    out.push({ start, end: end - (whole.endsWith(' ') ? 1 : 0), value, unit, rate, equivalentOf });
  }
  return out;
}

/** A rate given to an amount: the change and the index of the rate figure it came from. */
interface Attachment {
  change: FigureChange;
  rate: number;
}

/** Words for a rate itself (增幅达30%): they name no other thing measured. */
const RATE_WORDS = new Set(['增幅', '增速', '涨幅', '降幅', '幅度', '速度', '增长率']);

/**
 * True when the clause a rate is printed in, after the amount before it, names what it measures (…130余家，上半年算力业务
 * 收入增长65%; …86个，码头作业效率提升20%): a rate of another thing, its own figure. Periods, comparisons and the
 * change's verbs name nothing (…452亿元，同比增长9.2%).
 */
function namesOwnMetric(text: string, tokens: Token[], amountEnd: number, rateStart: number): boolean {
  let from = rateStart;
  while (from > amountEnd && !CLAUSE_END.has(text[from - 1])) from--;
  if (from === amountEnd) return false;
  const clause = tokensIn(tokens, from, rateStart);
  // What a rate is compared against, after 较 or 比 (较上届, 比上年同期), names nothing measured either.
  const against = clause.findIndex((t) => t.word === '较' || t.word === '比');
  return clause.slice(0, against < 0 ? clause.length : against).some((t) => !isBoundary(t) && !RATE_WORDS.has(t.word) && !/^(?:同比|环比|比|较|年均|年复合|复合|平均)/.test(t.word) && /\p{Script=Han}{2}/u.test(t.word));
}

/** Gives each run of rates (同比下降17.9%和19.6%) to the amounts printed before it in the same sentence, in order. */
function attachRates(text: string, tokens: Token[], raw: RawFigure[], sentenceOf: (offset: number) => number): Map<number, Attachment> {
  const attached = new Map<number, Attachment>();
  for (let i = 0; i < raw.length; i++) {
    if (!raw[i].rate) continue;
    let k = i;
    while (k + 1 < raw.length && raw[k + 1].rate && LIST_JOINER.test(text.slice(raw[k].end, raw[k + 1].start))) k++;
    if (i > 0 && namesOwnMetric(text, tokens, raw[i - 1].end, raw[i].start)) {
      i = k;
      continue;
    }
    const sentence = sentenceOf(raw[i].start);
    const amounts: number[] = [];
    for (let j = i - 1; j >= 0 && sentenceOf(raw[j].start) === sentence; j--) {
      if (raw[j].rate || RATE_UNITS.has(raw[j].unit) || attached.has(j)) break;
      if (raw[j].equivalentOf === null) amounts.unshift(j);
    }
    const run = k - i + 1;
    const targets = amounts.slice(-run);
    if (targets.length === run) {
      targets.forEach((j, n) => {
        const a = { change: raw[i + n].rate!, rate: i + n };
        attached.set(j, a);
        // Only the figure right after an amount can be its conversion (equivalentOf is always the one before).
        if (raw[j + 1]?.equivalentOf === j) attached.set(j + 1, a);
      });
    }
    i = k;
  }
  return attached;
}

/** Units that count things: the counted noun usually follows (1494款违规App, 28 亿用户). */
const COUNT_UNITS = new Set([
  '', '个', '家', '项', '件', '辆', '台', '款', '人', '户', '名', '份', '次', '座', '套', '条', '张', '所', '颗', '枚', '例', '位', '篇', '场', '起', '架', '艘', '部', '片', '块', '只',
  '人份', '架次', '艘次', '株', '棵', '头', '匹', '羽', '票', '支', '腔', '剂', '瓶', '盒', '箱', '笔', '栋', '间',
]);
/** Parts of speech of words that end a metric: prepositions, conjunctions, particles, pronouns, numbers, time, punctuation. */
const BOUNDARY_TAGS = /^(?:p|c|u|uj|ul|uz|ug|uv|r|m|mq|q|t|tg|f|x|w|y|e|o|zg|d)$/;
/** Verbs between a metric and its figure (营业收入 达 / 增长至 / 保持在), and the words of a rate of change. */
const LINKING_WORDS = new Set([
  '达', '达到', '为', '是', '约', '超过', '超', '近', '逾', '增至', '增长至', '增长到', '突破', '累计', '共计', '共', '完成', '实现', '高达',
  '已经', '已', '将', '有', '了', '的', '至', '到', '接近', '分别', '仅', '人民币', '新台币', '港币', '总计', '合计', '计', '在', '占', '达成', '保持', '预计',
  '力争', '有望', '计划', '净增', '新增', '增长', '增加', '提升', '提高', '下降', '减少', '降低', '上涨', '上升', '下滑', '同比增长',
  '同比下降', '同比增加', '同比减少', '环比增长', '环比下降', '回落', '同比', '环比', '较', '比', '缩短', '降至', '升至', '增', '减', '加快',
  '放缓', '拟', '可', '或', '每月', '每年', '最高', '最低', '左右', '以上', '以下', '多', '余', '全年', '上半年', '下半年', '当年', '今年',
  '去年', '年均', '年复合', '平均', '首次', '不足', '不超过', '不低于', '不少于', '首批', '连续', '每秒', '提出', '表示', '介绍', '透露', '宣布', '发布', '建成', '开通', '新建',
]);
/** One-character words that end a metric; other single characters are pieces of a word jieba did not know (营 收, 天 翼 云). */
const FUNCTION_CHARS = new Set([...'的在和与及或为是将已也较比占至到达约超近逾共计仅等了对向从把被每各该其这此于以由并且而但就都还又再很更最均仍亦内']);
/** Words that open a clause rather than name what is measured. */
const LEADING_WORDS = new Set(['其中', '此外', '同时', '目前', '当前', '另外', '我国', '全国', '全省', '全市', '全区', '全县', '全球', '截至', '公司', '该公司', '企业', '集团']);
/** Nouns jieba tags as verbs (产能, 收入): they may start a metric, where a verb before its object may not (培育 平台). */
const NOUN_VERBS = new Set(['产能', '收入', '开支', '增速', '出货', '融资', '拨款', '增资', '募资', '出资', '营收', '销售', '产值', '利用率', '占比', '装机', '交付', '投资', '营业', '投入']);
/** Verbs jieba tags as nouns or names (部署/n, 容纳/nr, 惠及/ns, 培育/vn) that open a clause before their object. */
const ACTION_VERBS = new Set(['培育', '部署', '年产', '出货', '容纳', '节省', '惠及', '招引', '引进', '聚集', '集聚', '吸引', '带动', '约谈', '拥有', '汇聚']);
/** A word before such a verb that goes with it (新培育, 新引进). */
const VERB_OPENERS = new Set(['新']);
/** A period jieba cuts into single characters before what it measures (当季营收, 财季营收, 同期集成电路进口额). */
const PERIOD_HEAD = /^(?:当季|财季|单季|本季|同期)(?=.)/;
/** A share or rate printed after its noun that jieba cuts into function characters (占 比, 上架 率): part of the metric. */
const SHARE_TAIL = /^(?:占比|比重|率)/;

/**
 * Words that qualify the noun right after them and belong to what is measured (年产能, 累计交付, 首期投资, 全省数字经济
 * 增加值, 平均上架率), though they end a metric, or link it to its figure, when printed before a verb or a number.
 */
const NOUN_MODIFIERS = new Set(['年', '月', '年均', '平均', '累计', '追加', '首期', '一期', '二期', '三期', '首批', '全球']);
/** Two-character qualifiers jieba cuts into pieces (投 后 估值, 规 上 工业): post-money, above the statistical threshold. */
const SPLIT_MODIFIER = /(?:投后|规上)$/;

/** Widens a metric starting at clause[start] over the qualifiers printed right before it, never over a date's 年 or 月 (2025年, 10月). */
function withModifiers(text: string, clause: Token[], start: number): number {
  for (;;) {
    const prev = clause[start - 1];
    if (!prev || prev.start + prev.word.length !== clause[start].start) return start;
    if (NOUN_MODIFIERS.has(prev.word) && !(prev.word.length === 1 && /[\d一二三四五六七八九十两个]/.test(text[prev.start - 1] ?? ''))) start--;
    else if (start >= 2 && SPLIT_MODIFIER.test(clause[start - 2].word + prev.word)) start -= 2;
    else return start;
  }
}

/** The owners a profit is attributed to, printed before it (归属于上市公司股东的净利润). */
const SHAREHOLDERS_OF = /归属于[^，。；的]{0,8}股东的$/;

/** Words for a share of a whole (比重, 份额). */
const SHARE_WORDS = new Set(['比重', '份额', '比例', '占比']);
/** Words for a measure that a verb before them makes a noun phrase with (采购规模, 持股比例, 募集资金). */
const MEASURE_HEADS = new Set(['规模', '比例', '资金', '估值', '金额', '总额', '额度']);

/** A level or class word jieba tags as a number (一级, 二级, 三类). */
const LEVEL_WORD = /^[一二三四五六七八九十两]+[级类层档]$/;

/** Praise printed before a figure (达到了创纪录的3100万, 创下历史新高的860亿元): how big it is, not what it measures. */
const PRAISE = /(?:创下?|刷新)?(?:历史新高|历史最高(?:水平)?|创纪录|破纪录|惊人)的? ?$/u;

/** Punctuation that ends the clause a metric is read from. */
const CLAUSE_END = new Set([...'，,；：:、（(“”"。\n']);

/** True for a word that ends a metric: a linking word, a number, a function word or one tagged as such. */
const BOUNDARY = wordFact((word, tag) => {
  if (LINKING_WORDS.has(word) || /^[\s\d.,%％]+$/.test(word)) return true;
  // jieba's tags of single characters are reliable for function words (上/f, 较/zg), not for pieces of unknown words (营 收).
  if (word.length === 1) return FUNCTION_CHARS.has(word) || (/^(?:m|f|p|c|u[a-z]*|r|d|zg)$/.test(tag) && word !== '不') || !/[\u4e00-\u9fffA-Za-z]/.test(word);
  return BOUNDARY_TAGS.test(tag);
});
/** True for a verb that cannot start a metric (培育 平台), unlike the nouns jieba tags as verbs. */
const VERB_FIRST = wordFact((word, tag) => (word.length >= 2 && tag === 'v' && !NOUN_VERBS.has(word)) || ACTION_VERBS.has(word));
// Both read per word, once (see wordFact): they are asked of every token before a figure.
const isBoundary = (t: Token) => t.fact(BOUNDARY);
const verbFirst = (t: Token) => t.fact(VERB_FIRST);

/** Index of the first token starting at or after `from`, by binary search over the ordered tokens. */
function tokenIndexAt(tokens: Token[], from: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Tokens in [from, to). */
function tokensIn(tokens: Token[], from: number, to: number): Token[] {
  const lo = tokenIndexAt(tokens, from);
  const out: Token[] = [];
  for (let i = lo; i < tokens.length && tokens[i].start + tokens[i].word.length <= to; i++) out.push(tokens[i]);
  return out;
}

/** Verbs that give, raise or agree money printed right after them (提供, 完成, 设立, 签订, 处以; 以 before a purchase). */
const MONEY_BEFORE = new Set(['提供', '完成', '设立', '签订', '签署', '处以', '获得', '获', '发放', '给予', '批准', '拿到', '以', '拟以', '斥资', '达成']);
/** Words between such a verb and the amount (约, 最高). */
const AMOUNT_HEDGES = new Set(['约', '最高', '高达', '合计', '共计', '总计', '逾', '超', '近']);
/** A purchase after 以 + amount names the money alone (以24亿美元收购某公司: 收购). */
const PURCHASES = new Set(['收购', '并购', '购买', '认购', '入股', '增持']);

/**
 * The noun phrase after an amount of money that a verb of giving or raising precedes (完成3亿元B轮融资 → B轮融资, 签订12亿元
 * 刻蚀设备合同 → 刻蚀设备合同), or the purchase it pays for; null where none is printed so.
 */
function moneyNamedAfter(tokens: Token[], f: RawFigure, orgAt: (offset: number) => boolean): string | null {
  let i = tokenIndexAt(tokens, f.start) - 1;
  while (i >= 0 && AMOUNT_HEDGES.has(tokens[i].word)) i--;
  if (i < 0 || !MONEY_BEFORE.has(tokens[i].word) || tokens[i].start + tokens[i].word.length > f.start) return null;
  const after: Token[] = [];
  for (let k = tokenIndexAt(tokens, f.end); k < tokens.length && after.length < 6; k++) {
    const t = tokens[k];
    if (!after.length && PURCHASES.has(t.word)) return t.word;
    if (!after.length && t.word === '的') continue;
    // 轮 of a financing round (C轮融资) is no function word; a verb inside a name runs on (概念验证基金), one before a stop ends it.
    if ((isBoundary(t) && t.word !== '轮') || orgAt(t.start)) break;
    if (after.length > 0 && verbFirst(t) && (k + 1 >= tokens.length || isBoundary(tokens[k + 1]))) break;
    after.push(t);
  }
  const noun = after.map((t) => t.word).join('');
  return noun.length >= 2 && noun.length <= 12 ? noun : null;
}

/**
 * What a figure measures, as a whole noun phrase of jieba words (电信业务收入, 产能利用率), never a piece of one:
 * the counted noun after a measure word (65万个5G基站), else the words before the figure in its clause, with the
 * verbs, rates, periods and particles that link them to it taken off, and a leading organisation (the subject).
 */
function metricFor(text: string, tokens: Token[], from: number, f: RawFigure, orgAt: (offset: number) => boolean, actorAt: (offset: number) => boolean): string | null {
  // 完成10亿元C轮融资, 提供6170亿日元补贴, 以24亿美元收购: money named after the verb that gives or raises it.
  if (CURRENCY_UNITS.has(f.unit)) {
    const named = moneyNamedAfter(tokens, f, orgAt);
    if (named) return named;
  }
  if (COUNT_UNITS.has(f.unit)) {
    const after: Token[] = [];
    const run = tokensIn(tokens, f.end, Math.min(text.length, f.end + 16));
    for (const [k, t] of run.entries()) {
      if (/^\s+$/.test(t.word)) break;
      // A hyphen between Latin letters and digits is inside a name (2000个5G-A基站).
      if (t.word === '-' && /[A-Za-z0-9]$/.test(after[after.length - 1]?.word ?? '') && /^[A-Za-z0-9]/.test(run[k + 1]?.word ?? '')) {
        after.push(t);
        continue;
      }
      if (!after.length && (LINKING_WORDS.has(t.word) || t.tag === 'q')) continue;
      // 6个一级指标: a level or class word (一级, 三类) qualifies the counted noun; it is no number.
      if (LEVEL_WORD.test(t.word)) {
        after.push(t);
        continue;
      }
      // A verb ends the counted noun (12项关键技术构成的…, 8个国家枢纽节点开展试点).
      if (isBoundary(t) || orgAt(t.start) || verbFirst(t)) break;
      after.push(t);
    }
    const noun = after.map((t) => t.word).join('');
    if (noun && noun.length <= 12) return noun;
  }
  let clauseStart = f.start;
  while (clauseStart > from && !CLAUSE_END.has(text[clauseStart - 1])) clauseStart--;
  const praise = PRAISE.exec(text.slice(clauseStart, f.start))?.[0].length ?? 0;
  const clause = tokensIn(tokens, clauseStart, f.start - praise);
  let end = clause.length;
  while (end > 0 && (isBoundary(clause[end - 1]) || verbFirst(clause[end - 1]) || clause[end - 1].word === '不')) end--;
  let start = end;
  // A hyphen between Latin letters and digits is inside a name (5G-A基站).
  const hyphen = (k: number) => k > 1 && clause[k - 1].word === '-' && /[A-Za-z0-9]$/.test(clause[k - 2].word) && /^[A-Za-z0-9]/.test(clause[k]?.word ?? '');
  const inside = (k: number) =>
    k > 0 && (!isBoundary(clause[k - 1]) || hyphen(k) || (/^以[上下]$/.test(clause[k - 1].word) && k > 1 && !isBoundary(clause[k - 2])));
  while (inside(start)) start--;
  // 千亿级: a numeral word before a one-character piece belongs to it.
  if (start > 0 && start < end && clause[start].word.length === 1 && /^[十百千万亿]+$/.test(clause[start - 1].word)) start--;
  // 占全市工业增加值的比重, 全球芯片产能中的份额: a share named alone after 的 names what it is of, up to 占 or 在.
  if (end - start === 1 && SHARE_WORDS.has(clause[start].word) && clause[start - 1]?.word === '的') {
    let share = start - 2;
    while (share > 0 && share > start - 10 && clause[share].word !== '占' && !LINKING_WORDS.has(clause[share].word)) share--;
    if (clause[share]?.word === '占' && share < start - 2) start = share + 1;
    else if (clause[start - 2]?.word === '中') {
      let k = start - 2;
      while (inside(k)) k--;
      if (k < start - 2) start = k;
    }
  }
  // 增加值占国内生产总值比重: a share names both sides.
  if (start >= 2 && clause[start - 1].word === '占' && /比重|比例|份额|比$/.test(clause[end - 1].word)) {
    start--;
    while (inside(start)) start--;
  }
  // A share of a whole printed as 占全行业收入的67.4%: the share names what it is of.
  if (start >= 1 && start < end && clause[start - 1].word === '占' && RATE_UNITS.has(f.unit)) start--;
  // A verb before a one-character suffix is the noun it makes (上架 率), not a verb to take off.
  // So is a verb before the one word of a measure (采购 规模, 持股 比例, 募集 资金).
  const nominal = (k: number) => k + 1 < end && ((clause[k + 1].word.length === 1 && /^[率量额数]$/.test(clause[k + 1].word)) || (k + 2 === end && MEASURE_HEADS.has(clause[k + 1].word)));
  // The organisation or place the clause opens with is its subject (广州市投资80亿元), not what is measured.
  while (start < end - 1 && (LEADING_WORDS.has(clause[start].word) || actorAt(clause[start].start) || (verbFirst(clause[start]) && !nominal(start)) || (VERB_OPENERS.has(clause[start].word) && verbFirst(clause[start + 1])))) start++;
  // 每万人拥有5G基站: a rate per head keeps its 每.
  if (start > 0 && start < end && clause[start - 1].word === '每') start--;
  if (start >= end) return null;
  start = withModifiers(text, clause, start);
  // 在华销量: 华 is China's short name, the place the subject sells in; the metric starts after it.
  if (clause[start].word === '华' && clause[start - 1]?.word === '在' && start + 1 < end) start++;
  // 对美国出口, 对东盟投资: trade and investment name the partner they go to.
  if (/^(?:出口|进口|投资)/.test(clause[end - 1].word)) {
    let k = start;
    while (k > 0 && actorAt(clause[k - 1].start)) k--;
    if (clause[k - 1]?.word === '对') start = k - 1;
  }
  const endAt = clause[end - 1].start + clause[end - 1].word.length;
  const tail = SHARE_TAIL.exec(text.slice(endAt, f.start))?.[0] ?? '';
  // 归属于上市公司股东的净利润: the accounting term names whose profit it is.
  const owners = /利润$/.test(clause[end - 1].word) ? SHAREHOLDERS_OF.exec(text.slice(Math.max(0, clause[start].start - 16), clause[start].start))?.[0] ?? '' : '';
  const phrase = (owners + clause.slice(start, end).map((t) => t.word).join('') + tail).replace(PERIOD_HEAD, '');
  return phrase && !actorAt(clause[start].start) ? phrase.slice(-24) : null;
}

/**
 * The last period printed in its sentence before a figure. A sentence's periods are found once: the matches of the
 * text before a figure are the sentence's own up to the one that runs past the figure's start, and only that one is
 * matched again, cut short (PERIOD has no lookaround, so cut text matches nowhere the whole did not). Matching the
 * text before each figure afresh was quadratic in a long sentence of figures (1.2亿元 over and over).
 */
function periodFinder(text: string): (sentence: Sentence, f: RawFigure) => string | null {
  const found = new Map<number, RegExpExecArray[]>();
  return (sentence, f) => {
    const at = f.start - sentence.start;
    if (at > sentence.text.length) return lastPeriod(text.slice(sentence.start, f.start));
    let periods = found.get(sentence.start);
    if (!periods) found.set(sentence.start, (periods = matchesOf(PERIOD, sentence.text)));
    let before = 0;
    for (let hi = periods.length; before < hi;) {
      const mid = (before + hi) >> 1;
      if (periods[mid].index + periods[mid][0].length <= at) before = mid + 1;
      else hi = mid;
    }
    const across = periods[before];
    const cut = across && across.index < at ? lastPeriod(sentence.text.slice(across.index, at)) : null;
    return cut ?? (before ? periods[before - 1][0].replace(/ /g, '') : null);
  };
}

function lastPeriod(head: string): string | null {
  let last: string | null = null;
  for (const m of matchesOf(PERIOD, head)) last = m[0].replace(/ /g, '');
  return last;
}

/**
 * The organisation named last in its sentence before a figure (the first listed, of names ending at one offset). The
 * names are sorted by where they end once, and each figure looks back from its own offset: asking every name of the
 * article for every figure was quadratic in a long text of figures about one company (华为营收1.2亿元，…).
 */
function subjectFinder(entities: Entity[]): (sentence: Sentence, offset: number) => string | null {
  const spans = entities
    .filter((e) => e.type === 'org')
    .flatMap((e) => e.spans.map((s) => ({ name: e.name, start: s.start, end: s.end })))
    .sort((x, y) => x.end - y.end);
  return (sentence, offset) => {
    let i = 0;
    for (let hi = spans.length; i < hi;) {
      const mid = (i + hi) >> 1;
      if (spans[mid].end <= offset) i = mid + 1;
      else hi = mid;
    }
    let best: (typeof spans)[number] | null = null;
    for (i--; i >= 0 && spans[i].end >= sentence.start && (!best || spans[i].end === best.end); i--) {
      if (spans[i].start >= sentence.start) best = spans[i];
    }
    return best?.name ?? null;
  };
}

/** Offsets inside organisation names (1) and places (2), marked afresh for each article. */
const orgMask = offsetMask();

/** Extracts every figure from the analysed text; entities supply subjects. */
export function extractFigures(text: string, sentences: Sentence[], entities: Entity[], tokens: Token[]): Figure[] {
  const raw = scan(text, tokens);
  const inOrg = orgMask(text.length);
  for (const e of entities) if (e.type !== 'person') for (const sp of e.spans) inOrg.fill(e.type === 'org' ? 1 : 2, sp.start, sp.end);
  const orgAt = (offset: number) => inOrg[offset] === 1;
  const actorAt = (offset: number) => inOrg[offset] !== 0;
  const sentenceOf = (offset: number) => sentenceIndexAt(sentences, offset);
  const attached = attachRates(text, tokens, raw, sentenceOf);
  const absorbed = new Set([...attached.values()].map((a) => a.rate));
  const periodFor = periodFinder(text);
  const subjectFor = subjectFinder(entities);
  const figures: Figure[] = [];
  raw.forEach((f, i) => {
    if (absorbed.has(i)) return;
    const sentence = sentences[sentenceOf(f.start)] ?? { text, start: 0 };
    const a = attached.get(i);
    // The rate's text runs on from the amount's, but not out of the brackets an amount in another unit is printed in
    // (59亿元(8.59亿美元)，同比增长31%: the dollar amount reads 8.59亿美元).
    const rateEnd = a && raw[a.rate].start - f.end < 24 && !(f.equivalentOf !== null && /[)）]/.test(text.slice(f.end, raw[a.rate].start))) ? raw[a.rate].end : f.end;
    const prev = i > 0 && sentenceOf(raw[i - 1].start) === sentenceOf(f.start) ? raw[i - 1] : null;
    const between = prev ? text.slice(prev.end, f.start) : '';
    const listed = prev && (f.equivalentOf !== null || LIST_JOINER.test(between) || (RANGE_JOINER.test(between) && prev.unit === f.unit));
    // A clause that names nothing (比上年末净增3200个, 较上年末提高2.3个百分点) counts what the figure before it did.
    const own = listed ? null : metricFor(text, tokens, prev?.end ?? sentence.start, f, orgAt, actorAt);
    figures.push({
      subject: subjectFor(sentence, f.start),
      metric: listed || (own === null && prev) ? figures[figures.length - 1]?.metric ?? null : own,
      value: f.value,
      unit: f.unit,
      period: periodFor(sentence, f),
      change: a?.change ?? f.rate,
      text: text.slice(f.start, rateEnd),
      offset: f.start,
    });
  });
  return figures;
}
