import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, SAMPLES } from './cli-run.js';

const dir = mkdtempSync(join(tmpdir(), 'jianbao-cli-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Node's `--import` of a module hook that prints every npm package file the process resolves as `LOAD <url>` on
 * stderr: what a command really loads, however the bundle is cut.
 */
const TRACE_PACKAGES = `data:text/javascript,import{register}from"node:module";register(${JSON.stringify(
  'data:text/javascript,export async function resolve(s,c,n){const r=await n(s,c);' +
    'if(r.url.includes("/node_modules/"))process.stderr.write("LOAD "+r.url+"\\n");return r}',
)})`;

/** The npm packages a CLI run loaded, by name, and the run's exit code. */
function packagesLoaded(args: string[]): { code: number | null; packages: Set<string> } {
  const run = spawnSync(process.execPath, ['--import', TRACE_PACKAGES, 'bin/jianbao.js', ...args], { cwd: ROOT, encoding: 'utf8' });
  const packages = new Set(
    [...run.stderr.matchAll(/^LOAD .*\/node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)].map((m) => m[1]),
  );
  return { code: run.status, packages };
}

/** Packages only parsing PDFs, rendering or charting needs. */
const HEAVY = ['pdfjs-dist', 'playwright-core', 'docx', 'echarts'];

describe('the built CLI loads what a command needs', () => {
  let db: string;
  beforeAll(async () => {
    db = join(dir, 'samples.db');
    expect((await runCli(['import', ...SAMPLES, '--db', db])).code).toBe(0);
  });

  it('--version loads no package but the command-line parser', () => {
    const { code, packages } = packagesLoaded(['--version']);
    expect(code).toBe(0);
    expect([...packages]).toEqual(['commander']);
  });

  it.each([
    [['list']],
    [['search', '芯片']],
    [['issue', 'list']],
    [['trend', '芯片']],
  ])('%j loads neither pdfjs, Chromium\'s driver, docx, echarts nor the PostgreSQL client', (args) => {
    const { code, packages } = packagesLoaded([...args, '--db', db]);
    expect(code).toBe(0);
    expect(packages.has('better-sqlite3')).toBe(true);
    for (const p of [...HEAVY, 'pg']) expect(packages.has(p), p).toBe(false);
  });

  it('help still lists every command', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const c of ['parse', 'import', 'list', 'search', 'trend', 'top', 'extract', 'eval', 'sources', 'fetch', 'enrich', 'groups', 'train', 'issue', 'edition']) {
      expect(run.stdout).toMatch(new RegExp(`^  ${c}\\b`, 'm'));
    }
  });
});

describe('bin/jianbao.js in a checkout', () => {
  /** A copy of the parts of the repository the CLI runs from, with no dist/ yet. */
  const copy = join(dir, 'clone');
  beforeAll(() => {
    for (const part of ['bin', 'scripts', 'src', 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  });
  const jianbao = (...args: string[]) => spawnSync(process.execPath, ['bin/jianbao.js', ...args], { cwd: copy, encoding: 'utf8' });

  it('builds dist/ when there is none, and runs it', () => {
    expect(existsSync(join(copy, 'dist'))).toBe(false);
    const run = jianbao('--version');
    expect(run).toMatchObject({ status: 0, stdout: `${JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8')).version}\n`, stderr: '' });
    expect(existsSync(join(copy, 'dist', 'cli.js'))).toBe(true);
  });

  it('rebuilds when a source is newer than the build, so an edit takes effect at once', () => {
    const program = join(copy, 'src/cli/program.ts');
    writeFileSync(program, readFileSync(program, 'utf8').replace('简报 jianbao: parse, store and list industry bulletins', '简报 jianbao（已修改）'));
    // A later time than the build's, whatever the file system's time resolution.
    const later = new Date(Date.now() + 5000);
    utimesSync(program, later, later);
    const run = jianbao('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('简报 jianbao（已修改）');
  });

  it('says in one line that a source does not compile, exit 1, and runs nothing', () => {
    const errors = join(copy, 'src/cli/errors.ts');
    writeFileSync(errors, `${readFileSync(errors, 'utf8')}\nexport const broken = ;\n`);
    const later = new Date(Date.now() + 10_000);
    utimesSync(errors, later, later);
    const run = jianbao('--version');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n').at(-1)).toBe('jianbao: cannot build the CLI from src/: a source does not compile (see above)');
    expect(run.stderr).toContain('src/cli/errors.ts');
  });
});
