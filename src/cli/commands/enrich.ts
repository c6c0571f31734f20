import type { Command } from 'commander';
import { count } from '../../core/index.js';
import { withCore } from '../core.js';
import { FileProgress } from '../file-progress.js';
import { dbOption } from '../options.js';
import type { Cli } from '../io.js';

/**
 * `jianbao enrich [--all] [--db PATH]`: enriches the stored articles that have no enrichment or one made by
 * older rules, data or section model (every article with --all), then recomputes the same-event groups.
 */
export function registerEnrich(program: Command, cli: Cli): void {
  program
    .command('enrich')
    .description('(re-)enrich stored articles whose enrichment is missing or out of date, then regroup same-event articles')
    .option('--all', 'enrich every stored article again')
    .addOption(dbOption())
    .action(async (opts: { db?: string; all?: boolean }) => {
      let progress: FileProgress | null = null;
      const r = await withCore(cli, opts, async (jianbao, actor) => {
        try {
          return await jianbao.enrichment.enrich(actor, { all: Boolean(opts.all) }, (_, total, next) => {
            progress ??= new FileProgress(total, cli);
            progress.tick(next);
          });
        } finally {
          (progress as FileProgress | null)?.stop();
        }
      }, { mustExist: true });
      cli.stdout.write(`${count(r.enriched, 'article')} enriched, ${r.upToDate} up to date; ${count(r.groups, 'same-event group')}\n`);
      // An archive indexed by older rules of the names it teaches search (learned-aliases.ts) has them written again.
      if (r.relearned) cli.stdout.write(`search names learned again from ${count(r.relearned, 'article')} (written by older rules)\n`);
    });
}
