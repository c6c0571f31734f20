import { orgData } from '../enrich/data.js';

/**
 * The names one organisation goes by, from the entity lexicon (src/enrich/data/orgs.json): its canonical name
 * and every alias (工信部, 工业和信息化部, 中华人民共和国工业和信息化部). Search reads them so that any of the names
 * finds the articles naming the organisation by another, and so that entity filters, facets and counts over time
 * treat the names as one entity under its canonical name.
 */
export interface AliasIndex {
  /** Every name of the organisation the name belongs to, canonical first; the name alone when it is not known. */
  namesOf(name: string): string[];
  /** The canonical name of a known name, else the name itself. */
  canonical(name: string): string;
  /** Every alias as written in the lexicon, with its canonical name (canonical names themselves left out). */
  canonicalOfAliases(): Record<string, string>;
}

/** Names are compared without spaces and with full-width letters and digits as ASCII, Latin in lower case. */
function key(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** Builds the index from organisation records; a name claimed by two records stays with the first. */
export function aliasIndex(orgs: { name: string; aliases: string[] }[]): AliasIndex {
  const groups = new Map<string, string[]>();
  const toCanonical: Record<string, string> = {};
  for (const o of orgs) {
    const names = [...new Set([o.name, ...o.aliases].map((n) => n.trim()).filter(Boolean))];
    for (const n of names) {
      if (groups.has(key(n))) continue;
      groups.set(key(n), names);
      if (n !== names[0]) toCanonical[n] = names[0];
    }
  }
  return {
    namesOf: (name) => groups.get(key(name)) ?? [name],
    canonical: (name) => groups.get(key(name))?.[0] ?? name,
    canonicalOfAliases: () => toCanonical,
  };
}

let shared: AliasIndex | undefined;

/** The index of the bundled entity lexicon, built once per process. */
export function sharedAliases(): AliasIndex {
  shared ??= aliasIndex(orgData());
  return shared;
}
