// Keeps the better-sqlite3 binary that `npm ci` compiled from source in prebuild-install's own cache: the file it
// looks for before downloading a prebuilt one. Where no prebuilt binary can be fetched (offline machines, CI here),
// the next install then unpacks it in a second instead of compiling SQLite for a minute or more. prebuild-install
// loads an unpacked binary before using it and compiles again if that fails, so a stale file costs nothing.
//
//   node scripts/keep-native-build.mjs     (scripts/setup.sh runs it after `npm ci`)
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const pkgFile = require.resolve('better-sqlite3/package.json');
const pkg = require(pkgFile);
const util = require('prebuild-install/util');
const opts = { ...require('prebuild-install/rc')(pkg), pkg };
const cached = util.cachedPrebuild(util.getDownloadUrl(opts));
const binary = 'build/Release/better_sqlite3.node';
const moduleDir = path.dirname(pkgFile);

if (!existsSync(cached) && existsSync(path.join(moduleDir, binary))) {
  mkdirSync(path.dirname(cached), { recursive: true });
  const partial = `${cached}.${process.pid}.tmp`;
  execFileSync('tar', ['-czf', partial, '-C', moduleDir, binary]);
  renameSync(partial, cached);
  console.log(`setup: kept the compiled better-sqlite3 for the next install (${cached})`);
}
