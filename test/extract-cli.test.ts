import { describe, expect, it } from 'vitest';
import { runCli } from './cli-run.js';

/** `jianbao extract ARGS`: its stdout when it succeeds; its one error line (without `jianbao: `) as an error else. */
async function run(args: string[]): Promise<string> {
  const r = await runCli(['extract', ...args]);
  if (r.code !== 0) throw new Error(r.stderr.replace(/^jianbao: /, '').trimEnd());
  return r.stdout;
}

describe('jianbao extract', () => {
  it('prints JSON for a saved page', async () => {
    const page = JSON.parse(await run(['testdata/web/jsonld-split-by-ad.html']));
    expect(page.title).toBe('City council approves new bike lanes downtown');
    expect(page.body.split('\n\n')).toHaveLength(5);
  });

  it('prints Markdown with --format md', async () => {
    const md = await run(['testdata/web/zh-meta-lines.html', '--format', 'md']);
    expect(md.startsWith('# 我国5G基站总数达115.9万个 占全球70%以上\n\n_2021-10-19T09:15:00 · 张伟 · 新华网_\n\n10月18日')).toBe(true);
  });

  it('fails with a one-line message for a missing file and for a javascript: URL', async () => {
    await expect(run(['testdata/web/nope.html'])).rejects.toThrow('testdata/web/nope.html: 没有这个文件 (no such file)');
    await expect(run(['javascript:alert(1)'])).rejects.toThrow('javascript:alert(1): only http and https URLs can be fetched, not javascript:');
  });
});
