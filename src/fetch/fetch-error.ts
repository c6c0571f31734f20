/** Why a fetch failed, as a kind a caller can act on (retry later, drop the source, report). */
export type FetchErrorKind =
  | 'unsupported-url'
  | 'refused-address'
  | 'timeout'
  | 'too-large'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'http'
  | 'network';

/** A failed fetch; the message reads `<url>: <problem>`. */
export class FetchError extends Error {
  /** What went wrong. */
  readonly kind: FetchErrorKind;
  /** The URL that was being fetched. */
  readonly url: string;
  /** HTTP status for kind 'http'. */
  readonly status?: number;
  /** How long the server asked us to wait before trying again (Retry-After), in ms. */
  readonly retryAfterMs?: number;

  constructor(kind: FetchErrorKind, url: string, problem: string, status?: number, retryAfterMs?: number) {
    super(`${url}: ${problem}`);
    this.name = 'FetchError';
    this.kind = kind;
    this.url = url;
    this.status = status;
    this.retryAfterMs = retryAfterMs;
  }
}
