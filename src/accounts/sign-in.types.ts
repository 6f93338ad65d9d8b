import { Field, ObjectType } from 'type-graphql';
import { Role } from '../auth';

@ObjectType({
  description:
    'A demo user to sign in as, outside production only. The app names it from role, organisation and member.',
})
export class DemoAccount {
  @Field({ description: 'Stable key, e.g. "admin", "staff", "funder", "coop-staff", "member-anna".' })
  key!: string;

  @Field(() => Role, { description: 'The role its token grants.' })
  role!: Role;

  @Field(() => String, { nullable: true, description: 'Name of its organisation; null for ADMIN.' })
  organisationName!: string | null;

  @Field(() => String, { nullable: true, description: 'Display name of its member; null unless MEMBER.' })
  memberName!: string | null;

  @Field({ description: 'A local bearer token for this user, valid for 12 hours.' })
  token!: string;
}

@ObjectType({ description: 'What a web client needs for an OpenID Connect sign-in (code flow with PKCE).' })
export class OidcClientSettings {
  @Field({ description: 'The issuer URL; its /.well-known/openid-configuration lists the endpoints.' })
  issuer!: string;

  @Field({ description: 'The public client id of the web app at the issuer.' })
  clientId!: string;

  @Field({ description: 'Scopes to ask for, space-separated.' })
  scope!: string;
}

@ObjectType({ description: 'How people can sign in to this server.' })
export class SignInOptions {
  @Field(() => [DemoAccount], {
    description: 'Demo users to sign in as; always empty in production (NODE_ENV=production).',
  })
  demoAccounts!: DemoAccount[];

  @Field(() => OidcClientSettings, {
    nullable: true,
    description: 'The identity provider to sign in with; null when none is configured.',
  })
  oidc!: OidcClientSettings | null;
}
