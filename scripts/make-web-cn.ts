/**
 * Writes the generated Chinese news pages with their gold: dev pages (testdata/web-cn/dev/g-*) from the dev
 * templates and articles, the second held-out part (testdata/web-cn/heldout2/) from templates and articles of
 * its own, written before any tuning against them, the third (heldout3/), written after the tuning, the fourth (heldout4/), with its own templates and articles, the fifth (heldout5/), written after #17's tuning, the sixth (heldout6/), #17's second round, the seventh (heldout7/), its third, the eighth (heldout8/), its fourth, with articles of its own, the ninth (heldout9/), written after that round's first tuning, the tenth (heldout10/), after all of it, the eleventh (heldout11/), after held-out 9 and 10's fixes, never tuned on, the twelfth (heldout12/), #17's fifth round, by another hand on articles of its own, the thirteenth (heldout13/), written after that round's tuning, never tuned on, the fourteenth (heldout14/), #17's sixth round, kinds no part had, never tuned on, and the fifteenth (heldout15/), #17's seventh round, the same, and the sixteenth (heldout16/) and seventeenth (heldout17/), #17's eighth round, written after its tuning, and the eighteenth (heldout18/), #17's ninth round, the same, and the nineteenth (heldout19/), #17's tenth round, in full real-world markup, the twenty-first (heldout21/), its eleventh, small sites' packages and versions, and the twenty-second (heldout22/), its eleventh's second part, and the twenty-third (heldout23/), its twelfth, and the twenty-fourth (heldout24/), its round 13a, and the twenty-fifth (heldout25/), its round 13b, and the twenty-sixth (heldout26/), its round 14, and the twenty-seventh (heldout27/), its round 15, and the twenty-eighth (heldout28/), its round 16, and the twenty-ninth (heldout29/), its round 18, and the thirtieth (heldout30/), its round 19, and the thirty-first (heldout31/), its round 20, and the thirty-second (heldout32/), its round 21, and the thirty-third (heldout33/), its round 22, and the thirty-fourth (heldout34/), its round 23, and the thirty-fifth (heldout35/), its round 25; and the field tables' pages (fields-heldout/, fields-dev/: one form of a headline, date or byline per row, testdata/web-cn/fields-*.json). Deterministic: running it again rewrites the same files.
 * Usage: npx tsx scripts/make-web-cn.ts
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CN_SET_DIR } from './web-cn-pages.js';
import type { Template } from './web-cn-gen/common.js';
import { DEV_TEMPLATES } from './web-cn-gen/dev-templates.js';
import { DEV_TEMPLATES_B } from './web-cn-gen/dev-templates-b.js';
import { DEV_TEMPLATES_C } from './web-cn-gen/dev-templates-c.js';
import { DEV_TEMPLATES_D } from './web-cn-gen/dev-templates-d.js';
import { DEV_TEMPLATES_E } from './web-cn-gen/dev-templates-e.js';
import { DEV_TEMPLATES_F } from './web-cn-gen/dev-templates-f.js';
import { DEV_TEMPLATES_G } from './web-cn-gen/dev-templates-g.js';
import { DEV_TEMPLATES_H } from './web-cn-gen/dev-templates-h.js';
import { DEV_TEMPLATES_I } from './web-cn-gen/dev-templates-i.js';
import { DEV_TEMPLATES_J } from './web-cn-gen/dev-templates-j.js';
import { DEV_TEMPLATES_K } from './web-cn-gen/dev-templates-k.js';
import { DEV_TEMPLATES_L } from './web-cn-gen/dev-templates-l.js';
import { DEV_TEMPLATES_M } from './web-cn-gen/dev-templates-m.js';
import { DEV_TEMPLATES_N } from './web-cn-gen/dev-templates-n.js';
import { DEV_TEMPLATES_O } from './web-cn-gen/dev-templates-o.js';
import { DEV_TEMPLATES_P } from './web-cn-gen/dev-templates-p.js';
import { DEV_TEMPLATES_R } from './web-cn-gen/dev-templates-r.js';
import { DEV_TEMPLATES_S } from './web-cn-gen/dev-templates-s.js';
import { DEV_TEMPLATES_T } from './web-cn-gen/dev-templates-t.js';
import { DEV_TEMPLATES_U } from './web-cn-gen/dev-templates-u.js';
import { DEV_TEMPLATES_W } from './web-cn-gen/dev-templates-w.js';
import { DEV_TEMPLATES_X } from './web-cn-gen/dev-templates-x.js';
import { DEV_TEMPLATES_Y } from './web-cn-gen/dev-templates-y.js';
import { DEV_TEMPLATES_Z } from './web-cn-gen/dev-templates-z.js';
import { DEV_TEMPLATES_V } from './web-cn-gen/dev-templates-v.js';
import { DEV_TEMPLATES_Q } from './web-cn-gen/dev-templates-q.js';
import { DEV_TEMPLATES_A } from './web-cn-gen/dev-templates-a.js';
import { HELDOUT_TEMPLATES } from './web-cn-gen/heldout-templates.js';
import { HELDOUT3_TEMPLATES } from './web-cn-gen/heldout3-templates.js';
import { HELDOUT4_TEMPLATES } from './web-cn-gen/heldout4-templates.js';
import { HELDOUT4_POOL } from './web-cn-gen/heldout4-pool.js';
import { HELDOUT5_TEMPLATES } from './web-cn-gen/heldout5-templates.js';
import { HELDOUT6_TEMPLATES } from './web-cn-gen/heldout6-templates.js';
import { HELDOUT7_TEMPLATES } from './web-cn-gen/heldout7-templates.js';
import { HELDOUT8_TEMPLATES } from './web-cn-gen/heldout8-templates.js';
import { HELDOUT8_POOL } from './web-cn-gen/heldout8-pool.js';
import { HELDOUT9_TEMPLATES } from './web-cn-gen/heldout9-templates.js';
import { HELDOUT10_TEMPLATES } from './web-cn-gen/heldout10-templates.js';
import { HELDOUT11_TEMPLATES } from './web-cn-gen/heldout11-templates.js';
import { HELDOUT12_TEMPLATES } from './web-cn-gen/heldout12-templates.js';
import { HELDOUT12_POOL } from './web-cn-gen/heldout12-pool.js';
import { HELDOUT13_TEMPLATES } from './web-cn-gen/heldout13-templates.js';
import { HELDOUT14_TEMPLATES } from './web-cn-gen/heldout14-templates.js';
import { HELDOUT15_TEMPLATES } from './web-cn-gen/heldout15-templates.js';
import { HELDOUT16_TEMPLATES } from './web-cn-gen/heldout16-templates.js';
import { HELDOUT17_TEMPLATES } from './web-cn-gen/heldout17-templates.js';
import { HELDOUT18_TEMPLATES } from './web-cn-gen/heldout18-templates.js';
import { HELDOUT19_TEMPLATES } from './web-cn-gen/heldout19-templates.js';
import { HELDOUT20_TEMPLATES } from './web-cn-gen/heldout20-templates.js';
import { HELDOUT20_POOL } from './web-cn-gen/heldout20-pool.js';
import { HELDOUT21_TEMPLATES } from './web-cn-gen/heldout21-templates.js';
import { HELDOUT22_TEMPLATES } from './web-cn-gen/heldout22-templates.js';
import { HELDOUT22_POOL } from './web-cn-gen/heldout22-pool.js';
import { HELDOUT23_TEMPLATES } from './web-cn-gen/heldout23-templates.js';
import { HELDOUT24_TEMPLATES } from './web-cn-gen/heldout24-templates.js';
import { HELDOUT24_POOL } from './web-cn-gen/heldout24-pool.js';
import { HELDOUT25_TEMPLATES } from './web-cn-gen/heldout25-templates.js';
import { HELDOUT25_POOL } from './web-cn-gen/heldout25-pool.js';
import { HELDOUT26_TEMPLATES } from './web-cn-gen/heldout26-templates.js';
import { HELDOUT26_POOL } from './web-cn-gen/heldout26-pool.js';
import { HELDOUT27_TEMPLATES } from './web-cn-gen/heldout27-templates.js';
import { HELDOUT27_POOL } from './web-cn-gen/heldout27-pool.js';
import { HELDOUT28_TEMPLATES } from './web-cn-gen/heldout28-templates.js';
import { HELDOUT28_POOL } from './web-cn-gen/heldout28-pool.js';
import { DEV_TEMPLATES_AA } from './web-cn-gen/dev-templates-aa.js';
import { DEV_TEMPLATES_AB } from './web-cn-gen/dev-templates-ab.js';
import { DEV_TEMPLATES_AC } from './web-cn-gen/dev-templates-ac.js';
import { DEV_TEMPLATES_AD } from './web-cn-gen/dev-templates-ad.js';
import { HELDOUT29_TEMPLATES } from './web-cn-gen/heldout29-templates.js';
import { HELDOUT30_TEMPLATES } from './web-cn-gen/heldout30-templates.js';
import { HELDOUT31_TEMPLATES } from './web-cn-gen/heldout31-templates.js';
import { HELDOUT32_TEMPLATES } from './web-cn-gen/heldout32-templates.js';
import { DEV_TEMPLATES_AE } from './web-cn-gen/dev-templates-ae.js';
import { DEV_TEMPLATES_AF } from './web-cn-gen/dev-templates-af.js';
import { DEV_TEMPLATES_AG } from './web-cn-gen/dev-templates-ag.js';
import { DEV_TEMPLATES_AH } from './web-cn-gen/dev-templates-ah.js';
import { DEV_TEMPLATES_AI } from './web-cn-gen/dev-templates-ai.js';
import { DEV_TEMPLATES_AJ } from './web-cn-gen/dev-templates-aj.js';
import { DEV_TEMPLATES_AK } from './web-cn-gen/dev-templates-ak.js';
import { HELDOUT33_TEMPLATES } from './web-cn-gen/heldout33-templates.js';
import { HELDOUT34_TEMPLATES } from './web-cn-gen/heldout34-templates.js';
import { HELDOUT35_TEMPLATES } from './web-cn-gen/heldout35-templates.js';
import { DEV_POOL, HELDOUT_POOL, type PoolArticle } from './web-cn-gen/pool.js';
import { fieldPages, loadFieldTable } from './web-cn-gen/fields-pages.js';

/** Two pages per template, each on another article, so no template meets one article only. */
function write(dir: string, prefix: string, templates: Template[], pool: PoolArticle[]): number {
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (f.startsWith(prefix)) rmSync(join(dir, f));
  let n = 0;
  // Two templates naming their pages alike would overwrite each other's files without a word.
  const names = new Set<string>();
  templates.forEach((t, i) => {
    for (const k of [0, 1]) {
      const page = t(pool[(i * 3 + k * 5) % pool.length], k);
      if (!page.name.startsWith(prefix)) throw new Error(`${page.name}: expected the prefix ${prefix}`);
      if (names.has(page.name)) throw new Error(`${page.name}: written by two templates`);
      names.add(page.name);
      writeFileSync(join(dir, `${page.name}.html`), page.bytes ?? page.html);
      writeFileSync(join(dir, `${page.name}.json`), `${JSON.stringify(page.gold)}\n`);
      n++;
    }
  });
  return n;
}

const dev = write(join(CN_SET_DIR, 'dev'), 'g-', [...DEV_TEMPLATES, ...DEV_TEMPLATES_B, ...DEV_TEMPLATES_C, ...DEV_TEMPLATES_D, ...DEV_TEMPLATES_E, ...DEV_TEMPLATES_F, ...DEV_TEMPLATES_G, ...DEV_TEMPLATES_H, ...DEV_TEMPLATES_I, ...DEV_TEMPLATES_J, ...DEV_TEMPLATES_K, ...DEV_TEMPLATES_L, ...DEV_TEMPLATES_M, ...DEV_TEMPLATES_N, ...DEV_TEMPLATES_O, ...DEV_TEMPLATES_P, ...DEV_TEMPLATES_R, ...DEV_TEMPLATES_S, ...DEV_TEMPLATES_T, ...DEV_TEMPLATES_U, ...DEV_TEMPLATES_W, ...DEV_TEMPLATES_X, ...DEV_TEMPLATES_Y, ...DEV_TEMPLATES_Z, ...DEV_TEMPLATES_V, ...DEV_TEMPLATES_Q, ...DEV_TEMPLATES_A, ...DEV_TEMPLATES_AA, ...DEV_TEMPLATES_AB, ...DEV_TEMPLATES_AC, ...DEV_TEMPLATES_AD, ...DEV_TEMPLATES_AE, ...DEV_TEMPLATES_AF, ...DEV_TEMPLATES_AG, ...DEV_TEMPLATES_AH, ...DEV_TEMPLATES_AI, ...DEV_TEMPLATES_AJ, ...DEV_TEMPLATES_AK], DEV_POOL);
const held = write(join(CN_SET_DIR, 'heldout2'), 'n-', HELDOUT_TEMPLATES, HELDOUT_POOL);
// The third part dresses the held-out articles again, in the other order, so pages differ from the second part's.
const held3 = write(join(CN_SET_DIR, 'heldout3'), 'x-', HELDOUT3_TEMPLATES, [...HELDOUT_POOL].reverse());
// The fourth part: its own templates and articles, written as another author would, before the tuning that followed.
const held4 = write(join(CN_SET_DIR, 'heldout4'), 'y-', HELDOUT4_TEMPLATES, HELDOUT4_POOL);
// The fifth: written after #17's tuning on the first held-out articles, scored once.
const held5 = write(join(CN_SET_DIR, 'heldout5'), 'z-', HELDOUT5_TEMPLATES, HELDOUT_POOL);
// The sixth: #17's second round, other families, on the fourth part's articles in the other order; scored before and after its tuning only.
const held6 = write(join(CN_SET_DIR, 'heldout6'), 'o-', HELDOUT6_TEMPLATES, [...HELDOUT4_POOL].reverse());
// The seventh: #17's third round, other families again, on the first held-out articles from the fourth on; scored before and after its tuning only.
const held7 = write(join(CN_SET_DIR, 'heldout7'), 'q-', HELDOUT7_TEMPLATES, [...HELDOUT_POOL.slice(3), ...HELDOUT_POOL.slice(0, 3)]);
// The eighth: #17's fourth round, by another hand, on articles of its own; scored before and after its tuning only.
const held8 = write(join(CN_SET_DIR, 'heldout8'), 'r-', HELDOUT8_TEMPLATES, HELDOUT8_POOL);
// The ninth: written after the fourth round's tuning, on the eighth part's articles in the other order; scored once.
const held9 = write(join(CN_SET_DIR, 'heldout9'), 's-', HELDOUT9_TEMPLATES, [...HELDOUT8_POOL].reverse());
// The tenth: written after all of the fourth round's tuning, on the eighth part's articles from the third on; scored once.
const held10 = write(join(CN_SET_DIR, 'heldout10'), 't-', HELDOUT10_TEMPLATES, [...HELDOUT8_POOL.slice(2), ...HELDOUT8_POOL.slice(0, 2)]);
// The eleventh: written after every fix of the fourth round, on the eighth part's articles from the fifth on; scored once, never tuned on.
const held11 = write(join(CN_SET_DIR, 'heldout11'), 'u-', HELDOUT11_TEMPLATES, [...HELDOUT8_POOL.slice(4), ...HELDOUT8_POOL.slice(0, 4)]);
// The twelfth: #17's fifth round, by another hand, on articles of its own; committed before any change, scored before and after its tuning only.
const held12 = write(join(CN_SET_DIR, 'heldout12'), 'v-', HELDOUT12_TEMPLATES, HELDOUT12_POOL);
// The thirteenth: written after the fifth round's tuning, on the twelfth part's articles from the fourth on; scored once, never tuned on.
const held13 = write(join(CN_SET_DIR, 'heldout13'), 'w-', HELDOUT13_TEMPLATES, [...HELDOUT12_POOL.slice(3), ...HELDOUT12_POOL.slice(0, 3)]);
// The fourteenth: #17's sixth round, kinds no part had, on the fourth part's articles from the third on; committed before its one scoring, never tuned on.
const held14 = write(join(CN_SET_DIR, 'heldout14'), 'a-', HELDOUT14_TEMPLATES, [...HELDOUT4_POOL.slice(2), ...HELDOUT4_POOL.slice(0, 2)]);
// The fifteenth: #17's seventh round, kinds no part had, on the twelfth part's articles in the other order; committed before its one scoring, never tuned on.
const held15 = write(join(CN_SET_DIR, 'heldout15'), 'b-', HELDOUT15_TEMPLATES, [...HELDOUT12_POOL].reverse());
// The sixteenth: #17's eighth round, kinds no part had, on the eighth part's articles from the seventh on; written after the round's tuning, committed before its one scoring, never tuned on.
const held16 = write(join(CN_SET_DIR, 'heldout16'), 'c-', HELDOUT16_TEMPLATES, [...HELDOUT8_POOL.slice(6), ...HELDOUT8_POOL.slice(0, 6)]);
// The seventeenth: #17's eighth round, kinds no part had, on the fourth part's articles from the fifth on; written after the round's second batch of tuning, committed before its one scoring, never tuned on.
const held17 = write(join(CN_SET_DIR, 'heldout17'), 'd-', HELDOUT17_TEMPLATES, [...HELDOUT4_POOL.slice(4), ...HELDOUT4_POOL.slice(0, 4)]);
// The eighteenth: #17's ninth round, kinds no part had, on the twelfth part's articles from the third on; written after the round's tuning, committed before its one scoring, never tuned on.
const held18 = write(join(CN_SET_DIR, 'heldout18'), 'e-', HELDOUT18_TEMPLATES, [...HELDOUT12_POOL.slice(2), ...HELDOUT12_POOL.slice(0, 2)]);
// The nineteenth: #17's tenth round, kinds no part had in full real-world markup, by another hand, on the eighth part's articles from the fourth on; committed before any change, scored before and after only.
const held19 = write(join(CN_SET_DIR, 'heldout19'), 'f-', HELDOUT19_TEMPLATES, [...HELDOUT8_POOL.slice(3), ...HELDOUT8_POOL.slice(0, 3)]);
// The twentieth: #17's tenth round, government, institutional, event, bilingual and announcement pages as full sites build them; each family prints its own texts; committed before any change, never tuned on.
const held20 = write(join(CN_SET_DIR, 'heldout20'), 'k-', HELDOUT20_TEMPLATES, HELDOUT20_POOL);
// The twenty-first: #17's eleventh round (11a), small sites on common CMS packages, blogs, forums, local offices, company and TV pages, print/AMP versions, in full markup; on the fourth part's articles from the second on; committed before any change, never tuned on.
const held21 = write(join(CN_SET_DIR, 'heldout21'), 'm-', HELDOUT21_TEMPLATES, [...HELDOUT4_POOL.slice(1), HELDOUT4_POOL[0]]);
// The twenty-second: #17's round 11b, older markup, tech media and text built differently, as full sites serve them; each family prints its own texts; committed before any change, never tuned on.
const held22 = write(join(CN_SET_DIR, 'heldout22'), 'n-', HELDOUT22_TEMPLATES, HELDOUT22_POOL);
// The twenty-third: #17's round 12, six families no part had (a 通信管理局 on a 站群 system, a financial page with 数据宝 boxes, an association with a member login, a portal's stock-linked text, a party site's local channel, a research institute), in full markup, on the eighth part's articles from the second on; committed before any change, never tuned on.
const held23 = write(join(CN_SET_DIR, 'heldout23'), 'p-', HELDOUT23_TEMPLATES, [...HELDOUT8_POOL.slice(1), HELDOUT8_POOL[0]]);
// The twenty-fourth: #17's round 13a, seven families no part had (a page saved from a browser, a photo gallery, a TV page's 文字稿, a long-form analysis with notes, schema.org microdata, weekday and English dates, an operator's provincial site), in full markup; each family prints its own texts; committed before any change, never tuned on.
const held24 = write(join(CN_SET_DIR, 'heldout24'), 'i-', HELDOUT24_TEMPLATES, HELDOUT24_POOL);
// The twenty-fifth: #17's round 13b, seven families no part had (a Hong Kong paper in Big5, a Taiwan agency with 民國 dates, a foreign outlet's Chinese edition, a standards alliance's notice, an exhibition's news, a central SOE group's 新闻中心, a county media centre's print view), in full markup, each printing its own texts; committed before any change, never tuned on.
const held25 = write(join(CN_SET_DIR, 'heldout25'), 'j-', HELDOUT25_TEMPLATES, HELDOUT25_POOL);
// The twenty-sixth: #17's round 14, five families no part had (a portal's 滚动新闻 page under a ticker and three channel rows, a provincial 政务服务 page with 政策解读/图解 beside the text, a tech outlet's author card and 相关标签, a university lab's old table layout, a 文章属性 table under the headline), in full markup, each printing its own texts; committed before any change, never tuned on.
const held26 = write(join(CN_SET_DIR, 'heldout26'), 'l-', HELDOUT26_TEMPLATES, HELDOUT26_POOL);
// The twenty-seventh: #17's round 15, six families no part had (a county 融媒体中心 with correspondent and reporter, an exchange's 本所要闻, an association's reprint with a linked 来源, a 问政 question and reply, a financial 快讯 among timed 快讯, a ministry's page with 字体 and 扫一扫 widgets), in full markup, each printing its own texts; committed before any change, never tuned on.
const held27 = write(join(CN_SET_DIR, 'heldout27'), 'ho-', HELDOUT27_TEMPLATES, HELDOUT27_POOL);
// The twenty-eighth: #17's round 16, five families no part had (a tech community's blog post with code, a Q&A site's column edited after it was published, a listed company's 投资者关系 news beside its 公司公告, a self-media account's article, a local TV station's 文字稿 under its video), in full markup, each printing its own texts; committed before any change, never tuned on.
const held28 = write(join(CN_SET_DIR, 'heldout28'), 'hv-', HELDOUT28_TEMPLATES, HELDOUT28_POOL);
// The twenty-ninth: #17's round 18, seven families no part had (an exchange's 公告 as an article, a city 融媒体中心's app article, a county's 政务公开 article with 附件 and 扫一扫, a Hong Kong outlet in traditional characters, a tech medium with avatar, 标签 and 打赏, an association's 行业动态 with 发布人, a forum thread's first post), in full markup, each printing its own texts (the article passed in is not used); committed before any change, never tuned on.
const held29 = write(join(CN_SET_DIR, 'heldout29'), 'hx-', HELDOUT29_TEMPLATES, DEV_POOL);
// The thirtieth: #17's round 19, four families the parts cover least (a provincial 党媒 client's page, a securities daily's 快讯, a trade medium with a 摘要 box, a WeChat article re-posted on a portal), in full markup, each printing its own texts (the article passed in is not used); committed before any change, never tuned on.
const held30 = write(join(CN_SET_DIR, 'heldout30'), 'hy-', HELDOUT30_TEMPLATES, DEV_POOL);
// The thirty-first: #17's round 20, five families in habits the parts have least (a ministry's 政策解读 and a provincial 信息公开 table, 快讯 with the 【】 headline in the text, commentary with the writer's column box, portals' 组图, an English-URL page dated only in JSON-LD and a re-posted WeChat article with the account's card), in full markup, each printing its own texts (the article passed in is not used); committed before any change, never tuned on.
const held31 = write(join(CN_SET_DIR, 'heldout31'), 'hz-', HELDOUT31_TEMPLATES, DEV_POOL);
// The thirty-second: #17's round 21, five families in habits the parts lack (a county's 政务公开 page dated only in its index table, a digital paper edition in 方正 markup, a tech site's 评测, an association's 会员动态, a 党媒's local channel on mobile and PC), in full markup, each printing its own texts (the article passed in is not used); committed before any change, never tuned on.
const held32 = write(join(CN_SET_DIR, 'heldout32'), 'hw-', HELDOUT32_TEMPLATES, DEV_POOL);
// The thirty-third: #17's round 22, five families in habits the parts lack (a county 融媒体中心 with an 编者按 box or an 更新时间 first, a paper's 数字报 with 版次/稿件来源 or the date only in the 版面 header, an association's table and a university's news, a fund's and a broker's pages with 风险提示, a news client's H5 page dated in a data attribute and an account page with 延伸阅读), in full markup, each printing its own texts (the article passed in is not used); committed before any change, never tuned on.
const held33 = write(join(CN_SET_DIR, 'heldout33'), 'hq-', HELDOUT33_TEMPLATES, DEV_POOL);
// The thirty-fourth: #17's round 23, six families in habits the parts have least of (a provincial 市场监管局 on a newer 内容管理 system, a portal's self-media account page with a 作者 box and 举报, a 党报's 评论 column with 来源 and 编辑 after the text, a trade medium with its 摘要 box and 关键词 above the text, a university 新闻网 with 供稿单位/摄影/审核 credits, WeChat articles dated only in `var ct`), in full markup, each printing its own texts (the article passed in is not used); committed before any change, never tuned on.
const held34 = write(join(CN_SET_DIR, 'heldout34'), 'hs-', HELDOUT34_TEMPLATES, DEV_POOL);
// The thirty-fifth: #17's round 25, six families in habits the parts have least of (page 1 of a paginated feature, a central outlet's 客户端 share page, a 7×24 快讯 page, an old GBK table-layout county site, a people's congress and a CPPCC page, an m.-site AMP page), in full markup, each printing its own texts (the article passed in is not used); committed before it is scored and before any change, never tuned on.
const held35 = write(join(CN_SET_DIR, 'heldout35'), 'hr-', HELDOUT35_TEMPLATES, DEV_POOL);
// The field tables (#17, round 11c): each row one form of a headline, date or byline, dressed as a small page;
// the held-out table was written and committed before any change it measures, and is never tuned on.
function writeTable(part: string, pool: PoolArticle[]): number {
  const dir = join(CN_SET_DIR, part);
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (f.startsWith('f-')) rmSync(join(dir, f));
  const pages = fieldPages(loadFieldTable(join(CN_SET_DIR, `${part}.json`)), pool);
  for (const page of pages) {
    writeFileSync(join(dir, `${page.name}.html`), page.html);
    writeFileSync(join(dir, `${page.name}.json`), `${JSON.stringify(page.gold)}\n`);
  }
  return pages.length;
}
const fieldsDev = writeTable('fields-dev', DEV_POOL);
const fieldsHeld = writeTable('fields-heldout', HELDOUT8_POOL);
console.log(`wrote ${fieldsDev} field-table pages (dev) and ${fieldsHeld} (held-out)`);
console.log(`wrote ${dev} dev pages and ${held + held3 + held4 + held5 + held6 + held7 + held8 + held9 + held10 + held11 + held12 + held13 + held14 + held15 + held16 + held17 + held18 + held19 + held20 + held21 + held22 + held23 + held24 + held25 + held26 + held27 + held28 + held29 + held30 + held31 + held32 + held33 + held34 + held35} held-out pages under ${CN_SET_DIR}`);
