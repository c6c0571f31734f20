import type { Command } from 'commander';
import { count } from '../../core/index.js';
import { withCore } from '../core.js';
import { dbOption } from '../options.js';
import type { Cli } from '../io.js';

/**
 * `jianbao train [--db PATH]`: trains the section model from every stored article printed under a house
 * section, and from every article an editor moved into a house section of a draft, and saves it in the store;
 * enrichment uses it from then on (`jianbao enrich` applies it to the articles already stored).
 */
export function registerTrain(program: Command, cli: Cli): void {
  program
    .command('train')
    .description('train the section model from stored articles printed under house sections')
    .addOption(dbOption())
    .action(async (opts: { db?: string }) => {
      const r = await withCore(cli, opts, (jianbao, actor) => jianbao.enrichment.train(actor), { mustExist: true });
      const bySection = r.bySection.map((s) => `${s.section} ${s.articles}`).join(', ');
      cli.stdout.write(
        `trained the section model on ${count(r.labelled, 'article')} (${bySection})` +
          `${r.corrections ? `, ${count(r.corrections, "editor's correction")} among them` : ''}` +
          `${r.leftOut ? `; ${count(r.leftOut, 'article')} under other headings left out` : ''}; run \`jianbao enrich\` to apply it\n`,
      );
    });
}
