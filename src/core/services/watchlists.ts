import { z } from 'zod';
import { compileWatch } from '../../alerts/match.js';
import { addressPolicy, hostRefusal } from '../../fetch/address-policy.js';
import { sharedAliases } from '../../search/aliases.js';
import type { Alert, Delivery, Watchlist, WebhookFormat } from '../../store/alert-types.js';
import { authorize, can, refusal, ROLE_NAMES, type Actor } from '../actor.js';
import { deliverDue, digestsDue, type DeliveryRun } from '../alerting/deliver.js';
import { matchNewArticles, type MatchRun } from '../alerting/match-new.js';
import type { CoreContext } from '../context.js';
import { conflict, forbidden, invalidInput, notFound } from '../errors.js';
import { parseInput } from '../inputs.js';

const optionalText = z.string().trim().min(1).nullable().default(null);
const watchInput = z.object({
  name: z.string().trim().min(1).max(100),
  query: z.string().trim().max(1000).default(''),
  entity: optionalText,
  tag: optionalText,
  section: optionalText,
  webhook: optionalText,
  /** How the webhook body is shaped; by default from its host (企业微信, 钉钉), else jianbao's JSON. */
  webhookFormat: z.enum(['json', 'wecom', 'dingtalk']).optional(),
  email: z.email().nullable().default(null),
  digest: z.enum(['daily', 'weekly']).nullable().default(null),
  /** The owner: the actor by default; null (shared) or another user's name for admins only. */
  owner: z.string().trim().min(1).nullable().optional(),
});
export type WatchlistInput = z.input<typeof watchInput>;

const alertsInput = z.object({ unreadOnly: z.boolean().default(false), limit: z.number().int().positive().max(1000).default(100) });
export type AlertsInput = z.input<typeof alertsInput>;

/** A watchlist as the service returns it: the webhook's query string (robot keys, tokens) shown as `?…`. */
export type WatchlistView = Watchlist;

/** Watchlists and their alerts: any user's own, admins' shared; in the app, by webhook and by e-mail. */
export class WatchlistService {
  constructor(private readonly ctx: CoreContext) {}

  /** Adds a watchlist that alerts on articles stored from now on. */
  async add(actor: Actor, input: WatchlistInput): Promise<WatchlistView> {
    authorize(actor, 'archive.read', 'keep watchlists');
    const w = parseInput(watchInput, input, 'watchlist');
    const owner = w.owner === undefined ? actor.id : w.owner;
    if (owner !== actor.id && !can(actor, 'admin')) throw forbidden(actor.id, `${ROLE_NAMES[actor.role]}只能管理自己的关注列表 (a ${actor.role} may only keep their own watchlists)`);
    if (w.digest && !w.email) throw invalidInput('watchlist.digest', '摘要通过邮件发送，请同时填写邮箱地址 (a digest goes by e-mail: give an e-mail address too)');
    const inferred = w.webhook ? this.checkWebhook(w.webhook) : 'json';
    const webhookFormat = w.webhookFormat ?? inferred;
    const fields = { name: w.name, owner, query: w.query, entity: w.entity, tag: w.tag, section: w.section, webhook: w.webhook, webhookFormat, email: w.email, digest: w.digest };
    try {
      compileWatch({ ...fields, id: 0, createdAt: '', sinceArticleId: 0 }, sharedAliases());
    } catch (e) {
      throw invalidInput('watchlist.query', (e as Error).message.replace(/^query: /, ''));
    }
    const added = await this.ctx.store.alerts.addWatchlist(fields, this.ctx.now().toISOString());
    if (!added) throw conflict(`watchlist ${w.name}`, '已有同名的关注列表 (a watchlist of that name exists already)');
    await this.ctx.record(actor, { action: 'watchlist.add', object: `watchlist:${added.name}`, detail: describe(added), after: view(added) });
    return view(added);
  }

  /** The watchlists the actor sees: their own and the shared ones (an admin: every one). */
  async list(actor: Actor): Promise<WatchlistView[]> {
    authorize(actor, 'archive.read', 'keep watchlists');
    return (await this.visible(actor, can(actor, 'admin'))).map(view);
  }

  /** Removes a watchlist with its alerts (the owner's own; shared and others' ones: admins). */
  async remove(actor: Actor, name: string): Promise<WatchlistView> {
    authorize(actor, 'archive.read', 'keep watchlists');
    const found = await this.ctx.store.alerts.getWatchlist(parseInput(z.string().trim().min(1), name, 'watchlist'));
    if (!found || (found.owner !== actor.id && found.owner !== null && !can(actor, 'admin'))) throw notFound(`watchlist ${name}`, '没有这个关注列表 (no such watchlist)');
    if (found.owner !== actor.id && !can(actor, 'admin')) throw forbidden(actor.id, refusal(actor, '删除共享的关注', 'remove a shared watchlist'));
    await this.ctx.store.alerts.removeWatchlist(found.name);
    await this.ctx.record(actor, { action: 'watchlist.remove', object: `watchlist:${found.name}`, detail: describe(found), before: view(found) });
    return view(found);
  }

  /** The actor's alerts (from their own and the shared watchlists), newest first, and how many are unread. */
  async alerts(actor: Actor, input: AlertsInput = {}): Promise<{ unread: number; alerts: Alert[] }> {
    authorize(actor, 'archive.read', 'read alerts');
    const options = parseInput(alertsInput, input, 'alerts');
    const ids = (await this.visible(actor, false)).map((w) => w.id);
    const [unread, alerts] = await Promise.all([this.ctx.store.alerts.unreadCount(ids, actor.id), this.ctx.store.alerts.listAlerts(ids, actor.id, options)]);
    return { unread, alerts };
  }

  /** How many alerts the actor has not read (one query: the workbench shows it on every page). */
  async unread(actor: Actor): Promise<number> {
    authorize(actor, 'archive.read', 'read alerts');
    return this.ctx.store.alerts.unreadFor(actor.id);
  }

  /** Marks alerts read for the actor (`all`: every one they see); returns how many were newly marked. */
  async markRead(actor: Actor, alertIds: number[] | 'all'): Promise<{ marked: number }> {
    authorize(actor, 'archive.read', 'read alerts');
    const ids = (await this.visible(actor, false)).map((w) => w.id);
    const which = alertIds === 'all'
      ? (await this.ctx.store.alerts.listAlerts(ids, actor.id, { unreadOnly: true, limit: 100_000 })).map((a) => a.id)
      : parseInput(z.array(z.number().int().positive()).max(10_000), alertIds, 'alerts');
    const marked = await this.ctx.store.alerts.markRead(which, ids, actor.id, this.ctx.now().toISOString());
    return { marked };
  }

  /** The outbox of the watchlists the actor sees, newest first: what was sent, what waits, what failed and why. */
  async deliveries(actor: Actor, name?: string): Promise<Delivery[]> {
    authorize(actor, 'archive.read', 'read alerts');
    const visible = await this.visible(actor, can(actor, 'admin'));
    const chosen = name === undefined ? visible : visible.filter((w) => w.name === name);
    if (name !== undefined && !chosen.length) throw notFound(`watchlist ${name}`, '没有这个关注列表 (no such watchlist)');
    const all = await Promise.all(chosen.map((w) => this.ctx.store.alerts.listDeliveries(w.id, 100)));
    return all.flat().sort((a, b) => b.id - a.id);
  }

  /** Matches the articles stored since the last run against every watchlist (what a job runs after a fetch). */
  async match(actor: Actor): Promise<MatchRun> {
    authorize(actor, 'archive.write', 'run alerting');
    return matchNewArticles(this.ctx);
  }

  /** Matches, then sends what is due: single alerts, and the digests due at `now`. */
  async deliver(actor: Actor, now: Date = this.ctx.now()): Promise<MatchRun & DeliveryRun & { queued: number }> {
    authorize(actor, 'archive.write', 'run alerting');
    const matched = await matchNewArticles(this.ctx);
    return { ...matched, ...(await digestsDue(this.ctx, now)) };
  }

  /** System work for job handlers (no actor): sends the deliveries due at `now`. */
  deliverPending(now: Date = this.ctx.now()): Promise<DeliveryRun> {
    return deliverDue(this.ctx, now);
  }

  /** System work for job handlers (no actor): queues the digests due at `now` and sends what is due. */
  sendDigests(now: Date = this.ctx.now()): Promise<DeliveryRun & { queued: number }> {
    return digestsDue(this.ctx, now);
  }

  /** System work for job handlers (no actor): matches the articles stored since the last run. */
  matchNew(): Promise<MatchRun> {
    return matchNewArticles(this.ctx);
  }

  private async visible(actor: Actor, everyone: boolean): Promise<Watchlist[]> {
    return (await this.ctx.store.alerts.listWatchlists()).filter((w) => everyone || w.owner === actor.id || w.owner === null);
  }

  /** Refuses a webhook that is not http(s), carries a password, or names an internal host the policy refuses; its format by host. */
  private checkWebhook(raw: string): WebhookFormat {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw invalidInput('watchlist.webhook', '不是有效的网址 (not a valid URL)');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw invalidInput('watchlist.webhook', `只支持 http 和 https，不支持 ${url.protocol} (only http and https, not ${url.protocol})`);
    if (url.username || url.password) throw invalidInput('watchlist.webhook', '网址中不能带用户名或密码 (a user name or password in the URL is not stored)');
    const why = hostRefusal(url, addressPolicy(this.ctx.config.fetch.allowNetworks, this.ctx.config.fetch.allowPrivate));
    if (why) throw invalidInput('watchlist.webhook', why);
    if (url.hostname === 'qyapi.weixin.qq.com') return 'wecom';
    if (url.hostname === 'oapi.dingtalk.com') return 'dingtalk';
    return 'json';
  }
}

/** The watchlist with its webhook's query string (where robots keep their keys) replaced by `?…`. */
function view(w: Watchlist): WatchlistView {
  if (!w.webhook) return w;
  const url = new URL(w.webhook);
  return { ...w, webhook: url.search ? `${url.origin}${url.pathname}?…` : w.webhook };
}

function describe(w: Watchlist): string {
  const what = [w.query, w.entity && `entity:${w.entity}`, w.tag && `tag:${w.tag}`, w.section && `section:${w.section}`].filter(Boolean).join(' ');
  return `${w.name}：${what}`;
}
