import type { Drain } from './shutdown.js';
import type { Actor, Session } from '../core/index.js';

/** What the auth middleware puts on every request after it (see ./security.ts). */
export interface WebEnv {
  Variables: {
    /** The logged-in user. */
    actor: Actor;
    /** The session's CSRF token: forms carry it as `_csrf`, htmx as header `X-CSRF-Token`. */
    csrf: string;
    session: Session;
    /** The client's address (for login throttling). */
    client: string;
    /** Counts the user's unread alerts for the nav (called only when a whole page is drawn). */
    unreadAlerts: () => Promise<number>;
  };
}

/** How the web app is set up. */
export interface WebOptions {
  /** Mark the session cookie Secure (behind https). Default: false, for http://127.0.0.1. */
  secureCookies?: boolean;
  /** Counts the requests in flight for a shutdown, and refuses new ones once it began (see ./shutdown.ts). */
  drain?: Drain;
}
