import { invalidInput, JianbaoError } from '../core/errors.js';

/**
 * The error as `<input>: <problem>`, the form every user-facing error takes: returned as is when it is a
 * JianbaoError already naming the input, else wrapped (the original kept as `cause`, for DEBUG traces). A file
 * that cannot be read or parsed is invalid input, unless a lower layer said otherwise (not found, unavailable).
 */
export function inputError(input: string, err: unknown): Error {
  const named = err instanceof Error && err.message.startsWith(`${input}: `);
  if (named && err instanceof JianbaoError) return err;
  const problem = err instanceof Error ? (named ? err.message.slice(input.length + 2) : err.message) : String(err);
  return err instanceof JianbaoError ? new JianbaoError(err.kind, input, problem, { cause: err }) : invalidInput(input, problem, err);
}
