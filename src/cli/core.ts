import { userInfo } from 'node:os';
import { applyKnowledge, openJianbao, resolveConfig, splitList, type Actor, type ConfigLayer, type Jianbao, type JianbaoConfig } from '../core/index.js';
import type { Cli, GlobalFlags } from './io.js';

/** The flags a command may pass to the configuration (commander's parsed options). */
export interface CoreFlags {
  db?: string;
  maxMb?: number;
  who?: string;
  allowPrivate?: boolean;
  allowNetworks?: string;
}

const MB = 1024 * 1024;

/**
 * Takes the global options of this run (program.ts, before the command's action) and applies the knowledge overlay
 * they configure, so every command enriches and searches with it (a run without one takes the overlay away).
 */
export function useGlobalFlags(cli: Cli, flags: GlobalFlags): void {
  cli.globals = { ...flags };
  applyKnowledge(cliConfig(cli, {}).knowledge);
}

/** The one configuration of this run: the command's flags over the environment, the config file and defaults. */
export function cliConfig(cli: Cli, flags: CoreFlags, extra: ConfigLayer = {}): Readonly<JianbaoConfig> {
  const { globals } = cli;
  const fetch = {
    ...extra.fetch,
    ...(flags.allowPrivate ? { allowPrivate: true } : {}),
    ...(flags.allowNetworks !== undefined ? { allowNetworks: splitList(flags.allowNetworks) } : {}),
  };
  return resolveConfig({
    flags: {
      ...extra,
      ...(globals.knowledge ? { knowledge: globals.knowledge } : {}),
      ...(flags.db ? { store: flags.db } : {}),
      ...(flags.maxMb ? { maxInputBytes: Math.floor(flags.maxMb * MB) } : {}),
      ...(Object.keys(fetch).length ? { fetch } : {}),
    },
    env: cli.env,
    cwd: process.cwd(),
    ...(globals.config ? { file: globals.config } : {}),
  });
}

/**
 * The person at the terminal: `--who`, else $USER, else the account name. The command line is the machine owner's
 * own tool, with the store file in reach anyway, so it acts as an admin; the web server's actors come from sessions.
 */
export function cliActor(cli: Cli, who?: string): Actor {
  return { id: who ?? cli.env.USER ?? userInfo().username, role: 'admin' };
}

/** Opens the core for one command, runs `work`, closes it whatever happens. */
export async function withCore<T>(
  cli: Cli,
  flags: CoreFlags,
  work: (jianbao: Jianbao, actor: Actor) => Promise<T>,
  options: { mustExist?: boolean; config?: ConfigLayer } = {},
): Promise<T> {
  const jianbao = await openJianbao(cliConfig(cli, flags, options.config), { mustExist: options.mustExist });
  try {
    return await work(jianbao, cliActor(cli, flags.who));
  } finally {
    await jianbao.close();
  }
}
