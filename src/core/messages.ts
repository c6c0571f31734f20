/**
 * What the core tells the user besides its result: information ("9 page header lines removed") and warnings
 * ("no date found") kept apart, so information never counts as a warning.
 */
export interface Message {
  level: 'info' | 'warning';
  /** A stable name for the kind of message (`header-lines-removed`, `no-date`), for tests and filters. */
  code: string;
  /** One line in the user's words. */
  message: string;
  /** The input line it is about (1-based), when there is one. */
  line?: number;
}

/** An information message: what was done, nothing to check. */
export const info = (code: string, message: string, line?: number): Message => ({ level: 'info', code, message, ...(line !== undefined ? { line } : {}) });

/** A warning: what could not be understood, for the user to check. */
export const warning = (code: string, message: string, line?: number): Message => ({ level: 'warning', code, message, ...(line !== undefined ? { line } : {}) });

/**
 * Messages as stored or handed over: plain strings (what stores held before messages, and bulletins built
 * without them) are warnings with the code `legacy`, so nothing once counted as a warning stops counting.
 */
export function readMessages(entries: readonly (string | Message)[]): Message[] {
  return entries.map((e) => (typeof e === 'string' ? warning('legacy', e) : e));
}

/** How many of the messages are warnings. */
export const warningCount = (messages: readonly Message[]): number => messages.filter((m) => m.level === 'warning').length;
