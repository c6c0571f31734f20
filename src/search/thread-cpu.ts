import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on Linux whatever the kernel's HZ). */
const TICKS = 100;

/**
 * CPU seconds used so far by the calling thread (user + system), from /proc/thread-self/stat; null where there is
 * no /proc (not Linux). Node 20 has no per-thread CPU clock, and process.cpuUsage() counts worker threads too.
 */
export function threadCpuSeconds(): number | null {
  let stat: string;
  try {
    stat = readFileSync('/proc/thread-self/stat', 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) may hold spaces; fields 14 and 15 (utime, stime) count from after its ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS;
}
