import { InvalidArgumentError, Option, type Command } from 'commander';
import { DEFAULT_MAX_BYTES, type LoadOptions } from '../ingest/load.js';
import { DEFAULT_SQLITE_FILE } from '../store/sqlite/sqlite-store.js';

const MB = 1024 * 1024;

/** `--db PATH|URL`: where the store is (env JIANBAO_DB), the embedded SQLite file by default. */
export function dbOption(): Option {
  return new Option('--db <path|url>', 'store: SQLite file, or postgres:// URL of a shared database').env('JIANBAO_DB').default(DEFAULT_SQLITE_FILE);
}

/** `--max-mb N`: the input size cap in MB (env JIANBAO_MAX_MB). */
export function maxSizeOption(): Option {
  return new Option('--max-mb <mb>', 'refuse input files larger than this many MB')
    .env('JIANBAO_MAX_MB')
    .default(DEFAULT_MAX_BYTES / MB)
    .argParser((value: string) => {
      const mb = Number(value);
      if (!Number.isFinite(mb) || mb <= 0) throw new InvalidArgumentError('expected a positive number of MB');
      return mb;
    });
}

/** The loader's options from the parsed `--max-mb`. */
export function loadOptions(opts: { maxMb: number }): LoadOptions {
  return { maxBytes: Math.floor(opts.maxMb * MB) };
}

/** Where fetching may go besides the public internet, as given on the command line or in the environment. */
export interface AllowOpts {
  allowPrivate?: boolean;
  allowNetworks?: string;
}

/**
 * `--allow-private` (every internal network) and `--allow-networks LIST` (env JIANBAO_ALLOW_NETWORKS,
 * comma-separated CIDRs): loopback, private, link-local and the like are refused otherwise.
 */
export function addAllowOptions(command: Command): Command {
  return command
    .addOption(new Option('--allow-private', 'also fetch from loopback, private, link-local and other internal addresses'))
    .addOption(new Option('--allow-networks <cidrs>', 'internal networks that may be fetched from, comma-separated (e.g. 10.1.0.0/16)').env('JIANBAO_ALLOW_NETWORKS'));
}

/** The fetcher's allow settings from the parsed options. */
export function allowSettings(opts: AllowOpts): { allowPrivate: boolean; allowNetworks: string[] } {
  return { allowPrivate: Boolean(opts.allowPrivate), allowNetworks: (opts.allowNetworks ?? '').split(',').filter((n) => n.trim()) };
}

/** `3 articles`, `1 article`. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
