/**
 * Start-up speed of the CLI as a user meets it: wall time of whole `node bin/jianbao.js …` processes, next to
 * `node -e 0` (the least any Node program costs) measured in the same rounds.
 *
 *   npm run bench:cli     (BENCH_CLI_RUNS=N rounds, default 15; also the last part of `npm run bench`)
 *
 * Targets: `jianbao --version` ≤ 3× `node -e 0`; `jianbao list` and `jianbao search 芯片` on a store holding the
 * bundled samples ≤ 0.6 s each. Every round runs each command once in turn, so all see the same machine load;
 * the figures are medians. The load average is printed with them: the machine is shared.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.BENCH_CLI_RUNS ?? 15);
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Runs one process to its end and returns its wall time in ms; a failed run stops the bench with its stderr. */
function wall(args: string[]): number {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (run.status !== 0) throw new Error(`bench-cli: node ${args.join(' ')} exited ${run.status}: ${run.stderr.trim()}`);
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dir = mkdtempSync(join(tmpdir(), 'jianbao-bench-cli-'));
try {
  // A fresh build, so no measured run includes bin/jianbao.js rebuilding a stale one.
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  const db = join(dir, 'samples.db');
  const samples = readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.txt')).map((f) => `samples/${f}`);
  execFileSync(process.execPath, ['bin/jianbao.js', 'import', ...samples, '--db', db], { cwd: ROOT, stdio: 'ignore' });

  const cases: { name: string; args: string[]; target: (ms: number, base: number) => string }[] = [
    { name: 'node -e 0 (baseline)', args: ['-e', '0'], target: () => '' },
    { name: 'jianbao --version', args: ['bin/jianbao.js', '--version'], target: (ms, base) => `≤ 3× baseline: ${ms <= 3 * base ? 'met' : 'MISSED'}` },
    { name: 'jianbao list', args: ['bin/jianbao.js', 'list', '--db', db], target: (ms) => `≤ 600 ms: ${ms <= 600 ? 'met' : 'MISSED'}` },
    { name: 'jianbao search 芯片', args: ['bin/jianbao.js', 'search', '芯片', '--db', db], target: (ms) => `≤ 600 ms: ${ms <= 600 ? 'met' : 'MISSED'}` },
  ];
  const times = cases.map((): number[] => []);
  for (const c of cases) wall(c.args); // warm-up: file cache, and the store's first open
  const load = loadavg()[0];
  for (let i = 0; i < RUNS; i++) for (const [k, c] of cases.entries()) times[k].push(wall(c.args));

  const base = median(times[0]);
  const rows = [['command', 'median ms', '× node -e 0', 'target'], ...cases.map((c, k) => {
    const ms = median(times[k]);
    return [c.name, ms.toFixed(0), (ms / base).toFixed(1), c.target(ms, base)];
  })];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const r of rows) console.log(r.map((cell, c) => (c === 1 || c === 2 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  '));
  console.log(`\nwall time of whole processes, median of ${RUNS} rounds, store: the ${samples.length} samples; load average ${load.toFixed(2)} → ${loadavg()[0].toFixed(2)} on ${availableParallelism()} cores`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
