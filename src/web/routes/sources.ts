import { Hono } from 'hono';
import type { Jianbao } from '../../core/index.js';
import type { WebEnv } from '../env.js';

/** /sources: filled in by the sources page commit. */
export function sourceRoutes(_jianbao: Jianbao): Hono<WebEnv> {
  return new Hono<WebEnv>();
}
