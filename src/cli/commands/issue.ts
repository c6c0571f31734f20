import { readFile } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { candidateById, periodPool } from '../../compose/candidates.js';
import { draftIssue, entryOf } from '../../compose/draft.js';
import { enrichCandidates } from '../../compose/enriched.js';
import { previousPeriod } from '../../compose/trends.js';
import { applyPlan, dropEntry, entryIn, moveEntry, parsePlan, placeEntry, setSummary } from '../../compose/edit.js';
import { FORMATS, formatOfPath, renderIssue, type Format } from '../../compose/render/index.js';
import type { IssueChange, IssueDraft } from '../../compose/types.js';
import { openStore } from '../../store/open.js';
import { asDraftStore, type DraftStore, type Store } from '../../store/types.js';
import { editor, entries, isoDate, positiveInt, whoOption } from '../compose-options.js';
import { count, dbOption } from '../options.js';
import { terminalSafe } from '../terminal.js';

/** `jianbao issue new|list|show|edit|render`: compose a bulletin from the stored articles of a period. */
export function registerIssue(program: Command): void {
  const issue = program.command('issue').description('compose bulletin issues from stored articles');
  registerNew(issue);
  registerList(issue);
  registerShow(issue);
  registerEdit(issue);
  registerRender(issue);
}

/** Opens the store, runs `work`, closes the store whatever happens. */
async function withStore<T>(db: string, work: (store: Store & DraftStore) => Promise<T>, mustExist = true): Promise<T> {
  const store = await openStore(db, { mustExist });
  try {
    return await work(asDraftStore(store, db));
  } finally {
    await store.close();
  }
}

/** A stored draft, or an `issue N: …` error. */
async function loadDraft(store: DraftStore, id: number): Promise<IssueDraft> {
  const draft = await store.getDraft(id);
  if (!draft) throw new Error(`issue ${id}: no such issue (see jianbao issue list)`);
  return draft;
}

function change(who: string | undefined, what: string, detail: string): IssueChange {
  return { at: new Date().toISOString(), who: editor(who), what, detail };
}

interface NewOptions {
  from: string;
  to: string;
  edition?: string;
  number?: number;
  publication?: string;
  maxPerSection: number;
  highlights: number;
  sameStory: number;
  enrich?: boolean;
  who?: string;
  db: string;
}

function registerNew(issue: Command): void {
  issue
    .command('new')
    .description('draft an issue from the articles of the issues dated in a period; prints its id')
    .requiredOption('--from <date>', 'first day of the period, YYYY-MM-DD', isoDate)
    .requiredOption('--to <date>', 'last day of the period, YYYY-MM-DD', isoDate)
    .option('--edition <name>', 'draft for this edition (see jianbao edition add)')
    .option('--number <n>', 'issue number (default: the last one of this publication and edition + 1)', positiveInt)
    .option('--publication <name>', 'publication printed on the cover (default: the period\'s most frequent source)')
    .option('--max-per-section <n>', 'entries kept per section', positiveInt, 8)
    .option('--highlights <n>', 'lines in 本期要点', positiveInt, 5)
    .addOption(
      new Option('--same-story <jaccard>', 'similarity from which two articles are one story (0-1)')
        .default(0.5)
        .argParser((v: string) => {
          const x = Number(v);
          if (!(x > 0 && x <= 1)) throw new InvalidArgumentError('expected a number in (0, 1]');
          return x;
        }),
    )
    .option('--enrich', 'compute enrichment now (predicted sections, tags, entities, summaries, same-event groups) for articles stored without it')
    .addOption(whoOption())
    .addOption(dbOption())
    .action(async (opts: NewOptions) => {
      if (opts.from > opts.to) throw new Error(`--from ${opts.from}: after --to ${opts.to}`);
      const id = await withStore(opts.db, async (store) => {
        const edition = opts.edition ? await store.getEdition(opts.edition) : null;
        if (opts.edition && !edition) throw new Error(`edition ${opts.edition}: no such edition (add it with jianbao edition add)`);
        const pool = await periodPool(store, opts.from, opts.to);
        if (pool.undated.length) {
          process.stderr.write(
            terminalSafe(`jianbao: warning: ${count(pool.undated.length, 'stored issue')} without a date cannot be placed in a period: ${pool.undated.map((i) => i.source.path).join(', ')}\n`),
          );
        }
        if (!pool.candidates.length) throw new Error(`${opts.from}..${opts.to}: no stored issue is dated in this period`);
        const candidates = opts.enrich ? enrichCandidates(pool.candidates) : pool.candidates;
        const before = previousPeriod(opts.from, opts.to);
        const previousPool = (await periodPool(store, before.from, before.to)).candidates;
        const previous = opts.enrich ? enrichCandidates(previousPool) : previousPool;
        const draft = draftIssue(candidates, {
          from: opts.from, to: opts.to, number: opts.number ?? 0, edition, sectionOrder: pool.sectionOrder,
          maxPerSection: opts.maxPerSection, highlights: opts.highlights, sameStory: opts.sameStory, previous,
          ...(opts.publication ? { publication: opts.publication } : {}),
        });
        if (!opts.number) {
          const previous = (await store.listDrafts()).filter((d) => d.publication === draft.publication && d.edition === draft.edition);
          draft.number = Math.max(0, ...previous.map((d) => d.number)) + 1;
        }
        const printed = draft.sections.flatMap((s) => s.entries);
        const merged = printed.reduce((n, e) => n + e.alsoSeen.length, 0);
        if (!printed.length) process.stderr.write(`jianbao: warning: no article of ${opts.from}..${opts.to} matches edition ${opts.edition}\n`);
        const left = pool.candidates.length - printed.length - merged;
        const detail =
          `${count(pool.candidates.length, 'article')} of ${opts.from}..${opts.to}${edition ? ` for edition ${edition.name}` : ''}: ` +
          `${entries(printed.length)}, ${merged} merged as 另见, ${left} left out (edition filter or --max-per-section)`;
        return store.saveDraft(draft, change(opts.who, 'new', detail));
      }, false);
      process.stdout.write(`${id}\n`);
    });
}

function registerList(issue: Command): void {
  issue
    .command('list')
    .description('list the composed issues')
    .option('--json', 'print one JSON array')
    .addOption(dbOption())
    .action(async (opts: { json?: boolean; db: string }) => {
      const drafts = await withStore(opts.db, (store) => store.listDrafts());
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(drafts, null, 2)}\n`);
        return;
      }
      const lines = drafts.map(
        (d) => `#${d.id}  ${d.publication} 第 ${d.number} 期${d.edition ? ` (${d.edition})` : ''}  ${d.from}..${d.to}  ${entries(d.entryCount)}`,
      );
      process.stdout.write(lines.length ? `${lines.join('\n')}\n` : 'no composed issues\n');
    });
}

function registerShow(issue: Command): void {
  issue
    .command('show')
    .description('print a composed issue: 本期要点, sections and entries with their scores, and the edit log')
    .argument('<id>', 'issue id', positiveInt)
    .option('--json', 'print one JSON object (the draft and its changes)')
    .addOption(dbOption())
    .action(async (id: number, opts: { json?: boolean; db: string }) => {
      const [draft, changes] = await withStore(opts.db, async (store) => [await loadDraft(store, id), await store.listChanges(id)] as const);
      process.stdout.write(opts.json ? `${JSON.stringify({ ...draft, changes }, null, 2)}\n` : showText(draft, changes));
    });
}

function showText(d: IssueDraft, changes: IssueChange[]): string {
  const out = [
    `#${d.id}  ${d.publication} 第 ${d.number} 期${d.edition ? ` (${d.edition})` : ''}  ${d.from}..${d.to}`,
    ...(d.coverLine ? [`封面: ${d.coverLine}`] : []),
    '本期要点:',
    ...d.highlights.map((h, i) => `  ${i + 1}. ${h}`),
  ];
  for (const s of d.sections) {
    out.push(`[${s.name}]`);
    for (const e of s.entries) {
      out.push(`  ${String(e.articleId).padStart(5)}  ${e.score.toFixed(3)}  ${e.title}  (${e.source}${e.date ? ` ${e.date}` : ''})`);
      if (e.summary) out.push(`         摘要: ${e.summary}`);
      for (const a of e.alsoSeen) out.push(`         另见 ${a.articleId}: ${a.title} (${a.source}${a.date ? ` ${a.date}` : ''})`);
    }
  }
  out.push('changes:', ...changes.map((c) => `  ${c.at}  ${c.who}  ${c.what}  ${c.detail}`));
  return `${out.join('\n')}\n`;
}

interface EditOptions {
  drop?: number;
  add?: number;
  move?: number;
  to?: string;
  before?: number;
  summary?: string[];
  plan?: string;
  coverLine?: string;
  who?: string;
  db: string;
}

function registerEdit(issue: Command): void {
  issue
    .command('edit')
    .description('change a composed issue (one change per call; every change is logged)')
    .argument('<id>', 'issue id', positiveInt)
    .option('--drop <article>', 'take an article out', positiveInt)
    .option('--add <article>', 'add a stored article (to its own section, or --to SECTION)', positiveInt)
    .option('--move <article>', 'move an article --to SECTION [--before ARTICLE]', positiveInt)
    .option('--to <section>', 'target section for --add and --move')
    .option('--before <article>', 'place before this article of the target section', positiveInt)
    .option('--summary <article-and-text...>', 'set an article\'s summary: --summary ARTICLE TEXT (empty TEXT clears it)')
    .option('--plan <file>', 'rearrange the whole issue as a JSON plan says')
    .option('--cover-line <text>', 'set the cover line (empty clears it)')
    .addOption(whoOption())
    .addOption(dbOption())
    .action(async (id: number, opts: EditOptions) => {
      const ops = (['drop', 'add', 'move', 'summary', 'plan', 'coverLine'] as const).filter((k) => opts[k] !== undefined);
      if (ops.length !== 1) {
        throw new Error(`issue ${id}: give exactly one of --drop, --add, --move, --summary, --plan, --cover-line (got ${ops.length})`);
      }
      const message = await withStore(opts.db, async (store) => {
        const draft = await loadDraft(store, id);
        const { next, what, detail } = await edited(store, draft, opts);
        await store.saveDraft(next, change(opts.who, what, detail));
        return `issue ${id}: ${what} ${detail}`;
      });
      process.stdout.write(`${message}\n`);
    });
}

/** The draft after the one edit the options ask for, with the log entry describing it. */
async function edited(store: Store & DraftStore, draft: IssueDraft, opts: EditOptions): Promise<{ next: IssueDraft; what: string; detail: string }> {
  const fetch = async (articleId: number) => entryOf(await candidateById(store, articleId), draft);
  if (opts.drop !== undefined) {
    const e = entryIn(draft, opts.drop);
    return { next: dropEntry(draft, opts.drop), what: 'drop', detail: `article ${e.articleId} ${e.title}` };
  }
  if (opts.add !== undefined) {
    const e = await fetch(opts.add);
    const section = opts.to ?? e.section;
    // `to S` only when the editor chose the section: train takes that as a correction (pipeline/corrections.ts).
    const where = opts.to === undefined ? `in ${section}` : `to ${section}`;
    return { next: placeEntry(draft, e, section, opts.before), what: 'add', detail: `article ${e.articleId} ${e.title} ${where}` };
  }
  if (opts.move !== undefined) {
    if (!opts.to) throw new Error(`issue ${draft.id}: --move needs --to SECTION`);
    const e = entryIn(draft, opts.move);
    const where = `${opts.to}${opts.before !== undefined ? ` before article ${opts.before}` : ''}`;
    return { next: moveEntry(draft, opts.move, opts.to, opts.before), what: 'move', detail: `article ${e.articleId} ${e.title} to ${where}` };
  }
  if (opts.summary !== undefined) {
    const [idText, ...words] = opts.summary;
    const articleId = Number(idText);
    if (!Number.isInteger(articleId) || articleId <= 0) throw new Error(`--summary ${idText}: expected an article id, then the text`);
    const text = words.join(' ');
    return { next: setSummary(draft, articleId, text), what: 'summary', detail: `article ${articleId}: ${text || '(cleared)'}` };
  }
  if (opts.plan !== undefined) {
    const plan = parsePlan(await readPlan(opts.plan), opts.plan);
    const next = await applyPlan(draft, plan, fetch);
    const n = next.sections.reduce((k, s) => k + s.entries.length, 0);
    return { next, what: 'plan', detail: `${opts.plan}: ${count(next.sections.length, 'section')}, ${entries(n)}` };
  }
  const coverLine = opts.coverLine!.trim() || null;
  return { next: { ...draft, coverLine }, what: 'cover', detail: coverLine ?? '(cleared)' };
}

async function readPlan(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(`${file}: ${code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code})`}`);
  }
}

function registerRender(issue: Command): void {
  issue
    .command('render')
    .description('write a composed issue as PDF, DOCX, HTML or Markdown')
    .argument('<id>', 'issue id', positiveInt)
    .requiredOption('--out <file>', 'file to write')
    .addOption(new Option('-f, --format <format>', 'output format (default: from the --out extension)').choices(FORMATS))
    .addOption(dbOption())
    .action(async (id: number, opts: { out: string; format?: Format; db: string }) => {
      const format = opts.format ?? formatOfPath(opts.out);
      if (!format) throw new Error(`${opts.out}: cannot tell the format from the name; give --format ${FORMATS.join('|')}`);
      const draft = await withStore(opts.db, (store) => loadDraft(store, id));
      const bytes = await renderIssue(draft, format);
      try {
        // Written beside the target and renamed over it: a crash leaves the old file or none, never half of one.
        await writeFileAtomic(opts.out, Buffer.from(bytes));
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        throw new Error(`${opts.out}: cannot write (${code === 'ENOENT' ? 'no such directory' : code === 'EACCES' ? 'permission denied' : (code ?? (err as Error).message)})`);
      }
      process.stdout.write(`wrote ${opts.out} (${format}, ${bytes.length} bytes)\n`);
    });
}
