/** One change as the audit log keeps it: who did what to which object, with the object before and after. */
export interface AuditEntry {
  /** Store id; 0 before it is recorded. */
  id: number;
  /** ISO timestamp. */
  at: string;
  /** The actor's id (user name). */
  actor: string;
  /** The actor's role when they made the change. */
  role: string;
  /** What was done, as `<object kind>.<verb>`: `issue.import`, `bulletin.edit`, `source.add`, `user.add`. */
  action: string;
  /** The object changed, as `<kind>:<id>` (`issue:3`, `bulletin:2`, `source:https://…`). */
  object: string;
  /** A one-line description in the user's words. */
  detail: string;
  /** The object (or the part of it that changed) before and after, JSON-safe; null when it did not exist. */
  before: unknown;
  after: unknown;
}

/** Which entries `list` returns, newest first; every field narrows. */
export interface AuditFilter {
  actor?: string;
  /** A kind (`bulletin:` or `bulletin`: every bulletin) or one object (`bulletin:2`, never `bulletin:21`). */
  object?: string;
  limit?: number;
  offset?: number;
}

/** The audit log: every change the core makes, appended and never edited. */
export interface AuditLog {
  /** Appends one entry; returns its id. */
  record(entry: Omit<AuditEntry, 'id'>): Promise<number>;
  /** Entries newest first, narrowed by the filter (default: the latest 100). */
  list(filter?: AuditFilter): Promise<AuditEntry[]>;
  /**
   * Holds these objects (`article:12`) until the caller's transaction ends: another transaction locking one of
   * them waits for it. A change that checks the log ("nobody changed it since") and then writes locks first, so
   * the check and the write are one step for every other writer of the object.
   */
  lock(objects: string[]): Promise<void>;
}

/** A before/after value as both backends store it: JSON text, or null for nothing. */
export function toJson(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

/** The stored JSON text back as a value. */
export function fromJson(text: string | null): unknown {
  return text === null ? null : JSON.parse(text);
}

/** How an object filter matches: a name with an id is one object; a kind alone (with or without `:`) is every object of it. */
export function objectMatch(filter: string): { exact: string } | { prefix: string } {
  const colon = filter.indexOf(':');
  if (colon < 0) return { prefix: `${filter}:` };
  return colon === filter.length - 1 ? { prefix: filter } : { exact: filter };
}
