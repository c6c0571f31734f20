/** Date strings as pages print them (ISO, `2021-10-19 08:30`, `2021年10月19日`, RFC 822) → ISO 8601. */

const pad = (n: number | string): string => String(n).padStart(2, '0');

function valid(y: number, mo: number, d: number, h = 0, mi = 0): boolean {
  return y >= 1990 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h < 24 && mi < 60;
}

/**
 * Normalises a date string to ISO 8601. Dates with a time zone keep their offset; local times keep
 * no offset rather than inventing one; bare dates stay `YYYY-MM-DD`. Returns null when no date is found.
 */
export function toIsoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})$/i.exec(s);
  if (iso) {
    const [, y, mo, d, h, mi, sec, zone] = iso;
    if (!valid(Number(y), Number(mo), Number(d), Number(h), Number(mi))) return null;
    const tz = zone.toUpperCase() === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
    return `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${tz === '+00:00' ? 'Z' : tz}`;
  }
  const local = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*T?\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?/.exec(s);
  if (local) {
    const [y, mo, d] = [Number(local[1]), Number(local[2]), Number(local[3])];
    const h = local[4] !== undefined ? Number(local[4]) : undefined;
    const mi = local[5] !== undefined ? Number(local[5]) : 0;
    if (!valid(y, mo, d, h ?? 0, mi)) return null;
    const day = `${y}-${pad(mo)}-${pad(d)}`;
    return h === undefined ? day : `${day}T${pad(h)}:${pad(mi)}:${pad(local[6] ?? 0)}`;
  }
  if (/[a-z]{3}/i.test(s)) {
    const d = new Date(s);
    if (!Number.isNaN(d.getTime()) && d.getUTCFullYear() >= 1990) return d.toISOString().replace('.000Z', 'Z');
  }
  return null;
}
