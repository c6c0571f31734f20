import type { Command } from 'commander';
import { withCore } from '../core.js';
import { dbOption } from '../options.js';
import { dateArg, positiveInt } from './search.js';
import type { Cli } from '../io.js';

/** `jianbao top --entities|--tags [--from D --to D]`: what rose most against the previous period of equal length. */
export function registerTop(program: Command, cli: Cli): void {
  program
    .command('top')
    .description('the tags or entities that rose most against the previous period of the same length')
    .addOption(dbOption())
    .option('--entities', 'rank entities')
    .option('--tags', 'rank tags')
    .option('--from <date>', 'period start (default: --days before --to)', (v) => dateArg(v, 'from'))
    .option('--to <date>', 'period end (default: the newest issue date)', (v) => dateArg(v, 'to'))
    .option('--days <n>', 'period length when --from is not given', positiveInt, 30)
    .option('--limit <n>', 'how many to list', positiveInt, 20)
    .option('--json', 'print one JSON object')
    .action(async (opts: { db?: string; entities?: boolean; tags?: boolean; from?: string; to?: string; days: number; limit: number; json?: boolean }) => {
      if (Boolean(opts.entities) === Boolean(opts.tags)) throw new Error('top: --entities 和 --tags 只能给一个 (give exactly one of --entities or --tags)');
      const kind = opts.entities ? 'entity' : 'tag';
      const input = { kind, from: opts.from, to: opts.to, days: opts.days, limit: opts.limit } as const;
      const top = await withCore(cli, opts, (jianbao, actor) => jianbao.search.top(actor, input), { mustExist: true });
      if (opts.json) {
        cli.stdout.write(`${JSON.stringify(top, null, 2)}\n`);
        return;
      }
      const { period, previous, risers } = top;
      const head = `${kind === 'tag' ? 'tags' : 'entities'} rising ${period.from}..${period.to} against ${previous.from}..${previous.to}`;
      const rows = risers.map((r, k) => `${String(k + 1).padStart(3)}. ${r.value}  ${r.count} (was ${r.previous}, +${r.change})`);
      cli.stdout.write(`${[head, ...(rows.length ? rows : ['  nothing rose'])].join('\n')}\n`);
    });
}
