import {
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { getSchema } from '../../src/schema';
import { INDICATION_WORDS } from '../setup/indication-free';

const FORBIDDEN = INDICATION_WORDS;

/** Every name in the schema: types, fields, arguments, input fields and enum values. */
function schemaNames(schema: GraphQLSchema): string[] {
  const names: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    names.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        names.push(`${type.name}.${field.name}`);
        field.args.forEach((arg) => names.push(`${type.name}.${field.name}(${arg.name})`));
      }
    } else if (isInputObjectType(type)) {
      Object.values(type.getFields()).forEach((field) => names.push(`${type.name}.${field.name}`));
    } else if (isEnumType(type)) {
      type.getValues().forEach((value) => names.push(`${type.name}.${value.name}`));
    }
  }
  return names;
}

const BUILT_IN = ['String', 'Int', 'Float', 'Boolean', 'ID'];

/** Every schema element without a description. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const check = (what: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(what);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || (isScalarType(type) && BUILT_IN.includes(type.name))) continue;
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        field.args.forEach((arg) => check(`${type.name}.${field.name}(${arg.name})`, arg.description));
      }
    } else if (isInputObjectType(type)) {
      Object.values(type.getFields()).forEach((field) =>
        check(`${type.name}.${field.name}`, field.description),
      );
    } else if (isEnumType(type)) {
      type.getValues().forEach((value) => check(`${type.name}.${value.name}`, value.description));
    }
  }
  return missing;
}

describe('indication-free schema', () => {
  it('has no type, field, argument, input field or enum value about an indication, diagnosis, care category or BSN', async () => {
    const names = schemaNames(await getSchema());
    expect(names.length).toBeGreaterThan(100);
    expect(names.filter((name) => FORBIDDEN.test(name))).toEqual([]);
  });

  it('would notice such a name', () => {
    for (const name of [
      'Participant.indication',
      'CareCategory',
      'Person.bsn',
      'citizenServiceNumber',
      'diagnosis',
    ]) {
      expect(FORBIDDEN.test(name)).toBe(true);
    }
  });

  it('describes every type, field, argument and enum value of the sessions features', async () => {
    const missing = undescribed(await getSchema());
    const ours =
      /Participant|Enrolment|Outflow|Session|Slot|Occurrence|Booking|Book|Waitlist|Attendance|Roster|Week|Weekday|Background|RouteIn|KnowledgeExchange|ErrorCode|placeWeek|workshopRoster|attendanceSummary|missingRegistrations|participant|enrol|book|record/i;
    expect(missing.filter((what) => ours.test(what))).toEqual([]);
  });
});
