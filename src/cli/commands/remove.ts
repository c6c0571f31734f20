import { InvalidArgumentError, type Command } from 'commander';
import { count, entries, KEEP_DAYS } from '../../core/index.js';
import { withCore } from '../core.js';
import { dbOption } from '../options.js';
import type { Cli } from '../io.js';

/** A stored issue's id: a positive integer (`#3` accepted, as `list` and `import` print it). */
function issueId(value: string): number {
  const n = Number(value.replace(/^#/, ''));
  if (!Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError(`"${value}" is not an issue id (a positive number, as \`jianbao list\` shows)`);
  return n;
}

/**
 * `jianbao remove ISSUE [--db PATH]`: removes a stored issue and everything derived from it (articles,
 * enrichment, document frequencies, same-event groups, search index, draft entries and their 另见 lines), which
 * `jianbao undo` puts back within KEEP_DAYS days.
 */
export function registerRemove(program: Command, cli: Cli): void {
  program
    .command('remove')
    .description('remove a stored issue and everything derived from it')
    .argument('<issue>', 'issue id, as `jianbao list` shows it', issueId)
    .addOption(dbOption())
    .action(async (id: number, opts: { db?: string }) => {
      const removed = await withCore(cli, opts, (jianbao, actor) => jianbao.issues.remove(actor, id), { mustExist: true });
      const drafts = removed.takenFrom.map((t) => `${entries(t.entries)} taken out of draft #${t.draftId}`);
      cli.stdout.write(`removed issue #${id}: ${count(removed.articles, 'article')} and everything derived from them${drafts.length ? ` (${drafts.join(', ')})` : ''}\n`);
      cli.stdout.write(`${KEEP_DAYS} 天内可用 jianbao undo 撤销 (jianbao undo puts it back within ${KEEP_DAYS} days)\n`);
    });
}
