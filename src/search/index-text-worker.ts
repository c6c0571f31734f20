import { parentPort } from 'node:worker_threads';
import { indexText, type IndexSource } from './index-text.js';

/** A worker of src/search/index-text-pool.ts: segments the articles of each message, answers under its id. */
parentPort?.on('message', ({ id, articles }: { id: number; articles: IndexSource[] }) => {
  try {
    parentPort?.postMessage({ id, texts: articles.map(indexText) });
  } catch (err) {
    parentPort?.postMessage({ id, error: (err as Error).message });
  }
});
