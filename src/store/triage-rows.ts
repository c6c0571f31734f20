import type { Triage, TriagePatch } from './triage-types.js';

/** The triage after a patch: fields given replace, the rest stay; a first triage starts from `new`. */
export function mergeTriage(before: Triage | null, patch: TriagePatch, at: string, by: string): Triage {
  const base: Triage = before ?? { state: 'new', section: null, duplicateOf: null, tags: [], note: null, updatedAt: at, updatedBy: by };
  const next = { ...base, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)), updatedAt: at, updatedBy: by } as Triage;
  // A section belongs to a keep, a duplicate_of to a duplicate: leaving that state drops them.
  if (next.state !== 'kept') next.section = null;
  if (next.state !== 'duplicate') next.duplicateOf = null;
  return next;
}
