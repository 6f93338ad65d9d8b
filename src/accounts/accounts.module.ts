import type { FeatureModule } from '../shared/module';
import { ViewerNameResolver } from './viewer-name.resolver';
import { guardedNode, Role } from '../auth';
import { UserAccount } from './user-account.entity';
import { SignInResolver } from './sign-in.resolver';
import { UserAccountResolver } from './user-account.resolver';

/** The accounts feature as the application sees it: see src/modules.ts. */
export const accountsModule: FeatureModule = {
  name: 'accounts',
  entities: [UserAccount],
  resolvers: [ViewerNameResolver, UserAccountResolver, SignInResolver],
  nodes: [guardedNode(UserAccount, (viewer) => viewer?.role === Role.ADMIN)],
};
