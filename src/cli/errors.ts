import { inspect } from 'node:util';
import { terminalSafe } from './terminal.js';

/**
 * How the CLI reports a failure: one line `jianbao: <input>: <problem>` on stderr (the core throws messages that
 * already name the input), never a stack trace unless DEBUG names jianbao.
 */
export function errorLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return `jianbao: ${terminalSafe(message.replace(/\s*\n\s*/g, ' ').trim())}`;
}

/** The stack trace (with causes) to print after the error line when DEBUG in `env` names jianbao (DEBUG=jianbao or DEBUG=*), else null. */
export function debugTrace(err: unknown, env: NodeJS.ProcessEnv): string | null {
  return /(^|[,\s])(jianbao|\*)([,\s]|$)/.test(env.DEBUG ?? '') ? inspect(err) : null;
}
