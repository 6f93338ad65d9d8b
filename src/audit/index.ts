/** The public surface of the audit feature: the only file other features import. */
export { AuditEntry } from './audit-entry.entity';
export type { AuditValues } from './audit.service';
export { auditFields, auditSnapshot, recordAudit } from './audit.service';
