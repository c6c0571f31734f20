import writeFileAtomic from 'write-file-atomic';
import { type Command, Option } from 'commander';
import { trendChart, type TrendPeriod } from '../../core/index.js';
import { withCore } from '../core.js';
import { addFilterOptions, type FilterOptions, filtersOf, queryOf, takesQueryWords } from './search.js';
import type { Cli } from '../io.js';

/** `jianbao trend TERM|--entity E|--tag T [--by week|month] [--svg FILE]`: matching articles over time. */
export function registerTrend(program: Command, cli: Cli): void {
  addFilterOptions(
    takesQueryWords(
      program
        .command('trend')
        .description('count matching articles per week or month (zero-filled), optionally as an SVG chart')
        .argument('[query...]', 'words or a query in the search syntax (or only --entity / --tag)'),
    ),
  )
    .addOption(new Option('--by <period>', 'bucket size').choices(['week', 'month']).default('month'))
    .option('--svg <file>', 'also write a bar chart as SVG')
    .option('--json', 'print one JSON array')
    .action(async (words: string[], opts: FilterOptions & { by: TrendPeriod; svg?: string; json?: boolean }, command: Command) => {
      const query = queryOf(command, words);
      const points = await withCore(cli, opts, (jianbao, actor) => jianbao.search.trend(actor, { query, filters: filtersOf(opts), by: opts.by }), { mustExist: true });
      const label = [query, ...(opts.entity ?? []).map((e) => `实体:${e}`), ...(opts.tag ?? []).map((t) => `标签:${t}`)].join(' ');
      if (opts.svg) {
        const title = `“${label}” 相关文章数（按${opts.by === 'week' ? '周' : '月'}）`;
        const svg = await trendChart(points, title);
        try {
          writeFileAtomic.sync(opts.svg, svg);
        } catch (err) {
          throw new Error(`${opts.svg}: cannot write chart (${(err as Error).message})`);
        }
      }
      if (opts.json) {
        cli.stdout.write(`${JSON.stringify(points, null, 2)}\n`);
        return;
      }
      const peak = Math.max(1, ...points.map((p) => p.count));
      const lines = points.map((p) => `${p.bucket.padEnd(8)} ${String(p.count).padStart(6)}  ${'█'.repeat(Math.round((p.count / peak) * 40))}`);
      const total = points.reduce((n, p) => n + p.count, 0);
      lines.push(`${total} article${total === 1 ? '' : 's'} matching ${label} in ${points.length} ${opts.by}${points.length === 1 ? '' : 's'}`);
      if (opts.svg) lines.push(`chart written to ${opts.svg}`);
      cli.stdout.write(`${lines.join('\n')}\n`);
    });
}
