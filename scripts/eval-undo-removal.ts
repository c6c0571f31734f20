/**
 * `npm run eval:undo-removal` (SQLite): removes each imported issue and undoes the removal, and checks that
 * the archive reads exactly as before (the issue, each article with its enrichment and triage, the reader's
 * alerts, the draft that printed it, search hits), on the samples (seen) and on the generated bulletins of
 * testdata/unseen (dev and held out), each set in its own store. Prints, per set, the issues put back exactly and
 * the time of a removal and of its undo beside an import of the same text (the baseline, same run).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openJianbao, resolveConfig, type Actor, type Jianbao } from '../src/core/index.js';

const editor: Actor = { id: 'eval-editor', role: 'editor' };
const reader: Actor = { id: 'eval-reader', role: 'reader' };
const admin: Actor = { id: 'eval-admin', role: 'admin' };

const SETS: [string, string[]][] = [
  ['seen (samples)', files('samples')],
  ['unseen dev', files('testdata/unseen/dev')],
  ['unseen held out', files('testdata/unseen/heldout')],
];

function files(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
}

/** What a reader and the newsroom see that an issue's removal touches. */
async function state(j: Jianbao, issueId: number, draftId: number): Promise<string> {
  const issue = (await j.issues.list(editor)).find((i) => i.id === issueId);
  const articles = await j.issues.listArticles(editor, { issueId });
  const views = [];
  for (const a of articles) {
    const v = await j.articles.get(editor, a.id);
    views.push({ article: v.article, summary: v.summary, tags: v.tags, predicted: v.predictedSection, enrichment: v.enrichment, group: v.group.map((g) => g.id) });
  }
  const inbox: unknown[] = [];
  for (let page = 1, more = true; more; page++) {
    const got = await j.inbox.list(editor, { view: 'all', page });
    inbox.push(...got.entries.flatMap((e) => [e, ...e.folded]).map((e) => [e.id, e.triage]));
    more = got.more;
  }
  inbox.sort();
  const alerts = (await j.watchlists.alerts(reader, { limit: 500 })).alerts.map((a) => [a.id, a.articleId, a.readAt]);
  const draft = (await j.bulletins.get(editor, draftId)).bulletin.sections;
  const hits = [];
  for (const a of articles.slice(0, 3)) hits.push((await j.search.search(reader, { query: a.title.slice(0, 6) || '的' })).hits.map((h) => h.id));
  return JSON.stringify({ issue, views, inbox, alerts, draft, hits });
}

const ms = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function evaluate(name: string, paths: string[], store: string): Promise<void> {
  const j = await openJianbao(resolveConfig({ flags: { store } }));
  try {
    await j.watchlists.add(reader, { name: '工信部', query: '工信部 OR 5G OR 芯片' });
    const ids: number[] = [];
    for (const [k, path] of paths.entries()) {
      const r = await j.issues.importFile(admin, path, { publication: `评测刊${k}`, issueDate: '2021-10-21', sameIssue: 'keep-both' });
      if (r.status === 'imported') ids.push(r.issueId);
    }
    await j.watchlists.match(admin);
    const alerts = (await j.watchlists.alerts(reader, { limit: 500 })).alerts;
    if (alerts.length) await j.watchlists.markRead(reader, alerts.filter((_, i) => i % 2 === 0).map((a) => a.id));
    const all = await j.issues.listArticles(editor, {});
    await j.inbox.triage(editor, { action: 'keep', ids: all.filter((_, i) => i % 3 === 0).map((a) => a.id) });
    await j.inbox.triage(editor, { action: 'duplicate', ids: all.filter((_, i) => i % 7 === 1).map((a) => a.id), of: all[0].id });
    const { id: draftId } = await j.bulletins.compose(editor, { from: '2000-01-01', to: '2030-12-31' });
    let exact = 0;
    let articles = 0;
    const removeMs: number[] = [];
    const undoMs: number[] = [];
    const importMs: number[] = [];
    for (const [k, issueId] of ids.entries()) {
      const before = await state(j, issueId, draftId);
      articles += (await j.issues.listArticles(editor, { issueId })).length;
      let t = process.hrtime.bigint();
      await j.issues.remove(editor, issueId);
      removeMs.push(ms(t));
      t = process.hrtime.bigint();
      await j.history.undo(editor);
      undoMs.push(ms(t));
      if ((await state(j, issueId, draftId)) === before) exact++;
      // Baseline: importing the same text again (one more newline, so not the same file; kept as a second copy, then removed).
      const bytes = Buffer.concat([readFileSync(paths[k]), Buffer.from('\n')]);
      t = process.hrtime.bigint();
      const again = await j.issues.importBytes(admin, paths[k], bytes, { publication: `评测刊${k}`, issueDate: '2021-10-21', sameIssue: 'keep-both' });
      importMs.push(ms(t));
      if (again.status === 'imported') await j.issues.remove(admin, again.issueId);
    }
    console.log(
      `${name}: ${exact}/${ids.length} issues put back exactly (${articles} articles); median ms: remove ${median(removeMs).toFixed(0)}, ` +
        `undo ${median(undoMs).toFixed(0)}, import of the same text (baseline) ${median(importMs).toFixed(0)}`,
    );
  } finally {
    await j.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'jianbao-undo-eval-'));
try {
  for (const [k, [name, paths]] of SETS.entries()) {
    await evaluate(`${name}, SQLite`, paths, join(dir, `${k}.db`));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
