import fc from 'fast-check';
import {
  computeStatements,
  holidayAllowanceReserved,
  type DisregardRuleData,
  type MemberFacts,
  type MonthIncome,
  type RuleSet,
} from '../../src/cooperatives/benefit.calc';
import { AgeBand, DisregardCondition, Household } from '../../src/cooperatives/cooperative.enums';
import { allocateByShares } from '../../src/cooperatives/earnings.calc';
import { monthsOfYear } from '../../src/shared/months';

const national = { municipalityId: null, validUntil: null };

const disregard = (
  fields: Partial<DisregardRuleData> & Pick<DisregardRuleData, 'code'>,
): DisregardRuleData => ({
  ...national,
  validFrom: '2026-01-01',
  percentageBasisPoints: 2500,
  monthlyCapCents: 28500,
  maxMonths: null,
  minAge: null,
  condition: DisregardCondition.NONE,
  startsAfterCode: null,
  replacesCode: null,
  ...fields,
});

/** The 2026 rules of DOMAIN.md §3, as the reference-data migration loads them. */
const RULES: RuleSet = {
  norms: [
    {
      ...national,
      validFrom: '2026-01-01',
      household: Household.SINGLE,
      ageBand: AgeBand.AGE_21_TO_PENSION,
      amountCents: 140150,
    },
    {
      ...national,
      validFrom: '2026-01-01',
      household: Household.SINGLE_PARENT,
      ageBand: AgeBand.AGE_21_TO_PENSION,
      amountCents: 140150,
    },
    {
      ...national,
      validFrom: '2026-01-01',
      household: Household.COUPLE,
      ageBand: AgeBand.AGE_21_TO_PENSION,
      amountCents: 200213,
    },
    {
      ...national,
      validFrom: '2026-01-01',
      household: Household.SINGLE,
      ageBand: AgeBand.AGE_18_20,
      amountCents: 34599,
    },
  ],
  disregards: [
    disregard({ code: 'GENERAL', maxMonths: 6, minAge: 27 }),
    disregard({
      code: 'SINGLE_PARENT',
      percentageBasisPoints: 1250,
      monthlyCapCents: 17766,
      maxMonths: 30,
      condition: DisregardCondition.SINGLE_PARENT_CHILD_UNDER_12,
      startsAfterCode: 'GENERAL',
    }),
    disregard({
      code: 'MEDICAL',
      percentageBasisPoints: 1500,
      monthlyCapCents: 18019,
      condition: DisregardCondition.MEDICAL_LIMITATION,
    }),
  ],
  volunteerLimits: [
    { ...national, validFrom: '2026-01-01', monthlyCents: 22000, yearlyCents: 220000, minAge: 27 },
  ],
};

const SINGLE_35: MemberFacts = {
  municipalityId: 'm1',
  household: Household.SINGLE,
  birthDate: '1990-06-15',
  youngestChildBirthDate: null,
  medicalLimitation: false,
  benefitStart: '2026-01-01',
  partnerBirthDate: null,
};

const earning = (cents: number, extra: Partial<MonthIncome> = {}): MonthIncome => ({
  memberEarningsCents: cents,
  partnerEarningsCents: 0,
  volunteerAllowanceCents: 0,
  earningsRecorded: true,
  ...extra,
});

const every = (months: string[], income: MonthIncome) => new Map(months.map((month) => [month, income]));
const YEAR = monthsOfYear(2026);

describe('benefit calculation: the worked example of DOMAIN.md §3', () => {
  it('single aged 35 earning €600: €951.50 with the general disregard, €801.50 afterwards', () => {
    const statements = computeStatements(SINGLE_35, RULES, every(YEAR, earning(60000)), YEAR);
    expect(statements[0]).toMatchObject({
      normCents: 140150,
      earningsCents: 60000,
      disregardCents: 15000,
      countedIncomeCents: 45000,
      benefitCents: 95150,
      totalIncomeCents: 155150,
      appliedRules: [
        {
          code: 'GENERAL',
          percentage: 0.25,
          capCents: 28500,
          amountCents: 15000,
          monthsUsed: 1,
          monthsLeft: 5,
        },
      ],
      warnings: [],
    });
    expect(statements[5].benefitCents).toBe(95150);
    expect(statements[5].warnings.map((w) => w.code)).toEqual(['LAST_DISREGARD_MONTH']);
    expect(statements[6]).toMatchObject({ benefitCents: 80150, disregardCents: 0, appliedRules: [] });
    expect(statements[6].warnings.map((w) => w.code)).toEqual(['DISREGARD_USED_UP']);
    expect(statements[0].holidayAllowanceReservedCents).toBe(4531); // 95150 × 5 / 105 = 4530.95
    expect(statements[0].paidOutCents).toBe(95150 - 4531);
    expect(statements[0].earnedShare).toBe(0.3211); // (140150 − 95150) / 140150
  });

  it('single parent with a child under 12 in months 7-36: €876.50', () => {
    const parent = { ...SINGLE_35, household: Household.SINGLE_PARENT, youngestChildBirthDate: '2020-03-01' };
    const statements = computeStatements(parent, RULES, every(YEAR, earning(60000)), YEAR);
    expect(statements[5].benefitCents).toBe(95150);
    expect(statements[6]).toMatchObject({
      benefitCents: 87650,
      appliedRules: [{ code: 'SINGLE_PARENT', amountCents: 7500, monthsUsed: 1, monthsLeft: 29 }],
    });
  });

  it('counts disregard months that are not consecutive', () => {
    const months = new Map(YEAR.filter((_, i) => i % 2 === 0).map((month) => [month, earning(60000)]));
    const statements = computeStatements(SINGLE_35, RULES, months, YEAR);
    expect(statements[10].appliedRules[0]).toMatchObject({ monthsUsed: 6, monthsLeft: 0 });
    expect(statements[1].warnings.map((w) => w.code)).toEqual(['NO_EARNINGS_RECORDED']);
    expect(statements[1].benefitCents).toBe(140150);
  });

  it('caps the disregard, gives the medical one without limit, none under 27', () => {
    const [capped] = computeStatements(SINGLE_35, RULES, every(['2026-01'], earning(200000)), ['2026-01']);
    expect(capped).toMatchObject({ disregardCents: 28500, benefitCents: 0 });
    expect(capped.warnings.map((w) => w.code)).toContain('EARNINGS_ABOVE_NORM');

    const medical = { ...SINGLE_35, medicalLimitation: true, benefitStart: '2024-01-01' };
    const history = every(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'], earning(0));
    const [later] = computeStatements(medical, RULES, new Map([...history, ['2026-08', earning(60000)]]), [
      '2026-08',
    ]);
    expect(later.appliedRules[0]).toMatchObject({ code: 'GENERAL', monthsUsed: 1 });

    const young = { ...SINGLE_35, birthDate: '2001-01-01' };
    const [under27] = computeStatements(young, RULES, every(['2026-01'], earning(60000)), ['2026-01']);
    expect(under27).toMatchObject({ disregardCents: 0, benefitCents: 80150 });
    expect(under27.warnings.map((w) => w.code)).toEqual(['NO_DISREGARD_UNDER_27']);
  });

  it('counts a volunteer allowance above the limit in full', () => {
    const [within] = computeStatements(
      SINGLE_35,
      RULES,
      every(['2026-01'], earning(0, { volunteerAllowanceCents: 22000 })),
      ['2026-01'],
    );
    expect(within).toMatchObject({ countedIncomeCents: 0, benefitCents: 140150, totalIncomeCents: 162150 });
    const [above] = computeStatements(
      SINGLE_35,
      RULES,
      every(['2026-01'], earning(0, { volunteerAllowanceCents: 22001 })),
      ['2026-01'],
    );
    expect(above).toMatchObject({ volunteerAllowanceCountedCents: 22001, benefitCents: 140150 - 22001 });
    expect(above.warnings.map((w) => w.code)).toEqual(['VOLUNTEER_ALLOWANCE_ABOVE_LIMIT']);
  });

  it('carries the parameters of every warning as data, so that apps can word it in any language', () => {
    const statements = computeStatements(SINGLE_35, RULES, every(YEAR, earning(60000)), YEAR);
    expect(statements[5].warnings).toEqual([
      expect.objectContaining({ code: 'LAST_DISREGARD_MONTH', ruleCode: 'GENERAL', partner: false }),
    ]);
    expect(statements[6].warnings).toEqual([
      expect.objectContaining({
        code: 'DISREGARD_USED_UP',
        ruleCode: 'GENERAL',
        maxMonths: 6,
        partner: false,
      }),
    ]);
    const [capped] = computeStatements(SINGLE_35, RULES, every(['2026-01'], earning(200000)), ['2026-01']);
    expect(capped.warnings.find((w) => w.code === 'EARNINGS_ABOVE_NORM')).toMatchObject({
      amountCents: capped.countedIncomeCents,
      limitCents: 140150,
    });
    const young = { ...SINGLE_35, birthDate: '2001-01-01' };
    const [under27] = computeStatements(young, RULES, every(['2026-01'], earning(60000)), ['2026-01']);
    expect(under27.warnings[0]).toMatchObject({ code: 'NO_DISREGARD_UNDER_27', minAge: 27 });
    const [above] = computeStatements(
      SINGLE_35,
      RULES,
      every(['2026-01'], earning(0, { volunteerAllowanceCents: 22001 })),
      ['2026-01'],
    );
    expect(above.warnings[0]).toMatchObject({ amountCents: 22001, limitCents: 22000, limitPeriod: 'MONTH' });
    const gap = new Map(YEAR.filter((_, i) => i % 2 === 0).map((month) => [month, earning(60000)]));
    const [, missing] = computeStatements(SINGLE_35, RULES, gap, YEAR);
    expect(missing.warnings[0]).toMatchObject({ code: 'NO_EARNINGS_RECORDED', month: YEAR[1] });
  });

  it('gives each partner of a couple their own disregard against the couple norm', () => {
    const couple = { ...SINGLE_35, household: Household.COUPLE, partnerBirthDate: '1985-01-01' };
    const [statement] = computeStatements(
      couple,
      RULES,
      every(['2026-01'], earning(60000, { partnerEarningsCents: 40000 })),
      ['2026-01'],
    );
    expect(statement).toMatchObject({
      normCents: 200213,
      earningsCents: 100000,
      disregardCents: 25000,
      benefitCents: 125213,
    });
    expect(statement.appliedRules.map((r) => [r.code, r.partner])).toEqual([
      ['GENERAL', false],
      ['GENERAL', true],
    ]);
  });

  it('lets a municipal regime replace the general disregard while it is valid', () => {
    const experiment = disregard({
      code: 'EXPERIMENT',
      municipalityId: 'm1',
      percentageBasisPoints: 5000,
      monthlyCapCents: 19900,
      maxMonths: 24,
      replacesCode: 'GENERAL',
      validFrom: '2026-03-01',
    });
    const rules = { ...RULES, disregards: [...RULES.disregards, experiment] };
    const statements = computeStatements(SINGLE_35, rules, every(YEAR, earning(60000)), [
      '2026-02',
      '2026-03',
    ]);
    expect(statements.map((s) => s.appliedRules[0].code)).toEqual(['GENERAL', 'EXPERIMENT']);
    expect(statements[1]).toMatchObject({ disregardCents: 19900, benefitCents: 140150 - 60000 + 19900 });
    const elsewhere = computeStatements(
      { ...SINGLE_35, municipalityId: 'm2' },
      rules,
      every(YEAR, earning(60000)),
      ['2026-03'],
    );
    expect(elsewhere[0].appliedRules[0].code).toBe('GENERAL');
  });

  it('refuses a month without a valid norm, and members under 18', () => {
    const early = { ...SINGLE_35, benefitStart: '2024-01-01' };
    expect(() => computeStatements(early, RULES, new Map(), ['2025-06'])).toThrow(/No norm/);
    const child = { ...SINGLE_35, birthDate: '2010-01-01' };
    expect(() => computeStatements(child, RULES, new Map(), ['2026-01'])).toThrow(/under 18/);
  });

  it('rounds half up and splits joint results exactly', () => {
    expect(holidayAllowanceReserved(21)).toBe(1); // 1.0
    expect(holidayAllowanceReserved(10)).toBe(0); // 0.476
    expect(holidayAllowanceReserved(105 * 2 + 21)).toBe(11); // 11.0
    expect([
      ...allocateByShares(100, [
        { memberId: 'a', basisPoints: 3333 },
        { memberId: 'b', basisPoints: 3333 },
        { memberId: 'c', basisPoints: 3334 },
      ]).values(),
    ]).toEqual([33, 33, 34]);
  });
});

describe('benefit calculation: properties', () => {
  const person = fc.record({
    household: fc.constantFrom(Household.SINGLE, Household.SINGLE_PARENT, Household.COUPLE),
    birthYear: fc.integer({ min: 1961, max: 2007 }),
    childYear: fc.integer({ min: 2010, max: 2025 }),
    medicalLimitation: fc.boolean(),
  });
  const income = fc.record({
    memberEarningsCents: fc.integer({ min: 0, max: 1_000_000 }),
    partnerEarningsCents: fc.integer({ min: 0, max: 1_000_000 }),
    volunteerAllowanceCents: fc.integer({ min: 0, max: 50_000 }),
    earningsRecorded: fc.boolean(),
  });
  const facts = (p: {
    household: Household;
    birthYear: number;
    childYear: number;
    medicalLimitation: boolean;
  }): MemberFacts => ({
    ...SINGLE_35,
    household: p.household,
    birthDate: `${p.birthYear}-05-20`,
    youngestChildBirthDate: p.household === Household.SINGLE_PARENT ? `${p.childYear}-01-01` : null,
    partnerBirthDate: p.household === Household.COUPLE ? '1980-01-01' : null,
    medicalLimitation: p.medicalLimitation,
  });
  const historyOf = (incomes: MonthIncome[]) =>
    new Map(YEAR.map((month, i) => [month, incomes[i % incomes.length]]));
  const ruleSet: RuleSet = {
    ...RULES,
    norms: [
      ...RULES.norms,
      {
        ...national,
        validFrom: '2026-01-01',
        household: Household.SINGLE_PARENT,
        ageBand: AgeBand.AGE_18_20,
        amountCents: 34599,
      },
      {
        ...national,
        validFrom: '2026-01-01',
        household: Household.COUPLE,
        ageBand: AgeBand.AGE_18_20,
        amountCents: 69198,
      },
    ],
  };

  it('benefit is a whole number of cents between 0 and the norm', () => {
    fc.assert(
      fc.property(person, fc.array(income, { minLength: 1, maxLength: 12 }), (p, incomes) => {
        for (const s of computeStatements(facts(p), ruleSet, historyOf(incomes), YEAR)) {
          expect(Number.isInteger(s.benefitCents) && Number.isInteger(s.disregardCents)).toBe(true);
          expect(s.benefitCents).toBeGreaterThanOrEqual(0);
          expect(s.benefitCents).toBeLessThanOrEqual(s.normCents);
          expect(s.paidOutCents + s.holidayAllowanceReservedCents).toBe(s.benefitCents);
          expect(s.disregardCents).toBeLessThanOrEqual(s.earningsCents);
        }
      }),
    );
  });

  it('more earnings never lower the total income', () => {
    fc.assert(
      fc.property(
        person,
        fc.array(income, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: 500_000 }),
        (p, incomes, index, extra) => {
          const history = historyOf(incomes);
          const month = YEAR[index];
          const more = new Map(history);
          const before = history.get(month)!;
          more.set(month, { ...before, memberEarningsCents: before.memberEarningsCents + extra });
          const [a] = computeStatements(facts(p), ruleSet, history, [month]);
          const [b] = computeStatements(facts(p), ruleSet, more, [month]);
          expect(b.totalIncomeCents).toBeGreaterThanOrEqual(a.totalIncomeCents);
        },
      ),
    );
  });
});
