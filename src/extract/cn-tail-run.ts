/**
 * The run of furniture blocks after a Chinese article's last paragraph of text: credit lines, statements, QR and
 * share blocks, comment boxes, related-reading lists, 注释/参考文献, sign-up buttons. Templates word these in endless
 * ways, so they are told by a vocabulary scored per line together with the line's shape (short, no sentence end),
 * and only in the run that closes the text, never between its paragraphs.
 */
import { accountCardLine } from './cn-meta.js';

/** Words that mark a short line (no sentence end) as page furniture rather than text. */
const FURNITURE_WORD =
  /评论|评分|打分|留言|跟帖|文明上网|理性发言|登录|注册|发表|提交|分享|扫一扫|扫码|二维码|关注|订阅|下载|客户端|APP|声明|版权|著作权|转载|授权|许可|侵权|点赞|收藏|打印|关闭|纠错|字号|字体|责任编辑|编辑|审核|校对|撰稿|供稿|摄影|摄像|来源|出处|标签|关键词|相关|推荐|热门|更多|上一篇|下一篇|上一条|下一条|返回|报名|预登记|参展|倒计时|链接|网址|地址|收听|播报|音频|语音|注\s*释|参考文献|参考资料|作者单位|作者系|作者简介|主办|承办|协办|支持单位|微信|微博|公众号|阅读|浏览|点击|举报|打赏|赞赏|点个?赞|付费|会员|剩余|联系我们|说两句|题图|配图|^(素材|资料)\s*[:：]|^#[^#]{1,20}#/i;
/** Sentences that are notices about the page, not article text: copyright, reprint and liability statements. */
export const STATEMENT =
  /(本站|本网|本文|本平台|本号|作者|原作者).{0,30}(著作权|版权|转载|侵权|授权)|(著作权|版权)\s*(归|属|所有)|转载请|侵权.{0,6}(删除|联系|必究)|免责|风险自负|仅供.{0,4}参考|不对其.{0,12}(保证|负责)|不承担.{0,8}责任|不构成.{0,6}建议|仅代表作者|观点仅代表|联系删除|书面许可|未经.{0,12}(许可|授权|同意)/;
/** A numbered note or reference entry (`[1] …`, `① …`, `1. …`, not a figure such as `1.2万`): furniture inside the run, text elsewhere. */
const NOTE_ENTRY = /^\s*([[［]\s*\d{1,3}\s*[\]］]|[①-⑳]|\d{1,2}\s*[.．、]\s*[^\d\s])/;
/** A table cell holding a figure only (`3215.6`, `-0.4`, `5.3%`, `—`). */
const FIGURE_CELL = /^[-+—－–]?\s*\d[\d.,，]*\s*[%％‰]?$|^[—－–-]+$/;
const TABLE_FIGURES = 2;
/** Longest line the run may hold: statements and reference entries are short. */
const RUN_LINE_MAX = 200;

/**
 * A notice's contact lines (`联系人：…`, `联系电话：…`, `电子邮箱：…`, `地址：…`): its last lines, however the vocabulary
 * reads `地址`, when they close the text as a group opened by a person or a number to call (a site's footer address
 * comes alone, or after its copyright line).
 */
const CONTACT_FIELD = /^(联系人|联系电话|联系方式|咨询电话|监督电话|举报电话|电话|手机|传真|电子邮箱|电子信箱|邮箱|通讯地址|联系地址|地址|邮编|邮政编码)\s*[:：]/;
const CONTACT_OPENER = /^(联系人|联系电话|联系方式|咨询电话|监督电话|举报电话)\s*[:：]/;

/** Where the group of contact lines closing `paragraphs[..end)` starts, or `end` when there is none. */
function closingContacts(paragraphs: string[], end: number): number {
  let j = end;
  while (j > 0 && CONTACT_FIELD.test(paragraphs[j - 1])) j--;
  return j < end && CONTACT_OPENER.test(paragraphs[j]) ? j : end;
}

/** A paragraph of article text: long, or holding a sentence (credits may run on after its full stop). */
const isText = (p: string): boolean => p.length > 60 || (p.length >= 20 && /[。！？”]/.test(p));

/**
 * A line closed by a posting stamp (`拍得真好。 2024-11-23 10:05`): a reader's comment or a list's item under the text,
 * however sentence-like; a notice's own date closing it is printed in words (`2024年11月23日`), never so.
 */
const STAMPED = /(?<!\d)(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$/;
/** How far from a line's end its posting stamp is looked for: a stamp is short, so time stays linear. */
const STAMP_TAIL = 24;

/** Whether a line may stand in the closing run, and whether it is itself furniture (a vocabulary hit). */
function judge(p: string): { inRun: boolean; furniture: boolean } {
  if (p.length > RUN_LINE_MAX) return { inRun: false, furniture: false };
  if (STAMPED.test(p.slice(-STAMP_TAIL))) return { inRun: true, furniture: true };
  // A short line in clauses (`业内预计，…，编辑：…`) is furniture only when its first clause is (`扫码下载客户端，阅读更多`).
  if (!isText(p)) return { inRun: true, furniture: FURNITURE_WORD.test(p.split(/[，,]/)[0]) };
  if (STATEMENT.test(p)) return { inRun: true, furniture: true };
  return { inRun: NOTE_ENTRY.test(p), furniture: false };
}

/** A handle naming the account's id (`微信号：…`, `ID：…`), as a card prints it and a notice never does. */
const NAMED_HANDLE = /^(微信号|公众号|ID)\s*[:：]/i;
/** An account card's handle or follow line (`微信号：…`, `ID：…`, `长按识别二维码`, `扫码关注`). */
const ACCOUNT_HANDLE = new RegExp(`${NAMED_HANDLE.source}|长按(识别|扫描)|扫码关注|扫描二维码关注`, 'i');
/** Lines a card prints above its handle at most: the account's name and a line of intro. */
const CARD_LINES = 2;

/**
 * Where the furniture starting at `j` starts when it is an account's card: the lines above its handle that read as
 * the card's (not past `from`), up to the first that does not — a notice's signature and date above a QR prompt stay.
 */
function cardStart(paragraphs: string[], from: number, j: number): number {
  if (j >= paragraphs.length || !ACCOUNT_HANDLE.test(paragraphs[j])) return j;
  const named = NAMED_HANDLE.test(paragraphs[j]);
  let k = j;
  while (k > from && j - k < CARD_LINES && accountCardLine(paragraphs[k - 1], named)) k--;
  return k;
}

/**
 * Where the text ends when a run of furniture closes it: the first furniture line of the run of non-text lines
 * after the last paragraph of text. Short lines before that first furniture line (a notice's signature and date,
 * a list's last items) stay, but for an account card's name and intro above its handle. Returns `end` when no run is found or the cut would leave no text.
 */
export function furnitureRunStart(paragraphs: string[], start: number, end: number): number {
  let i = end;
  while (i > start && judge(paragraphs[i - 1]).inRun) i--;
  // The whole body reads as short lines (a post, a list page): no paragraph of text to close.
  if (i === start) return end;
  // A table after the text (a release's figures, its cells one line each) is data the text reports on, not text:
  // the run goes, caption and all. Two figure-only cells tell a table from a signature and date.
  if (paragraphs.slice(i, end).filter((p) => FIGURE_CELL.test(p)).length >= TABLE_FIGURES) return i;
  const contacts = closingContacts(paragraphs, end);
  for (let j = i; j < contacts; j++) if (judge(paragraphs[j]).furniture) return cardStart(paragraphs, i, j);
  // The tail found after the run may be a card's handle line: the name and intro above it are the card's.
  return cardStart(paragraphs, i, end);
}
