// Kept apart from the search command so that main.ts can rewrite the command line without loading any command.

/** Commands whose arguments are a query (see takesQueryWords in commands/search.ts). */
const QUERY_COMMANDS = new Set(['search', 'trend']);

/**
 * The command line with the first `--` after a query command taken out: `search -- -电池 新能源 --limit 5` reads
 * as typed without it (exclusions are words already, options stay options), where commander would take
 * `--limit 5` as words.
 */
export function queryArgv(argv: string[]): string[] {
  const command = argv.findIndex((a, k) => k >= 2 && !a.startsWith('-'));
  if (command < 0 || !QUERY_COMMANDS.has(argv[command])) return argv;
  const dashes = argv.indexOf('--', command + 1);
  return dashes < 0 ? argv : [...argv.slice(0, dashes), ...argv.slice(dashes + 1)];
}
