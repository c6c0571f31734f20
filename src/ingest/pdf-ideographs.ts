/**
 * Radical code points that PDF writers put in place of ordinary ideographs.
 *
 * CJK fonts draw a Kangxi radical (U+2F00–U+2FDF) or a supplementary radical (U+2E80–U+2EFF) with the
 * same glyph as the ideograph it looks like; a PDF writer that builds its ToUnicode map from the font's
 * cmap (Chromium's Skia does) then reports `⽉` for 月 and `⺠` for 民. The table pairs each radical with
 * the ideograph drawing the same glyph in Noto Sans/Serif CJK SC (built from the fonts' cmaps), which
 * agrees with Unicode's EquivalentUnifiedIdeograph data and, unlike NFKC, gives 户 not 戶 for `⼾`.
 */
const PAIRS =
  '⺂乛⺃乚⺅亻⺇𠘨⺉刂⺋㔾⺍𭕄⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺘扌⺙攵⺛旡⺞歺⺟母⺠民⺡氵⺣灬⺤爫⺦丬⺨犭⺩𤣩⺫罒⺭礻⺮𥫗⺯糹⺰纟⺱罓⺲罒⺳㓁⺹耂⺺肀⺽𦥑⺾艹⻁虎' +
  '⻂衤⻃覀⻅见⻆角⻇𧢲⻈讠⻉贝⻊𧾷⻋车⻌辶⻐钅⻑長⻒镸⻓长⻔门⻕𨸏⻖阝⻘青⻙韦⻚页⻛风⻜飞⻝食⻞𩙿⻟飠⻠饣⻡𩠐⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻮齿⻯竜' +
  '⻰龙⻱龜⻲亀⻳龟⼀一⼁丨⼂丶⼃丿⼄乙⼅亅⼆二⼇亠⼈人⼉儿⼊入⼋八⼌冂⼍冖⼎冫⼏几⼐凵⼑刀⼒力⼓勹⼔匕⼕匚⼖匸⼗十⼘卜⼙卩⼚厂⼛厶⼜又⼝口⼞囗⼟土⼠士⼡夂⼢夊⼣夕' +
  '⼤大⼥女⼦子⼧宀⼨寸⼩小⼪尢⼫尸⼬屮⼭山⼮巛⼯工⼰己⼱巾⼲干⼳幺⼴广⼵廴⼶廾⼷弋⼸弓⼺彡⼻彳⼼心⼽戈⼾户⼿手⽀支⽁攴⽂文⽃斗⽄斤⽅方⽆无⽇日⽈曰⽉月⽊木⽋欠⽌止' +
  '⽍歹⽎殳⽏毋⽐比⽑毛⽒氏⽓气⽔水⽕火⽖爪⽗父⽘爻⽙爿⽚片⽛牙⽜牛⽝犬⽞玄⽟玉⽠瓜⽡瓦⽢甘⽣生⽤用⽥田⽦疋⽧疒⽨癶⽩白⽪皮⽫皿⽬目⽭矛⽮矢⽯石⽰示⽱禸⽲禾⽳穴⽴立' +
  '⽵竹⽶米⽷糸⽸缶⽹网⽺羊⽻羽⽼老⽽而⽾耒⽿耳⾀聿⾁肉⾂臣⾃自⾄至⾅臼⾆舌⾇舛⾈舟⾉艮⾊色⾋艸⾌虍⾍虫⾎血⾏行⾐衣⾑襾⾒見⾔言⾕谷⾖豆⾗豕⾘豸⾙貝⾚赤⾛走⾜足⾝身' +
  '⾞車⾟辛⾠辰⾡辵⾢邑⾣酉⾤釆⾥里⾦金⾧長⾨門⾩阜⾪隶⾫隹⾬雨⾭靑⾮非⾯面⾰革⾱韋⾲韭⾳音⾴頁⾵風⾶飛⾷食⾸首⾹香⾺馬⾼高⾽髟⾾鬥⾿鬯⿀鬲⿁鬼⿂魚⿃鳥⿄鹵⿅鹿⿆麥' +
  '⿇麻⿈黃⿉黍⿊黑⿋黹⿌黽⿍鼎⿎鼓⿏鼠⿐鼻⿑齊⿒齒⿓龍⿕龠';

/**
 * Punctuation with the same two-way ambiguity: one glyph, two code points, and Chinese text means the
 * GB 18030 one (`——` is U+2014, a range `～` is U+FF5E), while the writer reports the other.
 */
const PUNCTUATION = '\u2015\u2014\u301c\uff5e';

/**
 * Extension A ideographs Noto CJK SC draws with the glyph of a common one, so a cmap-built ToUnicode map reports
 * the rare one (`㬵` for 胶): pairs of (reported, meant).
 */
const SHARED_GLYPHS = '㬵胶';

const TABLE = new Map<string, string>();
{
  const cps = [...PAIRS, ...PUNCTUATION, ...SHARED_GLYPHS];
  for (let i = 0; i + 1 < cps.length; i += 2) TABLE.set(cps[i], cps[i + 1]);
}

const LOOKALIKE = /[\u2e80-\u2fdf\uf900-\ufaff\u2015\u301c\u3b35]/gu;

/** Replaces radicals, CJK compatibility ideographs and look-alike punctuation with what the text means. */
export function unifyIdeographs(text: string): string {
  return text.replace(LOOKALIKE, (c) => TABLE.get(c) ?? c.normalize('NFKC'));
}
