import type { Command } from 'commander';
import { isCountry } from '../../enrich/index.js';
import { rising } from '../../search/rising.js';
import { addDays, daysBetween } from '../../search/trend.js';
import { displayLocation } from '../../store/location.js';
import { openSearchStore } from '../../store/open.js';
import { dbOption } from '../options.js';
import { dateArg, positiveInt } from './search.js';

/** `jianbao top --entities|--tags [--from D --to D]`: what rose most against the previous period of equal length. */
export function registerTop(program: Command): void {
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
    .action(async (opts: { db: string; entities?: boolean; tags?: boolean; from?: string; to?: string; days: number; limit: number; json?: boolean }) => {
      if (Boolean(opts.entities) === Boolean(opts.tags)) throw new Error('top: give exactly one of --entities or --tags');
      const kind = opts.entities ? 'entity' : 'tag';
      const store = await openSearchStore(opts.db, { mustExist: true });
      try {
        const newest = (await store.listIssues()).find((i) => i.issueDate)?.issueDate;
        const to = opts.to ?? newest;
        if (!to) throw new Error(`${displayLocation(opts.db)}: no dated issues stored; give --to`);
        const from = opts.from ?? addDays(to, 1 - opts.days);
        if (from > to) throw new Error(`top: --from ${from} is after --to ${to}`);
        const length = daysBetween(from, to) + 1;
        const previous = { from: addDays(from, -length), to: addDays(from, -1) };
        // Countries (中国 above all) are where most articles happen, not what rose.
        const facts = async (a: string, b: string) => (await store.countFacts(kind, a, b)).filter((f) => kind === 'tag' || !isCountry(f.value));
        const risers = rising(await facts(from, to), await facts(previous.from, previous.to), opts.limit);
        if (opts.json) {
          process.stdout.write(`${JSON.stringify({ kind, period: { from, to }, previous, risers }, null, 2)}\n`);
          return;
        }
        const head = `${kind === 'tag' ? 'tags' : 'entities'} rising ${from}..${to} against ${previous.from}..${previous.to}`;
        const rows = risers.map((r, k) => `${String(k + 1).padStart(3)}. ${r.value}  ${r.count} (was ${r.previous}, +${r.change})`);
        process.stdout.write(`${[head, ...(rows.length ? rows : ['  nothing rose'])].join('\n')}\n`);
      } finally {
        await store.close();
      }
    });
}
