import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

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

/** Starts the real CLI (`node bin/jianbao.js ARGS`) as a child process with no stdin, free of the caller's settings. */
export function startCli(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  const { DEBUG, JIANBAO_DB, JIANBAO_MAX_MB, ...inherited } = process.env;
  return spawn(process.execPath, ['bin/jianbao.js', ...args], {
    cwd: ROOT,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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

/** Runs the CLI to the end. */
export function runCli(args: string[], env?: NodeJS.ProcessEnv): Promise<CliRun> {
  return finished(startCli(args, env));
}

/** The non-empty lines of an output. */
export function lines(output: string): string[] {
  return output.split('\n').filter((l) => l !== '');
}
