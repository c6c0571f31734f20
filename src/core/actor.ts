import { forbidden } from './errors.js';

/** The roles a user can have, from most to least trusted. */
export const ROLES = ['admin', 'chief', 'editor', 'reader'] as const;
export type Role = (typeof ROLES)[number];

/** Who asks for a change or a read: every core service takes one, checks it, and logs changes with its id. */
export interface Actor {
  /** The user's name (the CLI's `--who`/$USER, the web session's user). */
  id: string;
  role: Role;
  /** For a reader (client): the one edition whose published issues they may see; null sees the general issue. */
  edition?: string | null;
}

/** What an actor may do; each core service checks one of these before it reads or changes anything. */
export type Permission =
  /** Search, list and read stored articles, trends and groups. */
  | 'archive.read'
  /** Import files, fix articles, remove issues, run enrichment and training. */
  | 'archive.write'
  /** Add, pause and remove web sources. */
  | 'sources.manage'
  /** Poll web sources now (fetch now). */
  | 'sources.poll'
  /** See drafts (composed bulletins not yet published) and their edit log. */
  | 'drafts.read'
  /** Compose and edit drafts, triage the inbox, manage editions. */
  | 'drafts.write'
  /** Sign a draft off and publish it. */
  | 'drafts.approve'
  /** Read published bulletins (a reader: only their edition's). */
  | 'published.read'
  /** Manage users and settings, read the audit log. */
  | 'admin'
  /** See background jobs, queue one, retry a dead one, run workers. */
  | 'jobs.manage';

const EDITOR: Permission[] = ['archive.read', 'archive.write', 'drafts.read', 'drafts.write', 'published.read', 'sources.poll'];

/** What each role may do. Sources are the admin's (issue #12: admin keeps users, sources and settings). */
const GRANTS: Record<Role, ReadonlySet<Permission>> = {
  admin: new Set<Permission>([...EDITOR, 'drafts.approve', 'sources.manage', 'admin', 'jobs.manage']),
  chief: new Set<Permission>([...EDITOR, 'drafts.approve', 'jobs.manage']),
  editor: new Set<Permission>(EDITOR),
  reader: new Set<Permission>(['archive.read', 'published.read']),
};

/** True when the actor's role grants the permission. */
export function can(actor: Actor, permission: Permission): boolean {
  return GRANTS[actor.role].has(permission);
}

/** The roles' names as the workbench shows them. */
export const ROLE_NAMES: Record<Role, string> = { admin: '管理员', chief: '主编', editor: '编辑', reader: '读者' };

/** What each permission lets one do, in the users' zh-CN (the refusal's first half). */
const PERMISSION_NAMES: Record<Permission, string> = {
  'archive.read': '查看档案',
  'archive.write': '修改档案',
  'sources.manage': '管理信息源',
  'sources.poll': '抓取信息源',
  'drafts.read': '查看草稿和待处理',
  'drafts.write': '编辑草稿和待处理',
  'drafts.approve': '签发简报',
  'published.read': '查看已发布的简报',
  admin: '管理用户和设置',
  'jobs.manage': '管理后台任务',
};

/** `<actor>: <角色>无权<做什么> (a <role> may not <what>)`: zh-CN first, the exact English action in brackets. */
export function refusal(actor: Actor, zh: string, what: string): string {
  const article = actor.role === 'admin' || actor.role === 'editor' ? 'an' : 'a';
  return `${ROLE_NAMES[actor.role]}无权${zh} (${article} ${actor.role} may not ${what})`;
}

/** Throws a forbidden error (see `refusal`) unless the actor's role grants the permission. */
export function authorize(actor: Actor, permission: Permission, what: string): void {
  if (!can(actor, permission)) throw forbidden(actor.id, refusal(actor, PERMISSION_NAMES[permission], what));
}
