/**
 * A checkout's src/enrich bundled by esbuild as `npm run build` bundles the CLI, for bench-enrich-ab: the
 * shipped code, without the function-name helper tsx adds to every function made at run time (esbuild's keepNames,
 * ~8 % of a short article's enrichment), unless asked for. Written to .tmp/bench-ab/ (inside the checkout, so that
 * @node-rs/jieba resolves from its node_modules).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import type { EnrichInput, Enrichment } from '../src/enrich/index.js';

const here = fileURLToPath(new URL('..', import.meta.url));

/** A module that finds its data next to its source keeps doing so inside the bundle. */
const sourceUrls: Plugin = {
  name: 'source-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, ({ path }) => {
      const text = readFileSync(path, 'utf8');
      return text.includes('import.meta.url') ? { contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href)), loader: 'ts' } : undefined;
    });
  },
};

export type Enrich = (articles: EnrichInput[]) => Enrichment[];

/** The enrichArticles of a checkout (this one by default), bundled under `name`. */
export async function bundledEnrich(name: string, checkout = here, keepNames = false): Promise<Enrich> {
  const out = join(here, '.tmp/bench-ab');
  mkdirSync(out, { recursive: true });
  const file = join(out, `${name}.mjs`);
  const entry = join(resolve(checkout), 'src/enrich/index.ts');
  await build({ entryPoints: [entry], outfile: file, bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', keepNames, plugins: [sourceUrls], logLevel: 'error' });
  return ((await import(pathToFileURL(file).href)) as { enrichArticles: Enrich }).enrichArticles;
}
