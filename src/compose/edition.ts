import type { Candidate, Edition } from './types.js';

/** The names of an edition's interests, the article's text and enrichment lists, all compared as written. */
function mentions(c: Candidate, name: string): boolean {
  return c.title.includes(name) || c.body.includes(name);
}

/**
 * Whether a candidate belongs in an edition. Tags and entities match enrichment's lists when the candidate has
 * them, else (before enrichment is stored) by the name appearing in title or body; regions always by keyword.
 * Each non-empty criterion must match at least one of its names; an edition with no criteria takes everything.
 */
export function matchesEdition(c: Candidate, edition: Edition): boolean {
  const by = (names: string[], enriched: string[] | undefined) =>
    !names.length || names.some((n) => (enriched ? enriched.includes(n) : false) || mentions(c, n));
  return by(edition.tags, c.tags) && by(edition.entities, c.entities) && by(edition.regions, undefined);
}

/** Section order for an edition: its own list first, then the house sections it did not name. */
export function editionSectionOrder(house: string[], edition: Edition | null): string[] {
  if (!edition?.sections.length) return house;
  return [...edition.sections, ...house.filter((s) => !edition.sections.includes(s))];
}
