import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { type Context, Role } from '../auth';
import {
  issueSkillCredential,
  revokeSkillCredential,
  rotateCredentialSigningKey,
} from './credential.service';
import {
  IssueSkillCredentialInput,
  IssueSkillCredentialPayload,
  RevokeSkillCredentialInput,
  RevokeSkillCredentialPayload,
  RotateCredentialSigningKeyInput,
  RotateCredentialSigningKeyPayload,
} from './skills.input';

@Resolver()
export class SkillCredentialResolver {
  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => IssueSkillCredentialPayload, {
    description:
      "Issues a signed credential (Open Badges 3.0, JWT-VC) for a skill in the passport. ADMIN or the organisation's staff.",
  })
  async issueSkillCredential(
    @Ctx() ctx: Context,
    @Arg('input', () => IssueSkillCredentialInput, { description: 'Whose skill.' })
    input: IssueSkillCredentialInput,
  ): Promise<IssueSkillCredentialPayload> {
    const { value, errors } = await issueSkillCredential(ctx, input);
    return { credential: value?.credential ?? null, credentialId: value?.credentialId ?? null, errors };
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => RevokeSkillCredentialPayload, {
    description: "Revokes an issued credential through the status list. ADMIN or the organisation's staff.",
  })
  async revokeSkillCredential(
    @Ctx() ctx: Context,
    @Arg('input', () => RevokeSkillCredentialInput, { description: 'Which credential.' })
    input: RevokeSkillCredentialInput,
  ): Promise<RevokeSkillCredentialPayload> {
    const { value, errors } = await revokeSkillCredential(ctx, input);
    return { revoked: value ?? false, errors };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RotateCredentialSigningKeyPayload, {
    description:
      'Signs credentials with a new key from now on; earlier keys stay published at /.well-known/jwks.json. ADMIN only.',
  })
  async rotateCredentialSigningKey(
    @Ctx() ctx: Context,
    @Arg('input', () => RotateCredentialSigningKeyInput, { description: 'Why the key changes.' })
    input: RotateCredentialSigningKeyInput,
  ): Promise<RotateCredentialSigningKeyPayload> {
    const { value, errors } = await rotateCredentialSigningKey(ctx, input);
    return { keyId: value?.kid ?? null, retiredKeyIds: value?.retired ?? [], errors };
  }
}
