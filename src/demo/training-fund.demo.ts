import type { EntityManager } from '@mikro-orm/postgresql';
import { Organisation, OrganisationKind } from '../organisations';
import type { Participant } from '../participants';
import {
  buildSchedule,
  EarlyEndRule,
  FundContribution,
  FundRule,
  GrantStatus,
  InstalmentRepayment,
  RepaymentInstalment,
  TrainingFund,
  TrainingGrant,
  TrainingOutcome,
  TrainingPayment,
} from '../training-fund';
import type { FoundationDemo } from './foundation.demo';

/** Name of the demo fund and of the employer that hired one of its trainees. */
export const TRAINING_FUND_DEMO = {
  fund: 'Scholingsfonds Zuid-Limburg',
  employer: 'Bouwbedrijf Heuvelland',
} as const;

/**
 * A revolving training fund of the Maastricht municipality (the demo FUNDER token sees its figures) with three
 * grants for participants of De Brug: one hired and repaying, one completed without a hire, one stopped.
 */
export function seedTrainingFund(
  em: EntityManager,
  foundation: FoundationDemo,
  participants: Participant[],
): void {
  const owner = foundation.organisations.maastrichtMunicipality;
  const people = participants.filter((p) => p.organisation.id === foundation.organisations.maastricht.id);
  if (people.length < 3) return;
  const employer = em.create(Organisation, {
    name: TRAINING_FUND_DEMO.employer,
    kind: OrganisationKind.OTHER,
  });
  const fund = em.create(TrainingFund, {
    owner,
    municipality: foundation.municipalities.maastricht,
    name: TRAINING_FUND_DEMO.fund,
  });
  const rule = em.create(FundRule, {
    fund,
    owner,
    validFrom: '2026-01-01',
    maxPerPersonCents: 500_000,
    repaymentShareBasisPoints: 5000,
    retentionMonths: 6,
    instalments: 4,
    instalmentIntervalMonths: 3,
    earlyEnd: EarlyEndRule.PRO_RATA,
    eligibleLevels: ['MBO-1', 'MBO-2', 'MBO-3', 'MBO-4'],
  });
  for (const [date, amountCents] of [
    ['2026-01-05', 5_000_000],
    ['2026-07-01', 2_500_000],
  ] as const) {
    em.create(FundContribution, { fund, owner, contributor: owner, date, amountCents });
  }
  const grant = (
    participant: Participant,
    course: string,
    provider: string,
    level: string,
    costCents: number,
    startDate: string,
    endDate: string,
  ) =>
    em.create(TrainingGrant, {
      fund,
      owner,
      participant,
      organisation: participant.organisation,
      course,
      provider,
      level,
      costCents,
      startDate,
      endDate,
      status: GrantStatus.APPROVED,
      decidedOn: '2026-01-08',
      decisionReason: 'Past binnen de regels van het fonds.',
    });
  const pay = (g: TrainingGrant, date: string, amountCents: number) => {
    g.paidCents += amountCents;
    em.create(TrainingPayment, { grant: g, fund, owner, date, amountCents });
  };

  // Hired and repaying: 50% of €2,400 in four instalments of €300, the first one paid.
  const hired = grant(
    people[0],
    'VCA en heftruck',
    'ROC Leeuwenborgh',
    'MBO-2',
    240_000,
    '2026-01-12',
    '2026-03-27',
  );
  pay(hired, '2026-01-15', 240_000);
  Object.assign(hired, {
    outcome: TrainingOutcome.COMPLETED,
    completedOn: '2026-03-27',
    employer,
    hireStart: '2026-04-01',
    rule,
  });
  buildSchedule(rule, '2026-04-01', hired.paidCents).instalments.forEach((planned) => {
    const instalment = em.create(RepaymentInstalment, {
      grant: hired,
      fund,
      owner,
      employer,
      sequence: planned.sequence,
      dueDate: planned.dueDate,
      scheduledOn: '2026-04-01',
      originalAmountCents: planned.amountCents,
      amountCents: planned.amountCents,
    });
    if (planned.sequence === 1) {
      instalment.repaidCents = planned.amountCents;
      em.create(InstalmentRepayment, {
        instalment,
        fund,
        owner,
        date: '2026-10-05',
        amountCents: planned.amountCents,
      });
    }
  });

  // Completed, no hire yet.
  const completed = grant(
    people[1],
    'Assistent logistiek',
    'Vista college',
    'MBO-1',
    180_000,
    '2026-02-02',
    '2026-06-26',
  );
  pay(completed, '2026-02-05', 90_000);
  pay(completed, '2026-04-06', 90_000);
  Object.assign(completed, { outcome: TrainingOutcome.COMPLETED, completedOn: '2026-06-26' });

  // Stopped halfway.
  const stopped = grant(
    people[2],
    'Zelfstandig werkend kok',
    'ROC Leeuwenborgh',
    'MBO-2',
    320_000,
    '2026-03-02',
    '2026-12-18',
  );
  pay(stopped, '2026-03-04', 160_000);
  Object.assign(stopped, { outcome: TrainingOutcome.STOPPED, completedOn: '2026-05-15' });
}
