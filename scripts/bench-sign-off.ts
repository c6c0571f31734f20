/**
 * What 签发 and a PDF download cost in a running workbench, beside another checkout of the code (the baseline,
 * default ../main) measured in the same run. Each round runs one process per checkout, alternately, as a server's
 * core meets them: open the core on a fresh store of the compose fixture (sample 003 and two more issues), then
 * 签发 one draft (the first render of the process: four formats, the PDF in two or more Chromium passes), download
 * another draft's PDF, 签发 a third (both within the idle time a kept Chromium waits), and close the core (with the kept
 * Chromium). Then the same rounds again with the chief editor reading the first issue's page for 5 s before 签发
 * (the editor page warms the renderers where the checkout can: warmForSignOff). The web routes add milliseconds to
 * these core calls.
 *
 *   npm run bench:sign-off                            3 rounds against ../main
 *   npm run bench:sign-off -- --rounds 5 --baseline DIR
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

/** The steps a round times, in order. */
const STEPS = ['first 签发', 'PDF download', 'second 签发', 'close'] as const;
type Times = Record<(typeof STEPS)[number], number>;

/** One round in this process, on the checkout at `root` (the chief reading the page first if `read`): prints its times as JSON. */
async function round(root: string, read: boolean): Promise<void> {
  const { openJianbao, resolveConfig } = (await import(join(root, 'src/core/index.ts'))) as typeof import('../src/core/index.js');
  const { composeStore } = (await import(join(root, 'test/compose-fixture.ts'))) as typeof import('../test/compose-fixture.js');
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-bench-sign-off-'));
  try {
    const location = join(dir, 'store.db');
    await composeStore(location);
    const j = await openJianbao(resolveConfig({ flags: { store: location } }));
    const editor = { id: 'editor', role: 'editor' } as const;
    const chief = { id: 'chief', role: 'chief' } as const;
    const week = { from: '2021-10-15', to: '2021-10-21' };
    const ids: number[] = [];
    for (const maxPerSection of [3, 2, 4]) ids.push((await j.bulletins.compose(editor, { ...week, maxPerSection })).id);
    for (const id of [ids[0], ids[2]]) await j.bulletins.submit(editor, id!);
    const times = {} as Times;
    const timed = async (step: keyof Times, work: () => Promise<unknown>) => {
      const t0 = performance.now();
      await work();
      times[step] = performance.now() - t0;
    };
    if (read) {
      const { bulletin } = await j.bulletins.get(chief, ids[0]!);
      // The baseline may not have it: then reading warms nothing.
      (j.bulletins as { warmForSignOff?: (a: typeof chief, d: typeof bulletin) => void }).warmForSignOff?.(chief, bulletin);
      await new Promise((resolve) => setTimeout(resolve, 5000));
    }
    await timed('first 签发', () => j.bulletins.approve(chief, ids[0]!));
    await timed('PDF download', () => j.bulletins.render(editor, ids[1]!, 'pdf'));
    await timed('second 签发', () => j.bulletins.approve(chief, ids[2]!));
    await timed('close', () => j.close());
    process.stdout.write(`${JSON.stringify(times)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs a round in its own process on `root` (tsx, as `serve` runs from sources) and reads its times. */
function roundIn(root: string, read: boolean): Times {
  const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--round', root, ...(read ? ['--read'] : [])], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Times;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

if (option('--round')) {
  await round(option('--round')!, args.includes('--read'));
} else {
  const rounds = Number(option('--rounds') ?? 3);
  const checkouts = { baseline: resolve(option('--baseline') ?? join(ROOT, '../main')), 'this tree': ROOT };
  for (const read of [false, true]) {
    const runs: Record<string, Times[]> = { baseline: [], 'this tree': [] };
    const load = [loadavg()[0]];
    for (let r = 0; r < rounds; r++) {
      // Alternated, so both see the same load.
      for (const [name, root] of Object.entries(checkouts)) runs[name]!.push(roundIn(root, read));
      load.push(loadavg()[0]);
    }
    console.log(`${read ? 'the page read for 5 s before 签发' : '签发 at once'}: ${rounds} rounds, median ms (baseline ${checkouts.baseline}); load average ${Math.min(...load).toFixed(1)}–${Math.max(...load).toFixed(1)}`);
    console.log(`${'step'.padEnd(16)}${'baseline'.padStart(10)}${'this tree'.padStart(11)}${'ratio'.padStart(8)}   this tree, every round`);
    for (const step of STEPS) {
      const base = median(runs.baseline!.map((t) => t[step]));
      const mine = median(runs['this tree']!.map((t) => t[step]));
      const each = runs['this tree']!.map((t) => t[step].toFixed(0)).join(', ');
      console.log(`${step.padEnd(16)}${base.toFixed(0).padStart(10)}${mine.toFixed(0).padStart(11)}${(mine / base).toFixed(2).padStart(8)}   ${each}`);
    }
  }
}
