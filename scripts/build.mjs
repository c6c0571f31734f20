/**
 * Builds the CLI that `bin/jianbao.js` runs: src/cli/main.ts bundled by esbuild into dist/cli.js, each command in
 * its own chunk (loaded when that command runs). npm packages stay outside the bundle and load from node_modules.
 *
 *   npm run build        (also run by `npm ci`/`npm install` through `prepare`, by scripts/setup.sh and by the tests)
 *
 * Plain JavaScript so that it runs without tsx, and so that bin/jianbao.js can rebuild a stale dist/ itself.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'src');
const DIST = join(ROOT, 'dist');
const ENTRY = join(DIST, 'cli.js');

/**
 * Some modules find files next to their source through `import.meta.url` (the enrichment data in src/enrich/data,
 * package.json). Inside the bundle each such module keeps meaning its own source file: all outputs lie directly in
 * dist/, so the path from there to the source is the same for every chunk.
 */
const sourceUrls = {
  name: 'source-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const text = await readFile(path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const fromDist = relative(DIST, path).split('\\').join('/');
      return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromDist)}, import.meta.url).href`), loader: 'ts' };
    });
  },
};

/**
 * Bundles into dist/. Every file is written under a temporary name and renamed into place, the entry last, so a
 * CLI starting meanwhile reads either the old build or the new one, never half a file. `clean` first empties dist/
 * (left-over chunks of older builds are otherwise kept, as a running old entry may still load them).
 */
export async function build({ clean = false } = {}) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: { cli: join(SRC, 'cli/main.ts') },
    outdir: DIST,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    chunkNames: '[name]-[hash]',
    // Stack traces (DEBUG=jianbao) name the TypeScript sources; bin/jianbao.js enables the maps only then.
    sourcemap: 'linked',
    plugins: [sourceUrls],
    write: false,
    logLevel: 'error',
  });
  if (clean) rmSync(DIST, { recursive: true, force: true });
  mkdirSync(DIST, { recursive: true });
  const files = [...result.outputFiles].sort((a, b) => Number(a.path === ENTRY) - Number(b.path === ENTRY));
  for (const file of files) {
    const tmp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(tmp, file.contents);
    renameSync(tmp, file.path);
  }
}

/** The newest modification time under a folder, folders included (a deleted file changes its folder's time). */
function newestMtime(dir) {
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether dist/ is missing or older than anything in src/ (a checkout edited or pulled since the last build). */
export function isStale() {
  let built;
  try {
    built = statSync(ENTRY).mtimeMs;
  } catch {
    return true;
  }
  return newestMtime(SRC) > built;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    await build({ clean: true });
  } catch (e) {
    process.stderr.write(`build: ${String(e?.message ?? e).split('\n')[0]}\n`);
    process.exitCode = 1;
  }
}
