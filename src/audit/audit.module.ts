import type { FeatureModule } from '../shared/module';
import { guardedNode } from '../auth';
import { auditScope } from './audit.policy';
import { AuditEntry } from './audit-entry.entity';
import { AuditResolver } from './audit.resolver';

/** The audit feature as the application sees it: see src/modules.ts. */
export const auditModule: FeatureModule = {
  name: 'audit',
  entities: [AuditEntry],
  resolvers: [AuditResolver],
  nodes: [
    guardedNode(AuditEntry, (viewer, entry) => {
      const scope = viewer && auditScope(viewer);
      return scope?.kind === 'all' || (scope?.kind === 'organisation' && scope.id === entry.organisationId);
    }),
  ],
};
