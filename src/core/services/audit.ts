import type { AuditEntry, AuditFilter } from '../../store/audit-types.js';
import { authorize, type Actor } from '../actor.js';
import type { CoreContext } from '../context.js';

/** The audit log, for admins: every change, who, when, what, before and after. */
export class AuditService {
  constructor(private readonly ctx: CoreContext) {}

  /** Entries newest first, narrowed by user and object. */
  async list(actor: Actor, filter: AuditFilter = {}): Promise<AuditEntry[]> {
    authorize(actor, 'admin', 'read the audit log');
    return this.ctx.store.audit.list(filter);
  }
}
