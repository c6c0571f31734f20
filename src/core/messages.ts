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
