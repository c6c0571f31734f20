/**
 * CPU seconds that processes have used, read from Linux's /proc (for the benchmarks' "where the time goes"): a
 * server with its workers, a PostgreSQL server with its backends. Null where /proc cannot be read (another OS, a
 * server on another machine).
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Linux's clock ticks per second for /proc times (USER_HZ, 100 on every common kernel). */
const TICKS = 100;

interface Stat { ppid: number; own: number; reaped: number }

function stat(pid: number): Stat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command (which may hold spaces and parentheses): state ppid … utime stime cutime cstime.
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(f[1]), own: (Number(f[11]) + Number(f[12])) / TICKS, reaped: (Number(f[13]) + Number(f[14])) / TICKS };
  } catch {
    return null;
  }
}

function children(pid: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    if (stat(Number(name))?.ppid === pid) out.push(Number(name));
  }
  return out;
}

/**
 * CPU seconds of a process and of the children it has: the live ones, and the ended ones it reaped (a server's
 * workers; a PostgreSQL postmaster's backends). Null when /proc does not have the process.
 */
export function treeCpu(pid: number): number | null {
  const own = stat(pid);
  if (!own) return null;
  return children(pid).reduce((sum, child) => sum + (stat(child)?.own ?? 0), own.own + own.reaped);
}

/** The parent of a process (a PostgreSQL backend's postmaster, from `SELECT pg_backend_pid()`), or null. */
export function parentPid(pid: number): number | null {
  return stat(pid)?.ppid ?? null;
}
