import { beforeAll, describe, expect, it } from 'vitest';
import { displayLocation } from '../src/store/location.js';
import { BACKENDS } from './backends.js';
import { lines, runCli, SAMPLES } from './cli-run.js';
import { gold003 } from './enrich-samples.js';

describe.each(BACKENDS)('jianbao enrich, groups, train on $name', (backend) => {
  let db: string;
  beforeAll(async () => {
    db = await backend.fresh();
  });
  /** The enrichment rows and groups of the store. */
  const rows = () => Promise.all(['article_enrichment', 'doc_freq', 'event_groups'].map((t) => backend.sql(db, `SELECT * FROM ${t} ORDER BY 1`)));

  it('imports, and enrich finds everything up to date', async () => {
    expect((await runCli(['import', ...SAMPLES, '--db', db])).code).toBe(0);
    const run = await runCli(['enrich', '--db', db]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(lines(run.stdout).at(-1)).toMatch(/^0 articles enriched, (\d+) up to date; 1 same-event group$/);
  }, 120_000);

  it('enrich --all is idempotent', async () => {
    const first = await runCli(['enrich', '--all', '--db', db]);
    expect(first.code).toBe(0);
    const after = await rows();
    const second = await runCli(['enrich', '--all', '--db', db]);
    expect(second.stdout).toBe(first.stdout);
    expect(await rows()).toEqual(after);
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

  it('train saves a model, after which enrich re-runs every article', async () => {
    const train = await runCli(['train', '--db', db]);
    expect(train).toMatchObject({ code: 0, stderr: '' });
    expect(train.stdout).toMatch(/^trained the section model on \d+ articles/);
    const enrich = await runCli(['enrich', '--db', db]);
    const total = (JSON.parse((await runCli(['list', '--json', '--db', db])).stdout) as { articleCount: number }[])
      .reduce((n, i) => n + i.articleCount, 0);
    expect(lines(enrich.stdout).at(-1)).toMatch(new RegExp(`^${total} articles enriched, 0 up to date`));
  }, 120_000);

  it('refuses train on a store with no house sections, in one line', async () => {
    const empty = await backend.fresh();
    await runCli(['import', SAMPLES[0], '--db', empty]);
    const run = await runCli(['train', '--db', empty]);
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual([expect.stringMatching(/^jianbao: (.+): no stored article is printed under a house section/)]);
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
