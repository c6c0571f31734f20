/** Which URLs jianbao may fetch: http(s) only, never file:, javascript:, data: or other schemes. */
import { FetchError } from './fetch-error.js';

/** Parses `raw` (relative to `base` when given) and returns it only when it is an http(s) URL, else null. */
export function httpUrlOrNull(raw: string, base?: string): URL | null {
  let u: URL;
  try {
    u = new URL(raw.trim(), base);
  } catch {
    return null;
  }
  return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
}

/** Like {@link httpUrlOrNull} but throws a FetchError naming the URL and the problem. */
export function requireHttpUrl(raw: string, base?: string): URL {
  const u = httpUrlOrNull(raw, base);
  if (u) return u;
  let scheme = '';
  try {
    scheme = new URL(raw.trim(), base).protocol;
  } catch {
    throw new FetchError('unsupported-url', raw, 'not a valid URL');
  }
  throw new FetchError('unsupported-url', raw, `only http and https URLs can be fetched, not ${scheme}`);
}
