import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import type { Cli } from './io.js';
import { terminalSafe } from './terminal.js';

/**
 * Per-file report lines for a command working through many files. On a terminal (stdout and stderr both TTYs)
 * the lines scroll above a progress bar; otherwise there is no bar: results go to stdout, errors to stderr,
 * one line each, so scripts and tests read them as they come.
 */
export class FileProgress {
  private readonly bars: MultiBar | null;
  private readonly bar: SingleBar | null;
  private readonly io: Cli;

  constructor(total: number, io: Cli) {
    this.io = io;
    // Only the process's own terminal gets a bar (cli-progress draws on process.stderr).
    const tty = Boolean(io.stdout.isTTY && io.stderr.isTTY);
    this.bars = tty
      ? new MultiBar({ format: ' {bar} {value}/{total} {file}', hideCursor: true, clearOnComplete: true }, Presets.shades_classic)
      : null;
    this.bar = this.bars?.create(total, 0, { file: '' }) ?? null;
  }

  /** A result line (stdout). The run's streams make it terminal-safe (program.ts); the bars' are the process's own. */
  result(line: string): void {
    if (this.bars) this.bars.log(`${terminalSafe(line)}\n`);
    else this.io.stdout.write(`${line}\n`);
  }

  /** An error line (stderr). */
  error(line: string): void {
    if (this.bars) this.bars.log(`${terminalSafe(line)}\n`);
    else this.io.stderr.write(`${line}\n`);
  }

  /** One more file done; `next` is shown as the one being worked on. */
  tick(next = ''): void {
    this.bar?.increment({ file: terminalSafe(next) });
  }

  /** Flushes pending lines and removes the bar. */
  stop(): void {
    if (!this.bars) return;
    this.bars.update();
    this.bars.stop();
  }
}
