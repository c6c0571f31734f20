import { html } from 'hono/html';
import type { Html } from './layout.js';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * A search snippet (`<mark>` around matches, the rest HTML-escaped by the search module) as page HTML. The text
 * between the marks is unescaped and escaped again here, so nothing but <mark> can reach the page even if the
 * search module's escaping changed.
 */
export function marked(snippet: string): Html {
  const parts = snippet.split(/(<mark>|<\/mark>)/);
  return html`${parts.map((p) =>
    p === '<mark>' ? html`<mark>` : p === '</mark>' ? html`</mark>` : p.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e]!),
  )}`;
}
