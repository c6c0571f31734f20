import type { Command } from 'commander';
import { pino, type Logger } from 'pino';

/**
 * The command's logger: pino JSON lines on stderr with `--verbose`, silent otherwise, so stdout stays the
 * command's output alone.
 */
export function loggerFor(command: Command): Logger {
  const { verbose } = command.optsWithGlobals<{ verbose?: boolean }>();
  return pino({ name: 'jianbao', level: verbose ? 'debug' : 'silent' }, pino.destination({ dest: 2, sync: true }));
}
