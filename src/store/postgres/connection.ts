import { AsyncLocalStorage } from 'node:async_hooks';
import { Client, Pool, TypeOverrides, types, type PoolClient } from 'pg';
import { JianbaoError, unavailable } from '../../core/errors.js';

/**
 * Result types set for our pools so rows come back in the shapes the SQLite backend returns (see ../rows.ts):
 * bigint ids and counts as numbers (exact below 2^53), JSON columns as their text, timestamps as ISO strings.
 */
function rowTypes(): TypeOverrides {
  const t = new TypeOverrides();
  t.setTypeParser(types.builtins.INT8, Number);
  t.setTypeParser(types.builtins.JSON, (text: string) => text);
  t.setTypeParser(types.builtins.JSONB, (text: string) => text);
  const timestamp = types.getTypeParser(types.builtins.TIMESTAMPTZ);
  t.setTypeParser(types.builtins.TIMESTAMPTZ, (text: string) => (timestamp(text) as Date).toISOString());
  return t;
}

/** How long to wait for a server before giving up, instead of the OS's minutes for an unreachable host. */
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * pg's Client, closing its connection when connecting fails. pg leaves it open when the failure is on our side
 * (the server asks for a password and we have none): the server then waits for the answer until its
 * authentication_timeout (a minute by default), keeping the process alive and a DROP DATABASE waiting.
 */
class ClosingClient extends Client {
  override connect(): Promise<Client>;
  override connect(callback: ((err: Error) => void) | ((err: null, c: Client) => void)): void;
  // biome-ignore lint/suspicious/noConfusingVoidType: the signature pg's Pool declares, overridden as it is
  override connect(callback?: ((err: Error) => void) | ((err: null, c: Client) => void)): Promise<Client> | void {
    if (!callback) return new Promise((resolve, reject) => this.connect((err: Error | null) => (err ? reject(err) : resolve(this))));
    const done = callback as (err: Error | null, c?: Client) => void;
    super.connect((err: Error | null) => (err ? this.end(() => done(err)) : done(null, this)));
  }
}

/** A connection pool for the database at `url`, returning rows in the shared row shapes. */
export function createPool(url: string): Pool {
  const pool = new Pool({ connectionString: url, types: rowTypes(), connectionTimeoutMillis: CONNECT_TIMEOUT_MS, Client: ClosingClient });
  // An idle connection the server drops is removed by the pool; without a listener it would crash the process.
  pool.on('error', () => undefined);
  // A connection lost while in use also emits 'error' on its client, which the pool does not listen to then: the
  // statement in flight fails with the same error, and that rejection is what reports it (one line per file).
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

/** A client from the pool; failing to connect is thrown as `<database>: cannot connect (<problem>)`. */
export async function connect(pool: Pool, name: string): Promise<PoolClient> {
  // A store closed while a request still ran (a server's shutdown): no connection to be had, and nothing to retry.
  if (pool.ending) throw unavailable(name, '连接已关闭 (closed)');
  try {
    return await pool.connect();
  } catch (err) {
    throw unavailable(name, `无法连接数据库 (cannot connect (${connectProblem(err)}))`, err);
  }
}

/** Error codes of connecting in words (Node's own message for a refused dual-stack connect is empty). */
const CONNECT_PROBLEMS: Record<string, string> = {
  ERR_INVALID_URL: 'not a valid URL',
  ECONNREFUSED: 'connection refused: is the server running and listening there?',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ECONNRESET: 'connection reset by the server',
};

/** pg's words when the server wants a password and none was given (SCRAM, then clear-text or MD5). */
const NO_PASSWORD = /client password must be a string|Password must be a string/;

function connectProblem(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code && CONNECT_PROBLEMS[code]) return CONNECT_PROBLEMS[code];
  const message = err instanceof Error && err.message ? err.message : String(err);
  if (NO_PASSWORD.test(message)) return 'the server asks for a password: give it in the URL, in PGPASSWORD or in ~/.pgpass';
  return message;
}

/**
 * The error as `<database>: <problem>`, unless it already names the database; a JianbaoError keeps its kind, so
 * a source already added stays a conflict after the transaction names the database.
 */
export function namedError(name: string, err: unknown): Error {
  if (err instanceof Error && err.message.startsWith(`${name}: `)) return err;
  if (err instanceof JianbaoError) return new JianbaoError(err.kind, name, err.message, { cause: err });
  return new Error(`${name}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
}

/**
 * Runs `work` in one transaction on one pooled connection: committed if it returns, rolled back if it throws.
 * A connection whose rollback fails is discarded rather than returned to the pool.
 */
export async function inTransaction<T>(pool: Pool, name: string, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await connect(pool, name);
  let broken = false;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => (broken = true));
    // Our own errors already name their input (`<url>: already a source`), as on SQLite; the server's get the database.
    throw err instanceof JianbaoError ? err : namedError(name, err);
  } finally {
    client.release(broken);
  }
}

/** Names of the statements marked `prepared`, by their text. */
const preparedNames = new Map<string, string>();

/**
 * Marks a statement that every page asks (the session, the unread count, the inbox) to be prepared once per
 * connection and its plan kept: parsing and planning them cost the server more than running them (planning the
 * inbox's seven joins took longer than the query). Its columns are named, never `*`: a kept plan whose columns a
 * migration changed fails until the connection is closed. Returns the text, to pass to `query` as usual.
 */
export function prepared(sql: string): string {
  if (!preparedNames.has(sql)) preparedNames.set(sql, `jianbao_${preparedNames.size + 1}`);
  return sql;
}

/** pg's form of a statement: named when marked `prepared`, so the connection parses and plans it once. */
function statement(sql: string, params: unknown[]): string | { name: string; text: string; values: unknown[] } {
  const name = preparedNames.get(sql);
  return name ? { name, text: sql, values: params } : sql;
}

/** Runs one statement (on a pooled connection, or on a transaction's) and gives its rows. */
export type Query = <R extends object>(sql: string, params?: unknown[]) => Promise<R[]>;

/**
 * A pool and the transaction, if any, that the current async context runs in: statements inside
 * `transaction(work)` (however deep the calls) go to its connection, others to a pooled one. Repositories are
 * built over it once and serve both.
 */
export class PgConnection {
  private readonly inside = new AsyncLocalStorage<{ client: PoolClient; open: boolean }>();

  constructor(
    readonly pool: Pool,
    readonly name: string,
  ) {}

  /** One statement: on the current transaction's connection, else on a pooled one, its failures named by the database. */
  readonly query: Query = async <R extends object>(sql: string, params: unknown[] = []) => {
    const tx = this.current();
    const s = statement(sql, params);
    if (tx) return (await (typeof s === 'string' ? tx.query<R>(s, params) : tx.query<R>(s))).rows;
    const client = await connect(this.pool, this.name);
    try {
      return (await (typeof s === 'string' ? client.query<R>(s, params) : client.query<R>(s))).rows;
    } catch (err) {
      throw namedError(this.name, err);
    } finally {
      client.release();
    }
  };

  /** Runs `work` in one transaction (see inTransaction); inside another one, joins it. */
  async transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const tx = this.current();
    if (tx) return work(tx);
    return inTransaction(this.pool, this.name, async (client) => {
      const state = { client, open: true };
      try {
        return await this.inside.run(state, () => work(client));
      } finally {
        // Work left running past the end (not awaited) goes to the pool, never to a finished transaction.
        state.open = false;
      }
    });
  }

  /** Whether the current async context runs inside `transaction(work)`. */
  inTransaction(): boolean {
    return this.current() !== null;
  }

  private current(): PoolClient | null {
    const state = this.inside.getStore();
    return state?.open ? state.client : null;
  }
}
