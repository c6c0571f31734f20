import { openStore } from '../store/open.js';
import type { JianbaoConfig } from './config.js';
import { coreContext, type CoreContext } from './context.js';
import { applyKnowledge } from './knowledge.js';
import { AuditService } from './services/audit.js';
import { BulletinService } from './services/bulletins.js';
import { EditionService } from './services/editions.js';
import { IssueService } from './services/issues.js';
import { SearchService } from './services/search.js';
import { EnrichmentService } from './services/enrichment.js';
import { SourceService } from './services/sources.js';
import { BenchService } from './services/bench.js';
import { JobService } from './services/jobs.js';
import { WatchlistService } from './services/watchlists.js';
import { InboxService } from './services/inbox.js';
import { UserService } from './services/users.js';
import { SavedSearchService } from './services/saved-searches.js';
import { ArticleService } from './services/articles.js';
import { HistoryService } from './services/history.js';

/** How openJianbao may open the store. */
export interface OpenJianbaoOptions {
  /** Refuse to create a new store: for work that only reads. */
  mustExist?: boolean;
  /** The clock (tests hold it still). */
  now?: () => Date;
}

/**
 * jianbao's core: every workflow the CLI, the web server and the workers offer, as services that take an actor
 * and validated input, check the actor's role, return plain data and raise JianbaoErrors. Shells build a config
 * (./config.ts), open this once, call services, and close it.
 */
export interface Jianbao {
  readonly config: Readonly<JianbaoConfig>;
  /** Imported issues and their articles. */
  readonly issues: IssueService;
  /** Composed bulletins: compose, edit, render. */
  readonly bulletins: BulletinService;
  /** Editions (client profiles). */
  readonly editions: EditionService;
  /** The audit log. */
  readonly audit: AuditService;
  /** Full-text search, trends, what rose. */
  readonly search: SearchService;
  /** Enrichment, the section model, same-event groups. */
  readonly enrichment: EnrichmentService;
  /** Web sources: add, pause, remove, poll (due ones, or one now). */
  readonly sources: SourceService;
  /** Synthetic archives for measuring. */
  readonly bench: BenchService;
  /** Background jobs and the workers that run them. */
  readonly jobs: JobService;
  /** Watchlists and their alerts. */
  readonly watchlists: WatchlistService;
  /** Workbench accounts and login sessions. */
  readonly users: UserService;
  /** The 待处理 inbox and its triage. */
  readonly inbox: InboxService;
  /** Each user's saved searches. */
  readonly savedSearches: SavedSearchService;
  /** The article page: read, edit, split, merge. */
  readonly articles: ArticleService;
  /** Undo of an editor's last change. */
  readonly history: HistoryService;
  /** Releases the store (once, however often called); the instance must not be used afterwards. */
  close(): Promise<void>;
}

/** Opens the store the config names and returns the services over it. */
export async function openJianbao(config: Readonly<JianbaoConfig>, options: OpenJianbaoOptions = {}): Promise<Jianbao> {
  applyKnowledge(config.knowledge);
  const store = await openStore(config.store, { mustExist: options.mustExist });
  const ctx: CoreContext = coreContext(config, store, options.now);
  const jobs = new JobService(ctx);
  const bulletins = new BulletinService(ctx);
  let closing: Promise<void> | undefined;
  return {
    config,
    issues: new IssueService(ctx),
    bulletins,
    editions: new EditionService(ctx),
    audit: new AuditService(ctx),
    search: new SearchService(ctx),
    enrichment: new EnrichmentService(ctx),
    sources: new SourceService(ctx),
    bench: new BenchService(ctx),
    watchlists: new WatchlistService(ctx),
    jobs,
    users: new UserService(ctx),
    inbox: new InboxService(ctx),
    savedSearches: new SavedSearchService(ctx),
    articles: new ArticleService(ctx),
    history: new HistoryService(ctx),
    // Once: a server's shutdown closes the store before the command's own close (src/web/shutdown.ts). Chromium
    // after the jobs: a render job finishing as they stop prints in it.
    close() {
      closing ??= jobs.close().then(() => ctx.chromium.close()).then(() => store.close());
      return closing;
    },
  };
}
