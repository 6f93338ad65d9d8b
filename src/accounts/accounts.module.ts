import type { FeatureModule } from '../shared/module';
import { UserAccount } from './user-account.entity';
import { SignInResolver } from './sign-in.resolver';
import { UserAccountResolver } from './user-account.resolver';

/** The accounts feature as the application sees it: see src/modules.ts. */
export const accountsModule: FeatureModule = {
  name: 'accounts',
  entities: [UserAccount],
  resolvers: [UserAccountResolver, SignInResolver],
};
