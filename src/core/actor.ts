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

/** Throws `<actor>: a <role> may not <what>` (forbidden) unless the actor's role grants the permission. */
export function authorize(actor: Actor, permission: Permission, what: string): void {
  if (!can(actor, permission)) throw forbidden(actor.id, `a ${actor.role} may not ${what}`);
}
