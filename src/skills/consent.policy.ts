/**
 * Consent to be shown to employers (toestemming): recorded with a start date and a scope, withdrawable. Pure
 * rules over plain values; an employer sees a participant only while a consent is active on the day it asks.
 */
export type ConsentScopeName = 'SKILLS' | 'SKILLS_AND_NAME' | 'SKILLS_NAME_AND_CONTACT';

export interface ConsentFacts {
  scope: ConsentScopeName;
  /** First day it holds, `YYYY-MM-DD`. */
  fromDate: string;
  /** Day it was withdrawn (no longer holds from that day on); null while it holds. */
  withdrawnOn: string | null;
  /** Only this employer; null means any employer with a vacancy. */
  employerId: string | null;
}

const WIDTH: Record<ConsentScopeName, number> = { SKILLS: 1, SKILLS_AND_NAME: 2, SKILLS_NAME_AND_CONTACT: 3 };

export function isConsentActive(consent: ConsentFacts, employerId: string, today: string): boolean {
  return (
    consent.fromDate <= today &&
    (consent.withdrawnOn === null || consent.withdrawnOn > today) &&
    (consent.employerId === null || consent.employerId === employerId)
  );
}

/** The widest scope active for this employer today, or null: then the employer sees nothing of the person. */
export function activeScope(
  consents: readonly ConsentFacts[],
  employerId: string,
  today: string,
): ConsentScopeName | null {
  let best: ConsentScopeName | null = null;
  for (const consent of consents) {
    if (
      isConsentActive(consent, employerId, today) &&
      (best === null || WIDTH[consent.scope] > WIDTH[best])
    ) {
      best = consent.scope;
    }
  }
  return best;
}

/** The profile fields a scope shows besides the skills, day parts and municipality. */
export function visibleFields(scope: ConsentScopeName): { name: boolean; contact: boolean } {
  return { name: WIDTH[scope] >= 2, contact: WIDTH[scope] >= 3 };
}

/** The SQL condition (on alias `c`, parameters employer id and today) that mirrors {@link isConsentActive}. */
export const ACTIVE_CONSENT_SQL =
  'c.from_date <= ?::date and (c.withdrawn_on is null or c.withdrawn_on > ?::date) and (c.employer_id is null or c.employer_id = ?)';
