/** HTTP fetching with politeness, and URL policy/canonicalisation. */
export { createFetcher, type Fetcher, type FetcherOptions, type Fetched, type Unchanged, type Validators } from './fetcher.js';
export { FetchError, type FetchErrorKind } from './fetch-error.js';
export { canonicalizeUrl, urlDedupKey } from './canonical-url.js';
export { httpUrlOrNull, requireHttpUrl } from './url-policy.js';
export { fetchArticle } from './fetch-article.js';
