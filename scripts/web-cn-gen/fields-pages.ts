/**
 * Field tables (#17, round 11c): rows of the forms a Chinese page prints its headline, date and byline in — each row
 * the markup around the headline or the information line, the `<title>`/meta/URL where they matter, and the gold
 * values — dressed as small but whole pages (masthead and menu, the article's text, a 版权所有 footer). The tables are
 * JSON under testdata/web-cn (`fields-dev.json`, tuned on; `fields-heldout.json`, never tuned on).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { CnGold } from '../../src/extract/cn-gold-score.js';
import { esc, ps, type GenPage } from './common.js';
import type { PoolArticle } from './pool.js';

const Author = z.union([z.string(), z.null()]);

/** One row: the form it shows, the markup around the field, and what the page's fields are. */
export const FieldRow = z.object({
  /** Page name after `f-`: the field kind's letter and a number (`t01`, `d07`, `a12`). */
  id: z.string().regex(/^[tda]\d{2}$/),
  kind: z.enum(['title', 'date', 'byline']),
  /** The form the row shows, in a few words. */
  form: z.string().min(1),
  /** The site's name: its masthead and the footer's 版权所有 holder. */
  site: z.string().min(1),
  url: z.string().url().optional(),
  /** Markup in `<head>`; `<title>headline_site</title>` is written when it holds no `<title>`. */
  head: z.string().optional(),
  /** Markup between the menu and the article (breadcrumbs, a top-news box, a sidebar printed first). */
  top: z.string().optional(),
  /** The headline's markup; `<h1>` of the gold title when absent. */
  headline: z.string().optional(),
  /** The information line's markup; one written from the gold when absent. */
  info: z.string().optional(),
  /** Markup after the text (related lists, the information line printed below the text). */
  bottom: z.string().optional(),
  /** The footer's markup; a 版权所有 line naming the site when absent. */
  footer: z.string().optional(),
  gold: z.object({
    title: z.string().min(1),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/),
    source: z.string().nullable(),
    author: z.union([Author, z.array(Author)]),
  }),
});
export type FieldRow = z.infer<typeof FieldRow>;

/** The rows of a table file; a bad row is named with its index and the problem. */
export function loadFieldTable(path: string): FieldRow[] {
  const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(raw)) throw new Error(`${path}: not a list of rows`);
  const ids = new Set<string>();
  return raw.map((r, i) => {
    const parsed = FieldRow.safeParse(r);
    if (!parsed.success) throw new Error(`${path}: row ${i}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
    if (ids.has(parsed.data.id)) throw new Error(`${path}: row ${i}: id ${parsed.data.id} twice`);
    ids.add(parsed.data.id);
    return parsed.data;
  });
}

const MENU = ['首页', '新闻中心', '政务公开', '产业动态', '专题专栏', '图片新闻', '视频', '关于我们'];

/** The information line a plain template prints, for rows about the headline. */
function defaultInfo(g: FieldRow['gold']): string {
  const author = Array.isArray(g.author) ? g.author.find((a) => a) : g.author;
  return (
    `<div class="info"><span>发布时间：${g.date.replace('T', ' ')}</span>` +
    (g.source ? `<span>来源：${esc(g.source)}</span>` : '') +
    (author ? `<span>作者：${esc(author)}</span>` : '') +
    '<span class="font">字号：<a>大</a> <a>中</a> <a>小</a></span></div>'
  );
}

/** Row `r` dressed as a page around article `a`'s text. */
export function fieldPage(r: FieldRow, a: PoolArticle): GenPage {
  const g = r.gold;
  const head = r.head?.includes('<title') ? r.head : `<title>${esc(g.title)}_${esc(r.site)}</title>${r.head ?? ''}`;
  const url = r.url ?? `https://www.example.cn/content/${r.id}.shtml`;
  const html = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${head}</head>
<body>
<div class="header"><div class="logo"><a href="/">${esc(r.site)}</a></div>
<ul class="nav">${MENU.map((m, i) => `<li><a href="/col${i}/">${m}</a></li>`).join('')}</ul></div>
${r.top ?? ''}
<div class="main"><div class="article">
${r.headline ?? `<h1>${esc(g.title)}</h1>`}
${r.info ?? defaultInfo(g)}
<div class="content">
${ps(a.paras, true)}
</div>
<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
</div>
${r.bottom ?? ''}
</div>
<div class="footer">${r.footer ?? `<p>版权所有：${esc(r.site)}　未经授权禁止复制或建立镜像</p>`}<p><a href="https://beian.miit.gov.cn/">京ICP备12345678号-1</a></p></div>
</body></html>
`;
  const gold: CnGold = {
    url,
    title: g.title,
    date: g.date,
    source: g.source,
    author: g.author,
    body_first: a.paras[0].slice(0, 12),
    body_last: a.paras[a.paras.length - 1].slice(-12),
    // The footer's first words: 版权所有 in the default one, the 备案 number under any.
    not_in_body: [r.footer ? '京ICP备' : '版权所有', '分享到'],
  };
  return { name: `f-${r.id}`, html, gold };
}

/** Every row of a table as a page, the articles' texts taken in turn. */
export const fieldPages = (rows: FieldRow[], pool: PoolArticle[]): GenPage[] => rows.map((r, i) => fieldPage(r, pool[i % pool.length]));
