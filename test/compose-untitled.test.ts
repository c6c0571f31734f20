/**
 * An entry without a title (the text a bulletin prints before its first headline) renders in every format as
 * its section's opening text, and `issue render` replaces its output file whole (temporary file, rename).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodPool } from '../src/compose/candidates.js';
import { draftIssue } from '../src/compose/draft.js';
import { DEFAULT_CHROMIUM } from '../src/compose/render/style.js';
import { renderIssue } from '../src/compose/render/index.js';
import type { IssueDraft } from '../src/compose/types.js';
import { openStore } from '../src/store/open.js';
import { runCli } from './cli-run.js';
import { composeStore, docxText } from './compose-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'jianbao-untitled-'));
const db = join(dir, 'j.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let draft: IssueDraft;
let id = 0;
let opening = '';
beforeAll(async () => {
  await composeStore(db);
  const store = await openStore(db);
  try {
    const pool = await periodPool(store, '2021-10-15', '2021-10-21');
    const d = draftIssue(pool.candidates, { from: '2021-10-15', to: '2021-10-21', number: 3, sectionOrder: pool.sectionOrder, maxPerSection: 4 });
    // The first entry of the second section loses its title, as text before a bulletin's first headline has none.
    const first = d.sections[1].entries[0];
    first.title = '';
    opening = first.body.split('\n')[0].trim().slice(0, 20);
    draft = d;
    id = await store.drafts.save(d, { at: new Date().toISOString(), who: 'test', what: 'new', detail: 'untitled entry' });
  } finally {
    await store.close();
  }
});

const titled = () => draft.sections.flatMap((s) => s.entries).filter((e) => e.title !== '').length;

describe('an untitled entry', () => {
  it('is opening text in Markdown and HTML: no empty heading, no contents line', async () => {
    const md = Buffer.from(await renderIssue(draft, 'md')).toString('utf8');
    expect(md).not.toMatch(/^###\s*$/m);
    expect(md).toContain(opening);
    expect(md.match(/^### /gm)).toHaveLength(titled());
    const html = Buffer.from(await renderIssue(draft, 'html')).toString('utf8');
    expect(html).not.toContain('<h2></h2>');
    expect(html).toContain(opening);
    expect(html.match(/class="toc-entry"/g)).toHaveLength(titled());
  });

  it('is opening text in Word, without an empty Heading 2', async () => {
    const file = join(dir, 'u.docx');
    writeFileSync(file, await renderIssue(draft, 'docx'));
    expect(docxText(file)).toContain(opening);
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(xml.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(titled());
  });

  it.skipIf(!existsSync(DEFAULT_CHROMIUM))('renders to PDF, its text on the page and the outline one item per title', async () => {
    const r = await runCli(['issue', 'render', String(id), '--out', join(dir, 'u.pdf'), '--db', db]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const text = execFileSync('pdftotext', [join(dir, 'u.pdf'), '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(text.replace(/\s+/g, '')).toContain(opening.replace(/\s+/g, ''));
  }, 120_000);
});

describe('issue render --out', () => {
  it('replaces an existing file whole and leaves no temporary file beside it', async () => {
    const out = join(dir, 'out', 'issue.md');
    execFileSync('mkdir', ['-p', join(dir, 'out')]);
    writeFileSync(out, 'old contents');
    const r = await runCli(['issue', 'render', String(id), '--out', out, '--db', db]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(out, 'utf8')).toBe(Buffer.from(await renderIssue(draft, 'md')).toString('utf8'));
    expect(readdirSync(join(dir, 'out'))).toEqual(['issue.md']);
  });
});
