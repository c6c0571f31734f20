/** Poll intervals as users write them: `30m`, `2h`, `1d`, `90s`. */
import { invalidInput } from '../core/errors.js';

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** Shortest interval accepted: polling a site more often than this is impolite. */
export const MIN_INTERVAL_SECONDS = 60;

/** Seconds in an interval like `30m`; throws `<text>: <problem>` for anything else. */
export function parseInterval(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([smhd])\s*$/i.exec(text);
  if (!m) throw invalidInput(text, '不是有效的间隔，请写成 30m、2h 或 1d 这样 (not an interval (write e.g. 30m, 2h or 1d))');
  const seconds = Math.round(Number(m[1]) * UNIT_SECONDS[m[2].toLowerCase()]);
  if (seconds < MIN_INTERVAL_SECONDS) throw invalidInput(text, `间隔太短，至少 ${MIN_INTERVAL_SECONDS / 60}m (interval too short (at least ${MIN_INTERVAL_SECONDS / 60}m))`);
  return seconds;
}

/** The largest whole unit that writes `seconds` exactly: 1800 → `30m`. */
export function formatInterval(seconds: number): string {
  for (const unit of ['d', 'h', 'm'] as const) {
    if (seconds % UNIT_SECONDS[unit] === 0) return `${seconds / UNIT_SECONDS[unit]}${unit}`;
  }
  return `${seconds}s`;
}
