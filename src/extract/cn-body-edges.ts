/**
 * What Chinese news templates print before and after the article inside the same container: 原标题 and
 * 来源于 lines, summary and 导读 boxes, ad blurbs, bracketed bylines at the head; 原标题/责任编辑 lines,
 * copyright and disclaimer notices, 返回…首页 links, WeChat END marks and promotion tails at the end.
 */

/** A paragraph that is furniture when it opens the body. */
const HEAD =
  /^[（(【[]?\s*(原标题|来源于|本文来源|文章来源|摘要|内容摘要|内容提要|导读|核心提示|当前位置|您(现在|当前)?的位置|位置)\s*[:：]|^[【[]?\s*(广告|推广)\s*[】\]]|^(点击|关注).{0,8}(蓝字|关注|我们)|^(文|作者|撰文|文字|记者|编辑|来源)\s*[/|｜]|^[\u4e00-\u9fff]{0,8}(记者|编辑)\s*[|｜]/;
/** A bracketed byline opening the first paragraph: `【环球时报记者 倪浩】`, `【文/观察者网 周远方】`. */
const LEAD_BYLINE = /^[【[]([^】\]]{0,12}(记者|通讯员|特约|文\s*[/|｜]|撰文)[^】\]]{0,16})[】\]]\s*/;
/** A paragraph that starts the tail: everything from it to the end is furniture. */
const TAIL =
  /^[（(【[]?\s*(原标题|责任编辑|责编|编辑|校对|审核|监制|值班编辑|来源|本文来源|文字|(封面|题图|配)?图片?(来源)?)\s*[:：|｜]|^[^，。]{0,8}声明\s*[:：]|未经.{0,24}授权|不得转载|禁止转载|严禁转载|转载请|侵权必究|如有侵权|^本文(系|为|由|来源|来自|链接)|仅代表作者|不代表本?(站|网|平台)|信息存储(空间)?服务|返回.{0,12}首页|^notice\s*[:：]|^[-—\s]*end[-—\s]*$|^(推荐阅读|往期推荐|往期回顾|相关阅读|延伸阅读|相关新闻|热门推荐|更多精彩)|长按.{0,12}(二维码|关注)|扫码关注|点.{0,2}在看|^分享.{0,2}点赞|投稿.{0,6}(合作|邮箱|请)|报料/i;
/** Tail notices are short; a long paragraph that merely mentions 转载 is text. */
const TAIL_MAX = 200;
/** How far from the end a tail may start, in paragraphs. */
const TAIL_WINDOW = 8;

/** Drops head and tail furniture from a Chinese article's paragraphs; keeps at least one paragraph. */
export function trimCnEdges(paragraphs: string[]): string[] {
  let start = 0;
  while (start < paragraphs.length - 1 && paragraphs[start].length <= 120 && HEAD.test(paragraphs[start])) start++;
  let end = paragraphs.length;
  for (let i = Math.max(start + 1, paragraphs.length - TAIL_WINDOW); i < paragraphs.length; i++) {
    if (paragraphs[i].length <= TAIL_MAX && TAIL.test(paragraphs[i])) {
      end = i;
      break;
    }
  }
  const out = paragraphs.slice(start, end);
  if (out.length) out[0] = out[0].replace(LEAD_BYLINE, '');
  return out.filter(Boolean);
}
