import { duePeriod, chinaDay } from '../../alerts/days.js';
import { alertMail, digestMail, leadOf, webhookBody, type AlertMessage, type MailContent } from '../../alerts/messages.js';
import { SendError, WebhookSender, sendMail } from '../../alerts/send.js';
import { addressPolicy } from '../../fetch/address-policy.js';
import type { Alert, Delivery, Watchlist } from '../../store/alert-types.js';
import type { CoreContext } from '../context.js';

/** What one delivery run did. */
export interface DeliveryRun {
  sent: number;
  /** Failed attempts that will be retried. */
  retrying: number;
  /** Deliveries given up now (permanent failure, or out of attempts). */
  dead: number;
}

/** Longest wait between two attempts. */
const MAX_BACKOFF_MS = 3600_000;
/** Deliveries read per round. */
const ROUND = 100;

/**
 * Sends every delivery of the outbox that is due at `now`: each is first claimed (its next try moved past the
 * time sending may take, so a second sender running at once skips it), then sent, then marked sent. A delivery
 * marked sent is never sent again. A crash between sending and marking leaves the claim to expire, and that one
 * delivery is sent again: at most one duplicate per crash. A failure is retried after a back-off that doubles
 * with each attempt (alerts.retryBaseMs, at most an hour) until alerts.maxAttempts, then given up (`dead`) with
 * its error; a permanent failure (a refused address, a 4xx answer) is given up at once.
 */
export async function deliverDue(ctx: CoreContext, now: Date = ctx.now()): Promise<DeliveryRun> {
  const cfg = ctx.config.alerts;
  const policy = addressPolicy(ctx.config.fetch.allowNetworks, ctx.config.fetch.allowPrivate);
  const webhooks = new WebhookSender(policy, cfg.sendTimeoutMs);
  const watchlists = new Map((await ctx.store.alerts.listWatchlists()).map((w) => [w.id, w]));
  const run: DeliveryRun = { sent: 0, retrying: 0, dead: 0 };
  const at = now.toISOString();
  const lease = new Date(now.getTime() + 2 * cfg.sendTimeoutMs + 60_000).toISOString();
  const tried = new Set<number>();
  const send = async (d: Delivery, w: Watchlist): Promise<void> => {
    if (d.channel === 'webhook') {
      if (!w.webhook) throw new SendError('the watchlist has no webhook any more', true);
      await webhooks.post(w.webhook, webhookBody(await messageOf(ctx, d.alertId!), w.webhookFormat));
      return;
    }
    if (!w.email) throw new SendError('the watchlist has no e-mail address any more', true);
    if (!cfg.smtp) throw new SendError('alerts.smtp: no mail server configured (config file or JIANBAO_SMTP_URL)', false);
    const mail: MailContent = d.channel === 'digest' ? await digestOf(ctx, w, d.period!) : alertMail(await messageOf(ctx, d.alertId!));
    await sendMail({ url: cfg.smtp, from: cfg.from, timeoutMs: cfg.sendTimeoutMs }, policy, w.email, mail);
  };
  try {
    for (;;) {
      const due = (await ctx.store.alerts.dueDeliveries(at, ROUND)).filter((d) => !tried.has(d.id));
      if (!due.length) break;
      for (const d of due) {
        tried.add(d.id);
        const w = watchlists.get(d.watchlistId);
        if (!w || !(await ctx.store.alerts.claimDelivery(d.id, at, lease))) continue;
        try {
          await send(d, w);
          await ctx.store.alerts.markSent(d.id, ctx.now().toISOString());
          run.sent++;
        } catch (e) {
          const error = e instanceof Error ? e.message : String(e);
          const giveUp = (e instanceof SendError && e.permanent) || d.attempts + 1 >= cfg.maxAttempts;
          const wait = Math.min(cfg.retryBaseMs * 2 ** d.attempts, MAX_BACKOFF_MS);
          await ctx.store.alerts.markFailed(d.id, error, giveUp ? null : new Date(now.getTime() + wait).toISOString());
          if (giveUp) run.dead++;
          else run.retrying++;
        }
      }
    }
  } finally {
    await webhooks.close();
  }
  return run;
}

/**
 * Queues the digest each daily or weekly watchlist is due at `now` (the last complete day or week, from its
 * China-time hour on; once per period, and only when the period raised alerts), then delivers what is pending.
 */
export async function digestsDue(ctx: CoreContext, now: Date = ctx.now()): Promise<DeliveryRun & { queued: number }> {
  let queued = 0;
  for (const w of await ctx.store.alerts.listWatchlists()) {
    if (!w.digest || !w.email) continue;
    const period = duePeriod(w.digest, now, ctx.config.alerts.digestHour);
    if (period.to < chinaDay(new Date(w.createdAt))) continue;
    if (!(await ctx.store.alerts.alertsBetween(w.id, period.from, period.to)).length) continue;
    if (await ctx.store.alerts.queueDigest(w.id, period.key, now.toISOString())) queued++;
  }
  return { queued, ...(await deliverDue(ctx, now)) };
}

/** The alert with its article, as the messages show it. */
export async function messageOf(ctx: CoreContext, alertId: number): Promise<AlertMessage> {
  const alert = await ctx.store.alerts.getAlert(alertId);
  if (!alert) throw new SendError(`alert ${alertId}: removed`, true);
  return (await messagesOf(ctx, [alert]))[0]!;
}

async function messagesOf(ctx: CoreContext, alerts: Alert[]): Promise<AlertMessage[]> {
  const ids = alerts.flatMap((a) => (a.articleId === null ? [] : [a.articleId]));
  const byId = new Map((ids.length ? await ctx.store.alerts.candidates(ids) : []).map((c) => [c.id, c]));
  return alerts.map((alert) => {
    const c = alert.articleId === null ? undefined : byId.get(alert.articleId);
    return {
      alert,
      article: c ? { id: c.id, title: c.title, section: c.section, source: c.source, date: c.date, url: c.url, lead: leadOf(c.body) } : null,
    };
  });
}

async function digestOf(ctx: CoreContext, w: Watchlist, period: string): Promise<MailContent> {
  const [from, to = from] = period.split('/');
  const alerts = await ctx.store.alerts.alertsBetween(w.id, from!, to);
  return digestMail(w.name, w.digest ?? 'daily', from!, to, await messagesOf(ctx, alerts));
}
