import { type Command, Option } from 'commander';
import type { Edition } from '../../core/index.js';
import { withCore } from '../core.js';
import { nameList } from '../compose-options.js';
import { dbOption } from '../options.js';
import type { Cli } from '../io.js';

/** `jianbao edition add NAME …` and `jianbao edition list`: client profiles that filter and reorder a period. */
export function registerEdition(program: Command, cli: Cli): void {
  const edition = program.command('edition').description('client profiles (editions) of the bulletin');

  edition
    .command('add')
    .description('add or replace an edition: the tags, entities and regions it follows, its cover line and section order')
    .argument('<name>', 'edition name, e.g. 汽车电子版')
    .addOption(new Option('--tags <list>', 'tags it follows, comma-separated').argParser(nameList).default([]))
    .addOption(new Option('--entities <list>', 'companies, agencies, people it follows').argParser(nameList).default([]))
    .addOption(new Option('--regions <list>', 'provinces, cities, countries it follows').argParser(nameList).default([]))
    .option('--cover-line <text>', 'line printed on the cover of its issues')
    .addOption(new Option('--sections <list>', 'its section order (the others follow)').argParser(nameList).default([]))
    .addOption(dbOption())
    .action(async (name: string, opts: { tags: string[]; entities: string[]; regions: string[]; coverLine?: string; sections: string[]; db?: string }) => {
      const input = { name, tags: opts.tags, entities: opts.entities, regions: opts.regions, coverLine: opts.coverLine ?? null, sections: opts.sections };
      const e = await withCore(cli, opts, (jianbao, actor) => jianbao.editions.save(actor, input));
      cli.stdout.write(`edition ${name}: ${describe(e)}\n`);
    });

  edition
    .command('list')
    .description('list the editions')
    .option('--json', 'print one JSON array')
    .addOption(dbOption())
    .action(async (opts: { json?: boolean; db?: string }) => {
      const editions = await withCore(cli, opts, (jianbao, actor) => jianbao.editions.list(actor), { mustExist: true });
      cli.stdout.write(
        opts.json ? `${JSON.stringify(editions, null, 2)}\n` : editions.map((e) => `${e.name}: ${describe(e)}\n`).join('') || 'no editions\n',
      );
    });
}

/** tags A、B; entities C; regions —; cover “…” */
function describe(e: Edition): string {
  const list = (xs: string[]) => (xs.length ? xs.join('、') : '—');
  return `tags ${list(e.tags)}; entities ${list(e.entities)}; regions ${list(e.regions)}; sections ${list(e.sections)}${e.coverLine ? `; cover “${e.coverLine}”` : ''}`;
}
