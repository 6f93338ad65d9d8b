import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { FundingAgreement } from '../funding';
import {
  CostCategory,
  FundingBasis,
  FundingKind,
  FundingAgreementSide,
  FundingAgreementStatus,
} from '../funding';
import { FundingStream } from '../funding';
import { ParticipantFundingLink } from '../funding';
import { PlaceCost } from '../funding';
import { Sale } from '../funding';
import { Organisation, OrganisationKind, tenantOf } from '../organisations';
import type { Place } from '../places';
import { spreadEvenly } from '../shared/money';
import { monthRange } from '../shared/months';
import type { FoundationDemo } from './foundation.demo';

/** Names of the demo funders, for tokens and other seeders. */
export const FUNDING_DEMO = {
  careOffice: 'Zorgkantoor Zuid-Limburg',
  fund: 'Fonds Samen Meedoen',
  regionalDeal: 'Regio Deal Haaglanden',
} as const;

/** People the sessions demo created, to be counted by the Wlz agreement once both demos are merged. */
export interface FundingDemoPeople {
  /** Participants of the Maastricht place with Wlz care, linked to the Wlz agreement from January. */
  wlzParticipantIds?: string[];
}

export interface FundingDemo {
  funders: Record<'careOffice' | 'fund' | 'regionalDeal', Organisation>;
  agreements: Record<'generalProvision' | 'wlz' | 'restaurant' | 'fund' | 'regionalDeal', FundingAgreement>;
}

const YEAR = monthRange('2026-01', '2026-12');
/** Restaurant revenue of Eet per month in 2026, in cents: quieter in summer and around the holidays. */
const EET_SALES = [
  212_500, 224_000, 251_750, 268_400, 275_000, 243_200, 198_600, 176_300, 259_900, 281_100, 290_450, 232_800,
];

/**
 * Funding of the demo places in 2026: De Brug in Maastricht paid by the municipality's general provision (20
 * places), Wlz per attended day part (participants linked when given), the restaurant's sales and a lump-sum
 * fund; the Den Haag place by a regional deal capped at half its costs. Costs and sales are seeded always.
 */
export function seedFunding(
  em: EntityManager,
  foundation: FoundationDemo,
  people: FundingDemoPeople = {},
): FundingDemo {
  const funders = {
    careOffice: em.create(Organisation, {
      name: FUNDING_DEMO.careOffice,
      kind: OrganisationKind.CARE_OFFICE,
    }),
    fund: em.create(Organisation, { name: FUNDING_DEMO.fund, kind: OrganisationKind.FUND }),
    regionalDeal: em.create(Organisation, { name: FUNDING_DEMO.regionalDeal, kind: OrganisationKind.OTHER }),
  };
  const stream = (funder: Organisation, name: string, kind: FundingKind) =>
    em.create(FundingStream, { funder, name, kind });
  const agreement = (
    s: FundingStream,
    place: Place,
    basis: FundingBasis,
    terms: Partial<FundingAgreement> = {},
  ) =>
    em.create(FundingAgreement, {
      stream: s,
      funder: s.funder,
      place,
      ...tenantOf(place),
      fromMonth: '2026-01',
      untilMonth: '2026-12',
      basis,
      ...terms,
      // The demo's agreements are in force: the funder offered them and the place accepted.
      status: FundingAgreementStatus.ACCEPTED,
      proposedBy: FundingAgreementSide.FUNDER,
    });
  const { maastricht, denHaag } = foundation.places;
  const eet = foundation.workshops.find((w) => w.name === 'Eet' && w.place.id === maastricht.id)!;

  const agreements = {
    generalProvision: agreement(
      stream(
        foundation.organisations.maastrichtMunicipality,
        'Algemene voorziening dagbesteding 2026',
        FundingKind.GENERAL_PROVISION,
      ),
      maastricht,
      FundingBasis.PER_PLACE,
      { fundedPlaces: 20, daypartsPerWeek: 10, amountPerPlacePerYearCents: 720_000 },
    ),
    wlz: agreement(
      stream(funders.careOffice, 'Wlz dagbesteding groep', FundingKind.LONG_TERM_CARE),
      maastricht,
      FundingBasis.PER_ATTENDED_DAYPART,
      { tariffCents: 5_840 },
    ),
    restaurant: agreement(
      stream(foundation.organisations.maastricht, 'Verkoop restaurant Eet', FundingKind.SALES),
      maastricht,
      FundingBasis.REVENUE,
      { workshop: ref(eet) },
    ),
    fund: agreement(
      stream(funders.fund, 'Werkplaatsen voor iedereen', FundingKind.PRIVATE_FUND),
      maastricht,
      FundingBasis.LUMP_SUM,
      { totalCents: 1_500_000 },
    ),
    regionalDeal: agreement(
      stream(funders.regionalDeal, 'Regio Deal wijkbedrijven', FundingKind.REGIONAL_DEAL),
      denHaag,
      FundingBasis.LUMP_SUM,
      { totalCents: 9_000_000, maxShareBasisPoints: 5_000 },
    ),
  };
  for (const participantId of people.wlzParticipantIds ?? []) {
    em.create(ParticipantFundingLink, {
      agreement: agreements.wlz,
      participant: participantId,
      place: maastricht,
      ...tenantOf(maastricht),
      fromDate: '2026-01-01',
    });
  }

  const costs = (place: Place, category: CostCategory, amounts: number[]) =>
    YEAR.forEach((month, i) =>
      em.create(PlaceCost, {
        place,
        ...tenantOf(place),
        month,
        category,
        amountCents: amounts[i],
      }),
    );
  costs(maastricht, CostCategory.STAFF, spreadEvenly(15_000_000, 12));
  costs(
    maastricht,
    CostCategory.PREMISES,
    YEAR.map(() => 300_000),
  );
  costs(
    maastricht,
    CostCategory.MATERIALS,
    [62, 58, 71, 75, 80, 69, 55, 48, 77, 82, 85, 90].map((e) => e * 1_000),
  );
  costs(denHaag, CostCategory.STAFF, spreadEvenly(10_800_000, 12));
  costs(
    denHaag,
    CostCategory.PREMISES,
    YEAR.map(() => 200_000),
  );
  costs(
    denHaag,
    CostCategory.MATERIALS,
    YEAR.map(() => 50_000),
  );
  YEAR.forEach((month, i) =>
    em.create(Sale, {
      workshop: eet,
      place: maastricht,
      ...tenantOf(maastricht),
      month,
      amountCents: EET_SALES[i],
      description: 'Lunches and catering',
    }),
  );
  return { funders, agreements };
}
