import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './cli-run.js';

const SRC = join(ROOT, 'src');

/** Every .ts file under a folder, recursively. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every module a file imports or re-exports, static or dynamic, as TypeScript's own pre-parser reads them. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles.map((f) => f.fileName);
}

/**
 * What a shell file may import: packages and Node's modules, the shells (src/cli, src/web: `jianbao serve` starts
 * the web shell) and src/core. Anything else under src/ (a store backend, a stage folder, src/types.ts) goes
 * through the core.
 */
function offLimits(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const target = relative(SRC, resolve(dirname(file), specifier));
  return ['cli/', 'web/', 'core/'].some((shell) => target.startsWith(shell)) ? null : target;
}

describe('the shells call the core only', () => {
  const files = [...tsFiles(join(SRC, 'cli')), ...tsFiles(join(SRC, 'web'))];

  it('finds the CLI files and reads their imports', () => {
    expect(files.length).toBeGreaterThan(15);
    const program = files.find((f) => f.endsWith('cli/program.ts'))!;
    // Static and dynamic imports both count: program.ts loads each command with import().
    expect(importsOf(program)).toEqual(expect.arrayContaining(['commander', './errors.js', './commands/list.js']));
  });

  it('no CLI file but main.ts writes to the process\'s streams, reads its stdin or sets its exit code', () => {
    // The tests run the program in their own process (test/cli-run.ts): a command writes to the run's streams and
    // returns its code through run().
    const PROCESS_IO = /process\.(stdout|stderr|stdin|exitCode|exit\()/;
    const breaches = files
      .filter((f) => relative(SRC, f).startsWith('cli/') && !f.endsWith('cli/main.ts'))
      .flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => PROCESS_IO.test(l) && !/^\s*(\/\/|\*)/.test(l)).map((l) => `${relative(ROOT, f)}: ${l.trim()}`));
    expect(breaches).toEqual([]);
  });

  it('no file under src/cli or src/web imports from src/store or a stage folder', () => {
    const breaches = files.flatMap((file) =>
      importsOf(file).flatMap((s) => (offLimits(file, s) ? [`${relative(ROOT, file)} imports ${s}`] : [])),
    );
    expect(breaches).toEqual([]);
  });

  it('would name the file and the import of a breach', () => {
    const file = join(SRC, 'cli', 'commands', 'example.ts');
    expect(offLimits(file, '../../store/open.js')).toBe('store/open.js');
    expect(offLimits(file, '../../search/query.js')).toBe('search/query.js');
    expect(offLimits(file, '../../types.js')).toBe('types.js');
    expect(offLimits(file, '../../core/index.js')).toBeNull();
    expect(offLimits(file, '../core.js')).toBeNull();
    expect(offLimits(file, 'commander')).toBeNull();
    expect(offLimits(file, 'node:fs')).toBeNull();
  });
});
