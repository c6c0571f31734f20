import { describe, expect, it } from 'vitest';
import { compoundForms } from '../src/search/compound-forms.js';
import { COMPOUND_FORM_WEIGHT, FORM_APART_WITHIN, holdsPhrase, NEAR_WITHIN, nearCount, partsOf, toMatchPlan } from '../src/search/match-plan.js';
import { isEmptyQuery, MAX_QUERY_CHARS, parseDateBound, parseQuery } from '../src/search/query.js';
import { sharedSegmenter, unsegment } from '../src/search/segment.js';
import { markedPassage, markNeedles, renderMarked } from '../src/search/snippet.js';
import { readFileSync, readdirSync } from 'node:fs';
import { gramsForIndex, gramTokens } from '../src/search/grams.js';
import { aliasIndex, sharedAbbreviations, sharedAliases } from '../src/search/aliases.js';
import { quote } from '../src/store/sqlite/fts5-query.js';
import type { Phrase } from '../src/search/match-plan.js';

const seg = sharedSegmenter();
const aliases = aliasIndex([{ name: '国家发展和改革委员会', aliases: ['国家发展改革委', '发改委'] }]);
const abbreviations = sharedAbbreviations();
/** A plan written out: groups joined by AND, a group's phrases by OR, each phrase as stream:FTS5 phrase. */
const match = (q: string) => {
  const plan = toMatchPlan(parseQuery(q), seg, aliases, abbreviations);
  const phrase = (p: Phrase) => `${p.stream === 'words' ? 'w' : 'g'}${quote(p)}`;
  return {
    match: plan.groups.length ? plan.groups.map((g) => g.map(phrase).join(' OR ')).join(' AND ') : null,
    exclude: plan.excluded.length ? plan.excluded.map(phrase).join(' OR ') : null,
    needles: plan.needles,
    warnings: plan.warnings,
  };
};

describe('query parser', () => {
  it('reads terms, phrases, exclusions, OR and field filters', () => {
    const q = parseQuery('电池 "动力电池 回收" -储能 华为 OR 中兴 section:产业环境 tag:芯片 entity:华为 source:"信息产业 监测" from:2021-10 to:2021');
    expect(q.groups).toEqual([
      [{ text: '电池', phrase: false }],
      [{ text: '动力电池 回收', phrase: true }],
      [{ text: '华为', phrase: false }, { text: '中兴', phrase: false }],
    ]);
    expect(q.excluded).toEqual([{ text: '储能', phrase: false }]);
    expect(q.filters).toEqual({
      sections: ['产业环境'],
      tags: ['芯片'],
      entities: ['华为'],
      sources: ['信息产业 监测'],
      from: '2021-10-01',
      to: '2021-12-31',
    });
    expect(q.warnings).toEqual([]);
  });

  it('reads +term as a term never left out, and lists the terms a search may leave out (partial matches)', () => {
    const q = parseQuery('+储能 "动力电池" 电池 OR 回收 + C++ -+x');
    expect(q.groups).toEqual([
      [{ text: '储能', phrase: false, required: true }],
      [{ text: '动力电池', phrase: true }],
      [{ text: '电池', phrase: false }, { text: '回收', phrase: false }],
      [{ text: '+', phrase: false }],
      [{ text: 'C++', phrase: false }],
    ]);
    expect(q.excluded).toEqual([{ text: '+x', phrase: false }]);
    // A term of punctuation alone (+) is no term; a name of several words typed apart is one, required if a word was.
    const plan = toMatchPlan(q, seg, aliases, abbreviations);
    expect(plan.terms).toEqual([
      { text: '储能', optional: false },
      { text: '"动力电池"', optional: false },
      { text: '电池 OR 回收', optional: true },
      { text: 'C++', optional: true },
    ]);
    const omitted = toMatchPlan(q, seg, aliases, abbreviations, 2);
    expect(omitted.groups).toHaveLength(plan.groups.length - 1);
    expect(omitted.needles).not.toContain('回收');
    expect(toMatchPlan(parseQuery('China +Mobile 5G'), seg, sharedAliases(), abbreviations).terms).toEqual([
      { text: 'China Mobile', optional: false },
      { text: '5G', optional: true },
    ]);
  });

  it('accepts Chinese quotes and keeps lowercase or as a word', () => {
    const q = parseQuery('“数字经济” or 芯片');
    expect(q.groups.map((g) => g.map((t) => t.text))).toEqual([['数字经济'], ['or'], ['芯片']]);
    expect(q.groups[0][0].phrase).toBe(true);
  });

  it('reads NOT as - and AND as the space it stands for; lowercase not and and stay words', () => {
    const q = parseQuery('芯片 AND 封装 NOT 华为 NOT source:信息产业监测 not and');
    expect(q.groups.map((g) => g.map((t) => t.text))).toEqual([['芯片'], ['封装'], ['not'], ['and']]);
    expect(q.excluded).toEqual([{ text: '华为', phrase: false }]);
    // NOT before a filter is read as - before it, which filters do not take.
    expect(q.warnings).toEqual(['-source:信息产业监测: 不支持按 source 排除，已忽略 (excluding by source is not supported; ignored)']);
    expect(parseQuery('芯片 NOT -华为').excluded).toEqual([{ text: '华为', phrase: false }]);
    expect(parseQuery('芯片 NOT').warnings).toEqual(['NOT 后面没有检索词，已忽略 (NOT needs a term after it; ignored)']);
  });

  it('reads unknown fields, dangling OR and unclosed quotes literally, with a warning each', () => {
    const q = parseQuery('OR foo:bar "未闭合 引号');
    expect(q.groups.map((g) => g[0].text)).toEqual(['foo:bar', '未闭合 引号']);
    expect(q.warnings).toHaveLength(3);
    expect(q.warnings.join('\n')).toMatch(/unknown field foo:/);
    expect(q.warnings.join('\n')).toMatch(/unclosed quote/);
    expect(q.warnings.join('\n')).toMatch(/OR needs a term on each side/);
  });

  it('passes hostile input only as quoted tokens', () => {
    for (const hostile of [
      `"; DROP TABLE articles; --`,
      `title:x OR body:y NEAR(a b) a* ^b`,
      `')) UNION SELECT * FROM sqlite_master --`,
      `"" ''''  """`,
      `电池" OR "1"="1`,
    ]) {
      const { match: m, exclude } = match(hostile);
      for (const expr of [m, exclude].filter((e): e is string => e !== null)) {
        // Outside quotes only the stream marks and the operators written here remain.
        const outside = expr.replace(/[wg]"(?:[^"]|"")*"/g, '').replace(/\b(AND|OR)\b|\s/g, '');
        expect(outside, `${hostile} → ${expr}`).toBe('');
      }
    }
  });

  it('refuses a 10,000-character query and too many terms in one line, and reports emptiness', () => {
    expect(() => parseQuery('电'.repeat(10_000))).toThrow(`query: 检索式太长：10000 个字符，最多 ${MAX_QUERY_CHARS} 个 (too long (10000 characters; at most ${MAX_QUERY_CHARS}))`);
    expect(() => parseQuery(Array.from({ length: 100 }, (_, i) => `w${i}`).join(' '))).toThrow(/^query: 检索词太多：\d+ 个，最多 \d+ 个 \(too many terms/);
    expect(isEmptyQuery(parseQuery(''))).toBe(true);
    expect(isEmptyQuery(parseQuery(' \t\n  '))).toBe(true);
    expect(isEmptyQuery(parseQuery('tag:芯片'))).toBe(false);
  });

  it('checks date bounds', () => {
    expect(parseDateBound('2021/2', 'to')).toBe('2021-02-28');
    expect(parseDateBound('2020-2', 'to')).toBe('2020-02-29');
    expect(parseDateBound('2021.10.21', 'from')).toBe('2021-10-21');
    expect(() => parseQuery('from:2021-13')).toThrow('from:2021-13: 不是日期，请写成 YYYY-MM-DD、YYYY-MM 或 YYYY (not a date');
    expect(() => parseQuery('to:yesterday')).toThrow('to:yesterday: 不是日期，请写成 YYYY-MM-DD、YYYY-MM 或 YYYY (not a date');
  });
});

describe('segmentation and match expressions', () => {
  it('tiles compound words so sub-words are found and words stay phrases', () => {
    expect(seg.queryWords('动力电池')).toEqual([['动力', '电池']]);
    expect(seg.queryWords('动力蓄电池')).toEqual([['动力'], ['蓄', '电池']]);
    // Long dictionary words are tiled all the way down, preferring whole words to single characters.
    expect(seg.segmentForIndex('华为技术有限公司').split('\u200b')).toEqual(['华为', '技术', '有限', '公司']);
    expect(seg.segmentForIndex('监测数据').split('\u200b')).toEqual(['监测', '数据']);
    expect(match('"动力电池"').match).toBe('w"动力 电池" OR g"动力 力电 电池"');
    expect(match('"电池回收" OR 储能 -锂电')).toMatchObject({
      match: 'w"电池 回收" OR g"电池 池回 回收" OR w"储能" OR g"储能"',
      exclude: 'w"锂电" OR g"锂电"',
    });
    expect(match('电池 -储能 -"电池回收"').exclude).toBe('w"储能" OR g"储能" OR w"电池 回收" OR g"电池 池回 回收"');
    // A single Han character and Latin with digits have no gram phrase (the words find the same); a Latin name
    // has one (HBM inside HBM3E).
    expect(match('芯 5G').match).toBe('w"芯" AND w"5G"');
    expect(match('5G基站').match).toBe(`w"5G 基站" OR g"5g 基站" OR gNEAR("5g" "基站", ${NEAR_WITHIN})`);
    expect(match('HBM').match).toBe('w"HBM" OR g"hbm"');
    // Scored by its grams alone, twice, so HBM3E ranks as HBM does; its words (weight 0) still mark it.
    expect(toMatchPlan(parseQuery('HBM 存储'), seg, aliases, abbreviations).groups.map((g) => g.map((p) => p.weight ?? 1))).toEqual([[0, 2], [1, 1]]);
  });

  it('finds an unquoted term of several words also by its parts, apart or reordered; a quoted one only as written', () => {
    expect(partsOf('网络诈骗', seg)).toEqual(['网络', '诈骗']);
    // A one-character word joins a neighbour: it would match almost everywhere.
    expect(partsOf('车规级芯片', seg)).toEqual(['车规级', '芯片']);
    // …the one after it when the two make a word of the dictionary or the forms table (大模型), else the one before.
    expect(partsOf('工业大模型', seg, (w) => abbreviations.namesOf(w).length > 1)).toEqual(['工业', '大模型']);
    expect(partsOf('工业大模型', seg)).toEqual(['工业大', '模型']);
    expect(match('工业大模型').match).toContain(`gNEAR("工业" "大模 模型", ${NEAR_WITHIN})`);
    // One dictionary word is cut at its tiles (the text may write 低空空域内的…飞行); a word whose tiles hold a lone
    // character, or two characters, or Chinese on both sides of Latin: searched as written.
    expect(partsOf('数据中心', seg)).toEqual(['数据', '中心']);
    expect(partsOf('低空飞行', seg)).toEqual(['低空', '飞行']);
    for (const t of ['电诈', '大模型', '国产AI芯片', '5G']) expect(partsOf(t, seg)).toEqual([]);
    // A Latin or digit run beside a Chinese word is a part of its own (5G全连接工厂 holds 5G工厂's parts).
    expect(partsOf('5G工厂', seg)).toEqual(['5G', '工厂']);
    expect(partsOf('工厂5G', seg)).toEqual(['工厂', '5G']);
    // The term, or its parts near each other in either order: an article holding the term scores its phrases on top.
    expect(match('网络钓鱼')).toMatchObject({
      match: `w"网络 钓鱼" OR g"网络 络钓 钓鱼" OR gNEAR("网络" "钓鱼", ${NEAR_WITHIN})`,
      needles: ['网络钓鱼', '网络', '钓鱼'],
    });
    // Three parts: each neighbouring pair near each other.
    expect(match('手机直连卫星').match).toBe(
      `w"手机 直连 卫星" OR g"手机 机直 直连 连卫 卫星" OR gNEAR("手机" "直连", ${NEAR_WITHIN}) AND gNEAR("直连" "卫星", ${NEAR_WITHIN})`,
    );
    const near = toMatchPlan(parseQuery('网络钓鱼'), seg, aliases, abbreviations).groups[0][2];
    const tokens = (text: string) => gramTokens(text);
    for (const text of ['网络上的钓鱼', '钓鱼网络', '网络钓鱼']) expect(holdsPhrase(tokens(text), near), text).toBe(true);
    // NEAR_WITHIN characters between give one gram more between (络x … x钓).
    expect(holdsPhrase(tokens(`网络${'一'.repeat(NEAR_WITHIN - 1)}钓鱼`), near)).toBe(true);
    expect(holdsPhrase(tokens(`网络${'一'.repeat(NEAR_WITHIN)}钓鱼`), near)).toBe(false);
    expect(nearCount([0], 1, [NEAR_WITHIN + 2], 1, NEAR_WITHIN)).toBe(0);
    expect(nearCount([0, 3 * NEAR_WITHIN], 1, [NEAR_WITHIN + 1], 1, NEAR_WITHIN)).toBe(1);
    expect(match('"网络钓鱼"').match).toBe('w"网络 钓鱼" OR g"网络 络钓 钓鱼"');
    expect(match('网络钓鱼 OR 涉诈').match).toBe('w"网络 钓鱼" OR g"网络 络钓 钓鱼" OR w"涉诈" OR g"涉诈"');
    expect(match('芯片 -网络钓鱼').exclude).toBe('w"网络 钓鱼" OR g"网络 络钓 钓鱼"');
    // An organisation's name is matched by its names alone.
    expect(match('国家发展改革委').match).not.toContain(' AND ');
  });

  it('segments for the index without changing the text', () => {
    const text = '新能源汽车动力电池回收，M1 Pro芯片；ＡＢＣ１２３（京东方）';
    const segmented = seg.segmentForIndex(text);
    expect(segmented).toContain('动力\u200b电池');
    expect(unsegment(segmented)).toBe('新能源汽车动力电池回收，M1 Pro芯片；ABC123（京东方）');
  });

  it('drops terms with nothing searchable, with a warning', () => {
    const m = match('！！！ 电池');
    expect(m.match).toBe('w"电池" OR g"电池"');
    expect(m.warnings).toEqual(['！！！: 只有标点，没有可检索的内容，已忽略 (nothing searchable in it (only punctuation); ignored)']);
  });

  it('renders marks for the terminal and escaped HTML', () => {
    const raw = `汽车\u200b\u0001动力\u0002\u200b\u0001电池\u0002 <b>&`;
    expect(renderMarked(raw, 'terminal')).toBe('汽车【动力电池】 <b>&');
    expect(renderMarked(raw, 'html')).toBe('汽车<mark>动力电池</mark> &#60;b&#62;&#38;');
  });
});

describe('character grams and aliases in the plan', () => {
  it('cuts text into bigrams of Han runs and whole Latin/digit runs, a name apart from its version, joining nothing across punctuation', () => {
    expect(gramTokens('晶圆代工厂')).toEqual(['晶圆', '圆代', '代工', '工厂']);
    expect(gramTokens('ＡＩ芯片，5G基站；京')).toEqual(['ai', '芯片', '5g', '基站', '京']);
    // A model family finds its versions; a word is not found inside a longer word; 5G, H20, 3nm stay whole.
    expect(gramTokens('HBM3E与LPDDR5X，Apple Intelligence')).toEqual(['hbm', '3e', '与', 'lpddr', '5x', 'apple', 'intelligence']);
    expect(gramTokens('5G-A、H20、3nm、WiFi6')).toEqual(['5g', 'a', 'h20', '3nm', 'wifi', '6']);
    expect(gramTokens('三星HBM3E').join(' ')).toContain(gramTokens('HBM').join(' '));
    expect(gramTokens('𠀋𠀌 x')).toEqual(['𠀋𠀌', 'x']);
    // A query's run is a contiguous part of the text's grams exactly when the text holds the run.
    const text = gramTokens('全球晶圆代工产能紧张').join(' ');
    expect(text).toContain(gramTokens('晶圆代工').join(' '));
    expect(text).not.toContain(gramTokens('晶圆加工').join(' '));
  });

  it('writes the index grams in one pass: lone characters at every place in a run of text, nothing empty', () => {
    expect(gramsForIndex('')).toBe('');
    expect(gramsForIndex('，。! ')).toBe('');
    expect(gramsForIndex('京')).toBe('京');
    expect(gramsForIndex('京，沪 粤港')).toBe('京 沪 粤港');
    expect(gramsForIndex('Ｘ京ab１沪')).toBe('x 京 ab 1 沪');
    expect(gramsForIndex('Ｘ京a１沪')).toBe('x 京 a1 沪');
    expect(gramsForIndex('工厂A')).toBe('工厂 a');
    // On real bulletins: a Han run of n characters gives max(1, n − 1) grams, a Latin/digit run one token, two when
    // it is two or more letters followed by a digit.
    const dir = 'samples';
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(`${dir}/${file}`, 'utf8');
      const grams = gramsForIndex(text);
      expect(grams).not.toMatch(/^ | $| {2}/);
      expect(grams.split(' ')).toEqual(gramTokens(text));
      const ascii = text.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => c.normalize('NFKC'));
      const runs = [...ascii.matchAll(/\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu)].map((m) => m[0]);
      const expected = runs.reduce((n, r) => n + (/\p{Script=Han}/u.test(r) ? Math.max(1, [...r].length - 1) : (/^[^0-9]{2,}[0-9]/.test(r) ? 2 : 1)), 0);
      expect(grams.split(' ').length).toBe(expected);
    }
  });

  it('lets a term naming an organisation stand for all its names, and marks them', () => {
    const m = match('发改委 -国家发展改革委');
    expect(m.match).toBe(
      'w"发 改 委" OR g"发改 改委" OR w"国家 发展 和 改革 委员 会" OR g"国家 家发 发展 展和 和改 改革 革委 委员 员会" OR w"国家 发展 改革 委" OR g"国家 家发 发展 展改 改革 革委"',
    );
    // Whichever name is typed, the same phrases (so the same ranking); NVIDIA and Nvidia are one words phrase.
    const nvidia = aliasIndex([{ name: '英伟达', aliases: ['NVIDIA', 'Nvidia'] }]);
    // (Words match without regard to case, as the index's tokenizer folds it.)
    const phrases = (q: string, index = aliases) => toMatchPlan(parseQuery(q), seg, index, abbreviations).groups[0].map((p) => `${p.stream}:${p.tokens.join(' ')}`.toLowerCase());
    expect(new Set(phrases('国家发展和改革委员会'))).toEqual(new Set(phrases('发改委')));
    expect(new Set(phrases('nvidia', nvidia))).toEqual(new Set(phrases('英伟达', nvidia)));
    expect(phrases('英伟达', nvidia)).toEqual(['words:英 伟达', 'grams:英伟 伟达', 'words:nvidia', 'grams:nvidia']);
    expect(m.exclude).toContain('g"发改 改委"');
    expect(m.needles).toEqual(['发改委', '国家发展和改革委员会', '国家发展改革委']);
    // A name holding a shorter name of the same organisation finds nothing more: only the shorter is matched, also
    // when the longer is the one typed.
    const huawei = aliasIndex([{ name: '华为技术有限公司', aliases: ['华为', 'Huawei'] }]);
    const plan = toMatchPlan(parseQuery('华为技术有限公司'), seg, huawei, abbreviations);
    expect(plan.groups[0].map((p) => `${p.stream}:${p.tokens.join(' ')}`)).toEqual(['words:华为', 'grams:华为', 'words:Huawei', 'grams:huawei']);
    expect(toMatchPlan(parseQuery('华为'), seg, huawei, abbreviations).groups[0]).toHaveLength(4);
    expect(aliases.canonical('发改委')).toBe('国家发展和改革委员会');
    expect(aliases.namesOf('华为')).toEqual(['华为']);
  });

  it('reads a name of several words typed without quotes as that name, so its other names come in', () => {
    const mobile = aliasIndex([{ name: '中国移动通信集团有限公司', aliases: ['中国移动', 'China Mobile'] }]);
    const plan = (q: string) => toMatchPlan(parseQuery(q), seg, mobile, abbreviations).groups.map((g) => g.map((p) => `${p.stream}:${p.tokens.join(' ')}`.toLowerCase()).sort());
    expect(plan('China Mobile')).toEqual(plan('中国移动'));
    expect(plan('China Mobile 5G')).toEqual([...plan('中国移动'), ...plan('5G')]);
    // Words that make no known name together stay terms of their own; an OR group stays as typed.
    expect(plan('China Telecom')).toHaveLength(2);
    // Only a name written with spaces: 新能源 汽车 typed apart stays two terms, though 新能源汽车 is a form.
    expect(toMatchPlan(parseQuery('新能源 汽车'), seg, mobile, abbreviations).groups).toHaveLength(2);
    expect(plan('china mobile')).toEqual(plan('中国移动'));
    expect(plan('China OR Mobile')).toHaveLength(1);
    expect(plan('China OR Mobile')[0]).not.toContain('words:中国 移动');
    // A name of the abbreviation table's forms too.
    expect(toMatchPlan(parseQuery('ERNIE Bot'), seg, mobile, abbreviations).groups).toHaveLength(1);
  });

  it('lets an unquoted term of the abbreviation table stand for all its forms, a quoted one for itself', () => {
    const phrases = (q: string) => new Set(toMatchPlan(parseQuery(q), seg, aliases, abbreviations).groups[0].map((p) => `${p.stream}:${p.tokens.join(' ')}`));
    // Whichever form is typed, the same phrases: the same articles, ranked the same.
    expect(phrases('电诈')).toEqual(phrases('电信网络诈骗'));
    expect(match('电诈')).toMatchObject({
      // A contraction jieba does not know: its long form of two parts also with a word between them (电信…诈骗).
      match: `w"电诈" OR g"电诈" OR w"电信 网络 诈骗" OR g"电信 信网 网络 络诈 诈骗" OR w"电信 诈骗" OR g"电信 信诈 诈骗" OR gNEAR("电信" "诈骗", ${FORM_APART_WITHIN})`,
      needles: ['电诈', '电信网络诈骗', '电信诈骗', '电信', '诈骗'],
    });
    expect(match('"电诈"').match).toBe('w"电诈" OR g"电诈"');
    expect(match('诈骗 -电诈').exclude).toContain('g"电信 信网 网络 络诈 诈骗"');
    // Two parts stay one near pair beside the forms; three would be asked of an article saying 新基建 too: left out.
    expect(match('新型基础设施').match).toBe(
      `w"新型 基础 设施" OR g"新型 型基 基础 础设 设施" OR w"新 基建" OR g"新基 基建" OR gNEAR("新型" "基础 础设 设施", ${NEAR_WITHIN})`,
    );
    expect(match('新型基础设施建设').match).not.toContain(' AND ');
    // A form written with an enumeration comma is its own form: grams do not run across punctuation.
    expect(match('双碳').match).toContain('g"碳达 达峰 碳中 中和"');
    // A product's names in Chinese and English are its forms too.
    expect(phrases('Ascend')).toEqual(phrases('昇腾'));
    expect(match('"HarmonyOS"').match).not.toContain('鸿蒙');
    // The tables: every group of two forms or more, no form in two groups, none an organisation's name.
    const read = (file: string, key: string) => (JSON.parse(readFileSync(`src/enrich/data/${file}`, 'utf8')) as Record<string, string[][]>)[key];
    const terms = [...read('abbreviations.json', 'terms'), ...read('products.json', 'products')];
    const forms = terms.flat();
    expect(terms.every((t) => t.length >= 2)).toBe(true);
    expect(new Set(forms).size).toBe(forms.length);
    expect(forms.filter((f) => sharedAliases().namesOf(f).length > 1)).toEqual([]);
    // A broad term finds its kinds with their forms; a kind only itself and its forms.
    expect(match('大模型').needles).toEqual(['大模型', '大语言模型', '大型语言模型']);
    expect(match('大模型').match).toContain('w"LLM"');
    expect(match('LLM').match).not.toContain('大模型');
    expect(match('"大模型"').match).not.toContain('语言');
    expect(abbreviations.namesOf('算力中心')).toEqual(['算力中心', '智能计算中心', '智算中心', '超级计算中心', '超算中心']);
    expect(abbreviations.namesOf('智算中心')).toEqual(['智能计算中心', '智算中心']);
    // A kind named by a form (电诈) brings its group; the group does not bring the broad term.
    expect(abbreviations.namesOf('网络诈骗')).toEqual(['网络诈骗', '电信网络诈骗', '电信诈骗', '电诈']);
    expect(abbreviations.namesOf('电诈')).not.toContain('网络诈骗');
    // A Latin kind (HBM) is one as well; it finds itself alone.
    expect(abbreviations.namesOf('存储芯片')).toEqual(['存储芯片', '内存芯片', '闪存芯片', 'DRAM', 'NAND', 'HBM']);
    expect(abbreviations.namesOf('HBM')).toEqual(['HBM']);
    const narrower = read('abbreviations.json', 'narrower');
    expect(narrower.every(([broad, ...kinds]) => kinds.length && kinds.every((k) => !k.includes(broad)))).toBe(true);
  });

  it('finds a term whose parts have other forms by those forms too, weighted below the term as typed', () => {
    const plan = (q: string) => toMatchPlan(parseQuery(q), seg, aliases, abbreviations);
    const weights = (q: string) => Object.fromEntries(plan(q).groups[0].map((p) => [`${p.stream}:${p.tokens.join(' ')}`, p.weight ?? 1]));
    expect(compoundForms('国企改革', seg, abbreviations)).toEqual(['国有企业改革']);
    expect(compoundForms('央企数字化转型', seg, abbreviations)).toEqual(['中央企业数字化转型']);
    expect(weights('国企改革')).toMatchObject({ 'words:国企 改革': 1, 'grams:国企 企改 改革': 1, 'grams:国有 有企 企业 业改 改革': COMPOUND_FORM_WEIGHT });
    expect(plan('国企改革').needles).toContain('国有企业改革');
    // Quoted, a term is itself alone; a term that has forms of its own keeps those; no part of one character.
    expect(compoundForms('国企', seg, abbreviations)).toEqual([]);
    expect(match('"国企改革"').match).not.toContain('国有');
    expect(compoundForms('国企股', seg, abbreviations)).toEqual([]);
    expect(compoundForms('动力电池', seg, abbreviations)).toEqual([]);
  });

  it('reads a number with a unit of the unit table in every form of the unit, and other numbers as typed', () => {
    const phrases = (q: string) => new Set(toMatchPlan(parseQuery(q), seg, aliases, abbreviations).groups[0].map((p) => `${p.stream}:${p.tokens.join(' ')}`));
    expect(phrases('28nm')).toEqual(phrases('28纳米'));
    // Words match without regard to case.
    expect([...phrases('28NM')].map((p) => p.toLowerCase())).toEqual([...phrases('28nm')]);
    expect(match('1.5GHz').needles).toEqual(['1.5吉赫兹', '1.5吉赫']);
    expect(match('28nm').match).toContain('w"28 纳米"');
    // 5G names no unit: as typed.
    expect(match('5G').match).not.toContain(' OR w"5');
    expect(match('"28nm"').match).not.toContain('纳米');
    // A number with a unit that is also a group's form has both: a wafer's 300mm is its 12英寸, in every unit form.
    expect(abbreviations.namesOf('300毫米')).toEqual(['12英寸', '12吋', '300mm', '300毫米']);
    expect(abbreviations.namesOf('28纳米')).toEqual(['28nm', '28纳米']);
    expect(compoundForms('12英寸硅片', seg, abbreviations)).toEqual(['12吋硅片', '300mm硅片', '300毫米硅片']);
    // No unit symbol differs from another by case alone: they are compared in lower case.
    const units = (JSON.parse(readFileSync('src/enrich/data/units.json', 'utf8')) as { units: string[][] }).units.flat().map((u) => u.toLowerCase());
    expect(new Set(units).size).toBe(units.length);
  });

  it('marks what the index could not, by the text of the needles', () => {
    expect(markNeedles('台积电扩大晶圆代工厂产能', ['晶圆代工'])).toBe('台积电扩大\u0001晶圆代工\u0002厂产能');
    expect(markNeedles('没有', ['晶圆代工'])).toBeNull();
    const passage = markedPassage(`${'前文'.repeat(40)}国家发展改革委发布通知${'后文'.repeat(40)}`, ['发改委', '国家发展改革委']);
    expect(passage).toMatch(/^…前文.*\u0001国家发展改革委\u0002发布通知后文.*…$/);
  });
});
