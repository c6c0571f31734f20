/**
 * Newspaper make-ups none of the other generators has, for the text-dump round (README, "Newspaper text dumps"):
 * a trade weekly's lead across the page over stories side by side and a 图片新闻 box; a commentary column
 * (本报评论员) down one side; a story jumping to another page above a 简讯 strip whose one-paragraph items flow
 * in columns. Some pages set headlines in a real bold font (not printed twice). Each page set is printed by
 * Chromium and dumped by `pdftotext` twice, plain (`news-X.txt`) and with `-layout` (`news-X-layout.txt`).
 * Held-out sets take their stories from scripts/unseen/news-pool.ts and go to testdata/unseen/heldout-makeup
 * (written and scored before any change, never tuned on); the second held-out set (`heldout2`: other sheet widths
 * and column counts, a front page's lead over a 简讯 column, a boxed 简讯 column) takes its own from
 * scripts/unseen/news-pool-makeup2.ts and goes to testdata/unseen/heldout-makeup2; dev sets reuse the pool and go
 * to testdata/unseen/dev. The fourth (`heldout4`: 引题 and 副题, 简讯 items titled or run in with 【】, an interview
 * with a 人物简介 box, a table of figures) takes its stories from scripts/unseen/news-pool-makeup4.ts; the sixth and
 * seventh theirs from news-pool-makeup6.ts and news-pool-makeup7.ts.
 *
 *   tsx scripts/make-unseen-news-pages.ts [SPLIT|NAME]...    # e.g. heldout2: only that split's sets
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium, squash } from './make-test-pdf.js';
import { type MixedSet, printSet } from './make-unseen-news-mixed.js';
import type { Story } from './make-unseen-news.js';
import { HELDOUT_BRIEFS, HELDOUT_PHOTO_NEWS, HELDOUT_STORIES } from './unseen/news-pool.js';
import { HELDOUT2_BRIEFS, HELDOUT2_PHOTO_NEWS, HELDOUT2_STORIES } from './unseen/news-pool-makeup2.js';
import { HELDOUT3_BOXES, HELDOUT3_BRIEFS, HELDOUT3_STORIES } from './unseen/news-pool-makeup3.js';
import {
  HELDOUT4_BRIEFS, HELDOUT4_PROFILE, HELDOUT4_STORIES, HELDOUT4_TABLE, HELDOUT4_TITLED_BRIEFS,
} from './unseen/news-pool-makeup4.js';
import { HELDOUT6_CAPTIONS, HELDOUT6_DATA_BOX, HELDOUT6_EDITORS_NOTE, HELDOUT6_STORIES } from './unseen/news-pool-makeup6.js';
import { HELDOUT7_CHART, HELDOUT7_NOTES, HELDOUT7_STORIES } from './unseen/news-pool-makeup7.js';
import { DEV4_BRIEFS, DEV4_PROFILE, DEV4_STORIES, DEV4_TABLE, DEV4_TITLED_BRIEFS } from './unseen/news-pool-dev4.js';

/** Where each split's pages go: each held-out set of make-ups has its own folder. */
const DIRS = {
  dev: 'testdata/unseen/dev', heldout: 'testdata/unseen/heldout-makeup', heldout2: 'testdata/unseen/heldout-makeup2',
  heldout3: 'testdata/unseen/heldout-makeup3', heldout4: 'testdata/unseen/heldout-makeup4',
  heldout6: 'testdata/unseen/heldout-makeup6', heldout7: 'testdata/unseen/heldout-makeup7',
};

const base = { first: 0, stories: 0, photos: [] as number[], briefs: [] as number[], continued: -1 };

export const PAGE_SETS: MixedSet[] = [
  {
    ...base, name: 'news-trade-h', split: 'heldout', columns: 4, publication: '元器件产业周报', header: '元器件产业周报  2024年9月13日  星期五  第 1 版',
    date: '2024-09-13', grid: '1fr 1fr 1fr 0.8fr', articles: HELDOUT_STORIES, pool: [0, 1, 2], photoNews: HELDOUT_PHOTO_NEWS, realBold: true,
    pages: [[
      { area: '1 / 1 / 2 / 5', piece: { kind: 'story', story: 0, flow: 4 } },
      { area: '2 / 1 / 3 / 3', piece: { kind: 'story', story: 1, flow: 2 } },
      { area: '2 / 3 / 3 / 4', piece: { kind: 'story', story: 2, flow: 1 } },
      { area: '2 / 4 / 3 / 5', piece: { kind: 'photo-news' } },
    ]],
  },
  {
    ...base, name: 'news-ministry-h', split: 'heldout', columns: 4, publication: '产业政策导报', header: '产业政策导报  2024年10月15日  星期二  第 1 版',
    date: '2024-10-15', grid: '0.8fr 1fr 1fr 1fr', articles: HELDOUT_STORIES, pool: [3, 4, 5, 6], comment: 0,
    pages: [[
      { area: '1 / 1 / 3 / 2', piece: { kind: 'story', story: 0, flow: 1 } },
      { area: '1 / 2 / 2 / 5', piece: { kind: 'story', story: 1, flow: 3 } },
      { area: '2 / 2 / 3 / 4', piece: { kind: 'story', story: 2, flow: 2 } },
      { area: '2 / 4 / 3 / 5', piece: { kind: 'story', story: 3, flow: 1 } },
    ]],
  },
  {
    ...base, name: 'news-jump-h', split: 'heldout', columns: 4, publication: '数字生活报', header: '数字生活报  2024年11月5日  星期二  第 1 版',
    date: '2024-11-05', grid: '1fr 1fr 1fr 1fr', articles: HELDOUT_STORIES, pool: [7, 8, 9, 10], continued: 0, photos: [0],
    briefItems: HELDOUT_BRIEFS, realBold: true,
    pages: [[
      { area: '1 / 1 / 2 / 4', piece: { kind: 'story', story: 0, flow: 3, part: 1 } },
      { area: '1 / 4 / 2 / 5', piece: { kind: 'story', story: 1, flow: 1 } },
      { area: '2 / 1 / 3 / 5', piece: { kind: 'story', story: 2, flow: 4 } },
      { area: '3 / 1 / 4 / 5', piece: { kind: 'briefs', flow: 4 } },
    ], [
      { area: '1 / 1 / 2 / 3', piece: { kind: 'story', story: 0, flow: 2, part: 2 } },
      { area: '1 / 3 / 2 / 5', piece: { kind: 'story', story: 3, flow: 2 } },
    ]],
  },
  {
    ...base, name: 'news-trade-d', split: 'dev', columns: 4, publication: '电子制造周刊', header: '电子制造周刊  2024年6月7日  星期五  第 1 版',
    date: '2024-06-07', grid: '1fr 1fr 1fr 0.8fr', pool: [0, 1, 2, 3], realBold: true,
    photoNews: '6月5日，在某智能终端工厂的总装车间，工人正在调试新下线的折叠屏手机。该工厂今年新增三条柔性产线，月产能提升至八十万台。',
    pages: [[
      { area: '1 / 1 / 2 / 4', piece: { kind: 'story', story: 0, flow: 3 } },
      { area: '1 / 4 / 2 / 5', piece: { kind: 'photo-news' } },
      { area: '2 / 1 / 3 / 3', piece: { kind: 'story', story: 1, flow: 2 } },
      { area: '2 / 3 / 3 / 4', piece: { kind: 'story', story: 2, flow: 1 } },
      { area: '2 / 4 / 3 / 5', piece: { kind: 'story', story: 3, flow: 1 } },
    ]],
  },
  {
    ...base, name: 'news-column-d', split: 'dev', columns: 4, publication: '信息化导报', header: '信息化导报  2024年8月2日  星期五  第 1 版',
    date: '2024-08-02', grid: '1fr 1fr 1fr 0.8fr', pool: [4, 8, 9, 10], comment: 0, continued: 1, photos: [2], briefs: [0, 1, 2, 3],
    pages: [[
      { area: '1 / 4 / 3 / 5', piece: { kind: 'story', story: 0, flow: 1 } },
      { area: '1 / 1 / 2 / 4', piece: { kind: 'story', story: 1, flow: 3, part: 1 } },
      { area: '2 / 1 / 3 / 4', piece: { kind: 'story', story: 2, flow: 3 } },
      { area: '3 / 1 / 4 / 5', piece: { kind: 'briefs', flow: 3 } },
    ], [
      { area: '1 / 1 / 2 / 3', piece: { kind: 'story', story: 1, flow: 2, part: 2 } },
      { area: '1 / 3 / 2 / 5', piece: { kind: 'story', story: 3, flow: 2 } },
    ]],
  },
  // Dev pages of round n23 (tuned on): headlines side by side over stories in one or two columns, a front page's
  // lead over a 简讯 column, a boxed 简讯 column, on sheets other than A4.
  {
    ...base, name: 'news-side-e', split: 'dev', columns: 3, publication: '产业互联网周刊', header: '产业互联网周刊  2024年7月5日  星期五  第 4 版',
    date: '2024-07-05', grid: '1fr 1fr 1fr', pool: [11, 12, 13, 1], realBold: true, briefs: [2, 3], paper: { width: '280mm', height: '400mm' },
    pages: [[
      { area: '1 / 1 / 2 / 2', piece: { kind: 'story', story: 0, flow: 1 } },
      { area: '1 / 2 / 2 / 3', piece: { kind: 'story', story: 1, flow: 1 } },
      { area: '1 / 3 / 2 / 4', piece: { kind: 'story', story: 2, flow: 1 } },
      { area: '2 / 1 / 3 / 3', piece: { kind: 'story', story: 3, flow: 2 } },
      { area: '2 / 3 / 3 / 4', piece: { kind: 'briefs', box: true } },
    ]],
  },
  {
    ...base, name: 'news-front-e', split: 'dev', columns: 5, publication: '数字产业日报', header: '数字产业日报  2024年5月14日  星期二  第 1 版',
    date: '2024-05-14', grid: '1fr 1fr 1fr 1fr 0.8fr', pool: [2, 3, 11, 12, 13], photos: [0], briefs: [0, 1, 4],
    paper: { width: '320mm', height: '460mm' },
    pages: [[
      { area: '1 / 1 / 2 / 5', piece: { kind: 'head', story: 0 } },
      { area: '2 / 1 / 3 / 5', piece: { kind: 'body', story: 0, flow: 3 } },
      { area: '1 / 5 / 4 / 6', piece: { kind: 'briefs' } },
      { area: '3 / 1 / 4 / 3', piece: { kind: 'story', story: 1, flow: 2 } },
      { area: '3 / 3 / 4 / 5', piece: { kind: 'story', story: 2, flow: 2 } },
      { area: '4 / 1 / 5 / 3', piece: { kind: 'story', story: 3, flow: 1 } },
      { area: '4 / 3 / 5 / 6', piece: { kind: 'story', story: 4, flow: 3 } },
    ]],
  },
  {
    ...base, name: 'news-band-e', split: 'dev', columns: 3, publication: '通信信息报', header: '通信信息报  2024年4月16日  星期二  第 3 版',
    date: '2024-04-16', grid: '1fr 1fr 1fr', pool: [10, 26, 27, 0], realBold: true, paper: { width: '300mm', height: '420mm' },
    pages: [[
      { area: '1 / 1 / 2 / 2', piece: { kind: 'story', story: 0, flow: 1 } },
      { area: '1 / 2 / 2 / 3', piece: { kind: 'story', story: 1, flow: 1 } },
      { area: '1 / 3 / 2 / 4', piece: { kind: 'story', story: 2, flow: 1 } },
      { area: '2 / 1 / 3 / 4', piece: { kind: 'story', story: 3, flow: 3 } },
    ]],
  },
  // Dev pages of round n24 (tuned on): boxes after stories, a commentary column beside a lead with a caption, a
  // story carried over from page 1, on sheets and column counts of their own.
  {
    ...base, name: 'news-links-f', split: 'dev', columns: 2, publication: '智慧城市周报', header: '智慧城市周报  2024年3月19日  星期二  第 6 版',
    date: '2024-03-19', grid: '1.2fr 1fr', pool: [26, 25, 27], realBold: true, paper: { width: '240mm', height: '360mm' },
    boxes: [
      { label: '记者手记', text: '走访中记者发现，不少码头的老调度员已经学会在屏幕前指挥作业。新技术要落地，离不开一线职工的适应和参与。' },
      null,
      { label: '相关链接', text: '数字人民币是人民银行发行的数字形式的法定货币，与实物人民币等值，具有价值特征和法偿性。' },
    ],
    pages: [[
      { area: '1 / 1 / 2 / 2', piece: { kind: 'story', story: 0, flow: 2 } },
      { area: '1 / 2 / 2 / 3', piece: { kind: 'story', story: 1, flow: 1 } },
      { area: '2 / 1 / 3 / 3', piece: { kind: 'story', story: 2, flow: 3 } },
    ]],
  },
  {
    ...base, name: 'news-carried-f', split: 'dev', columns: 4, publication: '电子信息导刊', header: '电子信息导刊  2024年2月27日  星期二  第 2 版',
    date: '2024-02-27', grid: '0.85fr 1fr 1fr 1fr', pool: [41, 20, 21, 22], comment: 0, carried: 1, photos: [2],
    paper: { width: '280mm', height: '400mm' },
    boxes: [null, null, { label: '相关链接', text: '车规级芯片是指满足汽车电子可靠性标准、可在汽车复杂工况下长期稳定工作的芯片。' }],
    pages: [[
      { area: '1 / 1 / 3 / 2', piece: { kind: 'story', story: 0, flow: 1 } },
      { area: '1 / 2 / 2 / 5', piece: { kind: 'story', story: 1, flow: 3 } },
      { area: '2 / 2 / 3 / 4', piece: { kind: 'story', story: 2, flow: 2 } },
      { area: '2 / 4 / 3 / 5', piece: { kind: 'story', story: 3, flow: 1 } },
    ]],
  },
  // Dev pages of round n25 (tuned on): the kinds of the fourth held-out set in other make-ups and widths; stories
  // of scripts/unseen/news-pool-dev4.ts.
  {
    ...base, name: 'news-front-n', split: 'dev', columns: 4, publication: '信息产业时报', header: '信息产业时报  2024年11月8日  星期五  第 1 版',
    date: '2024-11-08', grid: '1fr 1fr 1fr 0.8fr', articles: DEV4_STORIES, pool: [0, 1, 4], photos: [0],
    paper: { width: '280mm', height: '400mm' },
    pages: [[
      { area: '1 / 1 / 2 / 4', piece: { kind: 'head', story: 0 } },
      { area: '2 / 1 / 3 / 4', piece: { kind: 'body', story: 0, flow: 3 } },
      { area: '1 / 4 / 3 / 5', piece: { kind: 'index', column: true, entries: ['工业软件专访（2版）', '船舶工业观察（4版）', '电子信息制造数据（7版）'] } },
      { area: '3 / 1 / 4 / 3', piece: { kind: 'story', story: 1, flow: 2 } },
      { area: '3 / 3 / 4 / 5', piece: { kind: 'story', story: 2, flow: 2 } },
    ]],
  },
  {
    // Round n26: a narrow 导读 column whose entries wrap (`…（3` / `版）`), its lead beside it in five columns.
    ...base, name: 'news-front-p', split: 'dev', columns: 5, publication: '电子制造报', header: '电子制造报  2024年12月3日  星期二  第 1 版',
    date: '2024-12-03', grid: '1fr 1fr 1fr 1fr 0.55fr', articles: DEV4_STORIES, pool: [4, 1, 3],
    paper: { width: '300mm', height: '420mm' },
    pages: [[
      { area: '1 / 1 / 2 / 5', piece: { kind: 'head', story: 0 } },
      { area: '2 / 1 / 3 / 5', piece: { kind: 'body', story: 0, flow: 4 } },
      { area: '1 / 5 / 3 / 6', piece: { kind: 'index', column: true, entries: ['算力网络建设（3版）', '储能电站运行调查（5版）', '工业互联网专题（8版）'] } },
      { area: '3 / 1 / 4 / 3', piece: { kind: 'story', story: 1, flow: 2 } },
      { area: '3 / 3 / 4 / 6', piece: { kind: 'story', story: 2, flow: 3 } },
    ]],
  },
  {
    ...base, name: 'news-briefs-n', split: 'dev', columns: 3, publication: '智能装备周刊', header: '智能装备周刊  2024年9月20日  星期五  第 6 版',
    date: '2024-09-20', grid: '0.85fr 1fr 1fr', articles: DEV4_STORIES, pool: [4], realBold: true,
    titledBriefs: DEV4_TITLED_BRIEFS, briefItems: DEV4_BRIEFS, paper: { width: '260mm', height: '370mm' },
    pages: [[
      { area: '1 / 1 / 3 / 2', piece: { kind: 'titled-briefs' } },
      { area: '1 / 2 / 2 / 4', piece: { kind: 'story', story: 0, flow: 2 } },
      { area: '2 / 2 / 3 / 4', piece: { kind: 'briefs', flow: 2 } },
    ]],
  },
  {
    ...base, name: 'news-interview-n', split: 'dev', columns: 2, publication: '工业软件导报', header: '工业软件导报  2024年8月30日  星期五  第 2 版',
    date: '2024-08-30', grid: '1fr 1fr', articles: DEV4_STORIES, pool: [2, 1], unbroken: [0],
    boxes: [{ label: '人物简介', text: DEV4_PROFILE }], paper: { width: '240mm', height: '340mm' },
    pages: [[
      { area: '1 / 1 / 2 / 3', piece: { kind: 'story', story: 0, flow: 2 } },
      { area: '2 / 1 / 3 / 3', piece: { kind: 'story', story: 1, flow: 2 } },
    ]],
  },
  {
    ...base, name: 'news-table-n', split: 'dev', columns: 4, publication: '电子信息参考', header: '电子信息参考  2024年11月26日  星期二  第 3 版',
    date: '2024-11-26', grid: '1fr 1fr 1fr 1fr', articles: DEV4_STORIES, pool: [3, 0, 1], realBold: true,
    table: { story: 0, rows: DEV4_TABLE }, paper: { width: '300mm', height: '420mm' },
    pages: [[
      { area: '1 / 1 / 2 / 3', piece: { kind: 'story', story: 0, flow: 2 } },
      { area: '1 / 3 / 2 / 5', piece: { kind: 'story', story: 1, flow: 2 } },
      { area: '2 / 1 / 3 / 5', piece: { kind: 'story', story: 2, flow: 4 } },
    ]],
  },
  {
    // Round n26: a lead over four columns beside a one-column story whose headline wraps (the two headlines side
    // by side), a story across the page over a 简讯 strip, the lead jumping to page 2; stories of the pool.
    ...base, name: 'news-jump-q', split: 'dev', columns: 4, publication: '数字经济导报', header: '数字经济导报  2024年12月10日  星期二  第 1 版',
    date: '2024-12-10', grid: '1fr 1fr 1fr 0.9fr', pool: [10, 12, 16, 17], continued: 0, photos: [0],
    briefItems: DEV4_BRIEFS, realBold: true,
    pages: [[
      { area: '1 / 1 / 2 / 4', piece: { kind: 'story', story: 0, flow: 3, part: 1 } },
      { area: '1 / 4 / 2 / 5', piece: { kind: 'story', story: 1, flow: 1 } },
      { area: '2 / 1 / 3 / 5', piece: { kind: 'story', story: 2, flow: 4 } },
      { area: '3 / 1 / 4 / 5', piece: { kind: 'briefs', flow: 4 } },
    ], [
      { area: '1 / 1 / 2 / 3', piece: { kind: 'story', story: 0, flow: 2, part: 2 } },
      { area: '1 / 3 / 2 / 5', piece: { kind: 'story', story: 3, flow: 2 } },
    ]],
  },
  {
    // Round n27: a 导读 column on the left beside a lead with 引题 and 副题 across three columns, two stories under
    // them (the family of held-out news-front-m, told by family only); stories of the dev pool.
    ...base, name: 'news-front-s', split: 'dev', columns: 4, publication: '电子信息时报', header: '电子信息时报  2024年12月17日  星期二  第 1 版',
    date: '2024-12-17', grid: '0.7fr 1fr 1fr 1fr', articles: DEV4_STORIES, pool: [0, 4, 1], photos: [1],
    paper: { width: '290mm', height: '410mm' },
    pages: [[
      { area: '1 / 1 / 3 / 2', piece: { kind: 'index', column: true, entries: ['智能网联汽车观察（2版）', '工业软件应用调查（5版）', '前十个月通信业数据（6版）'] } },
      { area: '1 / 2 / 2 / 5', piece: { kind: 'head', story: 0 } },
      { area: '2 / 2 / 3 / 5', piece: { kind: 'body', story: 0, flow: 3 } },
      { area: '3 / 1 / 4 / 3', piece: { kind: 'story', story: 1, flow: 2 } },
      { area: '3 / 3 / 4 / 5', piece: { kind: 'story', story: 2, flow: 2 } },
    ]],
  },
  {
    // Round n27: the same family in five columns, a photo in the lead and the story under it across three.
    ...base, name: 'news-front-t', split: 'dev', columns: 5, publication: '通信产业时报', header: '通信产业时报  2024年12月20日  星期五  第 1 版',
    date: '2024-12-20', grid: '0.75fr 1fr 1fr 1fr 1fr', articles: DEV4_STORIES, pool: [4, 1, 0], photos: [0],
    paper: { width: '297mm', height: '420mm' },
    pages: [[
      { area: '1 / 1 / 3 / 2', piece: { kind: 'index', column: true, entries: ['卫星互联网专题（3版）', '数据要素市场观察（4版）', '县域通信网络调查（7版）'] } },
      { area: '1 / 2 / 2 / 6', piece: { kind: 'head', story: 0 } },
      { area: '2 / 2 / 3 / 6', piece: { kind: 'body', story: 0, flow: 4 } },
      { area: '3 / 1 / 4 / 3', piece: { kind: 'story', story: 1, flow: 2 } },
      { area: '3 / 3 / 4 / 6', piece: { kind: 'story', story: 2, flow: 3 } },
    ]],
  },
  {
    // Round n27: the same family again, a lead whose 引题 holds a space, the 导读 column's entries wrapping.
    ...base, name: 'news-front-u', split: 'dev', columns: 5, publication: '装备制造时报', header: '装备制造时报  2024年12月24日  星期二  第 1 版',
    date: '2024-12-24', grid: '0.8fr 1fr 1fr 1fr 1fr', articles: DEV4_STORIES, pool: [5, 4, 1], photos: [0],
    paper: { width: '300mm', height: '430mm' },
    pages: [[
      { area: '1 / 1 / 3 / 2', piece: { kind: 'index', column: true, entries: ['机床行业运行分析（2版）', '工业机器人应用调查（4版）', '技术改造典型案例（7版）'] } },
      { area: '1 / 2 / 2 / 6', piece: { kind: 'head', story: 0 } },
      { area: '2 / 2 / 3 / 6', piece: { kind: 'body', story: 0, flow: 4 } },
      { area: '3 / 1 / 4 / 3', piece: { kind: 'story', story: 1, flow: 2 } },
      { area: '3 / 3 / 4 / 6', piece: { kind: 'story', story: 2, flow: 3 } },
    ]],
  },
  // Dev pages of round n28 (tuned on): the families of the seventh held-out set, told by family only, in other
  // make-ups and on the dev pools' stories — an evening paper's 财经 page with a 图表 box and a 记者手记, a science
  // paper's page with a profile (引题, 副题) beside a 问/答 interview, a 县域经济 page of short stories and a 短评 column.
  {
    ...base, name: 'news-evening-x', split: 'dev', columns: 3, publication: '东海晚报', header: '东海晚报  2025年1月16日  星期四  第 10 版  财经',
    date: '2025-01-16', grid: '1fr 1fr 1fr', pool: [5, 33, 36], paper: { width: '270mm', height: '390mm' },
    boxes: [
      { label: '图表', text: '前三季度电信业务收入一万三千一百亿元，同比增长百分之二点五；其中云计算业务增长百分之二十一，大数据业务增长百分之十三。' },
      null,
      { label: '记者手记', text: '采访中，几位机房运维人员说，液冷改造后机房安静了许多。新技术带来的变化，往往最先被一线的人感受到。' },
    ],
    pages: [[
      { area: '1 / 2 / 2 / 4', piece: { kind: 'story', story: 0, flow: 2 } },
      { area: '1 / 1 / 2 / 2', piece: { kind: 'story', story: 1, flow: 1 } },
      { area: '2 / 1 / 3 / 4', piece: { kind: 'story', story: 2, flow: 3 } },
    ]],
  },
  {
    ...base, name: 'news-science-x', split: 'dev', columns: 4, publication: '科技前沿报', header: '科技前沿报  2025年2月27日  星期四  第 3 版',
    date: '2025-02-27', grid: '1fr 1fr 1fr 0.9fr', articles: DEV4_STORIES, pool: [0, 2, 3], unbroken: [1], photos: [0], realBold: true,
    paper: { width: '297mm', height: '420mm' },
    pages: [[
      { area: '1 / 1 / 2 / 4', piece: { kind: 'story', story: 0, flow: 3 } },
      { area: '1 / 4 / 3 / 5', piece: { kind: 'story', story: 2, flow: 1 } },
      { area: '2 / 1 / 3 / 4', piece: { kind: 'story', story: 1, flow: 3 } },
    ]],
  },
  {
    ...base, name: 'news-county-x', split: 'dev', columns: 4, publication: '南岭日报', header: '南岭日报  2025年3月20日  星期四  第 7 版  县域经济',
    date: '2025-03-20', grid: '0.8fr 1fr 1fr 1fr', pool: [26, 27, 23, 19, 40], comment: 4, unbroken: [0, 1, 2, 3],
    paper: { width: '280mm', height: '400mm' },
    pages: [[
      { area: '1 / 1 / 3 / 2', piece: { kind: 'story', story: 4, flow: 1 } },
      { area: '1 / 2 / 2 / 4', piece: { kind: 'story', story: 0, flow: 2 } },
      { area: '1 / 4 / 2 / 5', piece: { kind: 'story', story: 1, flow: 1 } },
      { area: '2 / 2 / 3 / 3', piece: { kind: 'story', story: 2, flow: 1 } },
      { area: '2 / 3 / 3 / 5', piece: { kind: 'story', story: 3, flow: 2 } },
    ]],
  },
  // The second held-out set (round n23): other sheet widths and column counts, a front page's lead over briefs,
  // a boxed 简讯 column, headlines side by side; stories of scripts/unseen/news-pool-makeup2.ts.
  {
    ...base, name: 'news-front-g', split: 'heldout2', columns: 5, publication: '数字中国周报', header: '数字中国周报  2024年8月23日  星期五  第 1 版',
    date: '2024-08-23', grid: '1fr 1fr 1fr 1fr 0.8fr', articles: HELDOUT2_STORIES, pool: [0, 1, 2, 3, 4], photos: [0],
    briefItems: HELDOUT2_BRIEFS.slice(0, 3), paper: { width: '297mm', height: '420mm' },
    pages: [[
      { area: '1 / 1 / 2 / 5', piece: { kind: 'head', story: 0 } },
      { area: '2 / 1 / 3 / 5', piece: { kind: 'body', story: 0, flow: 4 } },
      { area: '1 / 5 / 4 / 6', piece: { kind: 'briefs' } },
      { area: '3 / 1 / 4 / 3', piece: { kind: 'story', story: 1, flow: 2 } },
      { area: '3 / 3 / 4 / 5', piece: { kind: 'story', story: 2, flow: 2 } },
      { area: '4 / 1 / 5 / 4', piece: { kind: 'story', story: 3, flow: 3 } },
      { area: '4 / 4 / 5 / 6', piece: { kind: 'story', story: 4, flow: 2 } },
    ]],
  },
  {
    ...base, name: 'news-boxbrief-g', split: 'heldout2', columns: 3, publication: '新能源产业导刊', header: '新能源产业导刊  2024年9月3日  星期二  第 2 版',
    date: '2024-09-03', grid: '1fr 1fr 1fr', articles: HELDOUT2_STORIES, pool: [5, 6, 7], realBold: true,
    briefItems: HELDOUT2_BRIEFS.slice(3), paper: { width: '250mm', height: '350mm' },
    pages: [[
      { area: '1 / 1 / 2 / 3', piece: { kind: 'story', story: 0, flow: 2 } },
      { area: '1 / 3 / 3 / 4', piece: { kind: 'briefs', box: true } },
      { area: '2 / 1 / 3 / 2', piece: { kind: 'story', story: 1, flow: 1 } },
      { area: '2 / 2 / 3 / 3', piece: { kind: 'story', story: 2, flow: 1 } },
    ]],
  },
  {
    ...base, name: 'news-6col-g', split: 'heldout2', columns: 6, publication: '空天信息报', header: '空天信息报  2024年10月11日  星期五  第 3 版',
    date: '2024-10-11', grid: '1fr 1fr 1fr 1fr 1fr 1fr', articles: HELDOUT2_STORIES, pool: [9, 7, 3, 6], photos: [0], realBold: true,
    photoNews: HELDOUT2_PHOTO_NEWS, paper: { width: '350mm', height: '500mm' },
    pages: [[
      { area: '1 / 1 / 2 / 5', piece: { kind: 'story', story: 0, flow: 4 } },
      { area: '1 / 5 / 2 / 7', piece: { kind: 'photo-news' } },
      { area: '2 / 1 / 3 / 3', piece: { kind: 'story', story: 1, flow: 2 } },
      { area: '2 / 3 / 3 / 5', piece: { kind: 'story', story: 2, flow: 2 } },
      { area: '2 / 5 / 3 / 7', piece: { kind: 'story', story: 3, flow: 2 } },
    ]],
  },
  {
    ...base, name: 'news-2col-g', split: 'heldout2', columns: 2, publication: '智能终端观察', header: '智能终端观察  2024年12月6日  星期五  第 1 版',
    date: '2024-12-06', grid: '1.3fr 1fr', articles: HELDOUT2_STORIES, pool: [4, 5, 8], continued: 0,
    pages: [[
      { area: '1 / 1 / 2 / 2', piece: { kind: 'story', story: 0, flow: 1, part: 1 } },
      { area: '1 / 2 / 2 / 3', piece: { kind: 'story', story: 1, flow: 1 } },
    ], [
      { area: '1 / 1 / 2 / 3', piece: { kind: 'story', story: 0, flow: 2, part: 2 } },
      { area: '2 / 1 / 3 / 3', piece: { kind: 'story', story: 2, flow: 2 } },
    ]],
  },
  // The third held-out set (round n24): a trade paper's commentary column and a photo caption, boxes after
  // stories, a story carried over from page 1; stories of scripts/unseen/news-pool-makeup3.ts.
  {
    ...base, name: 'news-comment-k', split: 'heldout3', columns: 4, publication: '纺织服装周刊', header: '纺织服装周刊  2024年10月25日  星期五  第 1 版',
    date: '2024-10-25', grid: '0.85fr 1fr 1fr 1fr', articles: HELDOUT3_STORIES, pool: [0, 1, 2, 3], comment: 0, photos: [1],
    paper: { width: '270mm', height: '390mm' },
    pages: [[
      { area: '1 / 1 / 3 / 2', piece: { kind: 'story', story: 0, flow: 1 } },
      { area: '1 / 2 / 2 / 5', piece: { kind: 'story', story: 1, flow: 3 } },
      { area: '2 / 2 / 3 / 4', piece: { kind: 'story', story: 2, flow: 2 } },
      { area: '2 / 4 / 3 / 5', piece: { kind: 'story', story: 3, flow: 1 } },
    ]],
  },
  {
    ...base, name: 'news-links-k', split: 'heldout3', columns: 3, publication: '城市建设信息报', header: '城市建设信息报  2024年11月12日  星期二  第 5 版',
    date: '2024-11-12', grid: '1fr 1fr 1fr', articles: HELDOUT3_STORIES, pool: [4, 5, 7], realBold: true,
    boxes: [{ label: '相关链接', text: HELDOUT3_BOXES[0] }, { label: '记者手记', text: HELDOUT3_BOXES[1] }, { label: '相关链接', text: HELDOUT3_BOXES[2] }],
    paper: { width: '300mm', height: '430mm' },
    pages: [[
      { area: '1 / 1 / 2 / 3', piece: { kind: 'story', story: 0, flow: 2 } },
      { area: '1 / 3 / 2 / 4', piece: { kind: 'story', story: 1, flow: 1 } },
      { area: '2 / 1 / 3 / 4', piece: { kind: 'story', story: 2, flow: 3 } },
    ]],
  },
  {
    ...base, name: 'news-carried-k', split: 'heldout3', columns: 5, publication: '数字经济观察', header: '数字经济观察  2024年12月17日  星期二  第 2 版',
    date: '2024-12-17', grid: '1fr 1fr 1fr 1fr 0.8fr', articles: HELDOUT3_STORIES, pool: [6, 5, 4, 3], carried: 0, photos: [2],
    briefItems: HELDOUT3_BRIEFS, realBold: true, paper: { width: '330mm', height: '470mm' },
    pages: [[
      { area: '1 / 1 / 2 / 3', piece: { kind: 'story', story: 0, flow: 2 } },
      { area: '1 / 3 / 2 / 5', piece: { kind: 'story', story: 1, flow: 2 } },
      { area: '1 / 5 / 3 / 6', piece: { kind: 'briefs' } },
      { area: '2 / 1 / 3 / 5', piece: { kind: 'story', story: 2, flow: 4 } },
      { area: '3 / 1 / 4 / 6', piece: { kind: 'story', story: 3, flow: 5 } },
    ]],
  },
  // The fourth held-out set (round n25): a front page's lead across four columns beside a 导读 box, 简讯 items
  // titled and run in with 【】, an interview in 问/答 with a 人物简介 box, a table of figures set as text, headlines
  // with 引题 and 副题; stories of scripts/unseen/news-pool-makeup4.ts.
  {
    ...base, name: 'news-front-m', split: 'heldout4', columns: 5, publication: '制造强国周报', header: '制造强国周报  2024年11月22日  星期五  第 1 版',
    date: '2024-11-22', grid: '0.8fr 1fr 1fr 1fr 1fr', articles: HELDOUT4_STORIES, pool: [0, 4, 5], photos: [0],
    paper: { width: '300mm', height: '430mm' },
    pages: [[
      { area: '1 / 1 / 3 / 2', piece: { kind: 'index', column: true, entries: ['动力电池回收利用专访（3版）', '海上风电运维观察（5版）', '工业品产量数据解读（6版）'] } },
      { area: '1 / 2 / 2 / 6', piece: { kind: 'head', story: 0 } },
      { area: '2 / 2 / 3 / 6', piece: { kind: 'body', story: 0, flow: 4 } },
      { area: '3 / 1 / 4 / 3', piece: { kind: 'story', story: 1, flow: 2 } },
      { area: '3 / 3 / 4 / 6', piece: { kind: 'story', story: 2, flow: 3 } },
    ]],
  },
  {
    ...base, name: 'news-briefs-m', split: 'heldout4', columns: 3, publication: '能源装备导报', header: '能源装备导报  2024年10月18日  星期五  第 4 版',
    date: '2024-10-18', grid: '1fr 1fr 0.85fr', articles: HELDOUT4_STORIES, pool: [1], realBold: true,
    titledBriefs: HELDOUT4_TITLED_BRIEFS, briefItems: HELDOUT4_BRIEFS, paper: { width: '250mm', height: '360mm' },
    pages: [[
      { area: '1 / 1 / 2 / 3', piece: { kind: 'story', story: 0, flow: 2 } },
      { area: '1 / 3 / 3 / 4', piece: { kind: 'titled-briefs' } },
      { area: '2 / 1 / 3 / 3', piece: { kind: 'briefs', flow: 2 } },
    ]],
  },
  {
    ...base, name: 'news-interview-m', split: 'heldout4', columns: 4, publication: '新能源汽车报', header: '新能源汽车报  2024年9月27日  星期五  第 3 版',
    date: '2024-09-27', grid: '1fr 1fr 1fr 1fr', articles: HELDOUT4_STORIES, pool: [2, 5], unbroken: [0],
    boxes: [{ label: '人物简介', text: HELDOUT4_PROFILE }], paper: { width: '297mm', height: '420mm' },
    pages: [[
      { area: '1 / 1 / 2 / 4', piece: { kind: 'story', story: 0, flow: 3 } },
      { area: '1 / 4 / 2 / 5', piece: { kind: 'story', story: 1, flow: 1 } },
    ]],
  },
  {
    ...base, name: 'news-table-m', split: 'heldout4', columns: 3, publication: '工业经济参考', header: '工业经济参考  2024年10月29日  星期二  第 2 版',
    date: '2024-10-29', grid: '1fr 1fr 1fr', articles: HELDOUT4_STORIES, pool: [3, 1, 0], realBold: true,
    table: { story: 0, rows: HELDOUT4_TABLE }, paper: { width: '280mm', height: '400mm' },
    pages: [[
      { area: '1 / 1 / 2 / 3', piece: { kind: 'story', story: 0, flow: 2 } },
      { area: '1 / 3 / 2 / 4', piece: { kind: 'story', story: 1, flow: 1 } },
      { area: '2 / 1 / 3 / 4', piece: { kind: 'story', story: 2, flow: 3 } },
    ]],
  },
  // The sixth held-out set (round n27; the number the round was given): a trade paper's front page with a 本期导读
  // column and a 数据 box after its lead, a city daily's 经济 page with photos and captions standing between
  // stories, a weekly's special page opened by a long 编者按; stories of scripts/unseen/news-pool-makeup6.ts.
  {
    ...base, name: 'news-digest-r', split: 'heldout6', columns: 4, publication: '化工产业报', header: '化工产业报  2024年6月18日  星期二  第 1 版',
    date: '2024-06-18', grid: '1fr 1fr 1fr 0.75fr', articles: HELDOUT6_STORIES, pool: [0, 1, 2], realBold: true,
    boxes: [{ label: '数据', text: HELDOUT6_DATA_BOX }], paper: { width: '290mm', height: '410mm' },
    pages: [[
      { area: '1 / 1 / 2 / 4', piece: { kind: 'story', story: 0, flow: 3 } },
      { area: '1 / 4 / 3 / 5', piece: { kind: 'index', column: true, label: '本期导读', entries: ['新材料企业创新调查（2版）', '危化品运输安全观察（4版）', '一季度行业经济运行分析（6版）'] } },
      { area: '2 / 1 / 3 / 3', piece: { kind: 'story', story: 1, flow: 2 } },
      { area: '2 / 3 / 3 / 4', piece: { kind: 'story', story: 2, flow: 1 } },
    ]],
  },
  {
    ...base, name: 'news-city-r', split: 'heldout6', columns: 3, publication: '江州日报', header: '江州日报  2024年5月7日  星期二  第 5 版  经济',
    date: '2024-05-07', grid: '1fr 1fr 1fr', articles: HELDOUT6_STORIES, pool: [3, 4, 5], captions: HELDOUT6_CAPTIONS,
    paper: { width: '290mm', height: '420mm' },
    pages: [[
      { area: '1 / 1 / 2 / 3', piece: { kind: 'story', story: 0, flow: 2 } },
      { area: '1 / 3 / 2 / 4', piece: { kind: 'photo', caption: 1 } },
      { area: '2 / 1 / 3 / 2', piece: { kind: 'photo', caption: 0 } },
      { area: '2 / 2 / 3 / 4', piece: { kind: 'story', story: 1, flow: 2 } },
      { area: '3 / 1 / 4 / 4', piece: { kind: 'story', story: 2, flow: 3 } },
    ]],
  },
  {
    ...base, name: 'news-special-r', split: 'heldout6', columns: 3, publication: '农村科技周刊', header: '农村科技周刊  2024年4月26日  星期五  第 9 版',
    date: '2024-04-26', grid: '1fr 1fr 1fr', articles: HELDOUT6_STORIES, pool: [7, 6, 8], realBold: true,
    panels: [{ label: '编者按', paras: HELDOUT6_EDITORS_NOTE }], paper: { width: '280mm', height: '400mm' },
    pages: [[
      { area: '1 / 1 / 2 / 4', piece: { kind: 'panel', panel: 0 } },
      { area: '2 / 1 / 3 / 3', piece: { kind: 'story', story: 0, flow: 2 } },
      { area: '2 / 3 / 3 / 4', piece: { kind: 'story', story: 1, flow: 1 } },
      { area: '3 / 1 / 4 / 4', piece: { kind: 'story', story: 2, flow: 3 } },
    ]],
  },
  // The seventh held-out set (round n28): an evening paper's 财经 page with a 图表 box after its lead and a 记者手记
  // after a story, a science daily's page with a 人物 profile (引题 and 副题) over a 对话 column in 问/答, a regional
  // daily's 县域经济 page of four short stories beside a 短评 column; stories of scripts/unseen/news-pool-makeup7.ts.
  {
    ...base, name: 'news-evening-w', split: 'heldout7', columns: 3, publication: '江城晚报', header: '江城晚报  2025年1月9日  星期四  第 12 版  财经',
    date: '2025-01-09', grid: '1fr 1fr 1fr', articles: HELDOUT7_STORIES, pool: [0, 1, 2],
    boxes: [{ label: '图表', text: HELDOUT7_CHART }, null, { label: '记者手记', text: HELDOUT7_NOTES }], paper: { width: '280mm', height: '400mm' },
    pages: [[
      { area: '1 / 1 / 2 / 3', piece: { kind: 'story', story: 0, flow: 2 } },
      { area: '1 / 3 / 2 / 4', piece: { kind: 'story', story: 1, flow: 1 } },
      { area: '2 / 1 / 3 / 4', piece: { kind: 'story', story: 2, flow: 3 } },
    ]],
  },
  {
    ...base, name: 'news-science-w', split: 'heldout7', columns: 4, publication: '科技创新报', header: '科技创新报  2025年2月20日  星期四  第 5 版',
    date: '2025-02-20', grid: '1fr 1fr 1fr 1fr', articles: HELDOUT7_STORIES, pool: [3, 4, 5], unbroken: [1], photos: [0], realBold: true,
    paper: { width: '297mm', height: '420mm' },
    pages: [[
      { area: '1 / 1 / 2 / 4', piece: { kind: 'story', story: 0, flow: 3 } },
      { area: '1 / 4 / 2 / 5', piece: { kind: 'story', story: 2, flow: 1 } },
      { area: '2 / 1 / 3 / 5', piece: { kind: 'story', story: 1, flow: 4 } },
    ]],
  },
  {
    ...base, name: 'news-county-w', split: 'heldout7', columns: 4, publication: '青山日报', header: '青山日报  2025年3月14日  星期五  第 6 版  县域经济',
    date: '2025-03-14', grid: '1fr 1fr 1fr 0.8fr', articles: HELDOUT7_STORIES, pool: [6, 7, 8, 9, 10], comment: 4, unbroken: [0, 1, 2, 3],
    paper: { width: '280mm', height: '400mm' },
    pages: [[
      { area: '1 / 1 / 2 / 3', piece: { kind: 'story', story: 0, flow: 2 } },
      { area: '1 / 3 / 2 / 4', piece: { kind: 'story', story: 1, flow: 1 } },
      { area: '1 / 4 / 3 / 5', piece: { kind: 'story', story: 4, flow: 1 } },
      { area: '2 / 1 / 3 / 2', piece: { kind: 'story', story: 2, flow: 1 } },
      { area: '2 / 2 / 3 / 4', piece: { kind: 'story', story: 3, flow: 2 } },
    ]],
  },
];

/**
 * The gold of a page set, for any dump of it: titles, bylines and sub-headings as set; body boundaries as the
 * first and last dozen characters of the story's text (a dump's line may hold other columns, so no line is
 * quoted); start line where the headline's first words first appear.
 */
function pageGold(set: MixedSet, list: Story[], dump: string, file: string): object {
  const lines = dump.split('\n');
  const articles = list.map((s) => {
    const paras = s.blocks.filter((b) => b.kind === 'p').map((b) => squash(b.text));
    const head = squash(s.headline).slice(0, 4);
    const at = lines.findIndex((l) => squash(l).includes(head));
    return {
      section: null, title: `${s.kicker ?? ''}${s.headline}${s.dash ?? ''}`, title_as_printed: null, start_line: at + 1 || 1,
      body_first: paras[0].slice(0, 12), body_last: (paras.at(-1) ?? '').slice(-12), byline: s.byline,
      subheads: s.blocks.filter((b) => b.kind === 'h4').map((b) => b.text),
    };
  });
  return {
    file, publication: set.publication, issue_date: set.date, sections: [], articles,
    captions: [...list.flatMap((s) => s.blocks.filter((b) => b.kind === 'cap').map((b) => b.text)), ...(set.captions ?? [])],
    notes: `Generated by scripts/make-unseen-news-pages.ts (${set.split}): a ${set.grid} grid over ${set.pages.length} page(s), ` +
      `dumped by pdftotext${file.includes('-layout') ? ' -layout' : ''}. Body boundaries are the story's first and last dozen characters.`,
  };
}

/** Writes the page sets named, or of the splits named (all when none is), so an earlier set's files stay as scored. */
async function main(only: string[]): Promise<void> {
  const browser = await launchChromium();
  try {
    for (const set of PAGE_SETS.filter((s) => !only.length || only.includes(s.split) || only.includes(s.name))) {
      const dir = DIRS[set.split];
      mkdirSync(dir, { recursive: true });
      const pdf = join(dir, `${set.name}.pdf`);
      const list = await printSet(browser, set, pdf);
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
      if (pages !== set.pages.length) throw new Error(`${pdf}: ${pages} pages printed, ${set.pages.length} laid out`);
      for (const [suffix, flags] of [['', []], ['-layout', ['-layout']]] as const) {
        const file = `${set.name}${suffix}.txt`;
        execFileSync('pdftotext', [...flags, '-enc', 'UTF-8', pdf, join(dir, file)]);
        const gold = pageGold(set, list, readFileSync(join(dir, file), 'utf8'), file);
        writeFileSync(join(dir, `${set.name}${suffix}.gold.json`), `${JSON.stringify(gold, null, 1)}\n`);
      }
    }
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((e: Error) => {
    console.error(e.message);
    process.exit(1);
  });
}
