import { connectionTypes } from '../shared/pagination';
import { AuditEntry } from './audit-entry.entity';

const types = connectionTypes(AuditEntry, 'AuditEntry', 'audit entry');

export const AuditEntryConnection = types.ConnectionType;
export type AuditEntryConnection = InstanceType<typeof types.ConnectionType>;
