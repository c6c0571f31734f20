/** Web page extraction: main text, metadata and charset handling. */
export { extractArticle, type ExtractedPage, type ExtractOptions } from './extract-article.js';
export { decodeBytes, type DecodedText } from './charset.js';
export { toIsoDate } from './dates.js';
