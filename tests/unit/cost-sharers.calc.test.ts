import fc from 'fast-check';
import {
  type CostSharerRuleData,
  type HouseholdRecordData,
  NoCostSharerRule,
  costSharerNormCents,
  countCostSharers,
  householdTotal,
  perPersonNorm,
  shareOfCoupleNorm,
  sharePercent,
} from '../../src/cooperatives/household/cost-sharers.calc';
import { decideNorm, householdChangedWarning } from '../../src/cooperatives/household/norm-basis.calc';
import { compare, equals, mul, ratio, roundHalfUp, sub } from '../../src/cooperatives/household/ratio';
import { mulDiv } from '../../src/shared/money';

/** The national rules as the reference-data migration seeds them (art. 22a, age limit 21 → 27 in 2023). */
const RULES: CostSharerRuleData[] = [
  {
    validFrom: '2015-01-01',
    validUntil: '2022-12-31',
    housemateMinAge: 21,
    baseBasisPoints: 4000,
    perSharerBasisPoints: 3000,
    ageCountsFrom: 'FIRST_DAY_OF_MONTH',
  },
  {
    validFrom: '2023-01-01',
    validUntil: null,
    housemateMinAge: 27,
    baseBasisPoints: 4000,
    perSharerBasisPoints: 3000,
    ageCountsFrom: 'FIRST_DAY_OF_MONTH',
  },
];
const NATIONAL = RULES[1];

/** Published couple (B) and single norms incl. holiday allowance, 21 to pension age, in cents. */
const PUBLISHED: { from: string; couple: number; single: number }[] = [
  { from: '2022-01-01', couple: 155958, single: 109171 },
  { from: '2022-07-01', couple: 157403, single: 110182 },
  { from: '2023-01-01', couple: 170808, single: 119566 },
  { from: '2023-07-01', couple: 173802, single: 121662 },
  { from: '2025-01-01', couple: 192207, single: 134545 },
  { from: '2025-07-01', couple: 195580, single: 136906 },
  { from: '2026-01-01', couple: 200213, single: 140150 },
];

const norm = (costSharers: number, coupleNormCents: number, persons: 1 | 2 = 1) =>
  costSharerNormCents({ costSharers, coupleNormCents, rule: NATIONAL, persons });

describe('ratio', () => {
  it('rounds half up like mulDiv, exactly', () => {
    expect(roundHalfUp(ratio(5, 2))).toBe(3);
    expect(roundHalfUp(ratio(-5, 2))).toBe(-2);
    expect(roundHalfUp(ratio(7, 3))).toBe(2);
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 1, max: 1e6 }),
        (amount, num, den) => {
          expect(roundHalfUp(mul(ratio(amount), ratio(num, den)))).toBe(mulDiv(amount, num, den));
        },
      ),
    );
  });
});

describe('the cost-sharers formula ((40% + A × 30%) / A) × B', () => {
  it('gives 70%, 50%, 43.33% and 40% of B for A = 1 to 4', () => {
    expect(equals(shareOfCoupleNorm(1, NATIONAL), ratio(7, 10))).toBe(true);
    expect(equals(shareOfCoupleNorm(2, NATIONAL), ratio(1, 2))).toBe(true);
    expect(equals(shareOfCoupleNorm(3, NATIONAL), ratio(13, 30))).toBe(true);
    expect(equals(shareOfCoupleNorm(4, NATIONAL), ratio(2, 5))).toBe(true);
    expect([1, 2, 3, 4, 5, 6].map((a) => sharePercent(a, NATIONAL))).toEqual([70, 50, 43.33, 40, 38, 36.67]);
  });

  it('reproduces the published per-person amounts of July 2023 (B = €1,738.02) to the cent', () => {
    expect([2, 3, 4, 5, 6].map((a) => norm(a, 173802))).toEqual([86901, 75314, 69521, 66045, 63727]);
  });

  it('rounds once at the end: a couple gets the rounded sum, not twice a rounded half', () => {
    // A = 3, B = 200013: one person 86672.3 → 86672; a couple 173344.6 → 173345 (not 2 × 86672).
    expect(norm(3, 200013)).toBe(86672);
    expect(norm(3, 200013, 2)).toBe(173345);
  });

  it('lets a published amount for A win over the formula', () => {
    const cents = costSharerNormCents({
      costSharers: 3,
      coupleNormCents: 173802,
      rule: NATIONAL,
      persons: 2,
      publishedPerPersonCents: 75300,
    });
    expect(cents).toBe(150600);
  });

  it('refuses A below 1', () => {
    expect(() => norm(0, 170808)).toThrow(RangeError);
  });

  it('A = 1 equals the published single norm of every seeded period within one cent', () => {
    for (const period of PUBLISHED) {
      expect(Math.abs(norm(1, period.couple) - period.single)).toBeLessThanOrEqual(1);
    }
    // The known one-cent cases: 70% of the rounded couple norm rounds down where the published single norm,
    // taken from the unrounded figure, rounded up.
    expect(norm(1, 173802)).toBe(121661);
    expect(norm(1, 200213)).toBe(140149);
  });

  it('property: A = 1 equals the single norm within the rounding of published figures', () => {
    // Any exact couple norm (in 1/10000 cent); both published figures are rounded from it.
    fc.assert(
      fc.property(fc.bigInt({ min: 10_000_000n, max: 10_000_000_000n }), (exact) => {
        const couple = ratio(exact, 10000n);
        const publishedCouple = roundHalfUp(couple);
        const publishedSingle = roundHalfUp(mul(couple, ratio(7, 10)));
        expect(Math.abs(norm(1, publishedCouple) - publishedSingle)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('property: the norm per person never rises when A rises', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 10000 }),
        fc.integer({ min: 0, max: 10000 }),
        (b, a, base, perSharer) => {
          const rule = { baseBasisPoints: base, perSharerBasisPoints: perSharer };
          expect(compare(perPersonNorm(a + 1, b, rule), perPersonNorm(a, b, rule))).toBeLessThanOrEqual(0);
          const rounded = (n: number) =>
            costSharerNormCents({ costSharers: n, coupleNormCents: b, rule, persons: 1 });
          expect(rounded(a + 1)).toBeLessThanOrEqual(rounded(a));
        },
      ),
    );
  });

  it('property: the household total rises by exactly 30% of B per extra cost-sharer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 30 }), (b, a) => {
        const step = sub(householdTotal(a + 1, b, NATIONAL), householdTotal(a, b, NATIONAL));
        expect(equals(step, ratio(3000 * b, 10000))).toBe(true);
        expect(equals(householdTotal(a, b, NATIONAL), ratio((4000 + 3000 * a) * b, 10000))).toBe(true);
      }),
    );
  });
});

describe('counting cost-sharers over dated rules', () => {
  const house = (from: string, ...housemates: HouseholdRecordData['housemates']): HouseholdRecordData => ({
    from,
    housemates,
  });
  const mate = (birthDate: string, extra: { student?: boolean; commercial?: boolean } = {}) => ({
    birthDate,
    student: extra.student ?? false,
    commercial: extra.commercial ?? false,
  });

  it('counts housemates of 30 and 25: A = 3 under the limit of 21 in 2022, A = 2 under 27 from 2023', () => {
    const records = [house('2022-01-01', mate('1992-03-10'), mate('1997-03-10'))];
    expect(countCostSharers(records, RULES, '2022-11', false).costSharers).toBe(3);
    const in2023 = countCostSharers(records, RULES, '2023-01', false);
    expect(in2023).toMatchObject({ costSharers: 2, countedHousemates: 1, tooYoung: 1 });
    expect(in2023.rule?.housemateMinAge).toBe(27);
  });

  it('leaves out students and commercial lodgers or landlords, whatever their age', () => {
    const records = [
      house('2023-01-01', mate('1980-01-01', { student: true }), mate('1970-01-01', { commercial: true })),
    ];
    expect(countCostSharers(records, RULES, '2023-06', false)).toMatchObject({
      costSharers: 1,
      students: 1,
      commercial: 1,
    });
  });

  it('counts a housemate from the month they are 27 on its first day', () => {
    const records = [house('2023-01-01', mate('1996-05-01'), mate('1996-08-02'))];
    const a = (month: string) => countCostSharers(records, RULES, month, false).costSharers;
    expect([a('2023-04'), a('2023-05'), a('2023-08'), a('2023-09')]).toEqual([1, 2, 2, 3]);
  });

  it('counts from the month after the birthday when the rule says so', () => {
    const rules = RULES.map((rule) => ({ ...rule, ageCountsFrom: 'MONTH_AFTER_BIRTHDAY' as const }));
    const records = [house('2023-01-01', mate('1996-05-01'))];
    const a = (month: string) => countCostSharers(records, rules, month, false).costSharers;
    expect([a('2023-05'), a('2023-06')]).toEqual([1, 2]);
  });

  it('includes the partner of a couple and takes the record in force on the first day of the month', () => {
    const records = [house('2023-01-01'), house('2023-03-15', mate('1950-01-01'))];
    const a = (month: string) => countCostSharers(records, RULES, month, true).costSharers;
    expect([a('2022-12'), a('2023-03'), a('2023-04')]).toEqual([2, 2, 3]);
  });

  it('needs a rule only when there are housemates to judge', () => {
    expect(countCostSharers([house('2010-01-01')], [], '2010-02', false).costSharers).toBe(1);
    expect(() => countCostSharers([house('2010-01-01', mate('1950-01-01'))], [], '2010-02', false)).toThrow(
      NoCostSharerRule,
    );
  });
});

describe('deciding the norm and saying why', () => {
  const records = [
    {
      from: '2023-01-01',
      housemates: [
        { birthDate: '1990-01-01', student: false, commercial: false },
        { birthDate: '1980-01-01', student: false, commercial: false },
        { birthDate: '2003-01-01', student: false, commercial: false },
      ],
    },
  ];
  const lookups = {
    ownNormCents: () => 121662,
    coupleNormCents: () => 173802,
    publishedPerPersonCents: () => null,
  };

  it('applies the cost-sharers norm with the reason in Dutch and English', () => {
    const count = countCostSharers(records, RULES, '2023-07', false);
    const { normCents, basis } = decideNorm({ household: 'SINGLE', count, youthBand: false, ...lookups });
    expect(normCents).toBe(75314);
    expect(basis).toMatchObject({ kind: 'COST_SHARERS', costSharers: 3, coupleNormCents: 173802 });
    expect(basis.explanation).toBe(
      'Je deelt je woning met 2 volwassenen van 27 jaar of ouder: kostendelersnorm voor 3 personen, 43,33% van de norm voor gehuwden. Niet meegeteld: 1 jonger dan 27.',
    );
    expect(basis.explanationEn).toContain('You share your home with 2 adults aged 27 or older');
  });

  it('gives a couple twice the per-person norm and keeps the own norm when nobody counts', () => {
    const count = countCostSharers(records, RULES, '2023-07', true);
    expect(decideNorm({ household: 'COUPLE', count, youthBand: false, ...lookups }).normCents).toBe(
      mulDiv(173802 * 2, 2, 5),
    );
    const alone = countCostSharers([], RULES, '2023-07', false);
    const decided = decideNorm({ household: 'SINGLE_PARENT', count: alone, youthBand: false, ...lookups });
    expect(decided).toMatchObject({ normCents: 121662, basis: { kind: 'SINGLE_PARENT', costSharers: 1 } });
  });

  it('keeps the youth norm in the 18-20 band and never looks up B it does not need', () => {
    const count = countCostSharers(records, RULES, '2023-07', false);
    const decided = decideNorm({
      household: 'SINGLE',
      count,
      youthBand: true,
      ownNormCents: () => 30036,
      coupleNormCents: () => {
        throw new Error('B looked up');
      },
      publishedPerPersonCents: () => null,
    });
    expect(decided.normCents).toBe(30036);
    expect(decided.basis.kind).toBe('SINGLE');
    expect(decided.basis.explanation).toContain('onder 21 jaar geldt de kostendelersnorm niet');
  });
});

describe('the HOUSEHOLD_CHANGED warning', () => {
  it('is given only when A changes, with the old and new A as data', () => {
    expect(householdChangedWarning(2, 2)).toBeNull();
    expect(householdChangedWarning(1, 2)).toMatchObject({
      code: 'HOUSEHOLD_CHANGED',
      previousCostSharers: 1,
      costSharers: 2,
    });
  });
});

describe('the reason names who was not counted', () => {
  it('lists housemates under the limit, students and commercial lodgers', () => {
    const count = countCostSharers(
      [
        {
          from: '2026-01-01',
          housemates: [
            { birthDate: '1995-06-01', student: false, commercial: false },
            { birthDate: '2000-06-01', student: false, commercial: false },
            { birthDate: '1990-01-01', student: true, commercial: false },
            { birthDate: '1970-01-01', student: false, commercial: true },
          ],
        },
      ],
      RULES,
      '2026-03',
      false,
    );
    const { basis } = decideNorm({
      household: 'SINGLE',
      count,
      youthBand: false,
      ownNormCents: () => 140150,
      coupleNormCents: () => 200213,
      publishedPerPersonCents: () => null,
    });
    expect(basis.explanation).toBe(
      'Je deelt je woning met 1 volwassene van 27 jaar of ouder: kostendelersnorm voor 2 personen, 50% van de norm voor gehuwden. Niet meegeteld: 1 jonger dan 27, 1 student, 1 met een commerciële huur of kost.',
    );
    expect(basis.explanationEn).toBe(
      "You share your home with 1 adult aged 27 or older: the cost-sharers' norm for 2 people, 50% of the couple norm. Not counted: 1 under 27, 1 student, 1 on commercial terms.",
    );
  });
});
