import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Vitest global setup: builds the CLI once before any test file runs, so the tests that start `bin/jianbao.js`
 * run the current sources and none of them spends its time (or races another) rebuilding a stale dist/.
 */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: fileURLToPath(new URL('..', import.meta.url)), stdio: 'inherit' });
}
