import { InvalidArgumentError, Option } from 'commander';

/** Parses a positive integer argument (issue id, article id, count), or a usage error. */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

/** Parses an ISO date YYYY-MM-DD that names a real day, or a usage error. */
export function isoDate(value: string): string {
  const time = Date.parse(`${value}T00:00:00Z`);
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
  if (!ok) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return value;
}

/** Splits a list given as `a,b`, `a，b` or `a、b` into trimmed non-empty names. */
export function nameList(value: string): string[] {
  return value.split(/[,，、;；]/).map((s) => s.trim()).filter(Boolean);
}

/** `--who NAME`: who makes a change, for the edit log (default $USER). */
export function whoOption(): Option {
  return new Option('--who <name>', 'who makes the change, for the edit log (default: $USER)');
}
