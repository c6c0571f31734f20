import type { SearchFilters } from './types.js';
import { invalidInput } from '../core/errors.js';

/**
 * The search syntax, parsed without touching any index (a pure function of the text):
 *
 *   电池 回收            both words (AND); a run without spaces (数字经济) is matched as a phrase of its words
 *   "动力电池 回收"       a phrase across spaces: the words side by side in this order (also “…”)
 *   -储能                no article mentioning 储能
 *   +储能                储能 always: a search finding fewer than ten articles holding every term also lists
 *                        articles missing one (src/search/partial-matches.ts), never one missing 储能 or a quoted phrase
 *   华为 OR 中兴          either (OR binds two neighbouring terms or phrases)
 *   芯片 NOT 华为         as 芯片 -华为; AND between terms is what a space means
 *   section:产业环境 tag:芯片 entity:华为 source:信息产业监测 from:2021-10 to:2021-12-31
 *
 * Anything else is a literal term: operators are recognised only in these shapes, and the index query built
 * from the AST quotes every token, so no user character reaches FTS or SQL as syntax. What the parser cannot use
 * as written is kept as a literal or dropped with a warning; it throws (one-line message) only when there is no
 * sensible reading: a query over MAX_QUERY_CHARS or MAX_TERMS, or a date filter that is not a date.
 */

/** A word or phrase to look for. */
export interface QueryTerm {
  text: string;
  /** True for a quoted phrase: its words must appear side by side. */
  phrase: boolean;
  /** Typed with `+`: never left out to find articles holding most of the terms (a quoted phrase never is either). */
  required?: true;
}

/** What a query asks for. */
export interface ParsedQuery {
  /** Every group must match; a group matches when any of its terms does (OR). */
  groups: QueryTerm[][];
  /** No article matching any of these is returned. */
  excluded: QueryTerm[];
  filters: SearchFilters;
  /** Parts read differently from how they may have been meant. */
  warnings: string[];
}

/** Longest query accepted, in characters. */
export const MAX_QUERY_CHARS = 1000;
/** Most terms, phrases and filters in one query. */
export const MAX_TERMS = 64;

const FIELDS = { section: 'sections', tag: 'tags', entity: 'entities', source: 'sources', from: 'from', to: 'to' } as const;
type Field = keyof typeof FIELDS;

const CLOSING_QUOTE: Record<string, string> = { '"': '"', '“': '”', '”': '”', '「': '」' };

/** A lexical item of the query. */
type Item =
  | { kind: 'or' }
  | { kind: 'term'; term: QueryTerm; negated: boolean }
  | { kind: 'field'; field: Field; value: string; negated: boolean };

/** Parses a query; see the module comment for the syntax and what throws. */
export function parseQuery(input: string): ParsedQuery {
  const chars = [...input];
  if (chars.length > MAX_QUERY_CHARS) {
    throw invalidInput('query', `检索式太长：${chars.length} 个字符，最多 ${MAX_QUERY_CHARS} 个 (too long (${chars.length} characters; at most ${MAX_QUERY_CHARS}))`);
  }
  const warnings: string[] = [];
  const items = lex(input, warnings);
  if (items.length > MAX_TERMS) throw invalidInput('query', `检索词太多：${items.length} 个，最多 ${MAX_TERMS} 个 (too many terms (${items.length}; at most ${MAX_TERMS}))`);

  const parsed: ParsedQuery = { groups: [], excluded: [], filters: {}, warnings };
  let joinNext = false;
  items.forEach((item, i) => {
    if (item.kind === 'or') {
      const prev = items[i - 1];
      const next = items[i + 1];
      if (prev?.kind === 'term' && !prev.negated && next?.kind === 'term' && !next.negated) joinNext = true;
      else warnings.push('OR 两边都要有检索词，已忽略 (OR needs a term on each side; ignored)');
      return;
    }
    if (item.kind === 'field') {
      if (item.negated) warnings.push(`-${item.field}:${item.value}: 不支持按 ${item.field} 排除，已忽略 (excluding by ${item.field} is not supported; ignored)`);
      else addFilter(parsed.filters, item.field, item.value);
      return;
    }
    if (item.negated) parsed.excluded.push(item.term);
    else if (joinNext) parsed.groups[parsed.groups.length - 1].push(item.term);
    else parsed.groups.push([item.term]);
    joinNext = false;
  });
  return parsed;
}

/** True when the query gives nothing to search for and nothing to filter by. */
export function isEmptyQuery(q: ParsedQuery): boolean {
  return !q.groups.length && !q.excluded.length && !Object.values(q.filters).some((v) => v !== undefined);
}

/** Splits the text into items: quoted phrases, `-` exclusions, `OR`, known `field:value`, literal terms. */
function lex(input: string, warnings: string[]): Item[] {
  const items: Item[] = [];
  let i = 0;
  const s = input;
  // NOT before an item excludes it, as - does (the word users of other search boxes type).
  let not = false;
  while (i < s.length) {
    if (/\s/u.test(s[i])) {
      i++;
      continue;
    }
    let negated = not;
    not = false;
    if (s[i] === '-' && i + 1 < s.length && !/\s/u.test(s[i + 1])) {
      negated = true;
      i++;
    }
    const required = !negated && s[i] === '+' && i + 1 < s.length && !/\s/u.test(s[i + 1]);
    if (required) i++;
    const mark = (t: QueryTerm): QueryTerm => (required ? { ...t, required } : t);
    if (s[i] in CLOSING_QUOTE) {
      const close = s.indexOf(CLOSING_QUOTE[s[i]], i + 1);
      const end = close === -1 ? s.length : close;
      if (close === -1) warnings.push(`引号未闭合：${s.slice(i)} 按短语检索到末尾 (unclosed quote: read as a phrase to the end)`);
      const text = s.slice(i + 1, end).trim();
      if (text) items.push({ kind: 'term', term: mark({ text, phrase: true }), negated });
      i = end + 1;
      continue;
    }
    const quotedField = /^([a-z]+):(["“「])/i.exec(s.slice(i, i + 20));
    if (quotedField && quotedField[1].toLowerCase() in FIELDS) {
      // A quoted value may hold spaces: section:"产业 环境".
      const open = i + quotedField[0].length;
      const close = s.indexOf(CLOSING_QUOTE[quotedField[2]], open);
      const value = s.slice(open, close === -1 ? s.length : close).trim();
      i = close === -1 ? s.length : close + 1;
      if (value) items.push({ kind: 'field', field: quotedField[1].toLowerCase() as Field, value, negated });
      else warnings.push(`${quotedField[1]}:"": 没有值，已忽略 (no value; ignored)`);
      continue;
    }
    let end = i;
    while (end < s.length && !/\s/u.test(s[end])) end++;
    const word = s.slice(i, end);
    i = end;
    if (word === 'OR' && !negated) {
      items.push({ kind: 'or' });
      continue;
    }
    // AND is what neighbouring terms mean already.
    if (word === 'AND' && !negated) continue;
    if (word === 'NOT' && !negated) {
      not = true;
      continue;
    }
    const field = /^([a-z]+):(.*)$/i.exec(word);
    if (field) {
      const name = field[1].toLowerCase();
      if (name in FIELDS && field[2]) {
        items.push({ kind: 'field', field: name as Field, value: field[2], negated });
        continue;
      }
      warnings.push(
        name in FIELDS
          ? `${word}: ${name}: 后面没有值，按普通词检索 (no value after ${name}:; read as a word)`
          : `${word}: 没有 ${name}: 这个字段（可用 ${Object.keys(FIELDS).join(', ')}），按普通词检索 (unknown field ${name}:; read as a word)`,
      );
    }
    items.push({ kind: 'term', term: mark({ text: word, phrase: false }), negated });
  }
  if (not) warnings.push('NOT 后面没有检索词，已忽略 (NOT needs a term after it; ignored)');
  return items;
}

/** Adds one `field:value` to the filters; dates are checked and widened (from:2021 = 2021-01-01). */
function addFilter(filters: SearchFilters, field: Field, value: string): void {
  if (field === 'from' || field === 'to') {
    filters[field] = parseDateBound(value, field);
    return;
  }
  const key = FIELDS[field];
  filters[key] = [...(filters[key] ?? []), value];
}

/**
 * A date bound from `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (also with / or .): the first day of the period for
 * `from`, the last for `to`. Throws `<field>:<value>: not a date` otherwise.
 */
export function parseDateBound(value: string, field: 'from' | 'to'): string {
  const m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(value.trim());
  const bad = () => invalidInput(`${field}:${value}`, '不是日期，请写成 YYYY-MM-DD、YYYY-MM 或 YYYY (not a date (use YYYY-MM-DD, YYYY-MM or YYYY))');
  if (!m) throw bad();
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : field === 'from' ? 1 : 12;
  if (month < 1 || month > 12) throw bad();
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = m[3] ? Number(m[3]) : field === 'from' ? 1 : lastDay;
  if (day < 1 || day > lastDay) throw bad();
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
