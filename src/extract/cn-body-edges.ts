/**
 * What Chinese news templates print before and after the article inside the same container (and photo captions
 * between its paragraphs): 原标题 and
 * 来源于 lines, summary and 导读 boxes, ad blurbs, bracketed bylines at the head; 原标题/责任编辑 lines,
 * copyright and disclaimer notices, 返回…首页 links, WeChat END marks and promotion tails at the end.
 */
import { interviewTurns } from './cn-interview.js';
import { isCommentatorLine } from '../clean/credit-patterns.js';
import { startsNumberedSection } from '../clean/text-shape.js';
import { COMMENT_LABEL_WORDS, STRONG_AFTER, STRONG_TAIL, cleanAuthor } from './cn-meta.js';
import { CLOSING_NOTE, PERSON_BOX_LABEL, isPagerLine, particularsBlockEnd, particularsRun } from './cn-closing-notes.js';
import { STATEMENT, furnitureRunStart } from './cn-tail-run.js';
import { noticeClosingEnd } from './cn-notice.js';
import { captionParagraphsAreText } from './gallery-marks.js';

/**
 * A paragraph that is furniture when it opens the body: labelled notes (原标题, any …来源/来源于, 摘要, 提要, 导语, 点评, 编者按,
 * with a colon, a closing bracket or 丨 after the label), ad labels, follow prompts, bylines, a bracketed column label
 * alone (`【今日关注】`), and a reporter line standing alone (`经济观察报 记者 赵婧 北京报道`).
 */
const HEAD = new RegExp(
  [
    /^[（(【[]?\s*(原标题|[\u4e00-\u9fff]{0,4}来源于?|[\u4e00-\u9fff]{0,4}(摘要|提要|导读|导语|简介|点评)|编者按|编者的话|核心提示|当前位置|您(现在|当前)?的位置|位置)\s*[:：】\]丨|｜]/,
    // An editor's note set off by a space only (`编者按　…`), and a platform's statement printed above the text.
    /^[（(【[]?\s*(编者按|编者的话)[\s\u3000]|^[^，。]{0,8}声明\s*[:：]/,
    // A 人物名片 box's line whose label the page dropped: a name, then birth year or posts, no reported speech.
    /^[\u4e00-\u9fff·]{2,4}[，,\s\u3000]+(?=[^。]{0,60}(\d{4}\s*年(出)?生|现任|曾任|研究员|教授|院长|董事长|总经理|主任))(?![^。]{0,100}(表示|说|认为|指出|介绍|专访|采访|记者))[^。]{4,100}。?$/,
    // An official document's 文号 line above its text (`某政办发〔2024〕18号`).
    /^[\u4e00-\u9fff]{1,12}\s*[〔[（(]\s*\d{4}\s*[〕\]）)]\s*\d{1,4}\s*号$/,
    /^[（(]?\s*(本文|文章)?(来自|转载自|转自)[^，。]{0,20}[:：]/,
    // A reprint chain: the site it came through and the first publisher (`转引自X　原刊于Y`, `（本文经X转载，首发于Y）`).
    /^[（(]?\s*(本文|文章|此文)?(转引自|转载自|转自|原载于?|原刊于?|首发于)|^[（(]?\s*(本文|文章|此文)(经|由)[^，。]{1,20}(转载|转发)/,
    /^[【[]?\s*(广告|推广)\s*[】\]]/,
    // A person's box printed as one line under its label (`【人物名片】某某，某某集团董事长。1968年生…`, `人物简介：某某，…`).
    /^[【[]?\s*(人物名片|人物简介|人物档案|嘉宾简介|嘉宾介绍|个人简介|受访者简介|专家简介)\s*([】\]]|[:：](?=[^。]{0,20}[，,]))/,
    // A blog's licence notice above the text.
    /^(版权|转载|原创)声明\s*[:：]/,
    // Labels standing alone, short bylines, type-size rows and audio/video player controls.
    /^(导读|导语|摘要|编者按|资料图片?)$|^(记者|作者|撰文|撰稿)\s*[:：]\s*[^，。？?！!]{1,20}$|^(字号|字体)\s*[:：]|^\d{1,2}:\d{2}\s*\/\s*\d{1,2}:\d{2}$|^(播放|暂停|收听|听新闻|语音播报)$/,
    // A listed company's codes line over its announcement (`证券代码：600XXX　证券简称：某某　公告编号：2024-058`).
    /^(证券|股票|债券|基金)(代码|简称)\s*[:：]/,
    // An 信息公开 page's index rows printed inside the text container.
    /^(索\s*引\s*号|发文字号|文\s*号|主题分类|分\s*类|成文日期|发布日期|有\s*效\s*性|是否有效|公开方式|公开范围|所属机构)\s*[:：]/,
    // A journal article's front matter: 关键词, 中图分类号/文献标识码/DOI lines, bracketed 【摘要】/【关键词】 labels, and the
    // writer's line with the unit in brackets (`李某 （某某大学经济学院，北京 100872）`).
    /^[【[]?\s*(关键词|关键字|中图分类号|文献标识码|文章编号|DOI)\s*[:：】\]]|^[【[]\s*(摘要|内容摘要|提要)\s*[】\]]|^[^。！？，,]{2,20}[（(][^）)。！？]{0,30}(大学|学院|研究院|研究所|研究中心|实验室)[^）)。！？]{0,20}[）)]$/,
    // Key points listed above the text: `要点一：…`, `划重点｜…`, bullet items.
    /^(核心|文章)?(要点|重点|划重点)[一二三四五六七八九十\d]*\s*[:：丨|｜]|^[·•●▪■◆]\s*/,
    // A video box's player and title before the text: `视频加载中...`, `视频：发布会现场　来源：…`.
    /^(视频|图片)?(加载中|正在加载)|^[【[]?\s*视频\s*[:：|｜丨】\]]/,
    /^(点击|关注).{0,8}(蓝字|关注|我们)/,
    // Reading aids and follow prompts above the text: a reading-time line, a 目录 label, 星标/置顶 prompts, arrows.
    /^(本文|全文)(约|共计?)\s*[\d,，.]+\s*字|阅读(约|大约)?需|预计阅读|^(本文)?目录$|^(设为|加个?)?星标|星标置顶|^[↓⬇\s]+$/,
    /^(文|作者|撰文|文字|记者|编辑|来源)\s*[/|｜丨]/,
    // A column's or commentary's byline on a line of its own behind a mark (`□ 易某`, `◎ 文/某某`, `○ 某某`; filled
    // marks open key points, above); a paper's 评论员 signature is told by isCommentatorLine.
    /^[□◎◇○]\s*[^，。！？、；]{2,24}$/,
    /^[\u4e00-\u9fff]{0,8}(记者|编辑)\s*[|｜丨]/,
    /^【[^】]{2,10}】$/,
    /^[^，。！？：:]{0,16}(记者|通讯员)((\s+[\u4e00-\u9fff·]{2,4})+(\s*[\u4e00-\u9fff]{2,6}报道)?|[\u4e00-\u9fff·]{2,4}\s+[\u4e00-\u9fff]{2,6}报道)$/,
  ]
    .map((r) => r.source)
    .join('|'),
);
/**
 * A box's label standing alone above the text (`人物名片`, `【嘉宾简介】`, `编者按`): the label and the one short
 * paragraph under it are the box, not the text.
 */
const BOX_LABEL = /^[【[]?\s*(人物名片|人物简介|嘉宾简介|个人简介|受访者简介|专家简介|编者按|编者的话)\s*[】\]]?\s*[:：]?$/;
/** A summary box's label standing alone (`摘要`, `【导读】`): kept by the furniture filter so its box goes with it here. */
export const SUMMARY_LABEL = /^[【[]?\s*((内容|文章)?(摘要|提要)|导读|导语|核心提示)\s*[】\]]?\s*[:：]?$/;
/**
 * A summary box printed as one paragraph under its label (`摘要：…`, `【导读】…`, or the label set off by a space only, as a
 * span beside the text prints it): the box however long — a trade page's 摘要 runs past a head note's length.
 */
const SUMMARY_LEAD = /^[【[]?\s*((内容|文章)?(摘要|提要)|导读|导语|核心提示)\s*([:：】\]丨|｜]|[\s\u3000]+(?=[\u4e00-\u9fff]))/;
const SUMMARY_MAX = 400;
const BOX_MAX = 150;
/** A bracketed byline opening the first paragraph: `【环球时报记者 倪浩】`, `【文/观察者网 周远方】`. */
const LEAD_BYLINE = /^[【[]([^】\]]{0,12}(记者|通讯员|特约|文\s*[/|｜]|撰文)[^】\]]{0,16})[】\]]\s*/;
/** A paragraph that starts the tail: everything from it to the end is furniture. */
const TAIL =
  /^[（(【[]?\s*(原标题|(本版)?(责任编辑|责编|编辑|美编)|校对|审校|审核|审稿|初审|复审|终审|一审|二审|三审|监制|统筹|策划|值班编辑|[\u4e00-\u9fff]{0,3}来源于?|文字|(封面|题图|配)?图片?)\s*[:：|｜丨]|^[^，。]{0,8}声明\s*[:：】\]]|^(风险|投资)提示\s*[:：]|^[\u4e00-\u9fff]{0,2}提示\s*[:：].{0,40}(仅供参考|为准|不构成)|仅供参考.{0,20}(不构成|风险自担)|风险自担|不构成.{0,8}投资建议|^(上一篇|下一篇|上一条|下一条)|^解读(机构|机关|单位|部门|处室|人|专家)\s*[:：]|^[【[]?\s*(基金项目|作者简介|作者单位|收稿日期|修回日期|通讯作者)\s*[:：】\]]|^[（(【[]?\s*(本文|以上|文字)?(内容)?根据.{0,16}(速记|录音|现场|发言|讲话|采访)?.{0,8}整理|^[（(]?\s*附件\s*[:：\d一二三]|^返回[^。！？]{0,8}[，,]?\s*查看更多|(扫描|长按|识别).{0,6}二维码.{0,4}(关注|下载|订阅|加入|收听|观看)|^分享让更多人看到|^(出品|制作|设计|视觉|海报)\s*[:：|｜丨]|^((上一页|下一页|首页|尾页|末页|第\s*\d+\s*页|共\s*\d+\s*页|\d{1,3})(\s+|$))+$|^(网友评论|热门评论|最新评论|发表评论|我要评论|评论区|全部评论)|^[【[]\s*(相关|更多)?专题\s*[】\]]|^《[^》]{2,14}》\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|^(个人)?签名\s*[:：]|^点击(进入|查看|阅读|浏览)|未经.{0,24}授权|不得转载|禁止转载|严禁转载|转载请|侵权必究|如有侵权|^[（(【[]?\s*(本文|文章|此文)(系|为|由|来源|来自|链接|首发|转载|转自|经)|仅代表作者|不代表本?(站|网|平台)|信息存储(空间)?服务|返回.{0,12}首页|^notice\s*[:：]|^[-—\s]*(the\s+)?end[-—\s]*$|^(推荐阅读|往期(推荐|回顾|精彩|精选)|相关阅读|延伸阅读|相关新闻|热门推荐|更多精彩)|^(推薦閱讀|相關閱讀|延伸閱讀|相關新聞|相關報導)|免責聲明|版權所有|不得轉載|长按.{0,12}(二维码|关注)|扫码关注|欢迎关注|关注.{0,12}(公众号|微信号|客户端)|下载.{0,12}(APP|客户端)|打开.{0,8}(APP|客户端)|(版权|著作权|解释权)均?(归|属于?)|^[（(【[]?\s*(本站|本网|本平台)(转载|转发|刊发|刊登|发布)|传递更多信息|(商务|广告)合作|合作(请|热线|电话|邮箱)|^[^。！？]{0,30}(APP|客户端|公众号|微信号)\s*[。！!]?$|^(文章)?(关键词|关键字|标签|相关标签|tags?)\s*[:：]|^[【[]?\s*(双语词汇|词汇|生词|重点词汇|vocabulary)\s*[】\]:：]|^(相关专题|专题报道|进入专题)|^扫(一扫|码|描(二维码|下方|上方|左侧|右侧))|^(热点|热门|今日|24小时)(推荐|新闻|视频|阅读|热点|排行|文章)|^猜你喜欢|^(相关报道|相关链接|相关文章|相关资讯|相关推荐)|^关注我们|^返回(顶部|列表|目录)|^[【[]?\s*打印|^我要反馈|^登录\s*[|｜/]?\s*注册|^加载更多|^(阅读|展开)(下一篇|全文|更多)|^点赞(\s|$)|^在看$|^分享(到)?\s*[:：]|纠错|点.{0,2}在看|^分享.{0,2}点赞|投稿.{0,6}(合作|邮箱|请)|报料(热线|电话|邮箱)?\s*[:：]/i;
/**
 * A press release's tail: its end mark (`（完）`, `-完-`, `###`; a transcript's `—— 本期访谈结束 ——`), the 关于… boilerplate heading or a …简介 one naming the
 * company, media contacts (`媒体联系：`, `新闻联络人`, `媒体垂询`).
 */
const RELEASE_TAIL =
  /^[（(【[]?\s*[-—－–~～]*\s*(完|全文完|本文完)\s*[-—－–~～]*\s*[）)】\]]?$|^[（(【[]?\s*[-—－–~～]*\s*(本期|本场|本次)?(访谈|发布会|直播|采访|对话|节目)(到此)?结束[^。！？]{0,12}[）)】\]]?$|^#{3,}$|^关于\s*[^。！？，,：:；;]{2,30}(公司|集团|企业|控股|股份|科技|银行|基金会|协会|研究院|[A-Za-z0-9.&)）]{2,})$|^[^。！？，,：:]{2,20}简介$|^(媒体|新闻|公关)\s*(联系人?|联络人?|垂询|咨询|查询)\s*[:：]?/i;
/**
 * An English abstract or keywords block after the Chinese text (`Abstract: …`, `Key words: …`), as bilingual and journal
 * pages print them: front matter placed last, however long, never the text (English paragraphs alternating with the
 * Chinese ones carry no such label).
 */
const ENGLISH_MATTER = /^[【[]?\s*(abstract|summary|key\s*words?)\s*[:：】\]]/i;
const mostlyLatin = (p: string): boolean => (p.match(/[A-Za-z]/g)?.length ?? 0) > (p.match(/[\u4e00-\u9fff]/g)?.length ?? 0) * 2;
/**
 * A label standing alone over readers' comments or the notes and references: what follows it is no article text,
 * however many lines (a long comment section, a reference list) come after.
 */
const LONE_END_LABEL = new RegExp(
  `^[【[]?\\s*(${COMMENT_LABEL_WORDS}|注\\s*释|附\\s*注|指标解释|名词解释|参考文献|参考资料|尾注|脚注|关于作者|作者简介|联系我们)\\s*[】\\]]?\\s*([:：]|[（(]\\d*[）)])?$`,
);
/**
 * An event's information label standing alone (`【演出信息】`, `活动须知`, `展览信息`): the time, place and ticket lines
 * under it are no text; a section heading of the text when paragraphs of text follow it.
 */
const EVENT_INFO_LABEL = /^[【[]?\s*((同期)?(演出|活动|会议|展览|展会|赛事|论坛|参观|观展)(信息|须知|指南|日程|议程|安排)|(日程|议程)(安排|表)?)\s*[】\]]?\s*[:：]?$/;
/** A labelled line (`地点：…`, `预约方式：…`). */
const FIELD_LINE = /^[\u4e00-\u9fff]{2,6}\s*[:：]/;
/** A reading-list label standing alone (`相关阅读`, `延伸阅读`): a box of links, inside the text when text follows it. */
export const LIST_LABEL = /^[【[]?\s*(相关|延伸|推荐|更多|拓展)(阅读|新闻|链接|报道|文章|资讯)\s*[】\]]?\s*[:：]?$/;
/** Paragraphs of text after a reading-list label that make it a box inside the article rather than the list after it. */
const TEXT_AFTER_BOX = 2;
/** A date standing alone (`2024-06-18`, `（10-22 09:15）`): a list item's, never article text. */
const DATE_ONLY = /^[（(]?\s*(\d{4}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(\s+\d{1,2}:\d{2})?\s*[）)]?$/;

/** A sentence of text however short (`全年目标有望实现。`), not a tail notice, closing note or app prompt. */
const isSentence = (p: string): boolean => p.length >= 6 && /[。！？”]$/.test(p) && !TAIL.test(p) && !CLOSING_NOTE.test(p) && !isAppPrompt(p);

/**
 * Indexes of reading-list labels heading a box inside the text, found before information lines are read (an item's
 * date standing alone would be read as one and removed, and the list would pass for text): these labels are dropped
 * alone; any other reading-list label after the text ends it. A box needs text right after it, text going on
 * ({@link TEXT_AFTER_BOX} paragraphs) and no item's date below it — or, between the text above ({@link TEXT_AFTER_BOX}
 * paragraphs) and its last paragraph, that one sentence however short after it. One pass from the end after one count:
 * linear in the paragraphs.
 */
export function readingBoxLabels(paragraphs: string[]): Set<number> {
  const out = new Set<number>();
  let textAbove = paragraphs.filter(isArticleText).length;
  let textBelow = 0;
  let dateBelow = false;
  for (let i = paragraphs.length - 1; i > 0; i--) {
    const p = paragraphs[i];
    const next = paragraphs[i + 1];
    if (isArticleText(p)) textAbove--;
    const closesText = next !== undefined && isSentence(next) && textBelow <= 1 && textAbove >= TEXT_AFTER_BOX;
    if (p.length <= 16 && LIST_LABEL.test(p) && next !== undefined && ((isText(next) && textBelow >= TEXT_AFTER_BOX) || closesText) && !dateBelow) out.add(i);
    if (isArticleText(p)) textBelow++;
    if (DATE_ONLY.test(p)) dateBelow = true;
  }
  return out;
}

/**
 * Article text, not a tail notice nor a closing note (`（作者系…）`, `（原载于…）`, 抄送 lines) however sentence-like: one
 * vocabulary for every check of what text stands before or after a line.
 */
const isArticleText = (p: string): boolean => isText(p) && !TAIL.test(p) && !CLOSING_NOTE.test(p);

/** A 原标题 note: never article text, wherever it stands. */
const ORIGINAL_TITLE = /^[（(【[]?\s*原标题\s*[:：]/;
/**
 * An app prompt (`打开APP，看更多精彩内容`, `下载客户端`): news apps' pages print it between paragraphs as well as after
 * the text, so it ends the body only where no text follows it; elsewhere the line alone is dropped.
 */
const APP_PROMPT = /(下载|打开).{0,12}(APP|客户端)|(APP|客户端)内?\s*(打开|查看|阅读)|^打开[^。！？，,]{1,10}(新闻|资讯|头条)\s*[，,]?\s*(看|查看|阅读|体验)|^[^。！？]{0,30}(APP|客户端)\s*[。！!]?$/i;
/** An app prompt is a short line; a sentence that merely mentions an app is text. */
const APP_PROMPT_MAX = 60;
/** Whether a line is an app prompt (`下载某某客户端，…`): a brand it names is the app's, not a writer printed on the page. */
export const isAppPrompt = (line: string): boolean => line.length <= APP_PROMPT_MAX && APP_PROMPT.test(line);
/** A paragraph of article text: long, or a sentence (a reader's one-line comment is shorter). */
const isText = (p: string): boolean => p.length > 60 || (p.length >= 20 && /[。！？”]$/.test(p));
/**
 * The same notes appended to the last sentence: `…。（原标题：…）`, `…。（作者系…）`, `…。（本报记者 X）`, `…。（本文转自X）`,
 * `…。（实习生X对本文亦有贡献）`; a reporter's credit names its first reporter in `reporter`.
 */
const TRAILING_NOTE = /\s*([（(【[]\s*(原标题|原题为?|责任编辑|责编|编辑|(文章|稿件|本文)?来源)\s*[:：]|[（(【[]\s*(编辑|责编|(本报|本台|本刊|本网)?(特约)?记者\s(?:\s*(?<reporter>[\u4e00-\u9fff·]{2,4})(?=[\s、，,）)】\]]))?)|[（(]\s*((本文)?(转自|转载自)|原题为)|[（(]\s*(作者|笔者)\s*(系|为|现为|单位\s*[:：])|[（(](?=[^（）()]{0,40}(对(本|此)文(亦|也)?有所?贡献|参与了?(采写|采访|写作))\s*[）)]))[^）)】\]]{0,60}[）)】\]]\s*$/;
/** Credits run into the last sentence without brackets: `…。　统筹：X　编辑：Y`, `…。 校对：X 责编：Y`. */
const TRAILING_CREDITS = /(?<=[。！？”])(\s*(责任编辑|责编|编辑|美编|校对|审校|审核|初审|复审|终审|一审|二审|三审|监制|统筹|策划|文字|摄影|记者|通讯员)\s*[:：]\s*[\u4e00-\u9fff·A-Za-z]{1,10})+\s*$/;
/** A subtitle under the headline: short, no sentence end, no colon (`各市经信局：` opens a notice), no list number. */
const SUBTITLE = /^[^。！？：:]{4,30}$/;
/** A photo caption left between paragraphs: `图为…`, `（图/新华社）`, `记者 X 摄`; short, and a full stop only before its credit. */
const CAPTION =
  /^([（(]?\s*[▲△↑]\s*|[（(]?\s*(资料)?图(为|片|源|\s*[/:：|｜])|.{0,20}\s摄\s*[）)]?$)[^。！？]{0,60}。?$|^[^。！？]{0,60}[。！？]?\s*[^。！？\s]{0,12}(记者|通讯员|摄影|发)\s*[\u4e00-\u9fff·]{2,4}\s*摄\s*[）)]?$/;
/**
 * Player and gallery furniture left between paragraphs: media labels (`【图集】…`, `【视频直播】`), photo counters
 * (`现场图片 1/6`), audio players (`您的浏览器不支持音频播放`, `00:00 / 02:58`, `倍速`, `1.0x`), countdowns and sign-up
 * buttons (`距开幕还有 120 天`, `立即报名`). Short lines only: a sentence naming these is text.
 */
const INNER_FURNITURE =
  /^[【[]\s*(图集|组图|多图|图片直播|视频直播|文字直播|视频|音频|直播)\s*[】\]]|^[^。！？]{0,8}(图片|图)?\s*\d{1,2}\s*[/／]\s*\d{1,2}$|浏览器不支持|^(点击|立即|开始)?(播放|收听)(本文|全文)?$|^(语音播报|听全文|听新闻|收听本文|本文音频)|^倍速|^\d(\.\d+)?\s*[x×]$|^\d{1,2}:\d{2}\s*[/／]\s*\d{1,2}:\d{2}$|^(距|离).{1,16}(还有|仅剩|只剩)\s*\d+\s*天|^倒计时|^(立即|马上|在线|我要|点击)(报名|预约|参展|预登记|登记)|^[（(]?\s*(左右|上下)?滑动查看|查看大图|^[▲△]?\s*点击(查看)?(大图|原图)|^(点击)?展开(全文|更多|剩余)|^[-—－–]+\s*\d{1,3}\s*[-—－–]+$/;
const INNER_MAX = 40;
/** A photo credit after a caption's full stop (`（摄影 X）`, `图片来源：视觉中国`): the caption is told without it. */
const PHOTO_CREDIT = /(?<=。)\s*([（(]\s*(摄影|摄|图|图片)\s*[:：/]?\s*[^）)。！？]{1,16}[）)]|(图片来源|图源|摄影|图片|图)\s*[:：/|｜]\s*[^。！？]{1,16}|[（(]?\s*(资料图片?|资料照片|(图片)?由?受访者(供图|提供)|图片由[^。！？]{1,12}提供)\s*[）)]?)$/;
/** A short sentence with a photo credit after its full stop is a caption, whatever it says (`某某在路面巡查。资料图片`). */
const CREDITED_CAPTION_MAX = 40;
function isCaption(p: string): boolean {
  const bare = p.replace(PHOTO_CREDIT, '');
  return CAPTION.test(p) || CAPTION.test(bare) || (bare !== p && bare.length <= CREDITED_CAPTION_MAX);
}
/**
 * The test for captions to drop from a text: none on a 组图 page, whose captions are its text, as `<figcaption>`s are
 * on galleries told in them.
 */
function strayCaptionTest(paragraphs: string[]): (p: string) => boolean {
  return captionParagraphsAreText(paragraphs, isCaption, isText) ? () => false : isCaption;
}
/** An advertising blurb between paragraphs, labelled as such: `【推广】…`, `[广告] …`. */
const AD_BLURB = /^[【[]\s*(广告|推广)\s*[】\]]/;
/** A table's or chart's data source between paragraphs (`资料来源：…`, `（来源：…，单位：亿元）`): dropped, not the tail. */
const DATA_NOTE = /^[（(]?\s*(数据|资料)来源\s*[:：]|^[（(]?\s*来源\s*[:：][^）)]{0,30}单位\s*[:：]/;
/** Tail notices are short; a long paragraph that merely mentions 转载 is text. */
const TAIL_MAX = 200;
/** How far from the end a tail may start, in paragraphs. */
const TAIL_WINDOW = 8;

/** A gloss in brackets (`Zhang Wei (张伟)`, `counties (县域)`): the Han an English paragraph may hold. */
const GLOSS = /[（(][^（()）]{0,20}[)）]/g;
/**
 * An English headline, abstract or keyword line above a Chinese text (bilingual pages): three Latin words or more and
 * no Han character outside glosses. Two linear tests: one pattern for both backtracked cubically on a long Latin
 * paragraph ending in Han.
 */
const isLatinOnly = (p: string): boolean => (p.match(/[A-Za-z]{2,}/g)?.length ?? 0) >= 3 && !/[\u4e00-\u9fff]/.test(p.replace(GLOSS, ''));
/** Long abstracts run to 300 words. */
const LATIN_MAX = 2000;

/**
 * A platform's statement above the text without a label (`本文为作者授权发布，不代表平台观点。`): a notice's wording about
 * this very page, so a lead that reports on copyright (`多名作者起诉某平台侵权…`) is not one.
 */
const PAGE_DEIXIS = /^(本文|本站|本网|本平台|本号|文章|此文)|不代表.{0,6}(本站|本网|平台|立场)/;
/** …worded as a notice (`授权运营` in a lead is no authorisation note), and no dateline (`本站8月30日电`). */
const NOTICE_WORDS = /不代表|仅代表|观点仅|转载请|版权(归|所有|属)|著作权|侵权|授权(发布|转载|刊发|使用)|经授权|联系删除|免责/;
const DATELINE = /^[^，。]{0,12}\d{1,2}\s*月\s*\d{1,2}\s*日\s*(电|讯)/;
const isPageStatement = (p: string): boolean => PAGE_DEIXIS.test(p) && NOTICE_WORDS.test(p) && STATEMENT.test(p) && !DATELINE.test(p);

/** Characters a head line needs before its repetition further down marks it as a summary of the text. */
const REPEAT_MIN = 12;

/** A summary box above the text: a line the text repeats further down (`…` cut), as unlabelled 摘要 boxes print it. */
function repeatedBelow(paragraphs: string[], i: number): boolean {
  const line = unspaced(uncredited(paragraphs[i].replace(/(…|\.{3})+$/, '')));
  // Strictly inside a longer paragraph: a box cut from the text, not a paragraph the article prints twice.
  return line.length >= REPEAT_MIN && paragraphs.slice(i + 1).some((p) => unspaced(uncredited(p)).length > line.length && unspaced(uncredited(p)).includes(line));
}

/** A dateline's bracketed reporter (`财联社6月21日讯（记者 X）`), which a summary box quoting the lead leaves out. */
const uncredited = (p: string): string => p.replace(/[（(][^（()）]{0,8}记者[^（()）]{1,24}[）)]/g, '');

/** Lines of a box above an interview, and the longest: a name, a post, a short bio; a lead paragraph is longer. */
const BOX_LINES_MAX = 4;
const BOX_LINE_MAX = 60;

/** A short line of a person's bio (birth year, posts, honours, works), no reported speech and no interview note. */
const BIO = /\d{4}\s*年(出)?生|生于\d{4}|现任|曾任|历任|曾获|荣获|著有|研究员|教授|博导|院长|董事长|总经理|总裁|创始人|主任|高级(工程师|经济师)|代表|委员/;
const SPEECH = /表示|说|认为|指出|介绍|谈|专访|采访|记者|对话/;
const isBioLine = (p: string): boolean => p.length <= BOX_LINE_MAX && BIO.test(p) && !SPEECH.test(p);
/** A short line that is no sentence (a guest's name, a player's duration, a box's label) above an interview's turns. */
const isBoxLine = (p: string): boolean => p.length <= BOX_LINE_MAX && !/[。！？]/.test(p);
/** Lines the boxes above an interview's turns hold at most. */
const BOX_RUN_MAX = 8;

/** The index of the first turn when only a box's short lines stand between its label at `at` and it, else -1. */
function firstTurnAfterBox(paragraphs: string[], at: number, isTurn: (p: string) => boolean): number {
  let j = at + 1;
  while (j < paragraphs.length && j - at <= BOX_LINES_MAX && paragraphs[j].length <= BOX_LINE_MAX && !isTurn(paragraphs[j])) j++;
  return j > at + 1 && j < paragraphs.length && isTurn(paragraphs[j]) ? j : -1;
}

/** Drops head and tail furniture from a Chinese article's paragraphs: {@link trimCnBody}'s text. */
export function trimCnEdges(paragraphs: string[], title: string | null = null): string[] {
  return trimCnBody(paragraphs, title).paragraphs;
}

/** A Chinese article's text without its edges, and the reporter the credit glued to its last sentence named. */
export interface TrimmedCnBody {
  paragraphs: string[];
  /** The first reporter of a `…。（本报记者 X）` credit removed from the last sentence, or null. */
  reporter: string | null;
}

/**
 * Drops head and tail furniture from a Chinese article's paragraphs; keeps at least one paragraph. The headline
 * printed again at the head of the text (an announcement's, under its codes line) goes too.
 */
export function trimCnBody(paragraphs: string[], title: string | null = null): TrimmedCnBody {
  const isStrayCaption = strayCaptionTest(paragraphs);
  const isTurn = interviewTurns(paragraphs);
  const firstTurn = isTurn ? paragraphs.findIndex(isTurn) : -1;
  const headline = title ? unspaced(title) : null;
  const isHead = (i: number): boolean =>
    !isTurn?.(paragraphs[i]) &&
    (unspaced(paragraphs[i]) === headline ||
    (paragraphs[i].length <= SUMMARY_MAX && SUMMARY_LEAD.test(paragraphs[i])) ||
    ((paragraphs[i].length <= 120 && (HEAD.test(paragraphs[i]) || isCommentatorLine(paragraphs[i]) || isStrayCaption(paragraphs[i]) || repeatedBelow(paragraphs, i) || isPageStatement(paragraphs[i]))) ||
    (paragraphs[i].length <= LATIN_MAX && isLatinOnly(paragraphs[i]))));
  // A subtitle is told by the body text after it, whatever head notes stand between.
  const textAfter = (i: number): boolean => {
    let j = i + 1;
    while (j < paragraphs.length - 1 && isHead(j)) j++;
    return paragraphs.length - j > 1 && (paragraphs[j].length > 60 || (paragraphs[j].length > 30 && /[。！？]$/.test(paragraphs[j])));
  };
  let start = 0;
  let subtitle = false;
  while (start < paragraphs.length - 1) {
    // A summary label's box needs text going on after it: over a lone paragraph the label stood above the text itself.
    const summary = SUMMARY_LABEL.test(paragraphs[start]) && start + 2 + TEXT_AFTER_BOX <= paragraphs.length;
    const box = BOX_LABEL.test(paragraphs[start]) || summary || PERSON_BOX_LABEL.test(paragraphs[start]);
    // Above an interview's turns, a box runs to the first turn when its lines are short (name, post, a line of bio).
    const boxEnd = box && isTurn ? firstTurnAfterBox(paragraphs, start, isTurn) : -1;
    if (boxEnd > 0) {
      start = boxEnd;
      continue;
    }
    // A box whose label the page's short-line filter already dropped: its bio lines before the first turn.
    if (isTurn && isBioLine(paragraphs[start]) && paragraphs.slice(start + 1, start + BOX_LINES_MAX).some(isTurn)) {
      start++;
      continue;
    }
    // Boxes of any wording above the turns (a guest's name and post, an introduction, a player): short lines or head notes only.
    if (firstTurn > start && firstTurn - start <= BOX_RUN_MAX && paragraphs.slice(start, firstTurn).every((p, j) => isBioLine(p) || isBoxLine(p) || isHead(start + j))) {
      start = firstTurn;
      continue;
    }
    // A box of particulars (`姓名：…` / `出生年月：…`), with or without its label.
    const particulars = particularsRun(paragraphs, start + (box ? 1 : 0));
    if (particulars && start + particulars + 1 < paragraphs.length) start += particulars + (box ? 1 : 0);
    else if (box && start + 2 < paragraphs.length && paragraphs[start + 1].length <= BOX_MAX) start += 2;
    else if (isHead(start)) start++;
    else if (!subtitle && SUBTITLE.test(paragraphs[start]) && !startsNumberedSection(paragraphs[start]) && textAfter(start)) {
      subtitle = true;
      start++;
    } else break;
  }
  let end = paragraphs.length;
  // The last paragraph of text: an event's labelled lines (`预约方式：…。`) are fields, not text, even as sentences, and
  // tail furniture is none either.
  let lastText = paragraphs.length - 1;
  while (lastText >= 0 && !(isArticleText(paragraphs[lastText]) && !FIELD_LINE.test(paragraphs[lastText]))) lastText--;
  // 原标题/责任编辑 close the article wherever they follow its text (information lines at the top were read and
  // removed before): what comes after them is the sidebar or the next article, however long.
  let before = 0;
  const prompts = new Set<number>();
  for (let i = start + 1; i < paragraphs.length; i++) {
    // Tested without its decoration (`▼ 往期精彩回顾 ▼`); a caption is told by its own marks (`▲`).
    const p = undecorated(paragraphs[i]);
    before += paragraphs[i - 1].length;
    // Only after some text: a 原标题 note under a lead or a caption is still the head (dropped below), not the end.
    // A photo credit (`图片来源：视觉中国`) between paragraphs is dropped below, not the start of the tail.
    // Player, gallery and 展开全文 lines are dropped below wherever they stand: they end nothing.
    if (before >= STRONG_AFTER && ENGLISH_MATTER.test(p) && mostlyLatin(p)) {
      end = i;
      break;
    }
    if (p.length > TAIL_MAX || (before < STRONG_AFTER && ORIGINAL_TITLE.test(p)) || isStrayCaption(paragraphs[i]) || (p.length <= INNER_MAX && INNER_FURNITURE.test(p))) continue;
    // A table's last cell (`318`) reads like a text pager: with text after it, it is no tail.
    if (/^[\d\s.%]+$/.test(p) && paragraphs.slice(i + 1).some(isArticleText)) continue;
    if (p.length <= TAIL_MAX && (APP_PROMPT.test(p) || DATA_NOTE.test(p)) && paragraphs.slice(i + 1).some(isArticleText)) {
      prompts.add(i);
      continue;
    }
    // A label left here heads the list after the text (boxes inside it were dropped first), however long the list.
    if (LIST_LABEL.test(p) && before >= STRONG_AFTER) {
      end = i;
      break;
    }
    // A bio or 档案 box after the text (its label alone), the notes closing a column, feature or bulletin, a pager in any
    // bracketing; and a labelled block after the last text (an event's 【演出信息】 over its time and place lines, a
    // label over label-value lines): a notice's 活动安排 block between its sections is text's.
    const closing = PERSON_BOX_LABEL.test(p) || CLOSING_NOTE.test(p) || isPagerLine(p);
    const block = before >= STRONG_AFTER && i > lastText && (EVENT_INFO_LABEL.test(p) || particularsBlockEnd(paragraphs, i) > 0);
    if (block || (before >= STRONG_AFTER && (STRONG_TAIL.test(p) || LONE_END_LABEL.test(p))) || (i >= paragraphs.length - TAIL_WINDOW && (closing || TAIL.test(p) || RELEASE_TAIL.test(p) || (p.length <= APP_PROMPT_MAX && APP_PROMPT.test(p))))) {
      end = i;
      break;
    }
  }
  // A notice cut at its 附件 line with its signature and date still to come ends after the date; else a run of furniture may close it.
  const closing = noticeClosingEnd(paragraphs, end);
  end = closing > end ? closing : furnitureRunStart(paragraphs, start, end);
  end = englishVersionStart(paragraphs, start, end);
  // A sidebar's heading (`产品中心`) whose list went as furniture while its contact lines stood after it: once they are
  // cut, it closes the text as the page-wide edge filter would have dropped it had it stood last.
  while (end < paragraphs.length && end - 1 > start && ORPHAN_HEADING.test(paragraphs[end - 1])) end--;
  const out = paragraphs.slice(start, end).filter((_, j) => !prompts.has(start + j));
  let reporter: string | null = null;
  if (out.length) {
    out[0] = out[0].replace(LEAD_BYLINE, '');
    const last = out[out.length - 1];
    const note = TRAILING_NOTE.exec(last);
    reporter = cleanAuthor(note?.groups?.reporter);
    out[out.length - 1] = (note ? last.slice(0, note.index) : last).replace(TRAILING_CREDITS, '');
  }
  const kept = out.filter((p) => undecorated(p) && !isStrayCaption(p) && !AD_BLURB.test(p) && !(p.length <= INNER_MAX && INNER_FURNITURE.test(p)) && !(p.length <= TAIL_MAX && ORIGINAL_TITLE.test(p)));
  return { paragraphs: kept, reporter };
}

/**
 * A short heading of Han characters alone: no sentence, figure or name's punctuation — nor a closing (`特此通知`, `此致`,
 * `敬礼`), which ends a notice or a letter as written.
 */
const ORPHAN_HEADING = /^(?!特此|此致|敬礼|谢谢)[\u4e00-\u9fff]{2,6}$/;

/** A label over an English version (`English Version`, `（英文版）`, `【译文】`). */
const ENGLISH_VERSION_LABEL = /^[（(【[]?\s*(英文版?|英译|译文|english(\s+version)?|in english)\s*[）)】\]]?\s*[:：]?$/i;
/** Latin characters an English version holds at the least: a headline alone is no version. */
const ENGLISH_VERSION_MIN = 80;
/** At most this many Latin characters of the version for one Han character of the text: a translation runs two to four. */
const LATIN_PER_HAN = 8;
const hanFree = (p: string): boolean => !/[\u4e00-\u9fff]/.test(p.replace(GLOSS, ''));

/**
 * Where an English version printed after the Chinese text starts (its label, if any), else `end`: a run of paragraphs
 * without Han closing the text, after Chinese text (two paragraphs at least, not dwarfed by the run) that holds no
 * English paragraph of its own (bilingual pages alternating the two keep both). A translation is another text, not the
 * article's last paragraphs; nor does it make the page's text English.
 */
export function englishVersionStart(paragraphs: string[], start = 0, end = paragraphs.length): number {
  let run = end;
  let latin = 0;
  while (run > start && hanFree(paragraphs[run - 1])) latin += paragraphs[--run].length;
  if (run === end || latin < ENGLISH_VERSION_MIN || !paragraphs.slice(run, end).some(isLatinOnly)) return end;
  const label = run - 1 > start && paragraphs[run - 1].length <= 20 && ENGLISH_VERSION_LABEL.test(paragraphs[run - 1]) ? run - 1 : run;
  let text = 0;
  let han = 0;
  for (let i = start; i < label; i++) {
    if (isLatinOnly(paragraphs[i])) return end;
    if (isArticleText(paragraphs[i])) text++;
    han += paragraphs[i].match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  }
  return text >= 2 && han * LATIN_PER_HAN >= latin ? label : end;
}

/** Arrows, stars and emoji framing a line (`▼ 往期精彩回顾 ▼`, `👇👇👇`, `⬆️点击蓝字`): decoration, read without. */
const DECOR_HEAD = /^(?:[\s▼▲△▽↓↑⬇⬆→←☞★☆◆◇■□●○\u2600-\u27bf\u{1f000}-\u{1faff}]|\ufe0f)+/u;
/** One character of that decoration, for the scan from the end. */
const DECOR_CHAR = /^(?:[\s▼▲△▽↓↑⬇⬆→←☞★☆◆◇■□●○\u2600-\u27bf\u{1f000}-\u{1faff}]|\ufe0f)$/u;
/**
 * The line without its decoration at either end. The end is scanned backwards one character at a time: a `…+$`
 * pattern retried at every start inside a long run of spaces was quadratic in the run.
 */
function undecorated(p: string): string {
  const from = p.match(DECOR_HEAD)?.[0].length ?? 0;
  let to = p.length;
  while (to > from) {
    // An emoji is two code units: step over a surrogate pair whole.
    const width = to - 2 >= from && /[\udc00-\udfff]/.test(p[to - 1]) && /[\ud800-\udbff]/.test(p[to - 2]) ? 2 : 1;
    if (!DECOR_CHAR.test(p.slice(to - width, to))) break;
    to -= width;
  }
  return p.slice(from, to);
}

/** Without spaces and punctuation, so a restated headline matches however the page spaced and quoted it. */
const unspaced = (s: string): string => s.replace(/[\s\u00a0\u3000\p{P}\p{S}]+/gu, '');

/** The bracketed headline a telegraph prints before its dateline (`【…】某某社12月5日电，`), or null. */
export function telegraphHeadline(first: string | undefined): string | null {
  const m = first?.match(/^\s*【([^】]{4,60})】\s*(?=[^，。！？]{0,12}\d{1,2}\s*月\s*\d{1,2}\s*日\s*(电|讯|消息))/);
  return m && !BRACKETED_DATELINE.test(m[1]) ? m[1].trim() : null;
}

/** An outlet's own dateline in brackets (`【某某网科技综合报道】`, `【某某网讯 记者 X】`): the text's opening, no headline. */
const BRACKETED_DATELINE = /(报道|報導|讯|訊)$|(记者|記者)\s*[\u4e00-\u9fff]{2,4}$/;

/** An outlet's dateline without a date (`某某财经网讯，`, `证券某报·e公司讯，`): a bracketed line before it is a shorter headline. */
const OUTLET_DATELINE = /^[^，。！？【】\s]{2,16}(讯|电|消息)\s*[，,]/;

/**
 * Drops the headline restated in brackets before the first sentence (`【headline】财联社12月5日电，…`), as 快讯 and
 * telegraph pages print it, and any bracketed headline before a dateline, dated or not (a 快讯's shorter wording).
 */
export function dropBracketedHeadline(paragraphs: string[], title: string | null): string[] {
  const m = paragraphs[0]?.match(/^\s*[【[]([^】\]]{4,120})[】\]]\s*/);
  if (!m || BRACKETED_DATELINE.test(m[1].trim()) || ((!title || unspaced(m[1]) !== unspaced(title)) && !telegraphHeadline(paragraphs[0]) && !OUTLET_DATELINE.test(paragraphs[0].slice(m[0].length)))) return paragraphs;
  const rest = paragraphs[0].slice(m[0].length);
  return rest ? [rest, ...paragraphs.slice(1)] : paragraphs.slice(1);
}

/**
 * A dateline opening a story: a wire's (`某某社北京6月21日电`, `某某网讯`) or a press release's (`中国上海，2023年10月17日——`).
 */
const OPENING_DATELINE = /^[^，。！？]{0,16}\d{1,2}\s*月\s*\d{1,2}\s*日\s*(电|讯|電|訊)|^[（(]?[\u4e00-\u9fff]{2,10}\s*[，,]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[）)]?\s*(——|—|–|-|／|\/)/;
/** Lines above a dateline that may be a subtitle or kicker (no sentence, at most this long), and how many. */
const ABOVE_DATELINE_MAX = 80;
const ABOVE_DATELINE_LINES = 2;

/**
 * Drops the short lines printed above the dateline that opens the text (a press release's bold subtitle, a kicker):
 * the story starts at its dateline. Lines ending a sentence stay (a lead the story opens with).
 */
export function dropAboveDateline(paragraphs: string[]): string[] {
  const at = paragraphs.slice(1, ABOVE_DATELINE_LINES + 1).findIndex((p) => OPENING_DATELINE.test(p)) + 1;
  if (at <= 0 || at >= paragraphs.length - 1) return paragraphs;
  const above = paragraphs.slice(0, at);
  return above.every((p) => p.length <= ABOVE_DATELINE_MAX && !/[。！？!?]["”’」』）)]?$/.test(p)) ? paragraphs.slice(at) : paragraphs;
}
