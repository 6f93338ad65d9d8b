import type { FeatureModule } from '../shared/module';
import { AuditEntry } from './audit-entry.entity';
import { AuditResolver } from './audit.resolver';

/** The audit feature as the application sees it: see src/modules.ts. */
export const auditModule: FeatureModule = {
  name: 'audit',
  entities: [AuditEntry],
  resolvers: [AuditResolver],
};
