/**
 * Information lines Chinese news pages print around the headline and body — `来源：X`, `发布时间：2021-10-19 08:30`,
 * `2021年10月19日 国家统计局网站`, `C114通信网 2021/9/3 09:42`, `记者 X`, `发表于2014-08-24 21:30`,
 * `责任编辑：X`, `字号：大 中 小`, `阅读：1644`, and the main labels in traditional characters (`發佈時間`, `來源`,
 * `記者`) — recognised, read for date, 来源 outlet and author, and removed
 * from the body.
 */
import { withoutRecordFields } from './cn-letters.js';
import { COMMENTATOR_SIGN } from '../clean/credit-patterns.js';
import { PAGE_MARK } from './cn-edition.js';
import { interviewTurns } from './cn-interview.js';
import { arabicDates, englishDates, fullYears, toIsoDate, yearlessDate } from './dates.js';
import { simplifiedLabels } from './cn-trad-labels.js';
import { withoutOtherDates } from './cn-other-dates.js';
import { postingLabels } from './posting-byline.js';

/** Facts read from information lines. */
export interface CnMeta {
  published: string | null;
  author: string | null;
  source: string | null;
  editor: string | null;
  /** The author is a name read beside the date without a label (`产业 2024-11-18`), which a labelled card outranks. */
  authorUnlabelled: boolean;
}

/** The label of the body publishing a page: a verb of issuing and a body (发布机构, 公开单位, 发文机关, 制发部门). */
const ISSUER = '(?:发布|公开|发文|发稿|制发)(?:机构|单位|机关|部门)';
/** The labels of an information line, with the colon or space after them. */
const KEY = new RegExp(
  String.raw`(原标题|我要(?:收藏|留言|分享|打印|评论|咨询|投稿|举报|反馈)|(?:文章|信息|稿件|新聞|內容|本文)?來源|(?:發佈|發布|發表|更新|刊登)?時間|(?:發佈|發布|發表|刊登)日期|[\u4e00-\u9fff]{0,4}記者|責任編輯|編輯|来源单位|供稿单位|供稿部门|(?:文章|信息|稿件|新闻|图文|内容|素材|消息|本文|转载|资料|视频)?来源于?|稿源|(?<![\u4e00-\u9fff])(?:微信)?公众号(?=\s*[：:])|转载自|转载于|转自|来自|出处|发布方|${ISSUER}|解读机关|解读单位|信息提供|提供单位|发布时间|发表时间|发布日期|发表日期|更新时间|发表于|发布于|首发于|(?:编辑|更新|修改)于|(?:成文|印发|生效|施行|实施|公开|发文|发稿|录入|添加|创建|提交|修改|修订|最后更新)?(?:时间|日期)|(?<![\u4e00-\u9fff])(?:本文|文章)?作者|作者(?<=[：:][^：:\s]{2,20}作者)(?=\s*[：:])|(?:特约)?撰稿人|(?:特约)?撰稿|(?<![\u4e00-\u9fff])(?:研究员|分析师|机构|评级变动|评级)(?=\s*[：:])|撰文|(?<![\u4e00-\u9fff])主笔|发布者|发布人|(?<![\u4e00-\u9fff])(?:文\s*[/／·・]\s*图|图\s*[/／·・]\s*文)|(?<![\u4e00-\u9fff])(?:文字|文|图片|初审|复审|终审|一审|二审|三审|报道|報導|攝影)(?=\s*[：:])|(?<![\u4e00-\u9fff])文\s*[/／丨]|标签|关键词|关键字|(?<![\u4e00-\u9fff])(?:(?:所属|信息|文章|新闻|内容|稿件|主题|公开|资讯|栏目)?(?:分类|类别)|(?:所属)?栏目)于?|版次|版面|版名|[\u4e00-\u9fff]{0,8}记者|通讯员|责任编辑|责编|编辑|审核|校对|供稿|摄影|摄像|字号|字体|点击数|点击量|点击|点阅次数|点阅数|点阅|浏览次数|浏览人次|浏览量|浏览|阅读次数|阅读数|阅读量|阅读|查看|(?<![\u4e00-\u9fff])(?:发表|网友|全部|查看)?评论|收藏|点赞|转发|举报|次阅读|分享到|分享|打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|纠错|我要纠错)(\s*[：:]\s*|\s+)?`,
  'g',
);
/** Keys that stand without a colon (`记者 X`, `发表于2014…`, `打印`, `关闭窗口`); others need one, or a space after. */
const BARE_KEY = /^文\s*[/／丨]|^我要|記者|^(文\s*[/／·・]\s*图|图\s*[/／·・]\s*文)|记者|通讯员|发表于|发布于|首发于|(编辑|更新|修改)于|打印|关闭|分享|纠错|次阅读|评论/;
/** Whether a label of the information line starts at `at` in `s` (KEY tried there alone, so the scan is bounded by its words). */
const KEY_AT = new RegExp(KEY.source, 'y');
function labelAt(s: string, at: number): boolean {
  KEY_AT.lastIndex = at;
  return KEY_AT.test(s);
}
/** A full date, perhaps with its time (seconds, a TRS `.0`, an ISO `T` and zone: `2022-05-10T08:12:00+08:00`). */
const DATE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(\s*T?\s*\d{1,2}\s*[:：时]\s*\d{2}\s*分?(\s*[:：]\s*\d{2}(\.\d{1,3})?|\s*\d{2}\s*秒)?(Z|[+-]\d{2}:?\d{2})?)?/g;
/** A date without its year, recognised only with its time (`09-30 22:46`) or in Chinese (`5月10日`): alone, `09-30` could be anything. */
const SHORT_DATE = /(?<![\d/.-])\d{1,2}\s*[-/月]\s*\d{1,2}\s*日?\s+\d{1,2}[:：]\d{2}(?::\d{2})?|(?<![\d年])\d{1,2}\s*月\s*\d{1,2}\s*日/g;
/** A time printed relative to now (`2小时前`, `昨天`, `昨天 09:15`): dates nothing, but marks the line as the article's byline. */
const RELATIVE = /(?<![\d\u4e00-\u9fff])(\d{1,2}\s*(分钟|小时|天)前|刚刚|(昨天|前天)(\s*\d{1,2}:\d{2})?)(?![\u4e00-\u9fff])/g;
const MAX_LINE = 90;
/** Today's date as header bars print it. */
const TODAY = /(今天|今日)(是)?\s*[：:]?\s*(\d{4}\s*[-/.年]|\d{1,2}\s*月)/;
/** How many paragraphs at each end of the body may hold information lines. */
const EDGE = 4;

/** Names of outlets: news agencies, papers, sites, apps, stations, departments. */
export const OUTLET = /网|报|社|台|新闻|日报|时报|晚报|杂志|周刊|客户端|媒体|观察|资讯|在线|频道|传媒|研究院|协会|局|厅|部|委|办|司|中心|政府|網|報|臺|新聞|雜誌|週刊|媒體|頻道|傳媒|協會|廳|辦|政府|[A-Za-z]{2,}[\u4e00-\u9fff]|[\u4e00-\u9fff][A-Za-z]{2,}/;
/** A person's name as bylines print it: two to four Han characters, or a short Latin name. */
const PERSON = /^([\u4e00-\u9fff·]{2,4}|[A-Za-z][A-Za-z0-9_ .'-]{1,20})$/;
/** A name read without a label that is a person's: two or three Han characters (four-character ones are mostly accounts). */
const LOOSE_PERSON = /^([\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{1,4}·[\u4e00-\u9fff]{1,6}|[A-Za-z][A-Za-z .'-]{1,20}|[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]{1,18})$/;
/** A name read without a label that is a person's, not an outlet's. */
export const isPerson = (v: string): boolean => LOOSE_PERSON.test(v) && !OUTLET.test(v);
/**
 * A province-level region standing alone (`浙江`, `北京市`), or after a middle dot (`10:30·浙江`, `3小时前·北京`): where a
 * self-media account posted from.
 */
const REGION_NAMES = '北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门';
const REGION = new RegExp(`(^|\\s|\\s*[·•・]\\s*)(${REGION_NAMES})(省|市|自治区|特别行政区)?(?=\\s|$)`, 'g');
/** …and a value that is only such a region (`来自：北京`): where the writer posted from, no outlet. */
const REGION_ONLY = new RegExp(`^(${REGION_NAMES})(省|市|自治区|特别行政区)?$`);
/** A value that is only a province-level region (an IP 属地 printed beside the account): no name. */
export const isRegionOnly = (v: string): boolean => REGION_ONLY.test(v);
/** A self-media account's name: longer than a person's, shorter than a headline (`智能制造前沿`). */
const ACCOUNT = /^[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9]{4,9}$/;
/**
 * `来自` and the device or client a microblog post was sent from: a Latin model name (`HUAWEI Mate 60 Pro`), a client
 * (`iPhone客户端`, `微博网页版`, `微博 weibo.com`); `来自：X` with a colon is a 来源 label and stays.
 */
const DEVICE =
  /(^|\s)来自\s*(?![:：])(?:[A-Za-z][A-Za-z0-9._+-]*(?:\s+(?!\d{4}[-/.])[A-Za-z0-9][A-Za-z0-9._+-]*)*(?=\s|$)|[A-Za-z0-9\u4e00-\u9fff ._+-]{0,16}?(?:客户端|网页版|电脑版|手机版|手机|平板|浏览器|Android|iPhone|iPad|HarmonyOS|鸿蒙)(?=\s|$)|微博(?:\s*[A-Za-z.]+\.com)?(?=\s|$))/g;
/** A commentator's signature inside a line (`本报评论员`, `北疆日报特约评论员`, as credits spell it). */
const COMMENTATOR_IN_LINE = new RegExp(`(^|\\s|[:：])${COMMENTATOR_SIGN}(?=\\s|$)`, 'gu');
/** A guest commentator's title glued to a name of two or three characters closing its word (`特约评论员张三`). */
const GLUED_COMMENTATOR = /(^|\s|[:：])(?:本报|本刊|本台|本网)?特约评论员(?=[\u4e00-\u9fff]{2,3}(?:\s|$))/gu;
/** What a commentator's signature says beside an outlet's name: the house (本报) or the title itself. */
const HOUSE_OR_TITLE = /^(本报|本刊|本台|本网)|(特约)?评论员$/g;
/** The badge a portal prints beside a self-media account's name (`网易号`, `企鹅号`). */
const HAO_BADGE = /(^|\s)(网易号|企鹅号|百家号|搜狐号|头条号|大风号|一点号|澎湃号|新浪号|凤凰号|快传号|大鱼号)(?=\s|$)/g;
/** A platform's certification of an account printed beside its name (`优质汽车领域创作者`, `某某官方账号`, `知名财经博主`). */
const CERTIFIED = /(^|\s)[\u4e00-\u9fff]{0,8}(领域创作者|创作者|博主|答主|官方账号|官方帐号)(?=\s|$)/g;
/** Whether a line prints a platform's certification of an account: the name beside it is an account publishing, not a blogger's handle. */
export const printsCertification = (line: string): boolean => line.search(CERTIFIED) >= 0;
const NOT_NAME = /^(星期.|周[一二三四五六日天]|原创|转载|首页|正文|[大中小]|楼主|沙发|回复|引用|新闻稿|通稿|新闻通稿|媒体发布|新闻发布|企业新闻|公司新闻|公告|快讯)$|[:：]|帐号|账号|官方|认证|粉丝|关注|只看|倒序|正序/;
/** Whether a word a byline's label stands before names no one (`首页`, `原创`, `星期一`). */
export const namesNoOne = (v: string): boolean => NOT_NAME.test(v);

/**
 * A column's or paper's byline mark opening a line of its own before the writer (`□ 易某`, `◎ 文/某某`, `◎ 某某 文/图`,
 * `□ 本报记者 某某`). Only the open marks papers use for bylines; filled ones (■ ◆) head sub-heads.
 */
const MARKED_BYLINE = /^[□◎◇○]\s*(?=(文\s*[/／|｜丨]\s*)?[\u4e00-\u9fff·]{2,4}(\s*(文\s*[/／]\s*图|图\s*[/／]\s*文|文))?$|[^\s]{0,12}(记者|通讯员|撰稿|撰文|评论员|作者|文\s*[/／|｜丨]))/;

/** A filled mark before a reporter's or writer's label, a space or colon and a name (`■ 本报记者 X 通讯员 Y`, `◆作者：X`): a byline; `■ 记者手记` stays a sub-head. */
const FILLED_MARK_LABELLED = /^[■●◆▲★]\s*(?=(?:[\u4e00-\u9fff]{0,6}(?:记者|通讯员)|撰稿|撰文|作者)(?:\s*[:：]\s*|\s+)[\u4e00-\u9fff·]{2,4}(?:\s|$)|文\s*[/／|｜丨])/;

/** The line behind a byline mark as a plain byline: `□ 易某` → `文/易某`, `◎ 易某 文/图` → `文/易某`, `□ 本报记者 X` → `本报记者 X`. */
function unmarkByline(line: string): string {
  const filled = FILLED_MARK_LABELLED.exec(line);
  if (filled) return line.slice(filled[0].length);
  const m = MARKED_BYLINE.exec(line);
  if (!m) return line;
  const rest = line.slice(m[0].length);
  const name = /^([\u4e00-\u9fff·]{2,4})(\s*(文\s*[/／]\s*图|图\s*[/／]\s*文|文))?$/.exec(rest);
  return name ? `文/${name[1]}` : rest;
}

/** A filled mark before a name alone (`■ 钱某`): a byline only above the text; among it, the same line is a sub-head (`■ 起步`). */
const FILLED_MARK_BYLINE = /^[■●◆]\s*([\u4e00-\u9fff·]{2,4})$/;

/** The writer a filled mark names on a line between the headline and the text's first sentence (`above`), if any. */
export function filledMarkByline(above: string[]): string | null {
  for (const line of above) {
    const name = FILLED_MARK_BYLINE.exec(line)?.[1];
    if (name && !OUTLET.test(name)) return cleanAuthor(name);
  }
  return null;
}

/** Keys of the dates found in a line: never a printed label, so a bare `日期：` label is not taken for a date. */
const FULL_DATE = '#date';
const SHORT_DAY = '#short-date';
const RELATIVE_TIME = '#relative-time';

interface Field {
  key: string;
  value: string;
}

interface Mark {
  at: number;
  end: number;
  key: string;
}

/** The 24-hour hour of `h` o'clock in the given half of the day (中午 12 is noon, 中午 1 one in the afternoon). */
function to24(half: string, h: number): number {
  if (/上午|早上|凌晨/.test(half)) return h === 12 ? 0 : h;
  if (half === '中午') return h < 11 ? h + 12 : h;
  return h < 12 ? h + 12 : h;
}

/**
 * An e-mail address with the comma and label before it (`，邮箱：x@…`); anchored at a word's start so a long run of
 * letters is scanned once.
 */
const EMAIL_BESIDE = /[,，;；]?\s*(?:(?:邮箱|电子邮件|e-?mail)\s*[:：]?\s*)?(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

/** A month and a bracketed count after it, as a blog's archive lists its months. */
const ARCHIVE_MONTH = /\d{4}\s*年\s*\d{1,2}\s*月\s*[（(]\s*\d{1,4}\s*[）)]/g;

/**
 * WordPress themes' sentence after a post, as their Chinese locale words it (`本条目发布于2024年10月22日。属于未分类分类。
 * 作者是X。`): the time and the writer.
 */
const WP_ENTRY_FOOTER = /^本条目发布于\s*([^。]{6,30}?)\s*。\s*属于[^。]{1,40}分类\s*。(?:\s*标签是[^。]{1,80}。)?\s*作者是\s*([^。\s]{1,20})\s*。?\s*$/;

/** A reporter's line of its own, the name before `报道` (`林晓东 报道`, `邵佳　北京报道`): read as `记者 X`. */
const REPORTED_BY = /^\s*([\u4e00-\u9fff·]{2,4})[\s\u3000]+(?:[\u4e00-\u9fff]{2,3})?(报道|報導)\s*$/;
const reportedBy = (line: string): string => {
  const m = REPORTED_BY.exec(line);
  return m && isPerson(m[1]) ? `记者 ${m[1]}` : line;
};

/**
 * Splits a line into key/value fields; null when the line is not made of information. `lenient` (for the lines
 * beside the headline) lets a dated line carry one text that is no name (`2021-08-12 10:30 北京新京报社官方帐号`).
 */
export function parseLine(line: string, lenient = false): Field[] | null {
  // Far too long to be an information line whatever the clean-up below removes: not scanned at all.
  if (line.length > MAX_LINE * 4) return null;
  // English dates are read on lines that are Chinese otherwise (`Dec 6, 2026 | 来源：X`): an English page's lines keep theirs.
  // A letter board's record fields (`诉求人：X`, `编号：…`) beside the letter's time are none of the article's.
  // A blog archive's month and its count of posts (`2024年12月 (3)`): no date, though the brackets' removal below would make it one.
  const unarchived = line.replace(ARCHIVE_MONTH, ' ').replace(WP_ENTRY_FOOTER, '发布于 $1 作者：$2');
  const unmarked = unmarkByline(simplifiedLabels(postingLabels(withoutRecordFields(reportedBy(unarchived)), (name) => OUTLET.test(name)), isInfoLabel));
  const s = withoutOtherDates(fullYears(arabicDates(/[\u4e00-\u9fff]/.test(line) ? englishDates(unmarked) : unmarked)))
    // Fields parted by semicolons (`（记者 X；编辑 Y）`): the semicolon before a label is a separator, as a space is.
    .replace(/\s*[；;]\s*/g, (m: string, at: number, all: string) => (labelAt(all, at + m.length) ? ' ' : m))
    // …and by commas (`来源：X，作者：Y`), tried only before a short word and a colon: text lines have many commas.
    .replace(/\s*[，,]\s*(?=[\u4e00-\u9fff]{1,8}\s*[：:])/g, (m: string, at: number, all: string) => (labelAt(all, at + m.length) ? ' ' : m))
    // A column's kicker naming its writer (`专栏 · X`, `专栏｜X`) is a byline.
    .replace(/^(?:专栏|专栏作者|作者专栏)\s*[·•・|｜丨/／]\s*(?=[\u4e00-\u9fff]{2,3}$)/, '作者：')
    // `文｜X` is a byline like `文/X`: its bar must survive the bars' removal below.
    .replace(/(^|\s)文\s*[|｜丨]\s*/g, '$1文/')
    // A credit label with a slash (`撰文/X`, `摄影/Y`) is the label with its colon.
    .replace(/(^|\s)(撰文|撰稿|作者|记者|编辑|责编|摄影|摄像|文字|校对)\s*[/／]\s*(?=[\u4e00-\u9fffA-Za-z])/g, '$1$2：')
    // Writer and photographer after bare 文 and 图 (`文 江月　图 石磊`): both labels as credits.
    .replace(/(^|\s)文\s+([\u4e00-\u9fff·]{2,4})\s+图\s+([\u4e00-\u9fff·]{2,4})(?=\s|$)/, '$1文字：$2 摄影：$3')
    // The name before its credit (`江月/文　石磊/图`): the credit's label before the name.
    .replace(/(^|\s)([\u4e00-\u9fff·]{2,4})\s*[/／]\s*(文|图|摄)(?=\s|$)/g, (_, pre: string, name: string, what: string) => `${pre}${what === '文' ? '文字' : '摄影'}：${name}`)
    // …and a time's label with one or with a colon alone (`发布/2024年11月28日 14:35`, `更新/…`, `出版：…`, as overseas
    // editions print them).
    .replace(/(^|\s)(发布|发表|更新|修改|首发|刊发|出版|刊登|最[后後近]更新)\s*[/／:：]\s*(?=\d)/g, (_, pre: string, label: string) => `${pre}${label.replace(/^最[后後近]/, '最后')}时间：`)
    // A reporter's place after a slash (`记者X／台北报导`), and a dateline glued to the name (`记者X台北6日电`): no part of the name.
    .replace(/[/／]\s*(?=[\u4e00-\u9fff]{2,6}(报道|報導)(?![\u4e00-\u9fff]))/g, ' ')
    .replace(/(记者|記者)\s*([\u4e00-\u9fff]{2,3}?)[\u4e00-\u9fff]{2}\s*((\d{1,2}\s*月\s*)?\d{1,2}\s*日)\s*(电|電)/g, '$1 $2 $3')
    // An e-mail address beside the writer's name (`作者：Name, name@…`, `文/X（x@…）`) is how to reach them, no field.
    .replace(EMAIL_BESIDE, ' ')
    .replace(/[【】[\]（）()〔〕〖〗|｜丨]/g, ' ')
    // Counters and buttons beside a byline (`1.2万粉丝`, `3521阅读`, `+关注`) and where the writer posted from
    // (`IP属地：江苏`) are no field of the article.
    .replace(/(^|\s)[\d.]+\s*[万千]?\s*[人次]?\s*(粉丝|关注|阅读|浏览|评论|点赞|赞|看过|读过|已读|观看|围观|播放)(?=\s|$)|(^|\s)\+?\s*关注(?=\s|$)|IP\s*属地\s*[：:]?\s*[\u4e00-\u9fff]{2,3}/g, ' ')
    // Font-size buttons printed as letters (`A+ A-`, `A- A+`) or as 大 中 小 without their label beside the fields.
    .replace(/(^|\s)A\s*[+＋]\s*A\s*[-－]|(^|\s)A\s*[-－]\s*A\s*[+＋]|(^|\s)大\s+中\s+小(?=\s|$)/g, ' ')
    // Counters printed label first (`阅读量800`, `收藏 12`, `点赞数 5`) are no field either.
    // Glued to the time or to each other (`发布阅读量845收藏 6`, inline elements without spaces) as well.
    .replace(/(?<=^|\s|\d)(阅读量|阅读数|阅读次数|阅读|浏览量|浏览次数|浏览人次|浏览|点击量|点击数|点击|点阅次数|点阅数|点阅|收藏|点赞数|点赞|评论数|转发|推荐)\s*[\d.]+\s*[万千kKwW]?(?=\s|$|阅读|浏览|点击|点阅|收藏|点赞|评论|转发|推荐)/g, ' ')
    // A blog post's buttons closing its line (`… 阅读(812) 评论(4) 编辑 收藏`): no field; `编辑` before a name stays a credit.
    .replace(/(?:\s(?:编辑|收藏|举报|分享|推荐|引用|回复)){1,6}\s*$/, ' ')
    // The time zone after a time (`09:15（北京时间）`): no field.
    .replace(/(?<=\d{1,2}:\d{2}(?::\d{2})?)\s*[（(]?\s*北京时间\s*[）)]?/g, ' ')
    // A rights note beside the time (`编辑于 … · 著作权归作者所有`): no field.
    .replace(/[·•・]?\s*(著作权|版权)归[\u4e00-\u9fff]{1,6}所有\s*$/, ' ')
    // Marks beside the time (`原创`, `独家`, a post's type `转载`/`翻译`) and the verb around it (`于 2023-11-05 08:30 发布`).
    .replace(/(^|\s)(原创|独家|首发|置顶|精选|转载|翻译)(?=\s|$)/g, ' ')
    // A paper's commentator signature (`本报评论员`, `特约评论员`) beside the date, or before the name after a label
    // (`作者：特约评论员 X`): no person's name, and no outlet but the one it names (`江淮日报评论员` is 江淮日报's).
    // A guest commentator's name glued to the title (`特约评论员张三`) is the writer's, as after a label.
    .replace(GLUED_COMMENTATOR, (_, pre: string) => (/[:：]/.test(pre) ? pre : `${pre}作者：`))
    .replace(COMMENTATOR_IN_LINE, (sign: string, before: string) => `${before}${sign.slice(before.length).replace(HOUSE_OR_TITLE, '')} `)
    // The platform's badge beside a self-media account (`某某 网易号`), and its certification (`优质汽车领域创作者`,
    // `某某官方账号`): no field.
    .replace(HAO_BADGE, ' ')
    .replace(CERTIFIED, ' ')
    // …and a paper's `客户端` printed apart beside its name (`某某日报 客户端 2024-07-16`): the paper is the outlet.
    .replace(/(^|\s)(客户端|APP)(?=\s|$)/gi, ' ')
    // A forum post's floor label and buttons (`楼主`, `沙发`, `3#`, `只看该作者`, `倒序浏览`).
    .replace(/(^|\s)(楼主|沙发|板凳|地板|\d{1,4}\s*[#楼]|只看(该作者|楼主|作者|此人|大图)|(倒序|正序)(浏览|看帖|查看|阅读)|显示全部楼层|电梯直达|阅读模式)(?=\s|$)/g, ' ')
    .replace(/(^|\s)已?于\s*(?=\d{4})/g, ' ')
    // A post's writer after its time (`发表于 2024年10月22日 由 X`), as blog themes print it: a byline. Only after the
    // time: 由 opening a line (`由国家统计局发布`) or after a name (`来源：X 由 Y`) names who did something else.
    .replace(/(?<=[\d日])\s*由\s*([\u4e00-\u9fffA-Za-z0-9_.·-]{2,20})\s*$/, ' 作者：$1')
    .replace(/(\d{1,2}:\d{2}(?::\d{2})?)\s*(发布|发表|修改|更新)(?=\s|$|阅读|浏览|点击|收藏|点赞|评论)/g, '$1 ')
    // A bulletin's masthead and printing record (`某某办公室编印　2024年9月3日`, `…2024年9月3日印发`): the office issues
    // the bulletin, it is no 来源, and the verb after the date is no name.
    .replace(/(^|\s)[\u4e00-\u9fff（）()]{2,24}(编印|编发|主办)(?=\s|$)/g, ' ')
    .replace(/(?<=\d\s*日)\s*(印发|编印|编发)(?=\s|$)/g, ' ')
    // Self-media pages print the region the account posted from beside the time, without a label…
    .replace(REGION, ' ')
    // …and microblogs the device or client it was posted with (`来自 微博网页版`, `来自iPhone 15`): no outlet.
    .replace(DEVICE, ' ')
    // …or the app, glued to 来自 (`来自雪球`): where it was posted, never the outlet's name with 来自 in it.
    .replace(/(^|\s)来自(?![:：])[\u4e00-\u9fff]{2,8}(?=\s|$)/g, ' ')
    // A 12-hour clock (`下午4:40`, `上午 9:05`): read on the 24-hour one.
    .replace(/(上午|早上|凌晨|中午|下午|晚上|傍晚)\s*(\d{1,2})(?=\s*[:：]\s*\d{2})/g, (_, half: string, h: string) => String(to24(half, Number(h))))
    // The weekday between a date and its time (`2021年7月20日 星期二 11:20`); not a name's first two characters (`周一鸣`).
    .replace(/\s*(星期|周)[一二三四五六日天](?![\u4e00-\u9fff])\s*/g, ' ')
    // A labelled lead-in closing the line after its fields (`…浏览次数：152　核心提示：…`, `导读：…`) repeats the text:
    // the line's last field, no part of the information (a summary box standing alone keeps its own rule).
    .replace(/(?<=\S)\s*(核心提示|内容提要|提要|导读|导语|摘要)\s*[:：].*$/, ' ')
    // Year and day printed in separate elements (`2021` `08/04`).
    .replace(/(^|\s)((?:19|20)\d{2})\s+(\d{1,2})\s*\/\s*(\d{1,2})(?=\s|$)/, '$1$2-$3-$4')
    .replace(/\s+/g, ' ')
    .trim();
  // The day a site's header bar prints (`今天是2022年5月16日 星期一`) is today's, not the article's.
  if (TODAY.test(s)) return null;
  // A row of counters only (`阅读 1.2万 转发 12 评论 8`): an information line that says nothing of the article.
  if (!s && /\d/.test(line) && line.length <= MAX_LINE) return [];
  if (!s || s.length > MAX_LINE) return null;
  const marks: Mark[] = [];
  for (const m of s.matchAll(DATE)) marks.push({ at: m.index!, end: m.index! + m[0].length, key: FULL_DATE });
  for (const m of s.matchAll(SHORT_DATE)) {
    if (!marks.some((d) => m.index! < d.end && m.index! + m[0].length > d.at)) marks.push({ at: m.index!, end: m.index! + m[0].length, key: SHORT_DAY });
  }
  for (const m of s.matchAll(RELATIVE)) marks.push({ at: m.index!, end: m.index! + m[0].length, key: RELATIVE_TIME });
  for (const m of s.matchAll(KEY)) {
    if (m[2] === undefined && !BARE_KEY.test(m[1])) continue;
    if (marks.some((d) => m.index! < d.end && m.index! + m[0].length > d.at)) continue;
    marks.push({ at: m.index!, end: m.index! + m[0].length, key: m[1] });
  }
  if (marks.length === 0) return null;
  marks.sort((a, b) => a.at - b.at);
  const fields: Field[] = [];
  const free = (text: string, nextKey: string | undefined): void => {
    // A word glued to a bare 时间/日期 label (`公告日期：`, `信息时间：`) is the label's own first half, not a name.
    const own = nextKey === '时间' || nextKey === '日期' ? text.replace(/[\u4e00-\u9fff]+$/, '') : text;
    const t = own.replace(/^[\s·•・|/\-–—]+|[\s·•・|/\-–—]+$/g, '');
    // Two Han names side by side (`李明 · 某某前沿`) are two fields: the writer and the account, read apart below.
    // The first may open on a Latin brand (`C114中国通信网 X`), as outlets' names do.
    const two = /^([A-Za-z][A-Za-z0-9]{0,5}[\u4e00-\u9fff]{2,10}|[\u4e00-\u9fff]{2,10})\s*[·•]?\s+([\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9]{1,9})$/.exec(t);
    if (two) fields.push({ key: '', value: two[1] }, { key: '', value: two[2] });
    else if (t) fields.push({ key: '', value: t });
  };
  free(s.slice(0, marks[0].at), marks[0].key);
  marks.forEach((m, i) => {
    const next = i + 1 < marks.length ? marks[i + 1].at : s.length;
    if (m.key === FULL_DATE || m.key === SHORT_DAY || m.key === RELATIVE_TIME) {
      fields.push({ key: m.key, value: s.slice(m.at, m.end) });
      free(s.slice(m.end, next), marks[i + 1]?.key);
    } else fields.push({ key: m.key, value: s.slice(m.end, next).trim() });
  });
  // A real sentence that merely starts with 记者/时间 carries clause punctuation or long values.
  if (fields.some((f) => /[。，！？；]/.test(f.value) || f.value.length > 40)) return null;
  // `公众号：X` alone is an account's card (a follow-us block after the text); beside the writer or the time it names
  // the account the article was re-posted from.
  if (fields.every((f) => ACCOUNT_KEY.test(f.key))) return null;
  // Text outside any field must be a name (the outlet or the author beside a date), not a headline with its date.
  const loose = fields.filter((f) => f.key === '');
  const dated = fields.some((g) => g.key === FULL_DATE || g.key === SHORT_DAY || g.key === RELATIVE_TIME);
  // An outlet named before its reporter (`经济观察报 记者 赵婧 北京报道`) stands without a date.
  const reporter = fields.some((f) => /记者|記者|通讯员/.test(f.key)) && loose.every((f) => OUTLET.test(f.value));
  // A writer and the account publishing may both stand beside the date (`李明 · 某某前沿 · 2024-06-18 16:40`).
  const writerAndAccount = loose.length === 2 && dated && loose.filter((f) => isPerson(f.value)).length === 1;
  if ((loose.length > 1 && !writerAndAccount) || (loose.length && !dated && !reporter)) return null;
  if (loose.some((f) => !nameLike(f.value))) return lenient ? fields.filter((f) => f.key !== '') : null;
  return fields;
}

/**
 * Self-media templates print the account's name on its own line and the time on the next (`科技前哨` /
 * `发布时间：10-30 06:50`): the two lines after the headline read as one, when the first is a lone name and the
 * second is dated. `after` are the lines following the headline, in page order.
 */
export function nameAboveDate(after: string[]): string | null {
  for (let i = 0; i < Math.min(after.length, 3); i++) {
    const name = after[i].replace(HAO_BADGE, ' ').trim();
    if (!nameLike(name) || name.includes(' ')) continue;
    // A follow button or counter (`+关注`, `2024关注`) may stand between the name and the time.
    for (let j = i + 1; j < Math.min(after.length, i + 3); j++) {
      // A forum's counter under the name (`用户组：高级会员`): a poster's card, the writer, not an account.
      if (posterCounter(after, j)) break;
      const next = parseLine(after[j]);
      if (next?.some((f) => f.key === FULL_DATE || f.key === SHORT_DAY) && !next.some((f) => f.key === '' || /来源|作者/.test(f.key))) return `${name} ${after[j]}`;
      if (next || after[j].length > 12) break;
    }
  }
  return null;
}

/** Line `i` is a name with its counters under it, perhaps past a one-line intro. */
function countedCard(lines: string[], i: number): boolean {
  return counterLine(lines[i + 1]) || (CARD_INTRO.test(lines[i + 1]?.trim() ?? '') && counterLine(lines[i + 2]));
}

/**
 * The account of the only card with counters anywhere on the page (a sidebar's, below the text): read when nothing
 * nearer names the source. Two cards or more are a list of recommended accounts, none of them the page's.
 */
export function soleAccountCard(lines: string[]): string | null {
  const names = new Set<string>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const name = lines[i].trim();
    if (!nameLike(name) || name.includes(' ') || !countedCard(lines, i)) continue;
    names.add(name);
    // Past the card: its intro line is no second name.
    i += counterLine(lines[i + 1]) ? 1 : 2;
  }
  return names.size === 1 ? [...names][0] : null;
}

/**
 * The writer of the page's only person's card anywhere (a sidebar's): a person's name, its intro or counters under it
 * (`沈一舟` / `资深产业观察者` / `文章 86 粉丝 1.2万`), then a follow button. A person's card with counters is a writer's,
 * not an account's: the author, and no source.
 */
export function soleWriterCard(lines: string[]): string | null {
  const names = new Set<string>();
  for (let i = 0; i + 2 < lines.length; i++) {
    const name = lines[i].trim();
    if (!isPerson(name) || NOT_NAME.test(name)) continue;
    let j = i + 1;
    while (j < i + 3 && (counterLine(lines[j]) || CARD_INTRO.test(lines[j].trim())) && !FOLLOW.test(lines[j].trim())) j++;
    if (j > i + 1 && FOLLOW.test(lines[j]?.trim() ?? '')) names.add(name);
  }
  return names.size === 1 ? [...names][0] : null;
}

/** A follow button on a writer's or an account's card (`+关注`, `订阅`, `关注作者`, `关注他`). */
const FOLLOW = /^[+＋]?\s*(关注|订阅|加关注|关注作者|订阅作者|关注TA|关注他|关注她)$/i;

/** A counter an account's or an answerer's card prints under the name (`文章 1523`, `总阅读 3.2万`, `1.2万位粉丝`, `回答 208`). */
const ONE_COUNTER = String.raw`((文章|作品|粉丝|关注者|关注|总阅读|阅读|获赞|总浏览|发文|回答|提问)\s*\d[\d.,]*\s*[万千wW]?|\d[\d.,]*\s*[万千wW]?\s*[位人个篇次]?\s*(粉丝|关注者|关注|文章|作品|获赞|阅读|回答))`;
/** One counter, or several on one line (`粉丝 3.5万 · 文章 210`). */
const CARD_COUNTER = new RegExp(`^${ONE_COUNTER}(\\s*[·|｜/,，]?\\s*${ONE_COUNTER})*$`);
/** A card's one-line intro between the name and its counters (`专注新能源产业报道`): short, no sentence. */
const CARD_INTRO = /^[^。！？:：]{2,24}$/;
/** Counter lines are short; longer lines are not tried, so a long run of digits costs nothing. */
const COUNTER_MAX = 40;
const counterLine = (line: string | undefined): boolean => line !== undefined && line.trim().length <= COUNTER_MAX && CARD_COUNTER.test(line.trim());

/**
 * The account of a self-media page's account card: a lone name with its counters under it (`硬核科技说` /
 * `文章 1523` / `总阅读 3.2万`), perhaps a one-line intro between, printed beside the article rather than in its
 * information line.
 */
export function accountCard(lines: string[]): string | null {
  for (let i = 0; i + 1 < lines.length; i++) {
    // The card on one line, its follow button closing it (`某某智造前沿 +关注`): an account's name, not a person's.
    const oneLine = /^(\S{2,20})\s+([+＋]?\s*\S+)$/.exec(lines[i].trim());
    if (oneLine && nameLike(oneLine[1]) && !isPerson(oneLine[1]) && FOLLOW.test(oneLine[2].replace(/^([+＋])\s+/, '$1'))) return oneLine[1];
    const name = lines[i].trim();
    if (!nameLike(name) || name.includes(' ')) continue;
    if (countedCard(lines, i)) return name;
    // Without counters, a follow button under the name (and its certification line) makes the card; a person's
    // name there (or above, the line being its intro) is a writer's card (below).
    if (!isPerson(name) && !(i > 0 && isPerson(lines[i - 1].trim())) && (FOLLOW.test(lines[i + 1].trim()) || (CARD_INTRO.test(lines[i + 1].trim()) && FOLLOW.test(lines[i + 2]?.trim() ?? '')))) return name;
  }
  return null;
}

/** The words an office's name ends in (`某某局`, `某某市人民政府`, `某某办公室`). */
const OFFICE_WORDS = '局|厅|部|委|办|办公室|司|处|科|室|院|会|中心|政府';
/** An office's name as a notice's signature prints it. */
const OFFICE_NAME = new RegExp(`(${OFFICE_WORDS})$`);
/** A date on a line (`2024年5月6日`, `二〇二四年五月六日`, `2024-05-06`). */
const DATED = /\d{4}\s*[-/.年]|\d{1,2}\s*月\s*\d{1,2}\s*日/;

/**
 * Whether a line above an account's handle or QR prompt is its card's: the account's name or a one-line intro, no
 * date, and no office's name above a QR prompt — a notice's signature and date stand there too, and are the notice's.
 * Above a named handle (`微信号：…`, `ID：…`), which no signature stands over, an office's name is the account's
 * (`某某产业研究院`, `某某促进中心`).
 */
export function accountCardLine(line: string, overNamedHandle: boolean): boolean {
  const v = line.trim();
  return (nameLike(v) || CARD_INTRO.test(v)) && (overNamedHandle || !OFFICE_NAME.test(v)) && !DATED.test(arabicDates(v));
}

/**
 * The writer of a column or tech-media page's writer card: a person's name, perhaps a one-line intro, then a follow
 * button (`林一帆` / `关注芯片产业` / `+ 关注`). A person's name (two or three Han characters): the author, not an account.
 */
export function writerCard(lines: string[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    // The card on one line: `林一帆 关注芯片产业 + 关注`.
    const [first, ...rest] = lines[i].trim().split(' ');
    const tail = rest.join(' ').replace(/^[^。！？:：\s]{2,24}\s+(?=[+＋]?\s*\S+$)/, '').replace(/^([+＋])\s+/, '$1');
    if (rest.length && LOOSE_PERSON.test(first) && !NOT_NAME.test(first) && !OUTLET.test(first) && FOLLOW.test(tail)) return first;
    if (i + 1 >= lines.length) break;
    const name = lines[i].trim();
    if (!LOOSE_PERSON.test(name) || NOT_NAME.test(name) || OUTLET.test(name)) continue;
    if (FOLLOW.test(lines[i + 1].trim())) return name;
    if (CARD_INTRO.test(lines[i + 1].trim()) && FOLLOW.test(lines[i + 2]?.trim() ?? '')) return name;
  }
  return null;
}

/** The heading of a writer's card in a sidebar (`关于作者`, `作者信息`): a label, unlike a bio's sentence. */
const CARD_HEADING = /^(关于作者|作者信息|本文作者|作者介绍)$/;

/** The person a writer's card names on the line after its heading (alone, or first before a title: `顾念 高级编辑`). */
export function headedWriterCard(lines: string[]): string | null {
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!CARD_HEADING.test(lines[i].trim())) continue;
    const name = lines[i + 1].trim().split(' ')[0];
    if (LOOSE_PERSON.test(name) && !NOT_NAME.test(name) && !OUTLET.test(name)) return name;
  }
  return null;
}

/** The labels of the counters a forum prints on a poster's card. */
const POSTER_WORDS = '帖子|主题|主帖|回帖|发帖|积分|精华|威望|金钱|贡献|经验|等级|用户组|UID|注册时间|在线时间|最后登录|听众|收听';
/** One counter, label first (`帖子 312`, `积分：2048`, `用户组：高级会员`) or figure first (`312 帖子`). */
const ONE_POSTER_COUNTER = `((${POSTER_WORDS})\\s*[:：]?\\s*\\S{1,16}|[\\d.]+\\s*[万千kKwW]?\\s*(${POSTER_WORDS}))`;
/** A line of such counters, one or several (`等级：资深会员 发帖：1801 威望：321`). */
const POSTER_COUNTER = new RegExp(`^${ONE_POSTER_COUNTER}(\\s+${ONE_POSTER_COUNTER})*$`, 'i');
/** …or a counter printed over two lines, the figure above its label (`3086` / `帖子`), as card tables print them. */
const FIGURE = /^[\d.]+\s*[万千kKwW]?$/;
const POSTER_LABEL = new RegExp(`^(${POSTER_WORDS})$`, 'i');
/** Counter lines are short; longer lines are not tried. */
const POSTER_MAX = 80;
const posterCounter = (lines: string[], i: number): boolean => {
  const line = lines[i]?.trim() ?? '';
  const next = lines[i + 1]?.trim() ?? '';
  // Figure over label (`3086` / `帖子`) or label over figure, as a definition list prints them (`主题` / `36`).
  const apart = (FIGURE.test(line) && POSTER_LABEL.test(next)) || (POSTER_LABEL.test(line) && FIGURE.test(next));
  return line.length <= POSTER_MAX && (POSTER_COUNTER.test(line) || apart);
};

/** A forum user name: Han, Latin, digits and `_.·-`, no spaces (`battery_lee`, `通信老兵2019`). */
const USERNAME = /^(?!\d+$)[\u4e00-\u9fffA-Za-z0-9_.·-]{2,20}$/;

/**
 * The poster of a forum thread: a lone name with the forum's counters under it (`射频老王` / `帖子 312` / `积分 2048`),
 * printed beside the post. The poster wrote the post: the author, not an outlet.
 */
export function posterCard(lines: string[]): string | null {
  const user = (v: string): boolean => USERNAME.test(v) && !NOT_NAME.test(v) && !BOARD_BUTTON.test(v) && !POSTER_LABEL.test(v);
  for (let i = 0; i < lines.length; i++) {
    const name = lines[i].trim();
    // The counters under the name, perhaps past the member's rank (`资深会员`, `高级工程师`).
    // …or a level badge alone (`Lv9`, `储能吧 Lv9`), as bars print a member's card.
    const under = posterCounter(lines, i + 1) || (POSTER_RANK.test(lines[i + 1]?.trim() ?? '') && posterCounter(lines, i + 2)) || LEVEL_BADGE.test(lines[i + 1]?.trim() ?? '');
    if (i + 1 < lines.length && user(name) && under) return cleanAuthor(name);
    // The card on one line: `射频老王 等级：LV6`, or the name beside the thread's 楼主 badge (`handle 楼主 Lv.6`).
    const [first, ...rest] = name.split(' ');
    if (rest.length && user(first) && (posterCounter([rest.join(' ')], 0) || POSTER_BADGE.test(rest.join(' ')))) return cleanAuthor(first);
  }
  return null;
}

/** A board's buttons and action bar (`发表回复 2 帖子`): no member's name. */
const BOARD_BUTTON = /^(发表|回复|快速回复|发新帖|发帖|新帖|登录|注册|返回|收藏|分享|举报)/;
/** A member's rank printed between the name and the counters (`资深会员`, `新手上路`, `高级工程师`): a board's rank words. */
const POSTER_RANK = /^[\u4e00-\u9fff]{0,4}(会员|用户|版主|工程师|专家|达人|新手|上路|学徒|元老|大师|管理员)$/;
/** A member's level badge on the line under the name, perhaps after the board's name (`Lv9`, `储能吧 Lv9`). */
const LEVEL_BADGE = /^(?:[\u4e00-\u9fffA-Za-z0-9]{1,10}\s+)?(?:Lv|LV|lv)\.?\s*\d{1,2}$/;
/** The thread's starter badge beside the name, perhaps with a level (`楼主`, `楼主 Lv.6`). */
const POSTER_BADGE = /^楼主(\s+(Lv|LV|lv)\.?\s*\d{1,2})?$/;

/** Longest name read without a label: outlets and people have short names, related headlines long ones. */
const LOOSE_MAX = 10;
/** …but a user's handle (`battery_lee`, `ops-notes2021`) is one word however long: no headline is. */
const HANDLE = /^[A-Za-z][A-Za-z0-9_.-]{1,19}$/;

function nameLike(v: string): boolean {
  return (v.length <= LOOSE_MAX || HANDLE.test(v)) && !NOT_NAME.test(v) && (OUTLET.test(v) || PERSON.test(v) || ACCOUNT.test(v));
}

/**
 * The first word of a value: what follows a space is the next field's text (`中国新闻网 参与互动`) — but a name spaced
 * as one is written stays whole: a Latin name (`Wang Lei`, `EE Times China`) and an outlet's Latin initials before its
 * Han name (`MEM 微电子世界`).
 */
function firstWord(v: string): string {
  const spaced = SPACED_NAME.exec(v.replace(/^[：:\s]+/, ''));
  return spaced ? spaced[0] : v.split(' ')[0].replace(/^[：:\s]+|[：:，,。.\s]+$/g, '');
}
/**
 * …the Han name after the initials ending as an outlet's does (`微电子世界`, `央广网`): a button after them (`CCTV 参与互动`,
 * `AP 图片`) is the next text.
 */
const SPACED_NAME = /^(?:[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*){1,3}|[A-Z]{2,6} [\u4e00-\u9fff]{1,9}(?:网|报|社|台|刊|志|世界|之家|在线|资讯|观察|频道|传媒|媒体|新闻))(?=$|[\s,，;；])/;

/** Bylines that name nobody: the editors, the site's administrator (also in Latin: `webmaster`, `root`), readers, "compiled". */
const PLACEHOLDER = /^(楼主|层主|小编|编辑部?|本[网站报刊台]|本网编辑|管理员|系统管理员|超级管理员|网站管理员|网友|网友投稿|投稿|综合|综编|综述|编译|匿名|未知|不详|无|其他|webmaster|administrator|root|guest|system|editor|anonymous|unknown)$/i;

/**
 * The reporter a paper's lead line names in the first paragraph (`本报讯（记者 张三 通讯员 李四）`, `晨报讯（记者王五、实习生
 * 赵六）`, `本报北京3月5日电 记者 X`): the first reporter, the one the byline would give.
 */
const LEAD_REPORTER =
  /^[^，。！？]{0,24}(讯|电)\s*[（(【]?\s*(?:本报|本台|本刊|特派|首席|驻[\u4e00-\u9fff]{1,4})?记者\s*([\u4e00-\u9fff·]{2,4}?)(?=[\s、，,）)】]|通讯员|实习生|见习记者|特约|报道|$)/;
/**
 * …or a wire's bracketed dateline with the reporter first (`（中央社記者林某某台北6日電）`): the name glued to a place of two
 * characters; a longer run is not split (the place could be longer).
 */
const DATELINE_REPORTER = /^[（(]\s*[\u4e00-\u9fff]{0,6}?(?:记者|記者)\s*([\u4e00-\u9fff]{2,3}?)[\u4e00-\u9fff]{2}\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*(?:电|電)/;
export function leadReporter(first: string | undefined): string | null {
  const m = first?.match(LEAD_REPORTER) ?? first?.match(DATELINE_REPORTER);
  return m ? cleanAuthor(m[2] ?? m[1]) : null;
}

/** A line naming the editor alone (`【编辑:X】`, `[责任编辑: X]`, `编辑：X`), brackets and spaces removed. */
const EDITOR_ALONE = /^(?:本版)?(?:责任编辑|责编|编辑|編輯)[:：](.{1,20})$/;

/** Buttons in brackets an agency prints on its editor's line (`【纠错】 [责任编辑: X]`, `【打印】【关闭】`). */
const BRACKETED_BUTTON = /[【[]\s*(纠错|打印|关闭|分享|收藏|举报)\s*[】\]]/g;

/**
 * Whether one of the page's lines names `name` as an editor: alone (`【编辑:X】`, beside bracketed buttons) or among
 * the editors it lists (`(责编：X、Y)`), and with no other credit on the line.
 */
export function printedAsEditor(name: string, lines: string[]): boolean {
  return lines.some((l) => l.length <= 40 && EDITOR_ALONE.exec(l.replace(BRACKETED_BUTTON, '').replace(/[\s【】[\]()（）]/g, ''))?.[1].split(/[、，,/／]/).includes(name));
}

/** A user's handle closed by a number (`moldmaker2008`, `cnc_laowang2012`): a name, where other runs of digits are counters. */
const NUMBERED_HANDLE = /^[A-Za-z][A-Za-z_.-]{2,19}\d{2,4}$/;

/** A list of names whose last item runs on into a sentence (`许可、实习生罗蓝对此文亦有贡献`): a note of thanks, no byline. */
const RUN_ON_LIST = /、[^、，,\s]{9,}$/;

/** An author value, or null when it is a label, a counter, a placeholder or an address rather than a name. */
export function cleanAuthor(raw: string | null | undefined): string | null {
  // No name is this long; the e-mail scan below would be quadratic on a long run without spaces.
  if (!raw || raw.length > MAX_LINE * 4) return null;
  const v = raw.replace(/[,，;；]?\s*\S+@\S+/g, '').replace(/^[/:：\s]+|[,，;；\s]+$/g, '').trim();
  if (!v || v.length > 30 || RUN_ON_LIST.test(v) || /\.(pdf|docx?|xlsx?|wps|ofd|zip|rar|jpe?g|png)$/i.test(v) || (/\d{3,}/.test(v) && !NUMBERED_HANDLE.test(v)) || /https?:|[:：]|阅读|点击|浏览|网络整理|佚名|admin|本站|^[\d\s\p{P}]+$|\d\s*日\s*[电電]$/iu.test(v) || PLACEHOLDER.test(v)) return null;
  return v;
}

function firstValue(fields: Field[], keys: RegExp): string | null {
  const f = fields.find((x) => keys.test(x.key) && x.value);
  return f ? firstWord(f.value) || null : null;
}

/** A unit of the publishing body (`综合办公室`, `秘书处`, `宣传部`): as the 发布人 it is the site's poster, not a writer. */
const DEPARTMENT = /(办公室|[室处部科办组股]|中心)$/;

/** An office held (`市工信局局长 李某某`): a 发布人 so titled speaks at a press conference, and writes nothing. */
const OFFICE = /(局长|厅长|部长|司长|处长|署长|主任|书记|市长|县长|区长|主席|院长|秘书长|发言人|负责人|董事长|总经理)(?=\s|$)/;

/** The writer a line names: the name after the outlet in `文/观察者网 周远方`, else the first word. */
function writer(fields: Field[]): string | null {
  const named = fields.filter((x) => /作者|撰稿|撰文|主笔|^研究员$|^分析师$|记者|記者|通讯员|发布者|发布人|^报道$|^報導$|^文字?$|^文\s*[/／丨]|^(文\s*[/／·・]\s*图|图\s*[/／·・]\s*文)$/.test(x.key) && x.value && !(/发布/.test(x.key) && (DEPARTMENT.test(firstWord(x.value)) || OFFICE.test(x.value)))).map((f) => {
    const [first, second] = f.value.split(' ');
    // A Latin name keeps its spaces (`Tom Lee`).
    if (/^[A-Za-z][A-Za-z .'-]{1,30}$/.test(f.value.trim())) return f.value.trim();
    const name = second && OUTLET.test(first) && PERSON.test(second) ? second : firstWord(f.value);
    // A reporter is a person (or several: `江月、石磊`; `阿依古丽·买买提` too): `——记者蹲点一线看变化`, a 副题, names none.
    const lead = name.split(/[、，,]/)[0];
    return /记者|記者|通讯员/.test(f.key) && !PERSON.test(lead) && !LOOSE_PERSON.test(lead) ? '' : name;
  });
  // `作者：中国电子报 记者 张三`: the reporter's name over the outlet's.
  return named.find((v) => PERSON.test(v) && !OUTLET.test(v)) ?? named.find((v) => v) ?? null;
}

/**
 * The date of the line: a full date, or a year-less one completed with `year`. A line printing the day twice
 * (`披露日期：2024-09-13　发布时间：2024-09-13 17:40`) gives the one with the time.
 */
function dateOf(fields: Field[], year: number | null): string | null {
  const dates = fields.filter((f) => f.key === FULL_DATE);
  // A date labelled as the page's last change (`更新时间：`, `修改于`) or the document's signing (`成文日期：`) yields to another
  // on the line, printed before or after it; on the same day its time completes the other (`公告日期：2024-12-05 | 更新时间：2024-12-05 15:48`).
  const published = dates.filter((f) => !NOT_PUBLISHED.test(labelOf(fields, f)));
  const first = toIsoDate((published[0] ?? dates[0])?.value);
  // The time in a cell of its own beside the day's (`发布日期：2024-10-22` | `发布时间：09:15`).
  const clock = first?.length === 10 ? fields.find((f) => /时间/.test(f.key) && !NOT_PUBLISHED.test(f.key) && /^\d{1,2}:\d{2}(:\d{2})?$/.test(f.value)) : undefined;
  if (first && clock) return toIsoDate(`${first} ${clock.value}`) ?? first;
  if (first) return withTimeOfSameDay(first, dates.map((f) => toIsoDate(f.value)));
  const short = fields.find((f) => f.key === SHORT_DAY);
  return short && year ? yearlessDate(short.value, year) : null;
}

/**
 * Labels of a date other than the page's publication: its last change (更新, 修改, 修订), or the document's own signing
 * and force (成文, 签发, 生效, 施行, 实施 — an 信息公开 table prints them beside its 发布日期).
 */
const NOT_PUBLISHED = /更新|修改|修订|成文|签发|生效|施行|实施/;

/** Whether every date on the line is labelled as another than the publication's (`更新时间：…`, `成文日期：…`). */
const otherDatesOnly = (fields: Field[]): boolean => {
  const dates = fields.filter((f) => f.key === FULL_DATE);
  return dates.length > 0 && dates.every((f) => NOT_PUBLISHED.test(labelOf(fields, f)));
};

/** The label printed right before field `f` (`更新时间` of `更新时间：2022-05-12`), or ''. */
function labelOf(fields: Field[], f: Field): string {
  const before = fields[fields.indexOf(f) - 1];
  return before?.value === '' ? before.key : '';
}

/**
 * Where a page's material came from (`素材来源：综合自网络`): a credit, not the outlet of its text (`資料來源` is the
 * issuing office on Taiwan's releases, so it stays a 来源).
 */
const MATERIAL_SOURCE = /^素材来源/;
/** 来源 values that name no outlet: the site or paper itself (the edition's paper is read apart), "original", "the internet", "compiled", "readers' submissions". */
const NO_OUTLET = /^(本站|本网|本报|本刊|原创|本站原创|本网原创|网络|互联网|网络转载|网络整理|转载|综合|综合整理|综编|网友投稿|用户投稿|读者投稿|投稿|未知|佚名|其他|其它)$/;

/**
 * A 来源 naming a WeChat account as portals print a re-posted article's (`微信公众号“X”`, `公众号：X`, `X微信公众号`,
 * `X（微信公众号）`): the account, which is the source, without the platform's word.
 */
const ACCOUNT_WORDING = /^(?:微信)?(?:公众号|订阅号|微信号)\s*[：:]?\s*[“"「『]?([^“”"「」『』]{2,20}?)[”"」』]?$|^[“"「『]?([^“”"「」『』（(]{2,20}?)[”"」』]?\s*[（(]?(?:微信)?(?:公众号|订阅号)[）)]?$/;
const accountOf = (v: string | null): string | null => {
  const m = v?.match(ACCOUNT_WORDING);
  return m ? (m[1] ?? m[2]) : v;
};
/** An outlet named as a compilation's source (`综合自新华社、人民日报`, `据新华社`; not 综合 alone, which opens names): the outlets after the verb. */
const COMPILED_FROM = /^(综合自|据)(?=[\u4e00-\u9fff《])/;
/** A paper's name printed in title marks (`《人民日报》`): the name. */
const TITLE_MARKS = /^《([^《》]{2,20})》$/;
/** A 来源 compiled by the outlet it names (`X综合整理`, `X综合`): the outlet, without the word. */
const COMPILED = /(?<=[\u4e00-\u9fffA-Za-z]{2})(综合整理|综合报道|综合|整理)$/;

/** The label naming a WeChat account, a field only beside others. */
const ACCOUNT_KEY = /公众号$/;
/** The platform's word spaced from the account (`微信公众号 X`), which would be read as the value's first word. */
const SPACED_PLATFORM = /^(?:微信)?(?:公众号|订阅号|微信号)\s+(?=\S)/;

/** `day`, or the first of `others` that is the same day with a time. */
function withTimeOfSameDay(day: string, others: (string | null)[]): string {
  if (day.length !== 10) return day;
  return others.find((d) => d && d.length > 10 && d.startsWith(day)) ?? day;
}

/** A bulletin's imprint beside its date (`某某市应急管理局编`, `…办公室编印`): the body that compiled it. */
const IMPRINT = new RegExp(`(?<=(${OFFICE_WORDS}))(编印|编发|主编|编)$`);
const compiledBy = (v: string | null): string | null => v?.replace(IMPRINT, '') ?? null;

/** The publishing body's label alone (an 信息公开 table's 发布机构), and the 来源 labels of an article's own line. */
const ISSUER_KEY = new RegExp(`^${ISSUER}$`);
const OUTLET_KEY = /^(?:文章|信息|稿件|新闻|本文)?(?:来源|來源)$/;

/** The labels naming where the text came from (a university's 供稿单位, the 学院 or office that wrote it, among them). */
const SOURCE_KEY = new RegExp(`来源|來源|公众号|供稿单位|供稿部门|稿源|转载|转自|来自|出处|发布方|${ISSUER}|解读机关|解读单位|信息提供|提供单位|^机构$`);

function absorb(meta: CnMeta, fields: Field[], year: number | null, near = true): void {
  const date = dateOf(fields, year);
  // A day printed alone, then the same day with its time on a line near the headline (a 公告日期 line over 发布时间).
  meta.published = meta.published ? (near ? withTimeOfSameDay(meta.published, [date]) : meta.published) : date;
  const loose = fields.filter((f) => f.key === '').map((f) => f.value);
  // `来源：经济日报、中国经济网`: the first outlet named is the one the text came from.
  // A bare 供稿 names the unit that wrote the piece on the dated information line; in a closing credit it is a credit.
  const sourced = fields.find((x) => (SOURCE_KEY.test(x.key) || (date !== null && x.key === '供稿')) && !MATERIAL_SOURCE.test(x.key) && x.value);
  const labelled = accountOf((sourced && firstWord(sourced.value.replace(SPACED_PLATFORM, '').replace(COMPILED_FROM, '')).split(/[、，,；;]/)[0].replace(COMPILED, '').replace(TITLE_MARKS, '$1')) || null);
  // A name beside the date is the outlet, or the self-media account publishing (the source); a person's name the author.
  const person = loose.find(isPerson) ?? null;
  // A 版面 header's page and its name beside the edition's date (`A06版　民生新闻`) is no outlet.
  const outlet = compiledBy(loose.find((v) => !isPerson(v) && !PAGE_MARK.test(v)) ?? null);
  meta.source ??= (labelled && (NO_OUTLET.test(labelled) || REGION_ONLY.test(labelled)) ? null : labelled) ?? outlet;
  if (!meta.author) {
    const labelledAuthor = cleanAuthor(writer(fields));
    meta.author = labelledAuthor ?? cleanAuthor(person);
    meta.authorUnlabelled = !labelledAuthor && meta.author !== null;
  }
  meta.editor ??= firstValue(fields, /编辑|編輯|责编/);
}

/** A label printed alone with its value in the next cell (`发布日期：` | `2021-12-20`): joined to it. */
const LONE_KEY = /^[\u4e00-\u9fff]{2,6}\s*[：:]$/;
/**
 * …and the 信息公开 table's labels, which some sites print without a colon (`发布机构` | `某某局`), as attribute tables print 来源
 * and 作者, and the publishing body's (ISSUER).
 */
const TABLE_KEY = new RegExp(`^(${ISSUER}|成文日期|发布日期|公开日期|发布时间|(信息|文章)?来源|作者)$`);
/** …and only a label of the information line: `相关阅读：` above a dated link is a heading, not `阅读：` with a name. */
const INFO_LABEL = new RegExp(`^(?:${KEY.source})$`);
/** A word that is one of the information line's labels, as printed in simplified characters. */
const isInfoLabel = (word: string): boolean => INFO_LABEL.test(word) || TABLE_KEY.test(word);

/** A label boxed in brackets (`【来源】`, `[作者]`) or spaced out to its cell's width (`作　　者：`), as old CMS tables print them. */
const BOXED_LABEL = /^[【[〔]\s*([^】\]〕]{2,16})\s*[】\]〕]\s*[：:]?$|^([\u4e00-\u9fff](?:\s+[\u4e00-\u9fff]){1,5})\s*[：:]$/;

/** A label printed alone, its value in the next cell or line, as the information line prints it (`来源：`); else null. */
export function loneLabel(printed: string): string | null {
  const line = simplifiedLabels(printed.trim(), isInfoLabel);
  const boxed = BOXED_LABEL.exec(line);
  const word = boxed ? `${(boxed[1] ?? boxed[2]).replace(/\s+/g, '')}：` : line;
  return (LONE_KEY.test(word) && INFO_LABEL.test(word)) || TABLE_KEY.test(word) ? word : null;
}

const isLoneLabel = (printed: string): boolean => loneLabel(printed) !== null;

/**
 * The label at `i` joined to the value after it (`来源：` | `某某报`), or null; a label followed by another printed none
 * (its cell was empty), so it takes nothing.
 */
export function labelWithValue(lines: string[], i: number): string | null {
  const label = i + 1 < lines.length ? loneLabel(lines[i]) : null;
  return label && !isLoneLabel(lines[i + 1]) ? `${label} ${lines[i + 1]}` : null;
}

/**
 * Reads information lines in the order given (put the lines nearest the headline first: the first value of
 * each kind wins). `year` completes dates printed without one (`09-30 22:46`). A name beside a date without a
 * label (`中国新闻网 09-30 22:46`) is read only in the first `looseWithin` lines: further away the same shape is
 * a related article's title and date.
 */
export function readCnMetaLines(lines: string[], year: number | null = null, looseWithin = Infinity): CnMeta {
  const meta: CnMeta = { published: null, author: null, source: null, editor: null, authorUnlabelled: false };
  let byOther = false;
  let byIssuer = false;
  for (let i = 0; i < lines.length; i++) {
    const near = i < looseWithin;
    const joined = labelWithValue(lines, i);
    const line = joined ?? lines[i];
    if (joined) i++;
    const fields = parseLine(line, near);
    if (!fields || !(near || fields.every((f) => f.key !== ''))) continue;
    // A line of the page's last change or the document's signing read first (`更新时间：`, `成文日期：` over `发布时间：`)
    // yields its date to the publication's.
    if (byOther && !otherDatesOnly(fields) && dateOf(fields, year)) meta.published = null;
    byOther = meta.published ? byOther : otherDatesOnly(fields);
    // An 信息公开 table's publishing body read first yields to the 来源 the article's own line prints (the outlet as the
    // page names it), unless that names none (`来源：本站`).
    const issued = byIssuer && fields.some((f) => OUTLET_KEY.test(f.key) && f.value) ? meta.source : null;
    if (issued) meta.source = null;
    const before = meta.source;
    absorb(meta, fields, year, near);
    meta.source ??= issued;
    if (!issued && !before && meta.source) byIssuer = fields.some((f) => ISSUER_KEY.test(f.key) && f.value);
    else if (issued) byIssuer = false;
  }
  return meta;
}

/**
 * A reprint note at the head of the text (`本文来自微信公众号“能源新视界”（ID：…），作者：周洁，36氪经授权发布`,
 * `本文来源：公众号 X（ID：…），作者：Y`): the account it names is the source, the writer the author. A sentence, so no
 * information line.
 */
const REPRINT =
  /^[（(]?\s*(?:编者按\s*[:：]\s*)?(?:本文|文章|此文)(?:来自|来源于?|转载自|转自|转载于|首发于)\s*(?:微信)?(?:公众号|微信号|头条号|百家号|订阅号)?\s*[:：]?\s*(?:微信)?(?:公众号|微信号|头条号|百家号|订阅号)?\s*[“"「『]?([^”"」』（(，,：:；;。\s]{2,20})[”"」』]?\s*(?:[（(][^）)]{0,40}[）)])?\s*(?:[，,]\s*作者\s*[:：]\s*([^，,。；;）)\s]{2,12}))?/;

/** How many lines after the headline a reprint note may stand at. */
const REPRINT_WITHIN = 8;

/** The source and writer a reprint note names, among the lines following the headline (in page order). */
export function readReprintNote(after: string[]): { source: string | null; author: string | null } {
  for (const p of after.slice(0, REPRINT_WITHIN)) {
    const m = p.length <= 200 ? REPRINT.exec(p) : null;
    if (m) return { source: m[1], author: cleanAuthor(m[2]) };
  }
  return { source: null, author: null };
}

/** A signing line that closes an official document: an organ's name, then the date it was signed. */
function isSignature(paragraphs: string[], i: number): boolean {
  const line = paragraphs[i].trim();
  const before = paragraphs[i - 1]?.trim() ?? '';
  return i === paragraphs.length - 1 && /^\d{4}年\d{1,2}月\d{1,2}日$/.test(arabicDates(line)) && before.length <= 30 && !/[。，：:]/.test(before);
}

/**
 * A comment section's label standing alone (`网友评论`, `全部评论（9）`): after text it is no information line but where
 * the text ends, so it is left for the body's edges to cut at, with the comments under it.
 */
/** The words of a comment section's label (`网友评论`, `全部留言`), shared with the body's end labels (cn-body-edges.ts). */
// …and the other answers under an answer page's (`更多回答`, `其他回答`): other writers, other times.
export const COMMENT_LABEL_WORDS = '((网友|热门|最新|全部|精彩|读者|用户)?(评论|留言|跟帖)(区|列表)?|(更多|其他|其它|全部|相关)回答)';
const COMMENTS_LABEL = new RegExp(`^[【[]?\\s*${COMMENT_LABEL_WORDS}\\s*[】\\]]?\\s*([:：]|[（(]\\d*[）)])?$`);
export const isCommentsLabel = (line: string): boolean => COMMENTS_LABEL.test(line);

/** Characters of text above for a dated line to start another article rather than sit under this one's text. */
const NEXT_AFTER = 80;

/**
 * A dated information line after the text, under a headline-like line and over more text, opens the next article
 * that the template printed into the same container: it and all that follows are not this article's.
 */
function opensNextArticle(paragraphs: string[], i: number, above: number, fields: Field[], year: number | null): boolean {
  const headline = paragraphs[i - 1] ?? '';
  return (
    above - headline.length >= NEXT_AFTER &&
    /^[^。！？]{4,40}$/.test(headline) &&
    dateOf(fields, year) !== null &&
    paragraphs.slice(i + 1).some((q) => q.length >= 40 && /[。！？]$/.test(q))
  );
}

/** The paragraph read with its inline element boundaries spaced, when that differs from its printed text. */
function parseSpaced(spaced: string, printed: string): Field[] | null {
  return spaced !== printed ? parseLine(spaced) : null;
}

/**
 * A writer's byline glued to the text's first sentence by a space (`文/X　近年来…`, `■文｜X …`, `作者：X …`): read as a
 * line of its own, the sentence after it kept.
 */
const GLUED_BYLINE = /^[■□◎◇●\s]*(?:文\s*[/／|｜丨]|作者\s*[:：])\s*[\u4e00-\u9fff·]{2,4}[\s\u3000]+(?=\S)/;
/** Characters of text after a glued byline for the paragraph to be text, not a byline line with a long value. */
const GLUED_TEXT_MIN = 20;

/** Lines that close an article wherever they stand after its first paragraph: what follows them is another page's. */
export const STRONG_TAIL = /^[（(【[]?\s*(原标题|责任编辑|责编)\s*[:：]/;
/** Characters of text the article must have above a 原标题/责任编辑 line for that line to end it. */
export const STRONG_AFTER = 80;

/** Short lines above a byline at the text's head dropped with it: a caption, an 引题, a 副题. */
const HEAD_LINES_MAX = 2;
const HEAD_LINE_MAX = 60;
/** The labels of a writer's byline. */
const BYLINE_KEY = /记者|記者|通讯员|作者|撰文|^文\s*[/／丨]|^(文\s*[/／·・]\s*图|图\s*[/／·・]\s*文)$/;

/**
 * Removes information lines from the first and last few paragraphs and returns what they said.
 * Lines in the middle of the body are left alone: there they are text, not furniture. `spaced(i)` is paragraph
 * i with a space at every inline element boundary, read when the printed text glues fields together.
 */
export function stripCnMetaLines(paragraphs: string[], year: number | null = null, spaced: (i: number) => string = (i) => paragraphs[i]): { paragraphs: string[]; meta: CnMeta } {
  const meta: CnMeta = { published: null, author: null, source: null, editor: null, authorUnlabelled: false };
  const keep: string[] = [];
  let above = 0;
  const isTurn = interviewTurns(paragraphs);
  let inComments = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const atEdge = i < EDGE || i >= paragraphs.length - EDGE;
    if (isTurn?.(p)) {
      keep.push(p);
      above += p.length;
      continue;
    }
    const glued = i < EDGE && above === 0 ? GLUED_BYLINE.exec(p) : null;
    const byline = glued && p.length - glued[0].length >= GLUED_TEXT_MIN ? parseLine(glued[0].trim()) : null;
    if (byline) {
      absorb(meta, byline, year);
      keep.push(p.slice(glued![0].length));
      above += p.length - glued![0].length;
      continue;
    }
    // Under a comment section's label the lines are readers' names and times: no information line is read there.
    if (above > 0 && COMMENTS_LABEL.test(p)) inComments = true;
    // A paragraph too long for an information line is not spaced again.
    const fields = atEdge && !inComments && !isSignature(paragraphs, i) ? (parseLine(p) ?? (p.length <= MAX_LINE * 4 ? parseSpaced(spaced(i), p) : null)) : null;
    if (!fields) {
      keep.push(p);
      above += p.length;
      continue;
    }
    // A 原标题/责任编辑 line after the text is read and also kept: the body's edges end the article there, and a teaser
    // of the next page printed under it (a linked headline and its lead sentence) goes with it. It closes this
    // article even when dated, so the line above it is this article's last, never the next one's headline.
    if (above >= STRONG_AFTER && STRONG_TAIL.test(p)) {
      absorb(meta, fields, year);
      keep.push(p);
      continue;
    }
    if (opensNextArticle(paragraphs, i, above, fields, year)) {
      keep.pop();
      break;
    }
    // A byline opening the text (`□ 本报记者 X 文/图`) under short lines only: those are a photo's caption, an 引题 or a
    // 副题 printed in the text's box above it, not text.
    if (i < EDGE && keep.length <= HEAD_LINES_MAX && keep.every((k) => k.length <= HEAD_LINE_MAX) && fields.some((f) => BYLINE_KEY.test(f.key))) {
      keep.length = 0;
      above = 0;
    }
    absorb(meta, fields, year);
  }
  return { paragraphs: keep, meta };
}
