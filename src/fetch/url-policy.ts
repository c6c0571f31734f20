/** Which URLs jianbao may fetch: http(s) only, never file:, javascript:, data: or other schemes. */
import { hostRefusal, type AddressPolicy } from './address-policy.js';
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

/**
 * A URL to store as a source: http(s), no user name or password (they would be stored and listed in clear), and
 * not an internal address literal or a name for this machine unless the policy allows it. Messages never
 * repeat the password.
 */
export function requireSourceUrl(raw: string, policy: AddressPolicy): URL {
  const u = requireHttpUrl(raw);
  if (u.username || u.password) {
    const shown = new URL(u.href);
    shown.username = '';
    shown.password = '';
    throw new FetchError('unsupported-url', shown.href, 'a user name or password in the URL is not stored: use a URL without credentials');
  }
  const why = hostRefusal(u, policy);
  if (why) throw new FetchError('refused-address', raw.trim(), why);
  return u;
}
