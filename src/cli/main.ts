/**
 * The binary's program (bin/jianbao.js runs its build, dist/cli.js): runs the command line with this process's
 * streams, environment and stdin (program.ts) and exits with its code.
 */
import { run } from './program.js';
import { guardStream } from './terminal.js';

// The run's own stderr is made safe by run(), so it writes past the guard below (once is enough).
const stderr = { write: process.stderr.write.bind(process.stderr), isTTY: process.stderr.isTTY, columns: process.stderr.columns };
// What the workbench and the workers log while a command serves goes to the process's stderr directly: a refused
// request's message quotes its input.
guardStream(process.stderr);

// A reader that stops early (`jianbao parse f | head`) closes the pipe: that ends the command, it is no error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr, stdin: process.stdin, env: process.env });
