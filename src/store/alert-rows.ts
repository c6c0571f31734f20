import type { Alert, Delivery, Watchlist } from './alert-types.js';

/** The rows of the alert tables as both backends read them (the PostgreSQL pool reads bigint as number). */
export type WatchlistRow = {
  id: number; name: string; owner: string | null; query: string; entity: string | null; tag: string | null; section: string | null;
  webhook: string | null; webhook_format: Watchlist['webhookFormat']; email: string | null; digest: Watchlist['digest'];
  created_at: string; since_article_id: number;
};
export type AlertRow = {
  id: number; watchlist_id: number; watchlist: string; kind: Alert['kind']; article_id: number | null; title: string | null;
  day: string; created_at: string; volume: string | null; read_at: string | null;
};
export type DeliveryRow = {
  id: number; watchlist_id: number; alert_id: number | null; channel: Delivery['channel']; period: string | null; status: Delivery['status'];
  attempts: number; next_at: string; last_error: string | null; sent_at: string | null; created_at: string;
};

export function toWatchlist(r: WatchlistRow): Watchlist {
  return {
    id: r.id, name: r.name, owner: r.owner, query: r.query, entity: r.entity, tag: r.tag, section: r.section, webhook: r.webhook,
    webhookFormat: r.webhook_format, email: r.email, digest: r.digest, createdAt: r.created_at, sinceArticleId: r.since_article_id,
  };
}

export function toAlert(r: AlertRow): Alert {
  return {
    id: r.id, watchlistId: r.watchlist_id, watchlist: r.watchlist, kind: r.kind, articleId: r.article_id, title: r.title, day: r.day,
    createdAt: r.created_at, volume: r.volume ? (JSON.parse(r.volume) as Alert['volume']) : null, readAt: r.read_at,
  };
}

export function toDelivery(r: DeliveryRow): Delivery {
  return {
    id: r.id, watchlistId: r.watchlist_id, alertId: r.alert_id, channel: r.channel, period: r.period, status: r.status, attempts: r.attempts,
    nextAt: r.next_at, lastError: r.last_error, sentAt: r.sent_at, createdAt: r.created_at,
  };
}
