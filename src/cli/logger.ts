import type { Command } from 'commander';
import { pino, type Logger } from 'pino';
import type { Output } from './io.js';

/**
 * The command's logger: pino JSON lines on the run's stderr with `--verbose`, silent otherwise, so stdout stays
 * the command's output alone.
 */
export function loggerFor(command: Command, out: { stderr: Output }): Logger {
  const { verbose } = command.optsWithGlobals<{ verbose?: boolean }>();
  return pino({ name: 'jianbao', level: verbose ? 'debug' : 'silent' }, { write: (line: string) => out.stderr.write(line) });
}
