import { z } from 'zod';
import type { Job } from '../types.js';

const payload = z.object({});

/** Recomputes the same-event groups from the stored fingerprints; one at a time, and the same result run twice. */
export const regroupJob: Job<z.infer<typeof payload>> = {
  name: 'regroup',
  payload,
  key: () => 'regroup',
  async handler(env) {
    await env.store.regroup();
  },
};
