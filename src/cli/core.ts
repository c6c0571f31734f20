import { userInfo } from 'node:os';
import { applyKnowledge, openJianbao, resolveConfig, splitList, type Actor, type ConfigLayer, type Jianbao, type JianbaoConfig } from '../core/index.js';

/** The flags a command may pass to the configuration (commander's parsed options). */
export interface CoreFlags {
  db?: string;
  maxMb?: number;
  who?: string;
  allowPrivate?: boolean;
  allowNetworks?: string;
}

/** The options every command takes before or after its name: `--config FILE`, `--knowledge DIR`. */
export interface GlobalFlags {
  config?: string;
  knowledge?: string;
}

const MB = 1024 * 1024;

let globalFlags: GlobalFlags = {};

/**
 * Takes the global options of this run (main.ts, before the command's action) and applies the knowledge overlay
 * they configure, so every command enriches and searches with it.
 */
export function useGlobalFlags(flags: GlobalFlags): void {
  globalFlags = { ...flags };
  applyKnowledge(cliConfig({}).knowledge);
}

/** The one configuration of this run: the command's flags over the environment, the config file and defaults. */
export function cliConfig(flags: CoreFlags, extra: ConfigLayer = {}): Readonly<JianbaoConfig> {
  const fetch = {
    ...extra.fetch,
    ...(flags.allowPrivate ? { allowPrivate: true } : {}),
    ...(flags.allowNetworks !== undefined ? { allowNetworks: splitList(flags.allowNetworks) } : {}),
  };
  return resolveConfig({
    flags: {
      ...extra,
      ...(globalFlags.knowledge ? { knowledge: globalFlags.knowledge } : {}),
      ...(flags.db ? { store: flags.db } : {}),
      ...(flags.maxMb ? { maxInputBytes: Math.floor(flags.maxMb * MB) } : {}),
      ...(Object.keys(fetch).length ? { fetch } : {}),
    },
    env: process.env,
    cwd: process.cwd(),
    ...(globalFlags.config ? { file: globalFlags.config } : {}),
  });
}

/**
 * The person at the terminal: `--who`, else $USER, else the account name. The command line is the machine owner's
 * own tool, with the store file in reach anyway, so it acts as an admin; the web server's actors come from sessions.
 */
export function cliActor(who?: string): Actor {
  return { id: who ?? process.env.USER ?? userInfo().username, role: 'admin' };
}

/** Opens the core for one command, runs `work`, closes it whatever happens. */
export async function withCore<T>(
  flags: CoreFlags,
  work: (jianbao: Jianbao, actor: Actor) => Promise<T>,
  options: { mustExist?: boolean; config?: ConfigLayer } = {},
): Promise<T> {
  const jianbao = await openJianbao(cliConfig(flags, options.config), { mustExist: options.mustExist });
  try {
    return await work(jianbao, cliActor(flags.who));
  } finally {
    await jianbao.close();
  }
}
