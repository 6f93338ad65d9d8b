import type { EntityManager } from '@mikro-orm/postgresql';
import { EnterpriseKind, Household } from '../cooperatives';
import { EnterpriseEarnings, MemberIncome } from '../cooperatives';
import { Enterprise, EnterpriseShare } from '../cooperatives';
import { HouseholdRecord, Member } from '../cooperatives';
import { Organisation, OrganisationKind } from '../organisations';
import { monthsOfYear } from '../shared/months';
import type { FoundationDemo } from './foundation.demo';

/** Name of the demo cooperative, for tokens and README examples. */
export const DEMO_COOPERATIVE = 'Sociale Coöperatie Maastricht-Oost';

export interface CooperativesDemo {
  cooperative: Organisation;
  members: Record<'anna' | 'samira' | 'kees', Member>;
}

/**
 * An invented cooperative in Maastricht with a joint catering and three members with their own enterprises.
 * Their 2026 earnings show every warning at least once:
 * - Anna (single, 35): the worked example of DOMAIN.md (€600 a month: €400 balloons + 40% of €500 catering);
 *   June is her last general-disregard month, July it is used up, a €250 volunteer allowance in May is above
 *   the limit, December's catering takes her above the norm;
 * - Samira (single parent, child born 2018): the single-parent disregard follows the general one in July;
 * - Kees (couple, medically limited hours): the medical disregard follows the general one; his partner is 25,
 *   so the partner's earnings get no disregard.
 * Nobody recorded earnings in August (the catering closes for the holidays).
 */
export function seedCooperatives(em: EntityManager, foundation: FoundationDemo): CooperativesDemo {
  const municipality = foundation.municipalities.maastricht;
  const cooperative = em.create(Organisation, {
    name: DEMO_COOPERATIVE,
    kind: OrganisationKind.COOPERATIVE,
    municipality,
  });
  const member = (
    fields: Partial<Member> & Pick<Member, 'displayName' | 'birthDate' | 'household' | 'benefitStart'>,
  ) => em.create(Member, { organisation: cooperative, municipality, medicalLimitation: false, ...fields });
  const members = {
    anna: member({
      displayName: 'Anna de Vries',
      birthDate: '1990-04-12',
      household: Household.SINGLE,
      benefitStart: '2025-09-01',
      membershipStart: '2025-09-01',
      trialPeriodEnd: '2025-11-30',
    }),
    samira: member({
      displayName: 'Samira Benali',
      birthDate: '1988-11-03',
      household: Household.SINGLE_PARENT,
      youngestChildBirthDate: '2018-06-20',
      benefitStart: '2025-03-01',
      membershipStart: '2025-10-01',
      trialPeriodEnd: '2025-12-31',
    }),
    kees: member({
      displayName: 'Kees Janssen',
      birthDate: '1979-02-08',
      household: Household.COUPLE,
      partnerBirthDate: '2001-07-01',
      medicalLimitation: true,
      benefitStart: '2024-10-01',
      membershipStart: '2025-06-01',
    }),
  };
  const enterprise = (name: string, kind: EnterpriseKind, shares: [Member, number][]) => {
    const created = em.create(Enterprise, { organisation: cooperative, municipality, name, kind });
    for (const [holder, basisPoints] of shares) {
      em.create(EnterpriseShare, {
        enterprise: created,
        member: holder,
        organisation: cooperative,
        basisPoints,
      });
    }
    return created;
  };
  const catering = enterprise('Catering De Gedeelde Tafel', EnterpriseKind.JOINT, [
    [members.anna, 4000],
    [members.samira, 3000],
    [members.kees, 3000],
  ]);
  const balloons = enterprise('Ballonkunst Anna', EnterpriseKind.OWN, [[members.anna, 10000]]);
  const lashes = enterprise('Lash Studio Samira', EnterpriseKind.OWN, [[members.samira, 10000]]);
  const bikes = enterprise('Fietsherstel Kees', EnterpriseKind.OWN, [[members.kees, 10000]]);

  const earnings = (of: Enterprise, month: string, revenueCents: number, costsCents: number) =>
    em.create(EnterpriseEarnings, {
      enterprise: of,
      organisation: cooperative,
      month,
      revenueCents,
      costsCents,
    });
  const income = (of: Member, month: string, volunteerAllowanceCents: number, partnerEarningsCents = 0) =>
    em.create(MemberIncome, {
      member: of,
      organisation: cooperative,
      municipality,
      month,
      volunteerAllowanceCents,
      partnerEarningsCents,
    });
  for (const month of monthsOfYear(2026)) {
    if (month === '2026-08') continue;
    const december = month === '2026-12';
    earnings(catering, month, december ? 420000 : 95000, december ? 120000 : 45000);
    earnings(balloons, month, 55000, 15000);
    earnings(lashes, month, 48000, 13000);
    earnings(bikes, month, 41000, 11000);
    income(members.kees, month, 15000, 40000);
  }
  income(members.anna, '2026-05', 25000);
  // From September Anna shares her home with her brother (32) and a student: one cost-sharer besides her, so her
  // statements from then on use the cost-sharers' norm for 2 people (kostendelersnorm) and say why.
  em.create(HouseholdRecord, {
    member: members.anna,
    organisation: cooperative,
    from: '2026-09-01',
    housemates: [
      { birthDate: '1994-05-20', student: false, commercial: false },
      { birthDate: '2005-02-14', student: true, commercial: false },
    ],
  });
  return { cooperative, members };
}
