/**
 * The error as `<input>: <problem>`, the form every user-facing error takes: returned as is when its message
 * already names the input, else wrapped (the original kept as `cause`, for DEBUG traces).
 */
export function inputError(input: string, err: unknown): Error {
  if (err instanceof Error && err.message.startsWith(`${input}: `)) return err;
  const problem = err instanceof Error ? err.message : String(err);
  return new Error(`${input}: ${problem}`, { cause: err });
}
