/** Feeds and listing pages as sources of article URLs. */
export { parseFeed, type Feed, type FeedItem, type ParseFeedOptions } from './parse-feed.js';
export { discoverArticleLinks, type ListingLink } from './listing-links.js';
export { pollSource, initialSourceState, MAX_SEEN, type Source, type SourceState, type PollResult } from './poll-source.js';
