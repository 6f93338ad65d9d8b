import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { byIdLoader, groupBy } from '../shared/loaders';
import { FundingAgreement } from './funding-agreement.entity';
import { FundingStream } from './funding-stream.entity';
import { ParticipantFundingLink } from './participant-funding-link.entity';
import {
  PERSON_BOUND_BACKGROUNDS,
  UNLINKED_SQL,
  type UnlinkedPersonBound,
  type UnlinkedRow,
} from './person-bound.resolver';

/** Per-request loaders of the funding feature; spread into the request's loaders. */
export function createFundingLoaders(em: EntityManager) {
  return {
    fundingStreamById: byIdLoader(em, FundingStream),
    fundingAgreementById: byIdLoader(em, FundingAgreement),
    /** Participant links of each agreement, by first day. */
    participantFundingLinksByAgreementId: new DataLoader<string, ParticipantFundingLink[]>(async (ids) => {
      const rows = await em.find(
        ParticipantFundingLink,
        { agreement: { $in: [...ids] } },
        { orderBy: { fromDate: 'asc', id: 'asc' } },
      );
      return groupBy(ids, rows, (link) => link.agreement.id);
    }),
    /** Per occurrence: person-bound participants booked or present there without a link covering the date. */
    unlinkedPersonBoundByOccurrenceId: new DataLoader<string, UnlinkedPersonBound>(async (ids) => {
      const list = `{${ids.join(',')}}`;
      const rows: UnlinkedRow[] = await em.execute(UNLINKED_SQL, [
        list,
        list,
        `{${PERSON_BOUND_BACKGROUNDS.join(',')}}`,
      ]);
      const byId = new Map(rows.map((row) => [row.occurrence_id, row]));
      return ids.map((id) => ({
        participants: byId.get(id)?.participants ?? 0,
        attendedDayparts: byId.get(id)?.attended_dayparts ?? 0,
      }));
    }),
  };
}

/** The loaders this feature adds to every request's context. */
export type FundingLoaders = ReturnType<typeof createFundingLoaders>;

declare module '../auth/context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends FundingLoaders {}
}
