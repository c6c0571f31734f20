import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerExtract } from '../src/cli/commands/extract.js';

function program(): Command {
  const p = new Command('jianbao').exitOverride().configureOutput({ writeErr: () => undefined });
  registerExtract(p);
  for (const c of p.commands) c.exitOverride().configureOutput({ writeErr: () => undefined });
  return p;
}

async function run(args: string[]): Promise<string> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  const errSpy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    await program().parseAsync(['node', 'jianbao', 'extract', ...args]);
  } finally {
    spy.mockRestore();
    errSpy.mockRestore();
  }
  return out;
}

afterEach(() => vi.restoreAllMocks());

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
