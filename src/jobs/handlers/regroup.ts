import { z } from 'zod';
import type { Job } from '../types.js';

const payload = z.object({});

/** Recomputes the same-event groups from the stored fingerprints; the same result run twice. One waits beside a running one, to group what that one did not see. */
export const regroupJob: Job<z.infer<typeof payload>> = {
  name: 'regroup',
  payload,
  key: () => 'regroup',
  keyBlocks: 'waiting',
  // Regrouping reads every fingerprint: once per 10 s at most, however many enrich jobs ask for it.
  delaySeconds: 10,
  async handler(env) {
    await env.store.enrichment.regroup();
  },
};
