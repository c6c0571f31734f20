import { InvalidArgumentError, Option, type Command } from 'commander';
import { count, printedDate, type ImportInput, type ImportResult } from '../../core/index.js';
import { withCore } from '../core.js';
import { debugTrace, errorLine } from '../errors.js';
import { FileProgress } from '../file-progress.js';
import { loggerFor } from '../logger.js';
import { dbOption, maxSizeOption } from '../options.js';
import { type Cli, CommandExit } from '../io.js';

/** `--date D`: an issue date as printed (2021-10-21, 2021.10.21, 2021年10月21日), kept as ISO. */
function parseDate(value: string): string {
  const iso = printedDate(value);
  if (!iso) throw new InvalidArgumentError(`"${value}" is not a date (expected YYYY-MM-DD)`);
  return iso;
}

/** One line per file: what happened to it. */
function outcome(file: string, r: ImportResult): string {
  if (r.status === 'same-issue') {
    return `same-issue ${file}: same issue as #${r.sameAs}, not stored (--replace keeps this read, --keep-both stores both)`;
  }
  const replaced = r.status === 'replaced' ? `, replaces #${r.sameAs}` : '';
  return `${r.status.padEnd(9)} ${file}: ${count(r.articles, 'article')}, ${count(r.warnings, 'warning')}${replaced}`;
}

/**
 * `jianbao import FILE... [--db PATH]`: stores each file's issue. Each file is all-or-nothing; a bad file is
 * reported and skipped, the others are still imported, and the exit code is 1 if any file failed.
 */
export function registerImport(program: Command, cli: Cli): void {
  program
    .command('import')
    .description('parse bulletin files and store their articles (same bytes twice: unchanged; same issue twice: reported)')
    .argument('<files...>', 'text dumps, PDFs or HTML bulletins')
    .addOption(dbOption())
    .addOption(maxSizeOption())
    .addOption(new Option('--replace', 'an issue already stored (same publication, date, most titles) is replaced by this read').conflicts('keepBoth'))
    .addOption(new Option('--keep-both', 'store an issue already stored again, as another issue'))
    .addOption(new Option('--publication <name>', 'publication for files that do not name one'))
    .addOption(new Option('--date <date>', 'issue date for files that do not give one').argParser(parseDate))
    .action(async (files: string[], opts: { db?: string; maxMb?: number; replace?: boolean; keepBoth?: boolean; publication?: string; date?: string }, command: Command) => {
      const log = loggerFor(command, cli);
      const input: ImportInput = {
        sameIssue: opts.replace ? 'replace' : opts.keepBoth ? 'keep-both' : 'report',
        publication: opts.publication?.trim() || undefined,
        issueDate: opts.date,
      };
      const progress = new FileProgress(files.length, cli);
      const counts = { imported: 0, unchanged: 0, 'same-issue': 0, replaced: 0, failed: 0 };
      await withCore(cli, opts, async (jianbao, actor) => {
        try {
        for (const [i, file] of files.entries()) {
          try {
            const r = await jianbao.issues.importFile(actor, file, input);
            counts[r.status]++;
            log.debug({ file, ...r }, 'stored');
            progress.result(outcome(file, r));
          } catch (err) {
            counts.failed++;
            progress.error(errorLine(err));
            const trace = debugTrace(err, cli.env);
            if (trace) progress.error(trace);
          }
          progress.tick(files[i + 1]);
        }
        } finally {
          progress.stop();
        }
      });
      const same = counts['same-issue'] ? `, ${counts['same-issue']} same issue as one stored` : '';
      const replaced = counts.replaced ? `, ${counts.replaced} replaced` : '';
      cli.stdout.write(`${count(files.length, 'file')}: ${counts.imported} imported${replaced}, ${counts.unchanged} unchanged${same}, ${counts.failed} failed\n`);
      if (counts.failed) throw new CommandExit(1);
    });
}
