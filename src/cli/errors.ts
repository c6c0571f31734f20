/**
 * How the CLI reports a failure: one line `jianbao: <input>: <problem>` on stderr, never a stack trace unless
 * DEBUG names jianbao (DEBUG=jianbao or DEBUG=*), for whoever has to fix the bug behind it.
 */
export function errorLine(err: unknown, input?: string): string {
  let message = err instanceof Error ? err.message : String(err);
  message = message.replace(/\s*\n\s*/g, ' ').trim();
  if (input !== undefined && !message.startsWith(`${input}:`)) message = `${input}: ${message}`;
  return `jianbao: ${message}`;
}

/** The stack trace to print after the error line, when DEBUG asks for it. */
export function debugTrace(err: unknown): string | null {
  const debug = process.env.DEBUG ?? '';
  if (!/(^|[,\s])(jianbao|\*)([,\s]|$)/.test(debug)) return null;
  return err instanceof Error && err.stack ? err.stack : String(err);
}
