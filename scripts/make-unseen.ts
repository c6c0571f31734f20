/**
 * Builds the unseen test material of issue #14: weekly issues and briefs in house styles other than the samples',
 * from articles written for the purpose (scripts/unseen/pool.ts), each with its gold annotation and the blocks it
 * prints (for the PDF figures).
 *
 *   tsx scripts/make-unseen.ts            # rewrites testdata/unseen/{dev,heldout}/
 *
 * Deterministic (seeded). `dev` is what the parser may be tuned on; `heldout` is only ever scored.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mulberry32 } from '../src/search/synthetic-archive.js';
import { POOL, REGIONAL, SPECIAL, type PoolArticle } from './unseen/pool.js';
import type { FixtureBlock } from './make-test-pdf.js';

/** How one issue is printed. */
export interface Style {
  name: string;
  split: 'dev' | 'heldout';
  seed: number;
  publication: string;
  date: string;
  /** Characters per full line. */
  wrap: number;
  /** Physical text lines per page. */
  pageLines: number;
  /** The running header block printed at some page breaks (`{n}` is the page number). */
  header: string[];
  /** Every how many page breaks the header block is printed (the others only start a line with a space). */
  headerEvery: number;
  sections: string[];
  articles: number;
  /** 003's habits: a blank line after every line, a trailing space at a paragraph's end. */
  blankAfter: boolean;
  endSpace: boolean;
  /** Brief style: no sections, every article closed by a bracketed credit. */
  brief?: boolean;
}

export const STYLES: Style[] = [
  {
    name: 'weekly-w36', split: 'dev', seed: 11, publication: '数字产业周报', date: '2023-11-09', wrap: 36, pageLines: 40,
    header: ['数字产业周报', '©2023 内部资料 注意保存  2023.11.09', '', 'Page {n}'], headerEvery: 2,
    sections: ['政策环境', '市场竞争', '技术前沿', '企业动态', '国际视野'], articles: 38, blankAfter: true, endSpace: true,
  },
  {
    name: 'weekly-w42', split: 'dev', seed: 23, publication: '通信产业观察', date: '2023-11-16', wrap: 42, pageLines: 40,
    header: ['通信产业观察', '仅供内部参考 2023年11月16日', '第 {n} 页'], headerEvery: 2,
    sections: ['宏观政策', '运营市场', '技术动向', '企业追踪', '他山之石'], articles: 34, blankAfter: true, endSpace: true,
  },
  {
    name: 'brief-w33', split: 'dev', seed: 31, publication: '产业研究简报', date: '2023-12-01', wrap: 33, pageLines: 26,
    header: ['产业研究简报', '2023-12-01  第 {n} 页'], headerEvery: 1,
    sections: [], articles: 12, blankAfter: false, endSpace: true, brief: true,
  },
  {
    name: 'weekly-w31', split: 'dev', seed: 47, publication: '电子信息动态', date: '2024-01-11', wrap: 31, pageLines: 50,
    header: ['电子信息动态', '©2024 版权所有 未经许可不得转载  2024.01.11', '', 'Page {n}'], headerEvery: 2,
    sections: ['产业政策', '市场观察', '技术追踪', '企业透视', '海外动态'], articles: 40, blankAfter: true, endSpace: true,
  },
  {
    name: 'weekly-w45', split: 'dev', seed: 59, publication: '信息化参考', date: '2024-02-22', wrap: 45, pageLines: 36,
    header: ['信息化参考', '2024年2月22日 内部刊物', '- {n} -'], headerEvery: 1,
    sections: ['政策解读', '行业运行', '科技创新', '企业观察', '国际借鉴'], articles: 36, blankAfter: true, endSpace: true,
  },
  {
    name: 'weekly-w39-plain', split: 'dev', seed: 71, publication: '科技产业要情', date: '2024-03-14', wrap: 39, pageLines: 42,
    header: ['科技产业要情', '©2024 内部交流  2024.03.14', 'Page {n}'], headerEvery: 2,
    sections: ['产业环境', '市场格局', '技术进展', '公司动态', '海外视角'], articles: 35, blankAfter: false, endSpace: false,
  },
  {
    name: 'brief-w30', split: 'dev', seed: 83, publication: '前沿产业摘报', date: '2024-04-02', wrap: 30, pageLines: 28,
    header: ['前沿产业摘报', '2024.04.02  第 {n} 页'], headerEvery: 1,
    sections: [], articles: 10, blankAfter: false, endSpace: true, brief: true,
  },
  // Held out: never looked at while tuning, only scored.
  {
    name: 'weekly-w34', split: 'heldout', seed: 101, publication: '智能制造情报', date: '2024-05-16', wrap: 34, pageLines: 44,
    header: ['智能制造情报', '内部资料 2024.05.16', '', 'Page {n}'], headerEvery: 1,
    sections: ['政策动向', '产业运行', '技术研发', '企业风采', '域外经验'], articles: 41, blankAfter: true, endSpace: true,
  },
  {
    name: 'weekly-w43-plain', split: 'heldout', seed: 113, publication: '网络经济周刊', date: '2024-06-06', wrap: 43, pageLines: 38,
    header: ['网络经济周刊', '2024年6月6日', '第 {n} 页'], headerEvery: 2,
    sections: ['政策风向', '市场竞争', '技术热点', '企业动向', '海外观察'], articles: 37, blankAfter: false, endSpace: false,
  },
  {
    name: 'weekly-w37', split: 'heldout', seed: 127, publication: '数字经济参阅', date: '2024-07-18', wrap: 37, pageLines: 47,
    header: ['数字经济参阅', '©2024 参阅件 请勿外传  2024.07.18', '- {n} -'], headerEvery: 2,
    sections: ['产业环境', '运营竞争', '技术情报', '企业情报', '海外借鉴'], articles: 44, blankAfter: true, endSpace: true,
  },
  {
    name: 'brief-w35', split: 'heldout', seed: 131, publication: '产业观察摘要', date: '2024-08-08', wrap: 35, pageLines: 30,
    header: ['产业观察摘要', '2024年8月8日  第 {n} 页'], headerEvery: 1,
    sections: [], articles: 11, blankAfter: true, endSpace: true, brief: true,
  },
];

function shuffle<T>(list: T[], rand: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Hard-wraps a paragraph at `width` characters, the first line one shorter (the indent a converter drops). */
function wrap(text: string, width: number, indent: boolean): string[] {
  const chars = [...text];
  const out: string[] = [];
  let i = 0;
  let w = indent ? width - 1 : width;
  while (i < chars.length) {
    out.push(chars.slice(i, i + w).join(''));
    i += w;
    w = width;
  }
  return out;
}

interface Printed {
  /** Physical lines of one block, before pagination. */
  lines: string[];
  role: 'section' | 'title' | 'subhead' | 'body' | 'credit' | 'caption';
}

interface GoldArticle {
  section: string | null;
  title: string;
  title_as_printed: null;
  start_line: number;
  body_first: string;
  body_last: string;
  byline: string | null;
  subheads: string[];
}

/** Lays blocks out on pages: wraps, breaks pages (mid-paragraph too), prints headers; returns text and line map. */
function paginate(style: Style, blocks: Printed[]): { text: string; lineOf: { block: number; line: number }[]; where: number[][] } {
  const out: string[] = [];
  const where: number[][] = blocks.map(() => []);
  let onPage = 0;
  let page = 1;
  let breaks = 0;
  const push = (s: string) => {
    out.push(s);
    if (style.blankAfter) out.push('');
  };
  // Styles that print the header on every page print it on the first one too.
  if (style.headerEvery === 1) for (const h of style.header) push(h.replace('{n}', '1'));
  blocks.forEach((b, k) => {
    b.lines.forEach((line, j) => {
      let text = line;
      if (onPage >= style.pageLines) {
        page++;
        breaks++;
        onPage = 0;
        if (breaks % style.headerEvery === 0) {
          if (style.blankAfter) out.push('');
          for (const h of style.header) push(h.replace('{n}', String(page)));
        }
        text = ` ${text}`;
      }
      const last = j === b.lines.length - 1;
      push(last && style.endSpace ? `${text} ` : text);
      where[k].push(out.length - (style.blankAfter ? 1 : 0));
      onPage++;
    });
  });
  return { text: `${out.join('\n')}\n`, lineOf: [], where };
}

/** Builds one issue: text dump, gold, printed blocks. */
export function buildIssue(style: Style): { text: string; gold: object; blocks: FixtureBlock[] } {
  const rand = mulberry32(style.seed);
  const W = style.wrap;
  const blocks: Printed[] = [];
  const fixture: FixtureBlock[] = [];
  const arts: { section: string | null; title: string; titleBlock: number; body: number[]; byline: string | null; subheads: string[] }[] = [];
  const captions: string[] = [];
  const regular = shuffle(POOL, rand).slice(0, style.articles - (style.brief ? 0 : SPECIAL.length + 3));
  const special = style.brief ? [] : shuffle(SPECIAL, rand);
  const regional = style.brief ? [] : shuffle(REGIONAL, rand).slice(0, 3);
  const names = ['李明', '王晓燕', '陈峰', '张蕾', '刘洋', '赵倩'];

  const add = (lines: string[], role: Printed['role']) => { blocks.push({ lines, role }); return blocks.length - 1; };
  const addArticle = (a: PoolArticle, section: string | null, credit: string | null) => {
    const title = `${a.kicker ?? ''}${a.title}${a.dash ?? ''}`;
    const titleBlock = a.kicker ? add([a.kicker], 'title') : -1;
    const head = add(wrap(a.title, W, false), 'title');
    if (a.dash) add([a.dash], 'title');
    const art = { section, title, titleBlock: titleBlock >= 0 ? titleBlock : head, body: [] as number[], byline: credit ?? a.credit ?? null, subheads: [] as string[] };
    fixture.push({ kind: 'title', text: title });
    for (const p of a.paras) { art.body.push(add(wrap(p, W, true), 'body')); fixture.push({ kind: 'body', text: p }); }
    for (const part of a.parts ?? []) {
      art.body.push(add([part.head], 'subhead'));
      art.subheads.push(part.head);
      fixture.push({ kind: 'subhead', text: part.head });
      for (const p of part.paras) { art.body.push(add(wrap(p, W, true), 'body')); fixture.push({ kind: 'body', text: p }); }
    }
    if (art.byline) { add([art.byline], 'credit'); fixture.push({ kind: 'body', text: art.byline }); }
    if (a.caption) { add(wrap(a.caption, W, false), 'caption'); captions.push(a.caption); fixture.push({ kind: 'body', text: a.caption }); }
    arts.push(art);
  };

  if (style.brief) {
    regular.forEach((a, i) => addArticle(a, null, `（产业所 ${names[i % names.length]} 整理）`));
  } else {
    const per = Math.ceil(regular.length / style.sections.length);
    style.sections.forEach((section, s) => {
      add([section], 'section');
      fixture.push({ kind: 'section', text: section });
      const mine = regular.slice(s * per, (s + 1) * per);
      // Special shapes spread over the first sections; the regional round-up closes the second.
      const extra = special.filter((_, k) => k % 3 === s);
      mine.splice(1, 0, ...extra);
      for (const a of mine) addArticle(a, section, null);
      if (s === 1) {
        for (const r of regional) {
          const art = { section, title: `${r.place} ${r.title}`, titleBlock: add([r.place], 'title'), body: [] as number[], byline: null, subheads: [] };
          add([r.title], 'title');
          art.body.push(add(wrap(r.para, W, true), 'body'));
          fixture.push({ kind: 'title', text: `${r.place} ${r.title}` }, { kind: 'body', text: r.para });
          arts.push(art);
        }
      }
    });
  }

  const { text, where } = paginate(style, blocks);
  const lines = text.split('\n');
  const clean = (n: number) => lines[n - 1].trim();
  const gold = {
    file: `${style.name}.txt`,
    publication: style.publication,
    issue_date: style.date,
    sections: style.sections,
    articles: arts.map((a): GoldArticle => {
      const first = where[a.body[0]][0];
      const lastBlock = where[a.body[a.body.length - 1]];
      return {
        section: a.section,
        title: a.title,
        title_as_printed: null,
        start_line: where[a.titleBlock][0],
        body_first: clean(first),
        body_last: clean(lastBlock[lastBlock.length - 1]),
        byline: a.byline,
        subheads: a.subheads,
      };
    }),
    captions,
    notes: `Generated by scripts/make-unseen.ts (${style.split}): wrap ${W} characters, ${style.pageLines} lines a page, ` +
      'header block at some page breaks, page tops marked by a leading space. Kicker lines (a person\'s line, a place) ' +
      'and dash lines are part of the title; part markers are sub-headings; end credits are bylines; end captions are captions.',
  };
  return { text, gold, blocks: fixture };
}

function main(): void {
  for (const style of STYLES) {
    const dir = join('testdata/unseen', style.split);
    mkdirSync(dir, { recursive: true });
    const { text, gold, blocks } = buildIssue(style);
    writeFileSync(join(dir, `${style.name}.txt`), text);
    writeFileSync(join(dir, `${style.name}.gold.json`), `${JSON.stringify(gold, null, 1)}\n`);
    writeFileSync(join(dir, `${style.name}.blocks.json`), `${JSON.stringify(blocks)}\n`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
