import { spawn, type ChildProcess } from 'node:child_process';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { run } from '../src/cli/program.js';

/** The repository root: the CLI runs from here, as a user of a clone would run it. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The three bundled samples, relative to ROOT. */
export const SAMPLES = ['000_3cef4383265ce24c', '001_3ce07ccd5b8eeddb', '003_8913e8f3e5978f8d'].map((s) => `samples/${s}.txt`);

/** What a finished CLI run left behind. */
export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The environment a run sees: the caller's, without the settings that would steer it, plus `env`. */
function cliEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DEBUG, JIANBAO_DB, JIANBAO_MAX_MB, ...inherited } = process.env;
  return { ...inherited, ...env };
}

/**
 * Runs the CLI's program to the end in this process (src/cli/program.ts, what the binary runs), with no stdin and
 * free of the caller's settings: the same output and exit code as `node bin/jianbao.js ARGS`, without starting
 * Node, loading the CLI and reading jieba's dictionary again for each command. The test runs from ROOT.
 */
export async function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: Readable.from([]),
    env: cliEnv(env),
  });
  return { code, signal: null, stdout, stderr };
}

/**
 * Starts the real CLI (`node bin/jianbao.js ARGS`) as a child process with no stdin, free of the caller's
 * settings: for what only a process shows (signals, a kill, its stdin, serving, the binary itself).
 */
export function startCli(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, ['bin/jianbao.js', ...args], { cwd: ROOT, env: cliEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Waits for a started CLI to end and collects its output. */
export function finished(child: ChildProcess): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Runs the real CLI as a child process to the end (startCli). */
export function spawnCli(args: string[], env?: NodeJS.ProcessEnv): Promise<CliRun> {
  return finished(startCli(args, env));
}

/** The non-empty lines of an output. */
export function lines(output: string): string[] {
  return output.split('\n').filter((l) => l !== '');
}
