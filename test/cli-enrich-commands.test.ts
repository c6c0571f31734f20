import { beforeAll, describe, expect, it } from 'vitest';
import { displayLocation } from '../src/store/location.js';
import { BACKENDS } from './backends.js';
import { lines, runCli, SAMPLES } from './cli-run.js';
import { gold003 } from './enrich-samples.js';

/**
 * The commands' flags, output and exit codes, on the embedded store; what enrich, groups and train do is checked
 * in-process on both backends in test/core-enrichment.test.ts.
 */
describe.each(BACKENDS.slice(0, 1))('jianbao enrich, groups, train on $name', (backend) => {
  let db: string;
  beforeAll(async () => {
    db = await backend.fresh();
  });

  it('imports, and enrich finds everything up to date', async () => {
    expect((await runCli(['import', ...SAMPLES, '--db', db])).code).toBe(0);
    const run = await runCli(['enrich', '--db', db]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(lines(run.stdout).at(-1)).toMatch(/^0 articles enriched, (\d+) up to date; 1 same-event group$/);
  }, 120_000);

  it('groups --json lists what groups prints, the 003 duplicate pair among them', async () => {
    const json = JSON.parse((await runCli(['groups', '--json', '--db', db])).stdout) as { id: number; articles: { id: number; title: string }[] }[];
    const [a, b] = gold003().duplicates[0];
    expect(json.some((g) => g.articles.map((x) => x.title).sort().join('|') === [a, b].sort().join('|'))).toBe(true);
    const text = (await runCli(['groups', '--db', db])).stdout;
    const listed = lines(text).filter((l) => /^group /.test(l)).map((l) => Number(/^group (\d+):/.exec(l)![1]));
    expect(listed).toEqual(json.map((g) => g.id));
    for (const g of json) for (const x of g.articles) expect(text).toContain(`#${x.id}  `);
  });

  it('train prints what it learnt from, and enrich then re-runs every article', async () => {
    const train = await runCli(['train', '--db', db]);
    expect(train).toMatchObject({ code: 0, stderr: '' });
    expect(train.stdout).toMatch(/^trained the section model on \d+ articles \(产业环境 \d+, 运营竞争 \d+, 技术情报 \d+, 企业情报 \d+, 海外借鉴 \d+\).*; run `jianbao enrich` to apply it\n$/);
    const enrich = await runCli(['enrich', '--db', db]);
    expect(lines(enrich.stdout).at(-1)).toMatch(/^(\d+) articles enriched, 0 up to date; 1 same-event group$/);
  }, 120_000);

  it("train learns from an editor's move: the article counts under the section it was moved to", async () => {
    const id = (await runCli(['issue', 'new', '--from', '2021-10-15', '--to', '2021-10-21', '--db', db])).stdout.trim();
    const draft = JSON.parse((await runCli(['issue', 'show', id, '--json', '--db', db])).stdout) as {
      sections: { name: string; entries: { articleId: number }[] }[];
    };
    const from = draft.sections.find((s) => s.name === '企业情报')!;
    const moved = from.entries[0].articleId;
    const model = async () => (await backend.sql(db, `SELECT data FROM models`)).map((r) => JSON.stringify(r));
    const before = await model();
    expect((await runCli(['issue', 'edit', id, '--move', String(moved), '--to', '海外借鉴', '--db', db])).code).toBe(0);
    const train = await runCli(['train', '--db', db]);
    expect(train).toMatchObject({ code: 0, stderr: '' });
    expect(train.stdout).toMatch(/企业情报 \d+, 海外借鉴 \d+\), 1 editor's correction among them;/);
    const [, company, overseas] = /企业情报 (\d+), 海外借鉴 (\d+)/.exec(train.stdout)!.map(Number);
    const printed = gold003().articles;
    expect(company).toBe(printed.filter((a) => a.section === '企业情报').length - 1);
    expect(overseas).toBe(printed.filter((a) => a.section === '海外借鉴').length + 1);
    expect(await model()).not.toEqual(before);
  }, 120_000);

  it('refuses train on a store with no house sections, in one line', async () => {
    const empty = await backend.fresh();
    await runCli(['import', SAMPLES[0], '--db', empty]);
    const run = await runCli(['train', '--db', empty]);
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual([expect.stringMatching(/^jianbao: (.+): 库中没有文章归入本社栏目（.+） \(no stored article is printed under a house section/)]);
    expect(run.stderr).toContain(`jianbao: ${displayLocation(empty)}: `);
  }, 60_000);
});

describe('jianbao parse --enrich', () => {
  it('adds the enrichment fields to every article', async () => {
    const run = await runCli(['parse', SAMPLES[2], '--enrich']);
    expect(run.code).toBe(0);
    const parsed = JSON.parse(run.stdout) as { articles: Record<string, unknown>[] };
    for (const a of parsed.articles) {
      for (const f of ['predictedSection', 'tags', 'entities', 'figures', 'dates', 'keywords', 'summary']) expect(a).toHaveProperty(f);
      expect(a).not.toHaveProperty('fingerprint');
    }
    const md = await runCli(['parse', SAMPLES[2], '--enrich', '--format', 'md']);
    expect(md.stdout).toContain('> 摘要：');
  }, 60_000);
});
