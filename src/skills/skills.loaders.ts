import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { byIdLoader, groupBy } from '../shared/loaders';
import { MatchConsent, MunicipalityNeighbour } from './consent.entity';
import { SkillObservation, WorkshopSkill } from './observation.entity';
import { Skill } from './skill.entity';
import type { SkillLevel } from './skills.enums';
import { Vacancy } from './vacancy.entity';

/** One line of a passport as the loader reads it: the latest observation of one skill. */
export interface PassportRow {
  skillId: string;
  level: SkillLevel;
  date: string;
  workshopId: string | null;
}

/** The latest observation per skill of each participant, newest first; one statement per batch. */
export function passportLoader(em: EntityManager): DataLoader<string, PassportRow[]> {
  return new DataLoader(async (participantIds) => {
    const rows: {
      participant_id: string;
      skill_id: string;
      level: SkillLevel;
      date: string;
      workshop_id: string | null;
    }[] = await em.execute(
      `select * from (
           select distinct on (participant_id, skill_id) participant_id, skill_id, level,
                  to_char(observed_on, 'YYYY-MM-DD') as date, workshop_id
             from skill_observation
            where participant_id in (select jsonb_array_elements_text(?::jsonb)::uuid)
            order by participant_id, skill_id, observed_on desc, created_at desc
         ) latest order by date desc, skill_id`,
      [JSON.stringify(participantIds)],
    );
    return groupBy(participantIds, rows, (row) => row.participant_id).map((group) =>
      group.map((row) => ({
        skillId: row.skill_id,
        level: row.level,
        date: row.date,
        workshopId: row.workshop_id,
      })),
    );
  });
}

/** Per-request loaders of the skills feature. */
export function createSkillsLoaders(em: EntityManager) {
  return {
    skillById: byIdLoader(em, Skill),
    skillByCode: new DataLoader<string, Skill | null>(async (codes) => {
      const rows = await em.find(Skill, { code: { $in: [...codes] } });
      const byCode = new Map(rows.map((row) => [row.code, row]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),
    vacancyById: byIdLoader(em, Vacancy),
    /** Ids of each municipality's neighbours (pairs are stored once, read both ways); one statement per batch. */
    neighbourIdsByMunicipalityId: new DataLoader<string, string[]>(async (ids) => {
      const pairs = await em.find(MunicipalityNeighbour, {
        $or: [{ municipality: { $in: [...ids] } }, { neighbour: { $in: [...ids] } }],
      });
      return ids.map((id) =>
        pairs.flatMap((p) =>
          p.municipality.id === id ? [p.neighbour.id] : p.neighbour.id === id ? [p.municipality.id] : [],
        ),
      );
    }),
    passportByParticipantId: passportLoader(em),
    observationsByParticipantId: new DataLoader<string, SkillObservation[]>(async (ids) => {
      const rows = await em.find(
        SkillObservation,
        { participant: { $in: [...ids] } },
        { orderBy: { observedOn: 'desc', createdAt: 'desc' } },
      );
      return groupBy(ids, rows, (row) => row.participant.id);
    }),
    workshopSkillsByWorkshopId: new DataLoader<string, WorkshopSkill[]>(async (ids) => {
      const rows = await em.find(
        WorkshopSkill,
        { workshop: { $in: [...ids] } },
        { orderBy: { createdAt: 'asc' } },
      );
      return groupBy(ids, rows, (row) => row.workshop.id);
    }),
    consentsByParticipantId: new DataLoader<string, MatchConsent[]>(async (ids) => {
      const rows = await em.find(
        MatchConsent,
        { participant: { $in: [...ids] } },
        { orderBy: { fromDate: 'desc' } },
      );
      return groupBy(ids, rows, (row) => row.participant.id);
    }),
  };
}

/** The loaders this feature adds to every request's context. */
export type SkillsLoaders = ReturnType<typeof createSkillsLoaders>;

declare module '../auth/context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends SkillsLoaders {}
}
