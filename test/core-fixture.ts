import { openJianbao, resolveConfig, type Actor, type ConfigLayer, type Jianbao, type Role } from '../src/core/index.js';

/** Someone with a role, for calling services as the CLI or a web session would. */
export const as = (role: Role, id: string = role): Actor => ({ id, role });

/** The core over the store at `location` (a test backend's fresh one), configured by flags alone (no env, no file). */
export function openCore(location: string, flags: ConfigLayer = {}, options: { mustExist?: boolean } = {}): Promise<Jianbao> {
  return openJianbao(resolveConfig({ flags: { ...flags, store: location } }), options);
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function rejection(p: Promise<unknown>): Promise<Error & { kind?: string }> {
  try {
    await p;
  } catch (err) {
    return err as Error & { kind?: string };
  }
  throw new Error('expected the call to fail');
}
