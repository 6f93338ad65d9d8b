import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { byIdLoader, groupBy } from '../shared/loaders';
import { Enrolment } from './enrolment.entity';
import { OutflowReason } from './outflow-reason.entity';
import { EnrolmentPause } from './enrolment-pause.entity';

/** Per-request loaders of the enrolments feature. */
export function createEnrolmentLoaders(em: EntityManager) {
  return {
    enrolmentById: byIdLoader(em, Enrolment),
    /** All enrolments of each participant, newest start first. */
    enrolmentsByParticipantId: new DataLoader<string, Enrolment[]>(async (ids) => {
      const rows = await em.find(
        Enrolment,
        { participant: { $in: [...ids] } },
        { orderBy: { startDate: 'desc', id: 'asc' } },
      );
      return groupBy(ids, rows, (enrolment) => enrolment.participant.id);
    }),
    /** The pauses of each enrolment, in date order. */
    pausesByEnrolmentId: new DataLoader<string, EnrolmentPause[]>(async (ids) => {
      const rows = await em.find(
        EnrolmentPause,
        { enrolment: { $in: [...ids] } },
        { orderBy: { fromDate: 'asc', id: 'asc' } },
      );
      return groupBy(ids, rows, (pause) => pause.enrolment.id);
    }),
    outflowReasonByCode: new DataLoader<string, OutflowReason | null>(async (codes) => {
      const rows = await em.find(OutflowReason, { code: { $in: [...codes] } });
      const byCode = new Map(rows.map((row) => [row.code, row]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),
  };
}

/** The loaders this feature adds to every request's context. */
export type EnrolmentLoaders = ReturnType<typeof createEnrolmentLoaders>;

declare module '../auth/context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends EnrolmentLoaders {}
}
