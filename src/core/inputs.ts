import { z } from 'zod';
import { findDate } from '../clean/dates.js';
import { invalidInput } from './errors.js';

/**
 * Validation at the core's edge: the CLI and the web server hand the same plain objects to the services, which
 * parse them here once. A failure is an invalid-input error naming the field, its problem in zh-CN as the form
 * labels the field (`标题不能为空`), zod's English after it in brackets for the CLI (the web shows the zh-CN only).
 */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown, name: string): T {
  const parsed = schema.safeParse(input, { error: (issue) => inChinese(issue, name) });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.length ? `${name}.${issue.path.join('.')}` : name;
  throw invalidInput(field, issue.message);
}

/** The fields as the workbench's forms (and the CLI's help) name them, by the key a schema gives them. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  title: '标题', section: '栏目', summary: '摘要', tags: '标签', tag: '标签', text: '内容', coverLine: '封面语', lines: '本期要点',
  from: '开始日期', to: '结束日期', maxPerSection: '每栏最多', highlights: '要点条数', sameStory: '同一事件相似度', edition: '版本',
  number: '期号', publication: '刊名', issueDate: '日期', name: '名称', url: '网址', every: '间隔', query: '检索词', email: '邮箱',
  password: '密码', role: '角色', username: '用户名', note: '备注', at: '段落号', entities: '机构、人物', entity: '机构/人物',
  regions: '地区', sections: '栏目顺序', source: '来源', sourceId: '来源', sameIssue: '同一期已有时', view: '视图', object: '对象',
  user: '用户', digest: '邮件', limit: '条数', offset: '起始位置', articleId: '文章编号', article: '文章编号', articles: '文章',
  ids: '文章', version: '版本号', of: '重复于', before: '排在其前的文章', change: '修改编号', page: '页码', bulletin: '简报编号',
  issue: '期', format: '格式', webhook: 'Webhook', plan: '编排方案',
};

/** zod's type names in words (never `expected number, received string`). */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  number: '数字', int: '整数', string: '文字', boolean: '是或否', array: '列表', object: '一组字段', date: '日期', bigint: '整数',
};

/** The field an issue is about, as labelled (the last named part of its path, else what the input is), else 这一项. */
function labelOf(path: readonly PropertyKey[], name: string): string {
  const key = [...path].reverse().find((p): p is string => typeof p === 'string') ?? name;
  return FIELD_LABELS[key] ?? '这一项';
}

/**
 * The one error map of the core's edge: zod's own problems in zh-CN naming the field; a schema's own message
 * (a refine's, `.min(1, '…')`) is kept as written, as zod gives it precedence.
 */
function inChinese(issue: z.core.$ZodRawIssue, name: string): string {
  const label = labelOf(issue.path ?? [], name);
  const english = z.locales.en().localeError(issue);
  const en = typeof english === 'string' ? english : (english?.message ?? '');
  const zh = problemOf(issue, label);
  return `${zh}${en ? ` (${en})` : ''}`;
}

function problemOf(issue: z.core.$ZodRawIssue, label: string): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? `请填写${label}` : `${label}应为${TYPE_NAMES[issue.expected] ?? '其他类型'}`;
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string') return n <= 1 ? `${label}不能为空` : `${label}至少 ${n} 个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return `${label}至少 ${n} 项`;
      return issue.inclusive ? `${label}不能小于 ${n}` : `${label}应大于 ${n}`;
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'string') return `${label}最多 ${n} 个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return `${label}最多 ${n} 项`;
      return issue.inclusive ? `${label}不能大于 ${n}` : `${label}应小于 ${n}`;
    }
    case 'invalid_format':
      return issue.format === 'email' ? `${label}不是有效的邮箱地址` : issue.format === 'url' ? `${label}不是有效的网址` : `${label}格式不对`;
    case 'invalid_value':
      return `${label}不是可选的值`;
    case 'not_multiple_of':
      return `${label}应为 ${issue.divisor} 的倍数`;
    case 'unrecognized_keys':
      return '有不认识的字段';
    default:
      return `${label}填写有误`;
  }
}

/** An ISO date YYYY-MM-DD naming a real day. */
export const isoDay = z.string().refine((v) => {
  const time = Date.parse(`${v}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(v);
}, '请按 YYYY-MM-DD 填写日期 (expected a date as YYYY-MM-DD)');

/** An issue date as printed (2021-10-21, 2021.10.21, 2021年10月21日) as ISO, or null when it is not one. */
export function printedDate(value: string): string | null {
  return /^\d{4}\s*[.\-/年]\s*\d{1,2}\s*[.\-/月]\s*\d{1,2}\s*日?$/u.test(value.trim()) ? findDate(value) : null;
}

/** A day as a person types it in a form (the workbench's date fields are text, 年-月-日): as printed or ISO, made ISO. */
export const typedDay = z
  .string()
  .trim()
  .transform((v) => printedDate(v) ?? v)
  .pipe(isoDay);

/** A stored object's id. */
export const id = z.number().int().positive();
