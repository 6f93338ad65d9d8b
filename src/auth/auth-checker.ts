import type { AuthChecker } from 'type-graphql';
import type { Context } from './context';
import { forbidden, unauthenticated } from '../shared/errors';
import type { Role } from './viewer';

/**
 * Roles at the edge: `@Authorized()` needs any viewer, `@Authorized(Role.ADMIN, ...)` one of the roles.
 * Whether the viewer may touch a particular row is decided by the policies the services call.
 */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  if (!context.viewer) throw unauthenticated();
  if (roles.length > 0 && !roles.includes(context.viewer.role)) throw forbidden();
  return true;
};
