/**
 * Index build rate of the embedded store, the ways `bench gen` can write it, alternated round by round in one run
 * so that every variant sees the same machine load: segmenting in the writer's thread (the baseline) or in worker
 * threads ahead of it (the cores but one), one issue per transaction (a real import) or several. Prints, per variant, the median
 * rate in wall time, per CPU second of the whole process and per CPU second of the writer's thread (the critical
 * path once segmenting runs on other cores: the rate an otherwise idle machine would give), with the load average.
 *
 *   npm run bench:index                                 20,000 articles, 3 rounds
 *   npm run bench:index -- --articles 100000 --rounds 1
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openJianbao, resolveConfig, type Actor } from '../src/core/index.js';

const ACTOR: Actor = { id: 'bench', role: 'admin' };
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const articles = Number(option('--articles') ?? 20_000);
const rounds = Number(option('--rounds') ?? 3);
/** The cores but the writer's, at least one. */
const workers = Math.max(1, availableParallelism() - 1);
const VARIANTS = [
  { name: 'baseline: segment in the writer, 1 issue per transaction', threads: 0, issuesPerTransaction: 1 },
  { name: 'workers segment ahead, 1 issue per transaction', threads: workers, issuesPerTransaction: 1 },
  { name: 'workers segment ahead, 8 issues per transaction', threads: workers, issuesPerTransaction: 8 },
];

const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const dir = mkdtempSync(join(tmpdir(), 'jianbao-bench-index-'));
console.log(`node ${process.version}, ${articles.toLocaleString('en')} articles, ${rounds} rounds; load average at start ${load()}`);
const rates = VARIANTS.map(() => ({ wall: [] as number[], cpu: [] as number[], writer: [] as number[] }));
try {
  for (let round = 1; round <= rounds; round++) {
    for (const [k, v] of VARIANTS.entries()) {
      const file = join(dir, `archive-${round}-${k}.db`);
      const jianbao = await openJianbao(resolveConfig({ flags: { store: file } }));
      try {
        const r = await jianbao.bench.generate(ACTOR, { articles, samples: 'samples', seed: 1, threads: v.threads, issuesPerTransaction: v.issuesPerTransaction });
        rates[k].wall.push(r.articles / r.seconds);
        rates[k].cpu.push(r.articles / r.cpuSeconds);
        if (r.writerCpuSeconds) rates[k].writer.push(r.articles / r.writerCpuSeconds);
        console.log(
          `round ${round}, ${v.name}: ${Math.round(r.articles / r.seconds)} articles/s wall, ${Math.round(r.articles / r.cpuSeconds)} per CPU s, ` +
            `${r.writerCpuSeconds ? Math.round(r.articles / r.writerCpuSeconds) : '?'} per writer CPU s; load ${load()}`,
        );
      } finally {
        await jianbao.close();
        rmSync(file, { force: true });
        rmSync(`${file}-wal`, { force: true });
        rmSync(`${file}-shm`, { force: true });
      }
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`\nmedians of ${rounds} rounds (articles/s); load average at end ${load()}`);
console.log(`${'variant'.padEnd(58)} ${'wall'.padStart(6)} ${'per CPU s'.padStart(10)} ${'per writer CPU s'.padStart(17)}`);
for (const [k, v] of VARIANTS.entries()) {
  const r = rates[k];
  console.log(`${v.name.padEnd(58)} ${String(Math.round(median(r.wall))).padStart(6)} ${String(Math.round(median(r.cpu))).padStart(10)} ${(r.writer.length ? String(Math.round(median(r.writer))) : '?').padStart(17)}`);
}
