import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodPool } from '../src/compose/candidates.js';
import { draftIssue } from '../src/compose/draft.js';
import { enrichCandidates } from '../src/compose/enriched.js';
import { houseDate, paragraphs } from '../src/compose/render/house.js';
import { escapeHtml } from '../src/compose/render/html.js';
import { renderIssue, type Format } from '../src/compose/render/index.js';
import { shingles } from '../src/compose/similarity.js';
import type { IssueDraft } from '../src/compose/types.js';
import { readBulletin } from '../src/pipeline/read-bulletin.js';
import { openStore } from '../src/store/open.js';
import { BACKENDS } from './backends.js';
import { ROOT, runCli } from './cli-run.js';
import { REPRINT_SOURCE, composeStore, docxText, reprintedTitle } from './compose-fixture.js';
import { as, openCore } from './core-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'jianbao-compose-render-'));
const db = join(dir, 'j.db');
const ARTEFACTS = join(ROOT, 'test-output');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Composes the fixture issues into the store at `location`, drafts their week and saves the draft; both, with its id. */
async function storedDraft(location: string): Promise<{ draft: IssueDraft; id: number }> {
  await composeStore(location);
  const store = await openStore(location);
  try {
    const pool = await periodPool(store, '2021-10-15', '2021-10-21');
    const d = draftIssue(pool.candidates, { from: '2021-10-15', to: '2021-10-21', number: 7, sectionOrder: pool.sectionOrder, maxPerSection: 6 });
    const stored = await store.drafts.save(d, { at: new Date().toISOString(), who: 'test', what: 'new', detail: 'render test' });
    return { draft: { ...d, id: stored, version: 1 }, id: stored };
  } finally {
    await store.close();
  }
}

let draft: IssueDraft;
let id = 0;
beforeAll(async () => {
  ({ draft, id } = await storedDraft(db));
});

// The store keeps a draft exactly: what the core renders from it is what the draft renders to. The formats
// themselves are checked below on the embedded store.
describe.each(BACKENDS)('a draft stored in the $name store', (backend) => {
  it('reads back as saved and renders through the core exactly as the draft does', async () => {
    const location = await backend.migrated();
    const saved = await storedDraft(location);
    const store = await openStore(location);
    expect(await store.drafts.get(saved.id)).toEqual(saved.draft);
    expect((await store.drafts.list()).map((d) => [d.id, d.number, d.entryCount])).toEqual([[saved.id, 7, saved.draft.sections.flatMap((s) => s.entries).length]]);
    expect((await store.drafts.changes(saved.id)).map((c) => [c.who, c.what, c.detail])).toEqual([['test', 'new', 'render test']]);
    await store.close();
    const jianbao = await openCore(location);
    try {
      for (const format of ['html', 'md'] as const) {
        expect(new TextDecoder().decode(await jianbao.bulletins.render(as('editor'), saved.id, format))).toBe(new TextDecoder().decode(await renderIssue(saved.draft, format)));
      }
    } finally {
      await jianbao.close();
    }
  });
});

// What only the command line does: write the file it is given and say so in one line.
describe('jianbao issue render', () => {
  it('writes the rendered issue to --out and prints one line naming it, its format and size', async () => {
    const out = join(dir, 'cli.md');
    const r = await runCli(['issue', 'render', String(id), '--out', out, '--db', db]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const expected = await renderIssue(draft, 'md');
    expect(r.stdout).toBe(`wrote ${out} (md, ${expected.length} bytes)\n`);
    expect(readFileSync(out, 'utf8')).toBe(new TextDecoder().decode(expected));
  });
});

const entries = () => draft.sections.flatMap((s) => s.entries);
/** Text with all whitespace removed: PDF text extraction breaks and pads lines as the layout falls. */
const squash = (s: string) => s.replace(/\s+/g, '');

/** The stored draft rendered by the core into issue.FORMAT, as `jianbao issue render` writes it (the CLI's own line: above). */
async function render(format: Format): Promise<string> {
  const out = join(dir, `issue.${format}`);
  const jianbao = await openCore(db);
  try {
    const bytes = await jianbao.bulletins.render(as('editor'), id, format);
    expect(bytes.length).toBeGreaterThan(0);
    writeFileSync(out, bytes);
  } finally {
    await jianbao.close();
  }
  return out;
}

describe('rendering a drafted issue', () => {
  it('HTML: one self-contained page for phone and print, every title, merged sources named', async () => {
    const html = readFileSync(await render('html'), 'utf8');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('name="viewport"');
    expect(html).toMatch(/@media \(max-width/);
    expect(html).not.toMatch(/<script|<link|\ssrc=|url\(/);
    for (const e of entries()) expect(html).toContain(`<h2>${escapeHtml(e.title)}</h2>`);
    for (const s of draft.sections) expect(html).toContain(`<h1 class="section-title">${escapeHtml(s.name)}</h1>`);
    expect(html).toContain(`另见：${escapeHtml(reprintedTitle())}（转载）（${REPRINT_SOURCE} 2021.10.19）`);
    expect(html).toContain('<p class="credit">（来源：信息产业监测 2021.10.21）</p>');
    for (const h of draft.highlights) expect(html).toContain(`<li>${escapeHtml(h)}</li>`);
  });

  it('Markdown: every title as a heading, the 另见 line and the copyright', async () => {
    const md = readFileSync(await render('md'), 'utf8');
    for (const e of entries()) expect(md).toContain(`### ${e.title}`);
    expect(md).toContain(`（${REPRINT_SOURCE} 2021.10.19）`);
    expect(md.trimEnd().endsWith(draft.copyright)).toBe(true);
  });

  it('DOCX: Heading 1 sections, Heading 2 titles, a TOC field, East Asian fonts, page number in the header', async () => {
    const file = await render('docx');
    const part = (name: string) => execFileSync('unzip', ['-p', file, name], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const xml = part('word/document.xml');
    const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    for (const e of entries()) expect(xml).toContain(escapeXml(e.title));
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(draft.sections.length);
    expect(xml.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(entries().length);
    expect(xml).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-2&quot;/);
    const styles = part('word/styles.xml');
    expect(styles).toContain('w:eastAsia="宋体"');
    expect(styles).toContain('w:eastAsia="黑体"');
    const headers = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n').filter((n) => /^word\/header\d*\.xml$/.test(n));
    const header = headers.map(part).join('');
    expect(header).toContain(draft.publication);
    expect(header).toContain(houseDate(draft.to));
    expect(header).toMatch(/PAGE/);
  });

  describe('PDF', () => {
    let file = '';
    let pages: string[] = [];
    beforeAll(async () => {
      file = await render('pdf');
      pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).split('\f').slice(0, -1);
    }, 120_000);

    it('carries the running header with publication and date, and the right Page N, on every page', () => {
      expect(pages.length).toBeGreaterThan(draft.sections.length + 2);
      pages.forEach((text, i) => {
        expect(text, `page ${i + 1}`).toContain(draft.publication);
        expect(text, `page ${i + 1}`).toContain(houseDate(draft.to));
        expect(text, `page ${i + 1}`).toMatch(new RegExp(`Page ${i + 1}\\s*$`));
      });
    });

    it('prints each title where the contents say, never alone at the foot of a page', () => {
      const contentsNumbers = pages
        .slice(1)
        .filter((p) => p.includes('目录'))
        .flatMap((p) => p.split('\n'))
        .filter((l) => !/Page \d+\s*$/.test(l))
        .map((l) => /\S\s+(\d+)\s*$/.exec(l)?.[1])
        .filter((n): n is string => n !== undefined)
        .map(Number);
      const landed: number[] = [];
      let from = 0;
      for (const e of entries()) {
        // The title followed by its first paragraph on the same page: found, and not orphaned at the page foot.
        const opening = squash(e.title) + squash(paragraphs(e)[0].text).slice(0, 8);
        const at = pages.findIndex((p, i) => i >= from && squash(p).includes(opening));
        expect(at, e.title).toBeGreaterThan(0);
        landed.push(at + 1);
        from = at;
      }
      expect(contentsNumbers).toEqual(landed);
    });

    it('breaks Chinese lines strictly: no line starts with closing punctuation', () => {
      for (const [i, p] of pages.entries()) {
        for (const line of p.split('\n')) expect(line.trim(), `page ${i + 1}`).not.toMatch(/^[，。、：；！？）」』》]/);
      }
    });

    it('has ink on every page, and keeps PNGs of the first three pages for CI', () => {
      const prefix = join(dir, 'page');
      execFileSync('pdftoppm', ['-gray', '-r', '30', file, prefix]);
      const pgms = readdirSync(dir).filter((f) => /^page-\d+\.pgm$/.test(f)).sort();
      expect(pgms).toHaveLength(pages.length);
      for (const f of pgms) {
        const bytes = readFileSync(join(dir, f));
        const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 40).toString('latin1'))!;
        const pixels = bytes.subarray(header[0].length);
        expect(pixels.length).toBe(Number(header[1]) * Number(header[2]));
        const ink = pixels.filter((v) => v < 160).length;
        expect(ink, f).toBeGreaterThan(50);
      }
      mkdirSync(ARTEFACTS, { recursive: true });
      execFileSync('pdftoppm', ['-r', '40', '-png', '-f', '1', '-l', '3', file, join(ARTEFACTS, 'compose-page')]);
      expect(readdirSync(ARTEFACTS).filter((f) => /^compose-page-\d+\.png$/.test(f)).length).toBeGreaterThanOrEqual(3);
    });

    it('names the edition cover line on the cover and prints only the entries an edition wants', async () => {
      const store = await openStore(db);
      const pool = await periodPool(store, '2021-10-15', '2021-10-21');
      await store.close();
      const edition = { name: '芯片版', tags: ['芯片'], entities: [], regions: [], coverLine: '芯片产业专刊', sections: [] };
      const d = draftIssue(pool.candidates, { from: '2021-10-15', to: '2021-10-21', number: 1, edition, sectionOrder: pool.sectionOrder });
      const html = new TextDecoder().decode(await renderIssue(d, 'html'));
      expect(html).toContain('<div class="cover-line">芯片产业专刊</div>');
      const titles = [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1]);
      expect(titles.length).toBe(d.sections.flatMap((s) => s.entries).length);
      for (const e of d.sections.flatMap((s) => s.entries)) expect(`${e.title}${e.body}`).toContain('芯片');
      const pdfText = execFileSync('pdftotext', ['-l', '1', '-', '-'], { input: await renderIssue(d, 'pdf'), encoding: 'utf8' });
      expect(pdfText).toContain('芯片产业专刊');
    }, 120_000);
  });

  it('trend page: rising tags and entities as a server-rendered SVG chart in the HTML and a table in the Markdown', async () => {
    const store = await openStore(db);
    const pool = await periodPool(store, '2021-10-15', '2021-10-21');
    await store.close();
    const current = enrichCandidates(pool.candidates);
    const d = draftIssue(current, { from: '2021-10-15', to: '2021-10-21', number: 1, sectionOrder: pool.sectionOrder, previous: [] });
    expect(d.trends.length).toBeGreaterThan(0);
    for (const t of d.trends) {
      expect(t.previous).toBe(0);
      expect(current.filter((c) => (t.kind === 'tag' ? c.tags : c.entities)!.includes(t.name)).length).toBe(t.count);
    }
    const html = new TextDecoder().decode(await renderIssue(d, 'html'));
    const section = /<section class="trends">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    expect(section).toMatch(/<svg[\s\S]*<\/svg>/);
    for (const t of d.trends) expect(section).toContain(escapeHtml(t.name));
    expect(section).not.toMatch(/<script/);
    const md = new TextDecoder().decode(await renderIssue(d, 'md'));
    expect(md).toContain(`| ${d.trends[0].name.replace(/([\\`*_[\]#|<>])/g, '\\$1')} |`);
  }, 60_000);

  // The done-when of "Compose and publish": what jianbao renders, its own importer reads back exactly: the cover,
  // highlights and contents are front matter (not articles), every drafted title is an article and all body text
  // is found. The DOCX is read as its text (paragraphs one per line), the way a user's copy-paste dump would be.
  // One render per format, with the trend page (chart labels and ticks in the PDF, counted lines in the DOCX): read
  // back, it is still exactly its entries, in order, their text whole.
  it.each(['pdf', 'docx', 'html'] as const)('round trip with the trend page: %s read back with exactly its entries and coverage 1.00 ± 0.01', async (format) => {
    const trends = [
      { name: '中国', kind: 'entity' as const, count: 9, previous: 2 }, { name: '数字经济', kind: 'tag' as const, count: 7, previous: 1 },
      { name: '工业和信息化部', kind: 'entity' as const, count: 5, previous: 3 }, { name: '人工智能', kind: 'tag' as const, count: 4, previous: 0 },
    ];
    const rendered = join(dir, `roundtrip-trends.${format}`);
    writeFileSync(rendered, await renderIssue({ ...draft, trends }, format));
    const file = format === 'docx' ? `${rendered}.txt` : rendered;
    if (format === 'docx') writeFileSync(file, docxText(rendered));
    const { bulletin } = await readBulletin(file);
    expect(bulletin.articles.map((a) => a.title)).toEqual(entries().map((e) => e.title));
    expect(bulletin.warnings.join('\n')).toMatch(/recognised as front matter, not articles/);
    const drafted = shingles(entries().map((e) => e.body).join('\n'));
    const read = shingles(bulletin.articles.map((a) => a.body).join('\n'));
    expect([...drafted].filter((x) => read.has(x)).length / drafted.size).toBeGreaterThanOrEqual(0.99);
  }, 120_000);
});
