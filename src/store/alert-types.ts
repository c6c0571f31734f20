/** Watchlists, their alerts and the outbox of deliveries, as every backend keeps them (repository `store.alerts`). */

/** How a webhook's body is shaped: jianbao's JSON, or the text/markdown message a group robot accepts. */
export type WebhookFormat = 'json' | 'wecom' | 'dingtalk';

/** How often e-mail goes out: null sends each alert as it comes, else one digest per day or week. */
export type DigestEvery = 'daily' | 'weekly';

/** A saved search that alerts its owner when new articles match. */
export interface Watchlist {
  id: number;
  name: string;
  /** The user it belongs to; null for a shared watchlist (made by an admin), seen by everyone. */
  owner: string | null;
  /** A query in the search syntax (src/search/query.ts); may be empty when a filter says what to watch. */
  query: string;
  entity: string | null;
  tag: string | null;
  section: string | null;
  webhook: string | null;
  webhookFormat: WebhookFormat;
  email: string | null;
  digest: DigestEvery | null;
  createdAt: string;
  /** Articles with an id up to this one were stored before the watchlist: they never alert it. */
  sinceArticleId: number;
}

/** A watchlist to add. */
export type NewWatchlist = Omit<Watchlist, 'id' | 'createdAt' | 'sinceArticleId'>;

/** `match`: a new article matched; `volume`: the day's matches passed k× the trailing mean. */
export type AlertKind = 'match' | 'volume';

/** One alert, as the app lists it. */
export interface Alert {
  id: number;
  watchlistId: number;
  watchlist: string;
  kind: AlertKind;
  /** The matching article (kind `match`); null for a volume alert, or once the article was removed. */
  articleId: number | null;
  /** The article's title when the alert was raised (kept after a removal); null for a volume alert. */
  title: string | null;
  /** The day (China time, YYYY-MM-DD) the alert was raised. */
  day: string;
  createdAt: string;
  /** For a volume alert: the day's matches and the trailing daily mean. */
  volume: { count: number; mean: number } | null;
  /** When the reader asking marked it read, or null. */
  readAt: string | null;
}

/** What matching reads of a new article: its text and what search filters read. */
export interface MatchCandidate {
  id: number;
  title: string;
  /** Body and captions. */
  body: string;
  section: string | null;
  date: string | null;
  source: string;
  /** A web article's canonical address; null for a bulletin article. */
  url: string | null;
  tags: string[];
  entities: string[];
}

/** The ways an alert leaves the app. */
export type Channel = 'webhook' | 'email' | 'digest';

/** One entry of the outbox: an alert (or a digest) to send on one channel. */
export interface Delivery {
  id: number;
  watchlistId: number;
  /** The alert sent; null for a digest. */
  alertId: number | null;
  channel: Channel;
  /** For a digest: the period it covers (`2026-12-05` a day, `2026-11-30/2026-12-06` a week). */
  period: string | null;
  status: 'pending' | 'sent' | 'dead';
  attempts: number;
  /** When it may next be tried (also the end of the lease of a delivery being sent). */
  nextAt: string;
  lastError: string | null;
  sentAt: string | null;
  createdAt: string;
}

/** A pair found by matching. */
export interface Match {
  watchlistId: number;
  articleId: number;
}

/** The repository of watchlists, alerts and deliveries. */
export interface AlertStore {
  /** Adds a watchlist (alerting on articles stored from now on); null when the name is taken. */
  addWatchlist(w: NewWatchlist, at: string): Promise<Watchlist | null>;
  listWatchlists(): Promise<Watchlist[]>;
  getWatchlist(name: string): Promise<Watchlist | null>;
  /** Removes a watchlist with its alerts and deliveries; the removed one, or null. */
  removeWatchlist(name: string): Promise<Watchlist | null>;
  /** Ids of articles stored since matching last looked (a trigger queues every stored article), oldest first. */
  queued(limit: number): Promise<number[]>;
  /**
   * Leaves the article queued for matching only while `like` is: a split's new part, or a merged-away article
   * stored again, holds text matching has already seen (or will see) in `like`, so it raises no alert of its own.
   */
  queueLike(articleId: number, like: number): Promise<void>;
  /** What matching reads of these articles (unknown ids left out). */
  candidates(ids: number[]): Promise<MatchCandidate[]>;
  /**
   * In one transaction: stores the matches not stored before (each (watchlist, article) pair once, whatever runs
   * twice), queues their deliveries, and takes the articles off the queue. Returns the new alerts' watchlist ids.
   */
  recordMatches(scanned: number[], matches: Match[], day: string, at: string): Promise<{ alertId: number; watchlistId: number }[]>;
  /** Match alerts per day of one watchlist, days from `from` to `to` inclusive (days without any left out). */
  dayCounts(watchlistId: number, from: string, to: string): Promise<{ day: string; count: number }[]>;
  /** Stores the day's volume alert once per watchlist and day, queueing its deliveries; false if it existed. */
  recordVolume(watchlistId: number, day: string, volume: { count: number; mean: number }, at: string): Promise<boolean>;
  /** Alerts of these watchlists, newest first, with the reader's read marks. */
  listAlerts(watchlistIds: number[], reader: string, options: { unreadOnly?: boolean; limit?: number }): Promise<Alert[]>;
  /** How many alerts of these watchlists the reader has not marked read. */
  unreadCount(watchlistIds: number[], reader: string): Promise<number>;
  /** How many alerts of the reader's own and the shared watchlists they have not marked read: one query, for every page's nav. */
  unreadFor(reader: string): Promise<number>;
  /** Marks these alerts (of these watchlists) read for the reader; returns how many were newly marked. */
  markRead(alertIds: number[], watchlistIds: number[], reader: string, at: string): Promise<number>;
  /** One alert by id (read marks left out), or null. */
  getAlert(id: number): Promise<Alert | null>;
  /** Alerts of one watchlist raised on days from `from` to `to` inclusive, oldest first (for a digest). */
  alertsBetween(watchlistId: number, from: string, to: string): Promise<Alert[]>;
  /** Queues a digest for the period once; false when it was queued before. */
  queueDigest(watchlistId: number, period: string, at: string): Promise<boolean>;
  /** The match alerts naming these articles, oldest first: what a merge moves to the article it keeps and its undo puts back. */
  alertsOf(articleIds: number[]): Promise<{ id: number; watchlistId: number; articleId: number }[]>;
  /** Points these alerts at another article, keeping their ids, read marks and deliveries (unknown ids skipped). */
  relink(alertIds: number[], articleId: number): Promise<void>;
  /** Pending deliveries due at `now`, oldest first. */
  dueDeliveries(now: string, limit: number): Promise<Delivery[]>;
  /** Takes a due delivery for sending until `leaseUntil`; false when another sender took it first. */
  claimDelivery(id: number, now: string, leaseUntil: string): Promise<boolean>;
  markSent(id: number, at: string): Promise<void>;
  /** Records a failed attempt: retried at `nextAt`, or given up (`dead`) when nextAt is null. */
  markFailed(id: number, error: string, nextAt: string | null): Promise<void>;
  /** Deliveries of a watchlist (or all), newest first. */
  listDeliveries(watchlistId?: number, limit?: number): Promise<Delivery[]>;
}
