/** Dates as printed in Chinese and Western headers: 2021.10.21, 2021-10-21, 2021/10/21, 2021年10月21日. */
const DATE = /((?:19|20)\d{2})\s*(?:[.\-/]|年)\s*(\d{1,2})\s*(?:[.\-/]|月)\s*(\d{1,2})\s*日?/u;

/** An ISO date (YYYY-MM-DD) found in a text, or null. */
export function findDate(text: string): string | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

