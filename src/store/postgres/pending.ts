import type { NewSource, PollRecord, StoredSource, WebArticleInput } from '../types.js';

/**
 * The Store members the PostgreSQL backend does not implement yet. Each refuses with a one-line error naming the
 * database and the feature, so a command run against PostgreSQL says plainly what to use instead; the embedded
 * store has them all. Members move out of this class as the backend gains them.
 */
export abstract class PostgresPending {
  /** The database as shown to the user (no password). */
  protected abstract readonly name: string;

  /** A rejection saying that `feature` is not on PostgreSQL yet. */
  protected notYet(feature: string): Promise<never> {
    return Promise.reject(new Error(`${this.name}: ${feature} is not available on PostgreSQL yet; use the embedded store (--db PATH)`));
  }

  addSource(_source: NewSource): Promise<StoredSource> { return this.notYet('sources'); }
  listSources(): Promise<StoredSource[]> { return this.notYet('sources'); }
  getSource(_idOrUrl: number | string): Promise<StoredSource | null> { return this.notYet('sources'); }
  removeSource(_idOrUrl: number | string): Promise<StoredSource | null> { return this.notYet('sources'); }
  dueSources(_now: Date): Promise<StoredSource[]> { return this.notYet('sources'); }
  recordPoll(_sourceId: number, _poll: PollRecord): Promise<void> { return this.notYet('sources'); }
  hasWebArticle(_dedupKey: string): Promise<boolean> { return this.notYet('web articles'); }
  storeWebArticle(_article: WebArticleInput): Promise<{ status: 'new' | 'duplicate'; id: number }> { return this.notYet('web articles'); }
}
