import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import type { JWK } from 'jose';
import { OrganisationOwnedEntity } from '../organisations';
import { Participant } from '../participants';
import { BaseEntity } from '../shared/base.entity';
import { Skill } from './skill.entity';
import { SkillLevel } from './skills.enums';

/** A credential issued for a signed-off skill: what was signed and its bit in the revocation status list. */
@ObjectType({
  description: 'An issued skill credential (Open Badges 3.0); the signed JWT itself is not stored.',
})
@Entity()
@Unique({ properties: ['statusList', 'statusIndex'] })
export class SkillCredential extends OrganisationOwnedEntity<'revokedAt'> {
  @ManyToOne(() => Participant, { ref: true })
  @Index()
  participant!: Ref<Participant>;

  @ManyToOne(() => Skill, { ref: true })
  @Index()
  skill!: Ref<Skill>;

  @Field(() => SkillLevel, { description: 'The level the credential states.' })
  @Enum({ items: () => SkillLevel })
  level!: SkillLevel;

  @Field(() => Int, { description: 'Which status list holds its revocation bit.' })
  @Property({ type: 'integer' })
  statusList!: number;

  @Field(() => Int, { description: 'Its bit in that list.' })
  @Property({ type: 'integer' })
  statusIndex!: number;

  @Field(() => Date, { description: 'When it was revoked; null while valid.', nullable: true })
  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null = null;
}

/**
 * A key pair the platform signs credentials with. The private part never leaves the database; the public parts
 * of all keys are published at /.well-known/jwks.json.
 */
@Entity()
export class CredentialSigningKey extends BaseEntity<'retiredAt'> {
  @Property({ length: 100 })
  @Unique()
  kid!: string;

  @Property({ type: 'jsonb' })
  privateJwk!: JWK;

  @Property({ type: 'jsonb' })
  publicJwk!: JWK;

  @Property({ type: 'datetime', nullable: true })
  retiredAt?: Date | null = null;
}
