import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { FORMATS, renderIssue } from '../../compose/render/index.js';
import { houseRender } from '../../core/config.js';
import { notFound } from '../../core/errors.js';
import type { Job } from '../types.js';

const payload = z.object({
  bulletinId: z.number().int().positive(),
  formats: z.array(z.enum(FORMATS)).min(1),
  /** The folder the files go to, as `bulletin-<id>.<format>`. */
  dir: z.string().min(1),
});

/**
 * Renders a composed bulletin's files in the configured house format, PDFs in the worker's running Chromium. Each
 * file is written whole under a fixed name, so a second run replaces it.
 */
export const renderJob: Job<z.infer<typeof payload>> = {
  name: 'render',
  payload,
  key: (p) => `render:${p.bulletinId}`,
  async handler(env, p) {
    const draft = await env.store.drafts.get(p.bulletinId);
    if (!draft) throw notFound(`issue ${p.bulletinId}`, '没有这一期简报 (no such bulletin)');
    await mkdir(p.dir, { recursive: true });
    for (const format of p.formats) {
      const bytes = await renderIssue(draft, format, houseRender(env.config), env.chromium);
      await writeFileAtomic(join(p.dir, `bulletin-${p.bulletinId}.${format}`), Buffer.from(bytes));
    }
  },
};
