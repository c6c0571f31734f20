/**
 * Runs in every test file (vitest setupFiles). Test files share a worker's modules (isolate is off: loading the
 * sources once per worker, not once per file, halved the suite's CPU time), so what a shared helper made for one
 * file is removed after that file here rather than by a hook the helper registers once.
 */
import { afterAll } from 'vitest';
import { cleanUpBackends } from './backends.js';

afterAll(cleanUpBackends);
