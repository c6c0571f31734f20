/**
 * What one run of the command line reads and writes. The binary gives it the process's streams and environment
 * (main.ts); a test gives it buffers and its own settings, and runs the same program in its own process.
 */

/** A place text is written to: the process's stdout or stderr, or a buffer. */
export interface Output {
  write(text: string): unknown;
  /** A terminal: progress bars are drawn, help is wrapped to its width. */
  readonly isTTY?: boolean;
  /** The terminal's width. */
  readonly columns?: number;
}

/** The streams and settings of a run. The working directory stays the process's (file arguments are read from it). */
export interface CliIo {
  stdout: Output;
  stderr: Output;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

/** The options every command takes before or after its name: `--config FILE`, `--knowledge DIR`. */
export interface GlobalFlags {
  config?: string;
  knowledge?: string;
}

/** A run of the program: its streams, terminal-safe (terminal.ts), and the global options it was given. */
export interface Cli extends CliIo {
  globals: GlobalFlags;
}

/**
 * Ends a command with a failing exit code after it printed its output (an import with a failed file, a failed
 * evaluation): run() returns the code; no line is printed for it.
 */
export class CommandExit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}
