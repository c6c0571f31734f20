#!/usr/bin/env node
// Runs the built CLI (dist/cli.js, `npm run build`). In a checkout whose src/ changed since that build (an edit,
// a pull) it rebuilds first, about a fifth of a second, so the command never runs older code than the sources.
import { existsSync } from 'node:fs';

if (existsSync(new URL('../src/cli/main.ts', import.meta.url))) {
  try {
    const { build, isStale } = await import('../scripts/build.mjs');
    if (isStale()) await build();
  } catch (err) {
    // A source that does not compile: esbuild has printed where. Otherwise esbuild itself is missing or failed.
    const why = err?.errors?.length ? 'a source does not compile (see above)' : `${String(err?.message ?? err).split('\n')[0]}; run npm install`;
    process.stderr.write(`jianbao: cannot build the CLI from src/: ${why}\n`);
    process.exit(1);
  }
}
// A stack trace is printed only under DEBUG=jianbao (src/cli/errors.ts): only then is it worth mapping it to the
// sources, which costs every module loaded afterwards the reading of its source map.
if (/(^|[,\s])(jianbao|\*)([,\s]|$)/.test(process.env.DEBUG ?? '')) process.setSourceMapsEnabled(true);
await import('../dist/cli.js');
