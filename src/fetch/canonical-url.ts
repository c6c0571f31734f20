/**
 * URL canonicalisation for de-duplication: the same article reached through a share link, a mobile
 * host, a tracking parameter or `index.html` must get one key.
 */
import { httpUrlOrNull } from './url-policy.js';

/** Query parameters that only track where a click came from. */
const TRACKING = /^(utm_\w+|spm|scm|from|share|share_?\w*|shareid|fbclid|gclid|dclid|msclkid|yclid|igshid|mc_cid|mc_eid|_hs\w+|ref|ref_src|ref_url|wfr|isappinstalled|tt_from|tt_medium|timestamp|sharer?_?\w*|vd_source|mkt_tok|ncid|cmpid|ocid|sr_share)$/i;
const INDEX_PAGE = /\/(index|default)\.(html?|shtml|php|aspx?|jsp)$/i;
const MOBILE_HOST = /^(m|wap|mobile|3g)\./i;

/**
 * A cleaned, still fetchable URL: lower-case host, no default port, no fragment, no tracking
 * parameters, sorted query, no trailing `index.html`. A `<link rel=canonical>` (given as `canonical`,
 * resolved against `raw`) wins when it is an http(s) URL. Returns null when `raw` is not http(s).
 */
export function canonicalizeUrl(raw: string, canonical?: string | null): string | null {
  const base = httpUrlOrNull(raw);
  if (!base) return null;
  const preferred = canonical ? httpUrlOrNull(canonical, base.href) : null;
  const u = preferred ?? base;
  u.hash = '';
  u.hostname = u.hostname.toLowerCase().replace(/\.$/, '');
  if ((u.protocol === 'http:' && u.port === '80') || (u.protocol === 'https:' && u.port === '443')) u.port = '';
  const kept = [...u.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = kept.length ? new URLSearchParams(kept).toString() : '';
  u.pathname = u.pathname.replace(INDEX_PAGE, '/');
  return u.href;
}

/**
 * The de-duplication key of a URL: its canonical form without scheme, without `www.`/`m.`/`wap.`
 * host prefixes and without a trailing slash, so desktop, mobile, http and https copies collide.
 */
export function urlDedupKey(raw: string, canonical?: string | null): string | null {
  const c = canonicalizeUrl(raw, canonical);
  if (!c) return null;
  const u = new URL(c);
  const host = u.host.replace(/^www\./i, '').replace(MOBILE_HOST, '');
  const path = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, '') : '';
  return `${host}${path}${u.search}`;
}
