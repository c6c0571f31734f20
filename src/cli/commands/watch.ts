/**
 * `jianbao watch add|list|remove|alerts|read|deliver|outbox`: watchlists (saved searches that alert), the alerts
 * they raised, and sending them out by webhook and e-mail, all through the core's watchlist service.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { count, JianbaoError, type Alert, type Delivery, type WatchlistView } from '../../core/index.js';
import { withCore } from '../core.js';
import { addAllowOptions, dbOption } from '../options.js';
import { type Cli, CommandExit } from '../io.js';

/** `--allow-private` / `--allow-networks`, passed to the configuration by withCore. */
interface AllowOpts {
  allowPrivate?: boolean;
  allowNetworks?: string;
}

interface AddOpts extends AllowOpts {
  db: string;
  who?: string;
  query?: string;
  entity?: string;
  tag?: string;
  section?: string;
  webhook?: string;
  webhookFormat?: 'json' | 'wecom' | 'dingtalk';
  email?: string;
  digest?: 'daily' | 'weekly';
  owner?: string;
  shared?: boolean;
}

/** Parser of `--now`: an ISO time (for running a digest or a retry as of another time). */
function instant(value: string): Date {
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw new InvalidArgumentError('expected a time such as 2026-12-07T08:00:00+08:00');
  return new Date(t);
}

const whoOption = () => new Option('--who <user>', 'act as this user (default $USER)');

/** Registers the `watch` command. */
export function registerWatch(program: Command, cli: Cli): void {
  const watch = program.command('watch').description('watchlists: saved searches that alert in the app, by webhook and by e-mail');

  addAllowOptions(watch
    .command('add')
    .description('add a watchlist; new articles matching it raise one alert each')
    .argument('<name>', 'the watchlist name')
    .option('--query <q>', 'what to watch, in the search syntax (e.g. "工信部 芯片", "华为 OR 中兴")')
    .option('--entity <name>', 'only articles naming this organisation (any of its names)')
    .option('--tag <tag>', 'only articles with this tag')
    .option('--section <name>', 'only articles under this section')
    .option('--webhook <url>', 'POST each alert here (JSON; 企业微信 and 钉钉 robot URLs get their text/markdown message)')
    .addOption(new Option('--webhook-format <format>', 'body of the webhook POST (default: by host)').choices(['json', 'wecom', 'dingtalk']))
    .option('--email <address>', 'e-mail each alert (or the digest) here')
    .addOption(new Option('--digest <every>', 'e-mail one digest a day or a week instead of each alert').choices(['daily', 'weekly']))
    .option('--owner <user>', 'whose watchlist it is (admins; default yourself)')
    .option('--shared', 'a shared watchlist everyone sees (admins)')
    .addOption(whoOption())
    .addOption(dbOption()))
    .action(async (name: string, opts: AddOpts) => {
      if (opts.shared && opts.owner !== undefined) throw new JianbaoError('invalid-input', '--shared', '--owner 和 --shared 只能给一个 (give --owner or --shared, not both)');
      const input = {
        name, query: opts.query ?? '', entity: opts.entity ?? null, tag: opts.tag ?? null, section: opts.section ?? null,
        webhook: opts.webhook ?? null, webhookFormat: opts.webhookFormat, email: opts.email ?? null, digest: opts.digest ?? null,
        owner: opts.shared ? null : opts.owner,
      };
      const w = await withCore(cli, opts, (jianbao, actor) => jianbao.watchlists.add(actor, input));
      cli.stdout.write(`watchlist ${w.name}: ${describe(w)}\n`);
    });

  watch
    .command('list')
    .description('list your watchlists and the shared ones')
    .option('--json', 'print one JSON array')
    .addOption(whoOption())
    .addOption(dbOption())
    .action(async (opts: { json?: boolean; db: string; who?: string }) => {
      const list = await withCore(cli, opts, (jianbao, actor) => jianbao.watchlists.list(actor), { mustExist: true });
      cli.stdout.write(opts.json ? `${JSON.stringify(list, null, 2)}\n` : list.map((w) => `${w.name}: ${describe(w)}\n`).join('') || 'no watchlists\n');
    });

  watch
    .command('remove')
    .description('remove a watchlist with its alerts')
    .argument('<name>', 'the watchlist name')
    .addOption(whoOption())
    .addOption(dbOption())
    .action(async (name: string, opts: { db: string; who?: string }) => {
      const w = await withCore(cli, opts, (jianbao, actor) => jianbao.watchlists.remove(actor, name), { mustExist: true });
      cli.stdout.write(`removed watchlist ${w.name}\n`);
    });

  watch
    .command('alerts')
    .description('your alerts, newest first, with the unread count')
    .option('--unread', 'only unread ones')
    .addOption(new Option('--limit <n>', 'at most this many').argParser((v) => positiveInt(v)).default(50))
    .option('--json', 'print one JSON object {unread, alerts}')
    .addOption(whoOption())
    .addOption(dbOption())
    .action(async (opts: { unread?: boolean; limit: number; json?: boolean; db: string; who?: string }) => {
      const r = await withCore(cli, opts, (jianbao, actor) => jianbao.watchlists.alerts(actor, { unreadOnly: Boolean(opts.unread), limit: opts.limit }), { mustExist: true });
      if (opts.json) cli.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
      else cli.stdout.write(`${count(r.unread, 'unread alert')}\n${r.alerts.map(alertLine).join('')}`);
    });

  watch
    .command('read')
    .description('mark alerts read')
    .argument('[ids...]', 'alert ids (as `watch alerts` shows them)')
    .option('--all', 'every alert you see')
    .addOption(whoOption())
    .addOption(dbOption())
    .action(async (ids: string[], opts: { all?: boolean; db: string; who?: string }) => {
      if (!opts.all && !ids.length) throw new JianbaoError('invalid-input', 'watch read', '请给出提醒编号或 --all (give alert ids or --all)');
      const which = opts.all ? ('all' as const) : ids.map(alertId);
      const r = await withCore(cli, opts, (jianbao, actor) => jianbao.watchlists.markRead(actor, which), { mustExist: true });
      cli.stdout.write(`${count(r.marked, 'alert')} marked read\n`);
    });

  addAllowOptions(watch
    .command('deliver')
    .description('match new articles, then send the due alerts and digests once (what the alert job runs)')
    .addOption(new Option('--now <time>', 'run as of this time (digests due then, retries due then)').argParser(instant))
    .addOption(whoOption())
    .addOption(dbOption()))
    .action(async (opts: AllowOpts & { now?: Date; db: string; who?: string }) => {
      const r = await withCore(cli, opts, (jianbao, actor) => jianbao.watchlists.deliver(actor, opts.now), { mustExist: true });
      cli.stdout.write(
        `${count(r.articles, 'article')} matched: ${count(r.alerts, 'new alert')}, ${count(r.volume, 'volume alert')}; ` +
          `${count(r.queued, 'digest')} queued; ${r.sent} sent, ${r.retrying} to retry, ${r.dead} given up\n`,
      );
      if (r.dead) throw new CommandExit(1);
    });

  watch
    .command('outbox')
    .description('deliveries: sent, waiting and failed (with their error)')
    .argument('[name]', 'only this watchlist')
    .option('--json', 'print one JSON array')
    .addOption(whoOption())
    .addOption(dbOption())
    .action(async (name: string | undefined, opts: { json?: boolean; db: string; who?: string }) => {
      const list = await withCore(cli, opts, (jianbao, actor) => jianbao.watchlists.deliveries(actor, name), { mustExist: true });
      cli.stdout.write(opts.json ? `${JSON.stringify(list, null, 2)}\n` : list.map(deliveryLine).join('') || 'no deliveries\n');
    });
}

/** An alert id as `watch alerts` shows it (`12` or `#12`). */
function alertId(value: string): number {
  const n = Number(value.replace(/^#/, ''));
  if (!Number.isInteger(n) || n <= 0) throw new JianbaoError('invalid-input', value, '不是提醒编号，可用 jianbao watch alerts 查看 (not an alert id (see jianbao watch alerts))');
  return n;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`${value}: expected a positive whole number`);
  return n;
}

/** `query "…"; entity 工信部; webhook …; e-mail a@b (daily digest); owner alice` */
function describe(w: WatchlistView): string {
  const parts = [
    w.query && `query “${w.query}”`, w.entity && `entity ${w.entity}`, w.tag && `tag ${w.tag}`, w.section && `section ${w.section}`,
    w.webhook && `webhook ${w.webhook} (${w.webhookFormat})`, w.email && `e-mail ${w.email}${w.digest ? ` (${w.digest} digest)` : ''}`,
    `owner ${w.owner ?? '(shared)'}`,
  ];
  return parts.filter(Boolean).join('; ');
}

function alertLine(a: Alert): string {
  const what = a.kind === 'volume' && a.volume ? `${a.volume.count} matches today, trailing mean ${a.volume.mean}` : `#${a.articleId} ${a.title ?? '(removed)'}`;
  return `${a.readAt ? ' ' : '*'} ${a.id}  ${a.day}  [${a.watchlist}] ${what}\n`;
}

function deliveryLine(d: Delivery): string {
  const what = d.channel === 'digest' ? `digest ${d.period}` : `alert ${d.alertId}`;
  const state = d.status === 'sent' ? `sent ${d.sentAt}` : d.status === 'dead' ? 'given up' : `next try ${d.nextAt}`;
  return `${d.id}  ${d.channel}  ${what}  ${state}  (${count(d.attempts, 'attempt')})${d.lastError ? `  error: ${d.lastError}` : ''}\n`;
}
