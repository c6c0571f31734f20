/** The core API: what the shells (CLI, web server, workers) import, and nothing below it. */
export { openJianbao, type Jianbao, type OpenJianbaoOptions } from './jianbao.js';
export { resolveConfig, DEFAULT_CONFIG, splitList, type JianbaoConfig, type ConfigLayer, type ConfigSources } from './config.js';
export { ROLES, can, authorize, type Actor, type Role, type Permission } from './actor.js';
export { JianbaoError, httpStatus, exitCode, invalidInput, type ErrorKind } from './errors.js';
export type { Message } from './messages.js';
export type { BulletinEdit, ComposeInput, BulletinWithChanges } from './services/bulletins.js';
export { printedDate, type ImportInput } from './services/issues.js';
export type { EditionInput } from './services/editions.js';
export { count, entries } from './wording.js';
export type { ImportResult, IssueSummary, StoredArticle, WebProvenance, DraftSummary, StoredSource } from '../store/types.js';
export type { AuditEntry, AuditFilter } from '../store/audit-types.js';
export type { Edition, IssueDraft, IssueChange } from '../compose/types.js';
export { FORMATS, formatOfPath, type Format } from '../compose/render/index.js';
export { displayLocation } from '../store/location.js';
export { webPlace } from '../store/web-place.js';
export type { User, Session, AddUserInput } from './services/users.js';
export type { InboxEntry, InboxQuery, TriageInput } from './services/inbox.js';
export type { InboxItem, Triage, TriageState } from '../store/triage-types.js';
