import type { Jianbao } from './jianbao.js';
import { SYSTEM_ACTOR, type WorkEvents, type WorkInput } from './services/jobs.js';

/**
 * Runs the background jobs inside a long-running process (`jianbao serve`): works every queue and looks at the
 * schedule, as the server itself. Returns the function that stops it, letting running jobs finish; call it
 * before jianbao.close().
 */
export function startJobs(jianbao: Jianbao, input: WorkInput = {}, events: WorkEvents = {}): Promise<() => Promise<void>> {
  return jianbao.jobs.start(SYSTEM_ACTOR, input, events);
}
