import 'reflect-metadata';
import { getMetadataStorage } from 'type-graphql';
import { ABILITY_OPERATIONS, abilitiesOf, rolesWithAbility } from '../../src/auth/abilities';
import { Role } from '../../src/auth/viewer';
import { nodeSources } from '../../src/shared/node';
import { getSchema } from '../../src/schema';

describe('the abilities in me.can', () => {
  it('match the role checks of the operations each ability stands for', async () => {
    await getSchema(); // builds the metadata of every resolver
    const authorized = getMetadataStorage().authorizedFields;
    for (const [ability, operations] of Object.entries(ABILITY_OPERATIONS)) {
      for (const operation of operations) {
        const rule = authorized.find((field) => field.fieldName === operation);
        expect({ operation, found: Boolean(rule) }).toEqual({ operation, found: true });
        const expected = [...rolesWithAbility(ability as keyof typeof ABILITY_OPERATIONS)].sort();
        const roles = [...(rule!.roles as Role[])].sort();
        // `@Authorized()` without roles lets every signed-in role through and the service narrows it
        // (auditLog): there the ability may only name fewer roles, never others.
        if (roles.length === 0) expect(expected.length).toBeGreaterThan(0);
        else expect({ ability, operation, roles }).toEqual({ ability, operation, roles: expected });
      }
    }
  });

  it('gives ADMIN everything and an anonymous-like MEMBER only its own statements', () => {
    expect(Object.values(abilitiesOf(Role.ADMIN)).every(Boolean)).toBe(true);
    const member = abilitiesOf(Role.MEMBER);
    expect(Object.entries(member).filter(([, allowed]) => allowed)).toEqual([['readStatements', true]]);
  });
});

describe('global object identification', () => {
  it('can refetch every type that implements Node', async () => {
    const schema = await getSchema();
    const implementing = schema
      .getImplementations(schema.getType('Node') as never)
      .objects.map((type) => type.name)
      .sort();
    expect(implementing.length).toBeGreaterThan(20);
    expect([...nodeSources().keys()].sort()).toEqual(implementing);
  });
});
