import { z } from 'zod';
import { deliverPending, sendDigests } from '../../core/alerting/jobs.js';
import type { Job } from '../types.js';

/**
 * Sends the alerts due now (the watchlists' outbox, retries included). The outbox claims each delivery before
 * sending, so two alert jobs at once, or one run twice, tell nobody twice.
 */
export const alertJob: Job<Record<string, never>> = {
  name: 'alert',
  payload: z.object({}).strict() as z.ZodType<Record<string, never>>,
  key: () => 'alert',
  keyBlocks: 'waiting',
  async handler(env) {
    await deliverPending(env, env.now());
  },
};

const digestPayload = z.object({
  /** The hour it is queued for (`2026-12-06T08`): one digest job per hour. */
  slot: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}$/),
});

/** Queues and sends the daily and weekly digests due now; each (watchlist, period) is sent once however often it runs. */
export const digestJob: Job<z.infer<typeof digestPayload>> = {
  name: 'digest',
  payload: digestPayload,
  key: (p) => `digest:${p.slot}`,
  keyBlocks: 'waiting',
  async handler(env) {
    await sendDigests(env, env.now());
  },
};
