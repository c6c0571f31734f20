import { InvalidArgumentError, Option, type Command } from 'commander';

/**
 * The options that set the configuration. None has a default here: what a flag does not say comes from the
 * environment (JIANBAO_DB, JIANBAO_MAX_MB, JIANBAO_ALLOW_NETWORKS), the config file, then the core's defaults.
 */

/** `--db PATH|URL`: where the store is. */
export function dbOption(): Option {
  return new Option('--db <path|url>', 'store: SQLite file, or postgres:// URL of a shared database (default data/jianbao.db; env JIANBAO_DB)');
}

/** A positive number, for sizes and times. */
export function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number > 0');
  return n;
}

/** A number ≥ 0, for counts and delays. */
export function nonNegative(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a number ≥ 0');
  return n;
}

/** `--max-mb N`: the input size cap in MB. */
export function maxSizeOption(): Option {
  return new Option('--max-mb <mb>', 'refuse input files larger than this many MB (default 50; env JIANBAO_MAX_MB)').argParser((value: string) => {
    const mb = Number(value);
    if (!Number.isFinite(mb) || mb <= 0) throw new InvalidArgumentError('expected a positive number of MB');
    return mb;
  });
}

/**
 * `--allow-private` (every internal network) and `--allow-networks LIST` (comma-separated CIDRs; env
 * JIANBAO_ALLOW_NETWORKS): loopback, private, link-local and the like are refused otherwise.
 */
export function addAllowOptions(command: Command): Command {
  return command
    .addOption(new Option('--allow-private', 'also fetch from loopback, private, link-local and other internal addresses'))
    .addOption(new Option('--allow-networks <cidrs>', 'internal networks that may be fetched from, comma-separated (e.g. 10.1.0.0/16)'));
}
