import type { MiddlewareHandler } from 'hono';
import type { Jianbao } from '../core/index.js';
import type { WebEnv } from './env.js';

/**
 * Lets the page chrome count the user's unread alerts: the count is one query, made only when a whole page is
 * drawn (not for redirects, htmx fragments or static files).
 */
export function alertCount(jianbao: Jianbao): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    const actor = c.get('actor');
    if (actor) c.set('unreadAlerts', () => jianbao.watchlists.unread(actor));
    return next();
  };
}
