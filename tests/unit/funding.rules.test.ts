import {
  agreementsConflict,
  checkPeriod,
  checkTerms,
  overlaps,
  toBasisPoints,
} from '../../src/funding/agreement.rules';
import { FundingBasis } from '../../src/funding/funding.enums';
import {
  canManageFunder,
  canReadFunder,
  canReadPlaceFinancing,
  canRecordPlaceFinances,
  visibleAgreementFunders,
} from '../../src/funding/funding.policy';
import { Role, type Viewer } from '../../src/auth/viewer';

const none = {
  fundedPlaces: null,
  daypartsPerWeek: null,
  amountPerPlacePerYearCents: null,
  tariffCents: null,
  amountPerParticipantMonthCents: null,
  totalCents: null,
  maxShareOfCosts: null,
  ceilingCents: null,
};

describe('agreement rules', () => {
  it('keeps the terms a basis uses, defaults day parts a week and stores shares exactly', () => {
    const { terms, errors } = checkTerms(FundingBasis.PER_PLACE, {
      ...none,
      fundedPlaces: 20,
      amountPerPlacePerYearCents: 750_000,
      tariffCents: 5_000,
      maxShareOfCosts: 0.4,
    });
    expect(errors).toEqual([]);
    expect(terms).toMatchObject({ daypartsPerWeek: 10, tariffCents: null, maxShareBasisPoints: 4_000 });
    expect(toBasisPoints(0.1234)).toBe(1_234);
    expect(toBasisPoints(0.3)).toBe(3_000);
  });

  it('reports missing terms, negative amounts and shares above 100% against their fields', () => {
    const { errors } = checkTerms(FundingBasis.LUMP_SUM, { ...none, ceilingCents: -1, maxShareOfCosts: 1.5 });
    expect(errors.map((e) => [e.code, e.field?.[1]])).toEqual([
      ['NEGATIVE_AMOUNT', 'ceilingCents'],
      ['VALIDATION', 'totalCents'],
      ['VALIDATION', 'maxShareOfCosts'],
    ]);
    expect(checkTerms(FundingBasis.REVENUE, none).errors).toEqual([]);
  });

  it('finds inverted and overlapping periods', () => {
    expect(checkPeriod('2026-05', '2026-04')).toEqual([expect.objectContaining({ code: 'INVERTED_PERIOD' })]);
    expect(checkPeriod('2026-05', '2026-05')).toEqual([]);
    expect(checkPeriod('2026-05-02', null)).toEqual([]);
    expect(overlaps('2026-01', '2026-06', '2026-06', '2026-12')).toBe(true);
    expect(overlaps('2026-01', '2026-05', '2026-06', null)).toBe(false);
    expect(overlaps('2026-01-01', null, '2030-01-01', null)).toBe(true);
    const a = { from: '2026-01', until: '2026-12', workshopId: null };
    expect(agreementsConflict(a, { from: '2026-12', until: '2027-01', workshopId: 'w1' })).toBe(true);
    expect(agreementsConflict({ ...a, workshopId: 'w1' }, { ...a, workshopId: 'w2' })).toBe(false);
    expect(agreementsConflict(a, { from: '2027-01', until: '2027-12', workshopId: null })).toBe(false);
  });
});

describe('funding policies', () => {
  const viewer = (role: Role, organisationId: string | null = null): Viewer => ({
    subject: 's',
    role,
    organisationId,
    memberId: null,
  });

  it('lets funders manage and read only their own streams and overview', () => {
    expect(canManageFunder(viewer(Role.ADMIN), 'f')).toBe(true);
    expect(canManageFunder(viewer(Role.FUNDER, 'f'), 'f')).toBe(true);
    expect(canManageFunder(viewer(Role.FUNDER, 'g'), 'f')).toBe(false);
    expect(canManageFunder(viewer(Role.ORG_STAFF, 'f'), 'f')).toBe(false);
    expect(canReadFunder(viewer(Role.FUNDER, 'g'), 'f')).toBe(false);
  });

  it('lets staff record their place’s finances and funders read places they fund', () => {
    expect(canRecordPlaceFinances(viewer(Role.ORG_STAFF, 'o'), 'o')).toBe(true);
    expect(canRecordPlaceFinances(viewer(Role.FUNDER, 'o'), 'o')).toBe(false);
    expect(canReadPlaceFinancing(viewer(Role.FUNDER, 'f'), 'o', ['f'])).toBe(true);
    expect(canReadPlaceFinancing(viewer(Role.FUNDER, 'g'), 'o', ['f'])).toBe(false);
    expect(canReadPlaceFinancing(viewer(Role.ORG_STAFF, 'o'), 'o', [])).toBe(true);
    expect(canReadPlaceFinancing(viewer(Role.MEMBER), 'o', ['f'])).toBe(false);
    expect(visibleAgreementFunders(viewer(Role.FUNDER, 'f'), 'o')).toEqual({ funderId: 'f' });
    expect(visibleAgreementFunders(viewer(Role.COOP_STAFF, 'c'), 'o')).toBe('none');
  });
});
