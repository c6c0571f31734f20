import { z } from 'zod';
import { findDate } from '../clean/dates.js';
import { invalidInput } from './errors.js';

/**
 * Validation at the core's edge: the CLI and the web server hand the same plain objects to the services, which
 * parse them here once. A failure is an invalid-input error naming the field.
 */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown, name: string): T {
  const parsed = schema.safeParse(input, { error: zodInChinese });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.length ? `${name}.${issue.path.join('.')}` : name;
  throw invalidInput(field, issue.message);
}

/** Zod's own problems (too small, wrong type) in the users' zh-CN; a schema's own message stays as written. */
const zodInChinese = z.locales.zhCN().localeError;

/** An ISO date YYYY-MM-DD naming a real day. */
export const isoDay = z.string().refine((v) => {
  const time = Date.parse(`${v}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(v);
}, '请按 YYYY-MM-DD 填写日期 (expected a date as YYYY-MM-DD)');

/** An issue date as printed (2021-10-21, 2021.10.21, 2021年10月21日) as ISO, or null when it is not one. */
export function printedDate(value: string): string | null {
  return /^\d{4}\s*[.\-/年]\s*\d{1,2}\s*[.\-/月]\s*\d{1,2}\s*日?$/u.test(value.trim()) ? findDate(value) : null;
}

/** A day as a person types it in a form (the workbench's date fields are text, 年-月-日): as printed or ISO, made ISO. */
export const typedDay = z
  .string()
  .trim()
  .transform((v) => printedDate(v) ?? v)
  .pipe(isoDay);

/** A stored object's id. */
export const id = z.number().int().positive();
