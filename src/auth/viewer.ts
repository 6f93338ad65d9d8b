import { registerEnumType } from 'type-graphql';

/** What a token allows; a later access-control pass narrows each role to its tenant. */
export enum Role {
  /** Platform administrators: everything, including rule data. */
  ADMIN = 'ADMIN',
  /** Staff (coordinator, leermeester) of one organisation that runs places. */
  ORG_STAFF = 'ORG_STAFF',
  /** A funder (municipality, care office, fund): places it funds, aggregates only about people. */
  FUNDER = 'FUNDER',
  /** Staff of one social cooperative: its members, enterprises and statements. */
  COOP_STAFF = 'COOP_STAFF',
  /** A person (participant or cooperative member): only their own data. */
  MEMBER = 'MEMBER',
  /** An employer (organisation of kind EMPLOYER): its vacancies, and people who consented to be shown to it. */
  EMPLOYER = 'EMPLOYER',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'The role a token grants.',
  valuesConfig: {
    ADMIN: { description: 'Platform administrator: everything, including rule data.' },
    ORG_STAFF: { description: "Staff of one organisation that runs places: that organisation's data." },
    FUNDER: { description: 'A funder: the places it funds, and only aggregates about the people there.' },
    COOP_STAFF: { description: 'Staff of one social cooperative: its members, enterprises and statements.' },
    MEMBER: { description: 'A participant or cooperative member: only their own data.' },
    EMPLOYER: {
      description: 'An employer: its own vacancies, and only the people who consented to be shown to it.',
    },
  },
});

/** Who is asking, taken from a verified bearer token. */
export interface Viewer {
  /** The token's subject. */
  subject: string;
  role: Role;
  /** The organisation of ORG_STAFF, FUNDER, COOP_STAFF and EMPLOYER viewers. */
  organisationId: string | null;
  /** The person of a MEMBER viewer. */
  memberId: string | null;
}
