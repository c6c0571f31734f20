import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { cliConfig } from '../src/cli/core.js';
import type { Cli } from '../src/cli/io.js';
import { DEFAULT_CONFIG } from '../src/core/index.js';

const dir = mkdtempSync(join(tmpdir(), 'jianbao-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A run of the CLI with these environment variables (and no other jianbao ones). */
function withEnv(env: Record<string, string>): Cli {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('JIANBAO_')));
  const silent = { write: () => true };
  return { stdout: silent, stderr: silent, stdin: Readable.from([]), env: { ...inherited, ...env }, globals: {} };
}

describe('the CLI configuration: flags over environment over config file over defaults', () => {
  const file = join(dir, 'jianbao.config.json');
  writeFileSync(file, JSON.stringify({ store: join(dir, 'from-file.db'), maxInputBytes: 2048, fetch: { hostDelayMs: 3000, retries: 1, allowNetworks: ['10.0.0.0/8'] } }));

  it('takes the defaults when nothing is said (no commander default hides them)', () => {
    const cli = withEnv({});
    const c = cliConfig(cli, {});
    expect(c.store).toBe(DEFAULT_CONFIG.store);
    expect(c.maxInputBytes).toBe(50 * 1024 * 1024);
    expect(c.fetch).toEqual(DEFAULT_CONFIG.fetch);
  });

  it('takes the file, then the environment, then the flags', () => {
    let cli = withEnv({ JIANBAO_CONFIG: file });
    expect(cliConfig(cli, {})).toMatchObject({ store: join(dir, 'from-file.db'), maxInputBytes: 2048, fetch: { hostDelayMs: 3000, retries: 1, timeoutMs: 20_000, allowNetworks: ['10.0.0.0/8'] } });
    cli = withEnv({ JIANBAO_CONFIG: file, JIANBAO_DB: 'env.db', JIANBAO_MAX_MB: '1', JIANBAO_ALLOW_NETWORKS: '127.0.0.1, 192.168.0.0/16' });
    expect(cliConfig(cli, {})).toMatchObject({ store: 'env.db', maxInputBytes: 1024 * 1024, fetch: { hostDelayMs: 3000, allowNetworks: ['127.0.0.1', '192.168.0.0/16'] } });
    const flagged = cliConfig(cli, { db: 'flag.db', maxMb: 2, allowNetworks: '172.16.0.0/12', allowPrivate: true }, { fetch: { timeoutMs: 1000, hostDelayMs: 0 } });
    expect(flagged).toMatchObject({ store: 'flag.db', maxInputBytes: 2 * 1024 * 1024, fetch: { timeoutMs: 1000, hostDelayMs: 0, retries: 1, allowPrivate: true, allowNetworks: ['172.16.0.0/12'] } });
    expect(Object.isFrozen(flagged.fetch)).toBe(true);
  });

  it('names a bad setting in one line', () => {
    let cli = withEnv({ JIANBAO_MAX_MB: 'lots' });
    expect(() => cliConfig(cli, {})).toThrow('JIANBAO_MAX_MB: 请填写大于 0 的 MB 数 (expected a positive number of MB)');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ fetch: { retries: -1 } }));
    cli = withEnv({ JIANBAO_CONFIG: bad });
    expect(() => cliConfig(cli, {})).toThrow(/^.*bad\.json: fetch\.retries: /);
  });
});
