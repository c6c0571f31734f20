import { SharedBrowser } from '../compose/render/shared-browser.js';
import type { Repositories, Store } from '../store/types.js';
import type { Actor } from './actor.js';
import type { JianbaoConfig } from './config.js';

/**
 * What every service is built on: the configuration, the store, the one way changes are logged, and the one
 * Chromium PDFs print in.
 */
export interface CoreContext {
  readonly config: Readonly<JianbaoConfig>;
  readonly store: Store;
  /** The Chromium PDFs print in, kept running between renders (sign-off, downloads, render jobs); closed with the core. */
  readonly chromium: SharedBrowser;
  /** The clock, so a test can hold time still. */
  now(): Date;
  /** Appends one change to the audit log, with its actor. */
  record(actor: Actor, change: Change): Promise<void>;
  /**
   * Runs `fn` in one store transaction: a change made through `tx.store` and its audit entry (`tx.record`) land
   * together or not at all.
   */
  transaction<T>(fn: (tx: CoreTransaction) => Promise<T>): Promise<T>;
}

/** The store's repositories and the audit log, bound to one transaction. */
export interface CoreTransaction {
  readonly store: Repositories;
  record(actor: Actor, change: Change): Promise<void>;
}

/** A change as a service describes it for the audit log. */
export interface Change {
  /** `<object kind>.<verb>`: `issue.import`, `bulletin.edit`, `source.add`. */
  action: string;
  /** `<kind>:<id>`: `issue:3`. */
  object: string;
  /** One line in the user's words. */
  detail: string;
  before?: unknown;
  after?: unknown;
}

/** The context over an open store. */
export function coreContext(config: Readonly<JianbaoConfig>, store: Store, now: () => Date = () => new Date()): CoreContext {
  const recorder = (repositories: Repositories) => async (actor: Actor, change: Change) => {
    await repositories.audit.record({
      at: now().toISOString(), actor: actor.id, role: actor.role,
      action: change.action, object: change.object, detail: change.detail,
      before: change.before ?? null, after: change.after ?? null,
    });
  };
  return {
    config,
    store,
    chromium: new SharedBrowser(config.chromium),
    now,
    record: recorder(store),
    transaction: (fn) => store.transaction((tx) => fn({ store: tx, record: recorder(tx) })),
  };
}
