/**
 * Dev templates (tuned on) with furniture inside the text box between and after the paragraphs: photos with
 * captions, a 字号/分享 bar, a page bar of a story split over pages, 扫一扫 codes.
 */
import { cnTime, dash, esc, gold, pageId, pick, ps, type Template } from './common.js';

/** A 中新网/央广-like page: a photo and its caption between paragraphs, 分享 and 字号 bars and a page bar in the box. */
export const devInBox: Template = (a, k) => {
  const url = `https://www.example-inbox${k}.com.cn/cj/${a.date.slice(0, 4)}/${a.date.slice(5, 7)}-${a.date.slice(8, 10)}/${pageId(a, k)}.shtml`;
  const [p0, p1, ...rest] = a.paras;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}-${pick(['中新网', '央广网'], k)}</title></head><body>
<div class="nav"><a>首页</a> <a>滚动</a> <a>财经</a></div>
<div class="content"><h1 class="content_left_title">${esc(a.title)}</h1>
<div class="content_left_time">${pick([dash(a.date), cnTime(a.date)], k)}　来源：${esc(a.source)}</div>
<div class="left_zw" id="left_zw">
<div class="fontsize">【字号：<a>大</a> <a>中</a> <a>小</a>】 <a>打印</a></div>
<p>${esc(p0)}</p>
<div class="img_wrapper"><img src="/p/${k}.jpg"><p class="pictext">${pick(['图为某储能电站施工现场。', '资料图：某数据中心机房。'], k)} ${pick(['中新社记者 王刚 摄', '央广网发 李明 摄'], k)}</p></div>
<p>${esc(p1)}</p>
${ps(rest)}
<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
<div class="pages">${pick(['共2页', '上一页'], k)} <a>1</a> <a>2</a> <a>下一页</a></div>
<div class="ewm"><img src="/qr.png">扫一扫，用手机看新闻</div>
</div></div>
<div class="footer">${pick(['中新网', '央广网'], k)}版权所有</div></body></html>`;
  return { name: `g-inbox-${k}`, html, gold: gold(a, { url, withTime: true, source: a.source, author: null, notInBody: ['字号', '图为', '资料图', '摄', '分享到', '下一页', '扫一扫'] }) };
};

export const DEV_TEMPLATES_F: Template[] = [devInBox];
