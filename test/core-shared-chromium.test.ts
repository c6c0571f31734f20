/**
 * The Chromium a core keeps for its PDFs (src/compose/render/shared-browser.ts), seen as processes: the Chromium
 * children of this test process, read from /proc (Linux), before and after renders and the core's close.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Jianbao } from '../src/core/index.js';
import { BACKENDS } from './backends.js';
import { composeStore } from './compose-fixture.js';
import { as, openCore, rejection } from './core-fixture.js';

const editor = as('editor');
const WEEK = { from: '2021-10-15', to: '2021-10-21' };

/** The pids of this process's children that run Chromium (its own helpers are children of Chromium, not ours). */
function chromiumChildren(): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // ended while listed
    }
    // pid (comm) state ppid …: comm may hold spaces and brackets, so read after the last ')'.
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid === process.pid && /chrom/i.test(comm)) pids.push(Number(name));
  }
  return pids;
}

/** Two drafts of the fixture week, so that two PDF renders print two bulletins rather than share one render. */
async function twoDrafts(j: Jianbao): Promise<[number, number]> {
  const a = await j.bulletins.compose(editor, { ...WEEK, maxPerSection: 2 });
  const b = await j.bulletins.compose(editor, { ...WEEK, maxPerSection: 1 });
  return [a.id, b.id];
}

const isPdf = (bytes: Uint8Array) => Buffer.from(bytes).subarray(0, 5).toString() === '%PDF-';

describe('the Chromium a core keeps for PDFs', () => {
  it('prints concurrent and later PDFs in one Chromium, and leaves no Chromium once the core closes', async () => {
    const location = await BACKENDS[0]!.migrated();
    await composeStore(location);
    const before = new Set(chromiumChildren());
    const j = await openCore(location);
    let seen: number[] = [];
    const look = () => (seen = [...new Set([...seen, ...chromiumChildren().filter((p) => !before.has(p))])]);
    try {
      const [a, b] = await twoDrafts(j);
      const pdfs = await Promise.all([j.bulletins.render(editor, a, 'pdf'), j.bulletins.render(editor, b, 'pdf')]);
      expect(pdfs.every(isPdf)).toBe(true);
      expect(pdfs[0]).not.toEqual(pdfs[1]);
      look();
      expect(seen).toHaveLength(1);
      // Kept for the next render, which prints in it too.
      await j.bulletins.edit(editor, a, { op: 'cover', text: '本周封面' });
      expect(isPdf(await j.bulletins.render(editor, a, 'pdf'))).toBe(true);
      look();
      expect(seen).toHaveLength(1);
    } finally {
      await j.close();
    }
    expect(chromiumChildren().filter((p) => !before.has(p))).toEqual([]);
    // Closed for good: a render after the close starts no Chromium.
    expect((await rejection(j.bulletins.render(editor, 1, 'pdf'))).message).toMatch(/./);
    expect(chromiumChildren().filter((p) => !before.has(p))).toEqual([]);
  }, 120_000);

  it('starts Chromium while the chief editor reads a submitted issue, and signs it off in that one', async () => {
    const location = await BACKENDS[0]!.migrated();
    await composeStore(location);
    const before = new Set(chromiumChildren());
    const j = await openCore(location);
    const ours = () => chromiumChildren().filter((p) => !before.has(p));
    try {
      const [a] = await twoDrafts(j);
      // An editor reading a draft, or a submitted one, gets nothing started.
      j.bulletins.warmForSignOff(editor, (await j.bulletins.get(editor, a)).bulletin);
      await j.bulletins.submit(editor, a);
      j.bulletins.warmForSignOff(editor, (await j.bulletins.get(editor, a)).bulletin);
      expect(ours()).toEqual([]);
      const chief = as('chief');
      j.bulletins.warmForSignOff(chief, (await j.bulletins.get(chief, a)).bulletin);
      await expect.poll(ours, { timeout: 60_000 }).toHaveLength(1);
      const [warmed] = ours();
      expect(await j.bulletins.approve(chief, a)).toMatchObject({ status: 'published' });
      expect(ours()).toEqual([warmed]);
    } finally {
      await j.close();
    }
    expect(chromiumChildren().filter((p) => !before.has(p))).toEqual([]);
  }, 120_000);

  it('prints a render job\'s PDF in the core\'s Chromium and keeps it for the next download', async () => {
    const location = await BACKENDS[0]!.migrated();
    await composeStore(location);
    const before = new Set(chromiumChildren());
    const j = await openCore(location);
    const chief = as('chief');
    const dir = mkdtempSync(join(tmpdir(), 'jianbao-render-job-'));
    const ours = () => chromiumChildren().filter((p) => !before.has(p));
    try {
      const [a, b] = await twoDrafts(j);
      const stop = await j.jobs.start(chief, { queues: ['render'], concurrency: 1, schedule: false });
      try {
        const id = await j.jobs.enqueue(chief, { name: 'render', payload: { bulletinId: b, formats: ['pdf', 'md'], dir } });
        await expect.poll(async () => (await j.jobs.get(chief, id!)).state, { timeout: 60_000 }).toBe('done');
      } finally {
        await stop();
      }
      expect(isPdf(readFileSync(join(dir, `bulletin-${b}.pdf`)))).toBe(true);
      expect(readFileSync(join(dir, `bulletin-${b}.md`), 'utf8')).toMatch(/\S/);
      // A Chromium of the job's own would have closed with the job; the core's is kept, and the download prints in it.
      const kept = ours();
      expect(kept).toHaveLength(1);
      expect(isPdf(await j.bulletins.render(editor, a, 'pdf'))).toBe(true);
      expect(ours()).toEqual(kept);
    } finally {
      await j.close();
    }
    expect(chromiumChildren().filter((p) => !before.has(p))).toEqual([]);
  }, 120_000);

  it('starts Chromium again after it died', async () => {
    const location = await BACKENDS[0]!.migrated();
    await composeStore(location);
    const before = new Set(chromiumChildren());
    const j = await openCore(location);
    try {
      const [a, b] = await twoDrafts(j);
      expect(isPdf(await j.bulletins.render(editor, a, 'pdf'))).toBe(true);
      const [first] = chromiumChildren().filter((p) => !before.has(p));
      expect(first).toBeGreaterThan(0);
      process.kill(first!, 'SIGKILL');
      // Chromium's pipe closes as it dies: wait until the kernel has reaped it (a render before then may fail).
      await expect.poll(() => chromiumChildren().includes(first!), { timeout: 30_000 }).toBe(false);
      expect(isPdf(await j.bulletins.render(editor, b, 'pdf'))).toBe(true);
      const now = chromiumChildren().filter((p) => !before.has(p));
      expect(now).toHaveLength(1);
      expect(now[0]).not.toBe(first);
    } finally {
      await j.close();
    }
    expect(chromiumChildren().filter((p) => !before.has(p))).toEqual([]);
  }, 120_000);
});
