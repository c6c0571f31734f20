import type { Command } from 'commander';
import { importFile } from '../../pipeline/import-file.js';
import { openStore } from '../../store/open.js';
import { debugTrace, errorLine } from '../errors.js';
import { FileProgress } from '../file-progress.js';
import { loggerFor } from '../logger.js';
import { count, dbOption, loadOptions, maxSizeOption } from '../options.js';

/**
 * `jianbao import FILE... [--db PATH]`: stores each file's issue. Each file is all-or-nothing; a bad file is
 * reported and skipped, the others are still imported, and the exit code is 1 if any file failed.
 */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description('parse bulletin files and store their articles (same bytes twice: unchanged)')
    .argument('<files...>', 'text dumps, PDFs or HTML bulletins')
    .addOption(dbOption())
    .addOption(maxSizeOption())
    .action(async (files: string[], opts: { db: string; maxMb: number }, command: Command) => {
      const log = loggerFor(command);
      const store = await openStore(opts.db);
      const load = loadOptions(opts);
      const progress = new FileProgress(files.length);
      const counts = { imported: 0, unchanged: 0, failed: 0 };
      try {
        for (const [i, file] of files.entries()) {
          try {
            const r = await importFile(file, store, load);
            counts[r.status]++;
            log.debug({ file, ...r }, 'stored');
            progress.result(`${r.status.padEnd(9)} ${file}: ${count(r.articles, 'article')}, ${count(r.warnings, 'warning')}`);
          } catch (err) {
            counts.failed++;
            progress.error(errorLine(err));
            const trace = debugTrace(err);
            if (trace) progress.error(trace);
          }
          progress.tick(files[i + 1]);
        }
      } finally {
        progress.stop();
        await store.close();
      }
      process.stdout.write(`${count(files.length, 'file')}: ${counts.imported} imported, ${counts.unchanged} unchanged, ${counts.failed} failed\n`);
      if (counts.failed) process.exitCode = 1;
    });
}
