import { Worker } from 'node:worker_threads';
import type { IndexSource, IndexText } from './index-text.js';

/**
 * Worker threads segmenting articles for the index (src/search/index-text.ts) while the main thread writes the
 * previous ones to the store: on a bulk load, jieba and the grams (about a third of an article's indexing time)
 * run on another core. Same code, same output as segmenting in the writer's thread.
 */

/**
 * The worker runs the TypeScript source through tsx's API: Node 20 applies no `--import` loader in workers, and
 * the CLI bundle keeps import.meta.url pointing at the sources (scripts/build.mjs), so this works from tsx, the
 * tests and the bundle alike.
 */
const WORKER_CODE = `
  const { workerData } = await import('node:worker_threads');
  const { tsImport } = await import('tsx/esm/api');
  await tsImport(workerData, ${JSON.stringify(import.meta.url)});
`;
const WORKER_SOURCE = new URL('./index-text-worker.ts', import.meta.url).href;

interface Pending {
  resolve: (texts: IndexText[]) => void;
  reject: (err: Error) => void;
}

/** A pool of segmenting workers; `close()` it when the load is done. */
export class IndexTextPool {
  private readonly workers: { worker: Worker; pending: Map<number, Pending> }[] = [];
  private nextId = 0;
  private failure: Error | null = null;

  constructor(threads: number) {
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(WORKER_CODE, { eval: true, workerData: WORKER_SOURCE });
      const pending = new Map<number, Pending>();
      worker.on('message', (m: { id: number; texts?: IndexText[]; error?: string }) => {
        const p = pending.get(m.id);
        pending.delete(m.id);
        if (m.texts) p?.resolve(m.texts);
        else p?.reject(new Error(`segmenting worker: ${m.error}`));
      });
      worker.on('error', (err) => this.fail(new Error(`segmenting worker: ${err.message}`)));
      worker.on('exit', (code) => this.fail(new Error(`segmenting worker: stopped (exit code ${code})`)));
      this.workers.push({ worker, pending });
    }
  }

  /** The index text of each article, in order, made by the least busy worker. */
  prepare(articles: IndexSource[]): Promise<IndexText[]> {
    if (this.failure) return Promise.reject(this.failure);
    const w = this.workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      w.pending.set(id, { resolve, reject });
      // Only the fields segmented: the rest of an article need not be copied across.
      w.worker.postMessage({ id, articles: articles.map(({ title, body, captions }) => ({ title, body, captions })) });
    });
  }

  async close(): Promise<void> {
    this.failure ??= new Error('segmenting worker: the pool is closed');
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  /** A worker died: every request waiting on any worker fails, and so does every later one. */
  private fail(err: Error): void {
    this.failure ??= err;
    for (const { pending } of this.workers) {
      for (const p of pending.values()) p.reject(this.failure);
      pending.clear();
    }
  }
}
