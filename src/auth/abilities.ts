import { Field, ObjectType } from 'type-graphql';
import { Role } from './viewer';

/**
 * What a role may do, for clients that shape their menus: each ability names the operations it stands for, and
 * is true exactly when those operations' role check lets the role through (`tests/unit/abilities.test.ts`
 * holds the two together). Tenant rules still apply on top: staff act for their own organisation only.
 */
@ObjectType('ViewerAbilities', { description: 'What the viewer may do; menus can follow it.' })
export class ViewerAbilities {
  @Field({
    description: 'Add organisations and user accounts, edit rule data (createOrganisation, createNorm).',
  })
  administer!: boolean;

  @Field({
    description:
      'Manage places, workshops and session slots (createPlace, createWorkshop, createSessionSlot).',
  })
  managePlaces!: boolean;

  @Field({ description: 'Register, enrol and book participants (registerParticipant, enrol, book).' })
  manageParticipants!: boolean;

  @Field({ description: 'Register attendance (recordAttendance, recordAttendanceBulk).' })
  registerAttendance!: boolean;

  @Field({
    description: "Read a place's financing and attendance figures (placeFinancing, attendanceSummary).",
  })
  readFinancing!: boolean;

  @Field({
    description: 'Manage funding streams and agreements as a funder (createFundingStream, funderOverview).',
  })
  manageFunding!: boolean;

  @Field({ description: 'Record costs and sales of places (recordPlaceCost, recordSales).' })
  recordPlaceFinances!: boolean;

  @Field({
    description: "Manage a cooperative's members, enterprises and earnings (createMember, recordEarnings).",
  })
  manageCooperative!: boolean;

  @Field({
    description: 'Read benefit statements (benefitStatement): staff for their members, a member their own.',
  })
  readStatements!: boolean;

  @Field({ description: 'Read the audit log of changes (auditLog).' })
  readAuditLog!: boolean;

  @Field({ description: 'Edit rule data: norms, disregard rules, volunteer limits (createNorm).' })
  manageRules!: boolean;
}

const ROLES_OF: Record<keyof ViewerAbilities, readonly Role[]> = {
  administer: [Role.ADMIN],
  managePlaces: [Role.ADMIN, Role.ORG_STAFF],
  manageParticipants: [Role.ADMIN, Role.ORG_STAFF],
  registerAttendance: [Role.ADMIN, Role.ORG_STAFF],
  readFinancing: [Role.ADMIN, Role.ORG_STAFF, Role.FUNDER],
  manageFunding: [Role.ADMIN, Role.FUNDER],
  recordPlaceFinances: [Role.ADMIN, Role.ORG_STAFF],
  manageCooperative: [Role.ADMIN, Role.COOP_STAFF, Role.ORG_STAFF],
  readStatements: [Role.ADMIN, Role.COOP_STAFF, Role.ORG_STAFF, Role.MEMBER],
  readAuditLog: [Role.ADMIN, Role.ORG_STAFF, Role.COOP_STAFF],
  manageRules: [Role.ADMIN],
};

/** The operations each ability stands for (checked against their `@Authorized` roles by a unit test). */
export const ABILITY_OPERATIONS: Record<keyof ViewerAbilities, readonly string[]> = {
  administer: ['createOrganisation'],
  managePlaces: ['createPlace', 'createWorkshop', 'createSessionSlot'],
  manageParticipants: ['registerParticipant', 'enrol', 'book'],
  registerAttendance: ['recordAttendance', 'recordAttendanceBulk'],
  readFinancing: ['placeFinancing', 'attendanceSummary'],
  manageFunding: ['createFundingStream', 'funderOverview'],
  recordPlaceFinances: ['recordPlaceCost', 'recordSales'],
  manageCooperative: ['createMember', 'recordEarnings'],
  readStatements: ['benefitStatement'],
  readAuditLog: ['auditLog'],
  manageRules: ['createNorm'],
};

/** The roles that hold an ability. */
export function rolesWithAbility(ability: keyof ViewerAbilities): readonly Role[] {
  return ROLES_OF[ability];
}

/** The abilities of a role. */
export function abilitiesOf(role: Role): ViewerAbilities {
  const abilities = new ViewerAbilities();
  for (const [ability, roles] of Object.entries(ROLES_OF) as [keyof ViewerAbilities, readonly Role[]][]) {
    abilities[ability] = roles.includes(role);
  }
  return abilities;
}
