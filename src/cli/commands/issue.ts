import { readFile } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { entries, FORMATS, formatOfPath, STATUS_LABELS, type BulletinEdit, type Format, type BulletinWithChanges } from '../../core/index.js';
import { withCore } from '../core.js';
import { isoDate, positiveInt, whoOption } from '../compose-options.js';
import { dbOption } from '../options.js';
import type { Cli } from '../io.js';

/** `jianbao issue new|list|show|edit|submit|approve|reject|render`: compose a bulletin from the stored articles of a period. */
export function registerIssue(program: Command, cli: Cli): void {
  const issue = program.command('issue').description('compose bulletin issues from stored articles');
  registerNew(issue, cli);
  registerList(issue, cli);
  registerShow(issue, cli);
  registerEdit(issue, cli);
  registerStatus(issue, cli);
  registerRender(issue, cli);
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
  db?: string;
}

function registerNew(issue: Command, cli: Cli): void {
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
      const { from, to, edition, number, publication, maxPerSection, highlights, sameStory, enrich } = opts;
      const { id, messages } = await withCore(
        cli, opts,
        (jianbao, actor) => jianbao.bulletins.compose(actor, { from, to, edition, number, publication, maxPerSection, highlights, sameStory, enrich: Boolean(enrich) }),
      );
      for (const m of messages) cli.stderr.write(`jianbao: ${m.level}: ${m.message}\n`);
      cli.stdout.write(`${id}\n`);
    });
}

function registerList(issue: Command, cli: Cli): void {
  issue
    .command('list')
    .description('list the composed issues')
    .option('--json', 'print one JSON array')
    .addOption(dbOption())
    .action(async (opts: { json?: boolean; db?: string }) => {
      const drafts = await withCore(cli, opts, (jianbao, actor) => jianbao.bulletins.list(actor), { mustExist: true });
      if (opts.json) {
        cli.stdout.write(`${JSON.stringify(drafts, null, 2)}\n`);
        return;
      }
      const lines = drafts.map(
        (d) => `#${d.id}  ${d.publication} 第 ${d.number} 期${d.edition ? ` (${d.edition})` : ''}  ${d.from}..${d.to}  ${entries(d.entryCount)}  ${STATUS_LABELS[d.status]}`,
      );
      cli.stdout.write(lines.length ? `${lines.join('\n')}\n` : 'no composed issues\n');
    });
}

function registerShow(issue: Command, cli: Cli): void {
  issue
    .command('show')
    .description('print a composed issue: 本期要点, sections and entries with their scores (原文已更新 where the article changed since), the edit log, and what 撤销/重做 would take back or make again')
    .argument('<id>', 'issue id', positiveInt)
    .option('--json', 'print one JSON object (the draft, its changes, the outdated entries and the undoable and redoable edits)')
    .addOption(dbOption())
    .action(async (id: number, opts: { json?: boolean; db?: string }) => {
      const got = await withCore(cli, opts, (jianbao, actor) => jianbao.bulletins.get(actor, id), { mustExist: true });
      const { bulletin: draft, changes, outdated, undoable, redoable } = got;
      cli.stdout.write(opts.json ? `${JSON.stringify({ ...draft, changes, outdated, undoable, redoable }, null, 2)}\n` : showText(got));
    });
}

function showText({ bulletin: d, changes, outdated, undoable, redoable }: BulletinWithChanges): string {
  const out = [
    `#${d.id}  ${d.publication} 第 ${d.number} 期${d.edition ? ` (${d.edition})` : ''}  ${d.from}..${d.to}  ${STATUS_LABELS[d.status]} (version ${d.version})`,
    ...(d.coverLine ? [`封面: ${d.coverLine}`] : []),
    '本期要点:',
    ...d.highlights.map((h, i) => `  ${i + 1}. ${h}`),
  ];
  for (const s of d.sections) {
    out.push(`[${s.name}]`);
    for (const e of s.entries) {
      out.push(`  ${String(e.articleId).padStart(5)}  ${e.score.toFixed(3)}  ${e.title}  (${e.source}${e.date ? ` ${e.date}` : ''})`);
      if (e.summary) out.push(`         摘要: ${e.summary}`);
      if (outdated.includes(e.articleId)) out.push(`         原文已更新 (the article changed since; issue edit ${d.id} --refresh ${e.articleId} takes its text)`);
      for (const a of e.alsoSeen) out.push(`         另见 ${a.articleId}: ${a.title} (${a.source}${a.date ? ` ${a.date}` : ''})`);
    }
  }
  out.push('changes:', ...changes.map((c) => `  ${c.at}  ${c.who}  ${c.what}  ${c.detail}`));
  if (undoable) out.push(`撤销 (issue edit ${d.id} --undo) takes back: ${undoable.who}  ${undoable.what}  ${undoable.detail}`);
  if (redoable) out.push(`重做 (issue edit ${d.id} --redo) makes again: ${redoable.who}  ${redoable.what}  ${redoable.detail}`);
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
  refresh?: number;
  undo?: boolean;
  redo?: boolean;
  newSection?: boolean;
  ifVersion?: number;
  who?: string;
  db?: string;
}

function registerEdit(issue: Command, cli: Cli): void {
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
    .option('--refresh <article>', 'an entry takes its article\'s text as it reads now (原文已更新), its own summary given up', positiveInt)
    .option('--undo', 'take back the last edit (again: the one before); saved as a new version')
    .option('--redo', 'make the edit undone last again (again: the one undone before it); saved as a new version')
    .option('--new-section', 'let --add/--move --to start a section the issue does not have and the house does not know')
    .option('--if-version <n>', 'refuse the change if the issue is no longer at this version (issue show prints it)', positiveInt)
    .addOption(whoOption())
    .addOption(dbOption())
    .action(async (id: number, opts: EditOptions) => {
      const ops = (['drop', 'add', 'move', 'summary', 'plan', 'coverLine', 'refresh', 'undo', 'redo'] as const).filter((k) => opts[k] !== undefined);
      if (ops.length !== 1) {
        throw new Error(`issue ${id}: --drop、--add、--move、--summary、--plan、--cover-line、--refresh、--undo、--redo 只能给一个（给了 ${ops.length} 个） (give exactly one of --drop, --add, --move, --summary, --plan, --cover-line, --refresh, --undo, --redo (got ${ops.length}))`);
      }
      if (opts.undo || opts.redo) {
        const input = opts.ifVersion !== undefined ? { version: opts.ifVersion } : {};
        const step = opts.undo ? 'undo' : 'redo';
        const { detail, version } = await withCore(cli, opts, (jianbao, actor) => jianbao.bulletins[step](actor, id, input), { mustExist: true });
        cli.stdout.write(`issue ${id}: ${detail} (version ${version})\n`);
        return;
      }
      const edit = { ...(await editOf(id, opts)), ...(opts.ifVersion !== undefined ? { version: opts.ifVersion } : {}) };
      const { what, detail } = await withCore(cli, opts, (jianbao, actor) => jianbao.bulletins.edit(actor, id, edit), { mustExist: true });
      cli.stdout.write(`issue ${id}: ${what} ${detail}\n`);
    });
}

/** The one edit the options ask for, as the core takes it. */
async function editOf(id: number, opts: EditOptions): Promise<BulletinEdit> {
  if (opts.drop !== undefined) return { op: 'drop', articleId: opts.drop };
  if (opts.refresh !== undefined) return { op: 'refresh', articleId: opts.refresh };
  const newSection = opts.newSection ? { newSection: true } : {};
  if (opts.add !== undefined) return { op: 'add', articleId: opts.add, section: opts.to, before: opts.before, ...newSection };
  if (opts.move !== undefined) {
    if (!opts.to) throw new Error(`issue ${id}: --move 需要 --to 栏目 (--move needs --to SECTION)`);
    return { op: 'move', articleId: opts.move, section: opts.to, before: opts.before, ...newSection };
  }
  if (opts.summary !== undefined) {
    const [idText, ...words] = opts.summary;
    const articleId = Number(idText);
    if (!Number.isInteger(articleId) || articleId <= 0) throw new Error(`--summary ${idText}: 请先给文章编号，再给文字 (expected an article id, then the text)`);
    return { op: 'summary', articleId, text: words.join(' ') };
  }
  if (opts.plan !== undefined) return { op: 'plan', plan: await readPlan(opts.plan), name: opts.plan };
  return { op: 'cover', text: opts.coverLine! };
}

async function readPlan(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(`${file}: ${code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code})`}`);
  }
}

/** `issue submit|approve|reject ID`: 草稿 → 待审 (editors), 待审 → 已签发 or back to 草稿 (chief editors). */
function registerStatus(issue: Command, cli: Cli): void {
  const moves = [
    ['submit', 'hand a draft in for sign-off (草稿 → 待审)'],
    ['approve', 'sign a submitted issue off (待审 → 已签发): renders and keeps every format; the issue becomes read-only'],
    ['reject', 'send a submitted issue back to its editors (待审 → 草稿)'],
  ] as const;
  for (const [move, description] of moves) {
    const command = issue
      .command(move)
      .description(description)
      .argument('<id>', 'issue id', positiveInt)
      .option('--if-version <n>', 'refuse if the issue is no longer at this version', positiveInt);
    if (move === 'reject') command.option('--note <text>', 'why it goes back');
    command
      .addOption(whoOption())
      .addOption(dbOption())
      .action(async (id: number, opts: { ifVersion?: number; note?: string; who?: string; db: string }) => {
        const input = { ...(opts.ifVersion !== undefined ? { version: opts.ifVersion } : {}), ...(opts.note ? { note: opts.note } : {}) };
        const { status, version } = await withCore(cli, opts, (jianbao, actor) => jianbao.bulletins[move](actor, id, input), { mustExist: true });
        cli.stdout.write(`issue ${id}: ${STATUS_LABELS[status]} (${status}, version ${version})\n`);
      });
  }
}

function registerRender(issue: Command, cli: Cli): void {
  issue
    .command('render')
    .description('write a composed issue as PDF, DOCX, HTML or Markdown')
    .argument('<id>', 'issue id', positiveInt)
    .requiredOption('--out <file>', 'file to write')
    .addOption(new Option('-f, --format <format>', 'output format (default: from the --out extension)').choices(FORMATS))
    .addOption(dbOption())
    .action(async (id: number, opts: { out: string; format?: Format; db?: string }) => {
      const format = opts.format ?? formatOfPath(opts.out);
      if (!format) throw new Error(`${opts.out}: 无法从文件名判断格式，请给出 --format ${FORMATS.join('|')} (cannot tell the format from the name; give --format ${FORMATS.join('|')})`);
      const bytes = await withCore(cli, opts, (jianbao, actor) => jianbao.bulletins.render(actor, id, format), { mustExist: true });
      try {
        // Written beside the target and renamed over it: a crash leaves the old file or none, never half of one.
        await writeFileAtomic(opts.out, Buffer.from(bytes));
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        throw new Error(`${opts.out}: cannot write (${code === 'ENOENT' ? 'no such directory' : code === 'EACCES' ? 'permission denied' : (code ?? (err as Error).message)})`);
      }
      cli.stdout.write(`wrote ${opts.out} (${format}, ${bytes.length} bytes)\n`);
    });
}
