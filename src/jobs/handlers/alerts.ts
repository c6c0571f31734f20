import { z } from 'zod';
import type { Job } from '../types.js';

/**
 * Alerts and digests are sent by the watchlists (issue #13, branch w13a: `deliverPending`, `sendDigests`). Until
 * that branch is merged these two handlers are the wiring points: they fail with a clear error (the job is then
 * dead with that error, visible in `jianbao jobs`), and the schedule queues neither.
 */
const notWired = (what: string) => new Error(`${what}: watchlists are not part of this build yet`);

export const alertJob: Job<Record<string, never>> = {
  name: 'alert',
  payload: z.object({}).strict() as z.ZodType<Record<string, never>>,
  key: () => 'alert',
  async handler() {
    throw notWired('alert');
  },
};

const digestPayload = z.object({ slot: z.string().min(1) });

export const digestJob: Job<z.infer<typeof digestPayload>> = {
  name: 'digest',
  payload: digestPayload,
  key: (p) => `digest:${p.slot}`,
  async handler() {
    throw notWired('digest');
  },
};
