import type { Command } from 'commander';
import { count, type EventGroup } from '../../core/index.js';
import { withCore } from '../core.js';
import { dbOption } from '../options.js';
import type { Cli } from '../io.js';

/** `jianbao groups [--json] [--db PATH]`: the same-event groups (two articles or more) across stored issues and web articles. */
export function registerGroups(program: Command, cli: Cli): void {
  program
    .command('groups')
    .description('list groups of stored articles reporting the same event')
    .addOption(dbOption())
    .option('--json', 'print one JSON array instead of text')
    .action(async (opts: { db?: string; json?: boolean }) => {
      const groups = await withCore(cli, opts, (jianbao, actor) => jianbao.enrichment.groups(actor), { mustExist: true });
      cli.stdout.write(opts.json ? `${JSON.stringify(groups, null, 2)}\n` : asText(groups));
    });
}

function asText(groups: EventGroup[]): string {
  if (!groups.length) return 'no same-event groups\n';
  const lines: string[] = [];
  for (const g of groups) {
    lines.push(`group ${g.id}: ${count(g.articles.length, 'article')}`);
    for (const a of g.articles) {
      lines.push(`    #${a.id}  ${a.issueDate ?? '(no date)'}  ${a.publication ?? '(no publication)'}  ${a.title}  (${a.source})`);
    }
  }
  return `${lines.join('\n')}\n`;
}
