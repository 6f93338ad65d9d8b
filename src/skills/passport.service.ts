import type { EntityManager } from '@mikro-orm/postgresql';
import { canSeePersonalData, type Viewer } from '../auth';
import { Participant } from '../participants';
import { todayInAmsterdam } from '../shared/clock';
import { isId } from '../shared/ids';
import type { PassportLine, PassportView } from './passport.view';

/**
 * The passport as a page or PDF shows it, for ADMIN and the organisation's staff; null for anyone else, for an
 * unknown id and for an erased participant (who lost their passport).
 */
export async function passportView(
  em: EntityManager,
  viewer: Viewer | null,
  participantId: string,
): Promise<PassportView | null> {
  if (!isId(participantId)) return null;
  const participant = await em.findOne(Participant, participantId, { populate: ['organisation'] });
  if (!participant || participant.erasedAt || !canSeePersonalData(viewer, participant.organisation.id))
    return null;
  const rows: {
    label_nl: string;
    label_en: string;
    group: string;
    level: PassportLine['level'];
    date: string;
    workshop: string | null;
    place: string | null;
  }[] = await em.execute(
    `select s.label_nl, s.label_en, s."group", latest.level, to_char(latest.observed_on, 'YYYY-MM-DD') as date,
              w.name as workshop, p.name as place
         from (select distinct on (skill_id) skill_id, level, observed_on, workshop_id
                 from skill_observation where participant_id = ?
                order by skill_id, observed_on desc, created_at desc) latest
         join skill s on s.id = latest.skill_id
         left join workshop w on w.id = latest.workshop_id
         left join place p on p.id = w.place_id
        order by s."group", s.label_nl`,
    [participant.id],
  );
  return {
    holderName: participant.displayName,
    organisationName: participant.organisation.getEntity().name,
    printedOn: todayInAmsterdam(),
    lines: rows.map((row) => ({
      labelNl: row.label_nl,
      labelEn: row.label_en,
      group: row.group,
      level: row.level,
      date: row.date,
      workshopName: row.workshop,
      placeName: row.place,
    })),
  };
}
