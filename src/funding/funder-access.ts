/**
 * The one question behind every path by which a funder reaches a place's figures (costs, sales, financing,
 * attendance aggregates): has this funder an ACCEPTED agreement on the place? A proposed or rejected agreement
 * gives nothing, so that a funder cannot give itself access by proposing an agreement.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { FundingAgreementStatus } from './funding.enums';

/** Whether the funder has an accepted agreement (any period) on the place. One indexed lookup. */
export async function hasAcceptedAgreement(
  em: EntityManager,
  funderId: string,
  placeId: string,
): Promise<boolean> {
  const rows: unknown[] = await em
    .getConnection()
    .execute('select 1 from funding_agreement where place_id = ? and funder_id = ? and status = ? limit 1', [
      placeId,
      funderId,
      FundingAgreementStatus.ACCEPTED,
    ]);
  return rows.length > 0;
}
