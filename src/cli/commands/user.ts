import { type Command, Option } from 'commander';
import { ROLES, type User } from '../../core/index.js';
import { withCore } from '../core.js';
import { dbOption } from '../options.js';
import type { Cli } from '../io.js';

/** Reads a password from stdin (one line; the trailing newline is not part of it). */
async function readPassword(cli: Cli): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of cli.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** `jianbao user add|list|remove`: the workbench's accounts. */
export function registerUser(program: Command, cli: Cli): void {
  const user = program.command('user').description('workbench accounts: add, list, remove');

  user
    .command('add')
    .description('add a user; prints a one-time password unless --password-stdin gives one')
    .argument('<name>', 'user name')
    .addOption(new Option('--role <role>', 'what the user may do').choices(ROLES).makeOptionMandatory())
    .option('--edition <name>', "a reader's edition (the published issues they see)")
    .option('--password-stdin', 'read the password from stdin (at least 10 characters)')
    .addOption(dbOption())
    .action(async (name: string, opts: { role: (typeof ROLES)[number]; edition?: string; passwordStdin?: boolean; db: string }) => {
      const password = opts.passwordStdin ? await readPassword(cli) : undefined;
      const added = await withCore(cli, opts, (jianbao, actor) => jianbao.users.add(actor, { name, role: opts.role, edition: opts.edition ?? null, password }));
      cli.stdout.write(`added ${added.user.role} ${added.user.name}${added.user.edition ? ` (edition ${added.user.edition})` : ''}\n`);
      if (added.generated) cli.stdout.write(`one-time password: ${added.password}\n`);
    });

  user
    .command('list')
    .description('list the users')
    .option('--json', 'print one JSON array')
    .addOption(dbOption())
    .action(async (opts: { json?: boolean; db: string }) => {
      const users = await withCore(cli, opts, (jianbao, actor) => jianbao.users.list(actor), { mustExist: true });
      cli.stdout.write(opts.json ? `${JSON.stringify(users, null, 2)}\n` : users.map(line).join('') || 'no users (add one with jianbao user add NAME --role admin)\n');
    });

  user
    .command('remove')
    .description('remove a user and end their sessions')
    .argument('<name>', 'user name')
    .addOption(dbOption())
    .action(async (name: string, opts: { db: string }) => {
      const removed = await withCore(cli, opts, (jianbao, actor) => jianbao.users.remove(actor, { name }), { mustExist: true });
      cli.stdout.write(`removed ${removed.role} ${removed.name}\n`);
    });
}

function line(u: User): string {
  return `${u.name}  ${u.role}${u.edition ? `  edition ${u.edition}` : ''}  added ${u.createdAt}\n`;
}
