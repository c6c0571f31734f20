import type { Triage, TriagePatch } from './triage-types.js';

/** A row of article_triage as both backends read it (tags as JSON text). */
export interface TriageRow {
  article_id: number;
  state: Triage['state'];
  section: string | null;
  duplicate_of: number | null;
  tags: string;
  note: string | null;
  updated_at: string;
  updated_by: string;
}

/** The triage a row holds. */
export function triageOf(r: TriageRow): Triage {
  return {
    state: r.state, section: r.section, duplicateOf: r.duplicate_of, tags: JSON.parse(r.tags) as string[], note: r.note,
    updatedAt: r.updated_at, updatedBy: r.updated_by,
  };
}

/** The triage after a patch: fields given replace, the rest stay; a first triage starts from `new`. */
export function mergeTriage(before: Triage | null, patch: TriagePatch, at: string, by: string): Triage {
  const base: Triage = before ?? { state: 'new', section: null, duplicateOf: null, tags: [], note: null, updatedAt: at, updatedBy: by };
  const next = { ...base, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)), updatedAt: at, updatedBy: by } as Triage;
  // A section belongs to a keep, a duplicate_of to a duplicate: leaving that state drops them.
  if (next.state !== 'kept') next.section = null;
  if (next.state !== 'duplicate') next.duplicateOf = null;
  return next;
}
