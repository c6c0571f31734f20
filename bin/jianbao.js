#!/usr/bin/env node
// Runs the built CLI (dist/cli.js, `npm run build`). In a checkout whose src/ changed since that build (an edit,
// a pull) it rebuilds first, about a fifth of a second, so the command never runs older code than the sources.
import { existsSync } from 'node:fs';

if (existsSync(new URL('../src/cli/main.ts', import.meta.url))) {
  const { build, isStale } = await import('../scripts/build.mjs');
  if (isStale()) await build();
}
await import('../dist/cli.js');
