/**
 * The errors the core raises, one class with a kind, so each shell picks its answer without reading messages:
 * the CLI maps a kind to an exit code, the web server to an HTTP status. The message is always
 * `<input>: <problem>`, the one-line form every user-facing error takes.
 */

/** What went wrong, as far as the caller can act on it. */
export type ErrorKind =
  /** The input is malformed or out of range (a bad date, an empty query, a file that is not a bulletin). */
  | 'invalid-input'
  /** The thing named does not exist (an issue, an article, a source, a user). */
  | 'not-found'
  /** The change clashes with what is stored (a source already added, a stale save, a published issue). */
  | 'conflict'
  /** No session: the caller must log in first. */
  | 'unauthenticated'
  /** The actor's role may not do this. */
  | 'forbidden'
  /** Something the core depends on is down or missing (the database, Chromium, the network). */
  | 'unavailable'
  /** Too many attempts (wrong passwords): try again later. */
  | 'throttled';

/** An error the core raises on purpose; anything else is a bug or an unexpected failure. */
export class JianbaoError extends Error {
  override readonly name = 'JianbaoError';
  /** The input the error is about, as the user named it (a file, `issue 3`, `--from`, a URL). */
  readonly input: string;
  /** The problem, without the input. */
  readonly problem: string;

  constructor(
    readonly kind: ErrorKind,
    input: string,
    problem: string,
    options?: { cause?: unknown },
  ) {
    super(`${input}: ${problem}`, options);
    this.input = input;
    this.problem = problem;
  }
}

/** `<input>: <problem>` for malformed or out-of-range input. */
export const invalidInput = (input: string, problem: string, cause?: unknown) => new JianbaoError('invalid-input', input, problem, { cause });
/** `<input>: <problem>` for something that does not exist. */
export const notFound = (input: string, problem = '没有找到 (no such thing)', cause?: unknown) => new JianbaoError('not-found', input, problem, { cause });
/** `<input>: <problem>` for a change that clashes with what is stored. */
export const conflict = (input: string, problem: string, cause?: unknown) => new JianbaoError('conflict', input, problem, { cause });
/** `<input>: <problem>` for an actor whose role may not do this. */
export const forbidden = (input: string, problem: string) => new JianbaoError('forbidden', input, problem);
/** `<input>: <problem>` for a dependency that is down or missing. */
export const unavailable = (input: string, problem: string, cause?: unknown) => new JianbaoError('unavailable', input, problem, { cause });

/** `<input>: <problem>` for too many attempts; the problem says how long to wait. */
export const throttled = (input: string, problem: string) => new JianbaoError('throttled', input, problem);
/** `<input>: <problem>` when there is no valid session. */
export const unauthenticated = (input: string, problem: string) => new JianbaoError('unauthenticated', input, problem);

/** The kind of any thrown value: a JianbaoError's own, else `invalid-input` for errors already naming an input. */
export function errorKind(err: unknown): ErrorKind | null {
  return err instanceof JianbaoError ? err.kind : null;
}

/** The HTTP status a server answers with for an error (500 for anything the core did not raise on purpose). */
export function httpStatus(err: unknown): number {
  switch (errorKind(err)) {
    case 'invalid-input': return 400;
    case 'unauthenticated': return 401;
    case 'forbidden': return 403;
    case 'not-found': return 404;
    case 'conflict': return 409;
    case 'unavailable': return 503;
    case 'throttled': return 429;
    default: return 500;
  }
}

/**
 * The exit code the CLI ends with: 1 for failures of the work (nothing found, a clash, a refusal), 2 for usage
 * and input errors as commander's own, 69 (EX_UNAVAILABLE) when a dependency is down.
 */
export function exitCode(err: unknown): number {
  switch (errorKind(err)) {
    case 'unavailable': return 69;
    default: return 1;
  }
}

/**
 * A problem as a zh-CN reader sees it: without the English detail our messages carry last in brackets
 * (`PDF 文件不完整或已损坏 (truncated or damaged PDF (page 3: …))`); a problem without one is returned as it is.
 * Only a bracket closing the text and holding no Chinese is taken off, so a Chinese aside stays.
 */
export function zhProblem(problem: string): string {
  const text = problem.trimEnd();
  if (!text.endsWith(')')) return problem;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ')') depth++;
    else if (text[i] === '(' && --depth === 0) {
      const zh = text.slice(0, i).trimEnd();
      return zh && /\p{Script=Han}/u.test(zh) && !/\p{Script=Han}/u.test(text.slice(i)) ? zh : problem;
    }
  }
  return problem;
}

/** The zh-CN names of the things the core's inputs name (`article 12`, `issue 3`), longest first, and one by its number. */
const ZH_NOUNS: readonly (readonly [en: string, zh: string, numbered: string])[] = [
  ['saved search', '保存的搜索', '保存的搜索 #{n}'], ['watchlist', '关注', '关注 #{n}'], ['paragraph', '段落', '第 {n} 段'],
  ['article', '文章', '文章 #{n}'], ['edition', '客户版本', '客户版本 #{n}'], ['section', '栏目', '栏目 #{n}'], ['source', '来源', '来源 #{n}'],
  ['change', '修改', '修改 #{n}'], ['format', '格式', '格式 #{n}'], ['issue', '简报', '第 {n} 期'], ['job', '任务', '任务 #{n}'],
];

/**
 * An error as a zh-CN reader sees it: `<input>：<problem>` with the problem's English detail taken off
 * (`zhProblem`), a named thing in zh-CN (`文章 #12`), and no input at all when it is only an internal name
 * (a form field `file`, `watchlist.query`, an option `--edition`, a setting `JIANBAO_MAX_MB`), which says
 * nothing to the reader. A file name, an address or a date range stays as the user gave it.
 */
export function zhMessage(err: JianbaoError): string {
  const problem = zhProblem(err.problem);
  const input = zhInput(err.input);
  return input ? `${input}：${problem}` : problem;
}

/**
 * A message kept as text (a job's last error, `issue 9: 没有这一期简报 (no such bulletin)`) as zhMessage shows an
 * error; one holding no zh-CN at all (a failure from outside the core) as a plain line saying where the detail is.
 */
export function zhText(message: string): string {
  const at = /^(.*?): (?=[^:]*\p{Script=Han})/u.exec(message);
  const shown = at ? zhMessage(new JianbaoError('invalid-input', at[1]!, message.slice(at[0].length))) : zhProblem(message);
  return /\p{Script=Han}/u.test(shown) ? shown : '执行出错（详细信息见服务器日志或 jianbao jobs）';
}

/** An input in zh-CN; `article 12: paragraph 3` part by part. */
function zhInput(input: string): string {
  return input.split(': ').map(zhPart).filter(Boolean).join('：');
}

function zhPart(part: string): string {
  for (const [en, zh, numbered] of ZH_NOUNS) {
    if (part === en) return zh;
    if (!part.startsWith(`${en} `)) continue;
    const rest = part.slice(en.length + 1).replace(/^#/, '');
    return /^[0-9]+$/.test(rest) ? numbered.replace('{n}', rest) : `${zh}「${rest}」`;
  }
  return /^(--)?[A-Za-z_]+(\.[A-Za-z_]+)*$/.test(part) ? '' : part;
}
