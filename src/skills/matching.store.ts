/**
 * The facts matching needs, read in a fixed number of SQL statements whatever the number of participants:
 * one for the candidates with their latest levels, schedule and stated day parts (and, for an employer, the
 * consent scope), one for the neighbouring municipalities. Tables: see the skills entities.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Daypart, daypartOf } from './daypart';
import type { CandidateFacts, Neighbours } from './matching.calc';
import { neighbourKey } from './matching.calc';
import type { ConsentScopeName } from './consent.policy';
import type { SkillLevelName } from './skill-level';
import type { WeekdayName } from '../shared/dates';

/** Whose participants a ranking may include. */
export type CandidatePool =
  /** Staff: their own organisation's participants. */
  | { kind: 'organisation'; organisationId: string }
  /** ADMIN: participants of organisations based in these municipalities. */
  | { kind: 'region'; municipalityIds: string[] }
  /** An employer: only participants of the region (these municipalities) with a consent active today for it. */
  | { kind: 'consented'; employerId: string; municipalityIds: string[] }
  /** One participant (their own matches). */
  | { kind: 'participant'; participantId: string };

export interface CandidateRow {
  facts: CandidateFacts;
  organisationId: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  /** The consent scope active for the employer (pool `consented`); null for other pools. */
  scope: ConsentScopeName | null;
  /** The day each loaded skill's latest level was seen. */
  seenOn: Map<string, string>;
}

const SCOPE_WIDTH_SQL = `case c.scope when 'SKILLS' then 1 when 'SKILLS_AND_NAME' then 2 else 3 end`;
const SCOPES: ConsentScopeName[] = ['SKILLS', 'SKILLS_AND_NAME', 'SKILLS_NAME_AND_CONTACT'];

function poolFilter(pool: CandidatePool): { sql: string; params: unknown[] } {
  switch (pool.kind) {
    case 'organisation':
      return { sql: 'p.organisation_id = ?', params: [pool.organisationId] };
    case 'region':
      return {
        sql: 'o.municipality_id in (select jsonb_array_elements_text(?::jsonb)::uuid)',
        params: [JSON.stringify(pool.municipalityIds)],
      };
    case 'participant':
      return { sql: 'p.id = ?', params: [pool.participantId] };
    case 'consented':
      return {
        sql: 'consent.width is not null and o.municipality_id in (select jsonb_array_elements_text(?::jsonb)::uuid)',
        params: [JSON.stringify(pool.municipalityIds)],
      };
  }
}

interface Row {
  id: string;
  organisation_id: string;
  municipality_id: string | null;
  display_name: string;
  email: string | null;
  phone: string | null;
  width: number | null;
  skills: [string, SkillLevelName, string][];
  slots: [WeekdayName, string][];
  stated: Daypart[] | null;
}

/**
 * Candidates of a pool with their latest level in each of `skillCodes` (all skills when null), the day parts of
 * their live weekly bookings and their stated availability. One statement.
 */
export async function loadCandidates(
  em: EntityManager,
  pool: CandidatePool,
  skillCodes: string[] | null,
  today: string,
): Promise<CandidateRow[]> {
  const filter = poolFilter(pool);
  const employerId = pool.kind === 'consented' ? pool.employerId : null;
  const rows: Row[] = await em.execute(
    `with cand as (
       select p.id, p.organisation_id, o.municipality_id, p.display_name, p.email, p.phone, consent.width
         from participant p
         join organisation o on o.id = p.organisation_id
         left join lateral (
           select max(${SCOPE_WIDTH_SQL}) as width
             from match_consent c
            where c.participant_id = p.id and ?::uuid is not null
              and c.from_date <= ?::date and (c.withdrawn_on is null or c.withdrawn_on > ?::date)
              and (c.employer_id is null or c.employer_id = ?::uuid)
         ) consent on true
        where p.erased_at is null and ${filter.sql}
     ),
     levels as (
       select distinct on (so.participant_id, so.skill_id) so.participant_id, s.code, so.level,
              to_char(so.observed_on, 'YYYY-MM-DD') as date
         from skill_observation so
         join cand on cand.id = so.participant_id
         join skill s on s.id = so.skill_id
        where ?::jsonb is null or s.code in (select jsonb_array_elements_text(?::jsonb))
        order by so.participant_id, so.skill_id, so.observed_on desc, so.created_at desc
     ),
     skills as (
       select participant_id, json_agg(json_build_array(code, level, date)) as skills from levels group by participant_id
     ),
     slots as (
       select rb.participant_id, json_agg(distinct jsonb_build_array(ss.weekday, ss.start_time)) as slots
         from recurring_booking rb
         join cand on cand.id = rb.participant_id
         join session_slot ss on ss.id = rb.slot_id
        where rb.cancelled_at is null and rb.from_date <= ?::date and (rb.until_date is null or rb.until_date >= ?::date)
          and (ss.valid_until is null or ss.valid_until >= ?::date)
        group by rb.participant_id
     )
     select cand.*, coalesce(skills.skills, '[]') as skills, coalesce(slots.slots, '[]') as slots, pa.dayparts as stated
       from cand
       left join skills on skills.participant_id = cand.id
       left join slots on slots.participant_id = cand.id
       left join participant_availability pa on pa.participant_id = cand.id
      order by cand.id`,
    [
      employerId,
      today,
      today,
      employerId,
      ...filter.params,
      skillCodes ? JSON.stringify(skillCodes) : null,
      skillCodes ? JSON.stringify(skillCodes) : null,
      today,
      today,
      today,
    ],
  );
  return rows.map((row) => {
    const dayparts = new Set<Daypart>(row.stated ?? []);
    for (const [weekday, start] of row.slots) dayparts.add(daypartOf(weekday, start));
    return {
      facts: {
        id: row.id,
        municipalityId: row.municipality_id,
        skills: new Map(row.skills.map(([code, level]) => [code, level])),
        dayparts,
      },
      organisationId: row.organisation_id,
      displayName: row.display_name,
      email: row.email,
      phone: row.phone,
      scope: row.width === null ? null : SCOPES[row.width - 1],
      seenOn: new Map(row.skills.map(([code, , date]) => [code, date])),
    };
  });
}

/** Neighbouring municipalities of some municipalities, as both-way pairs. One statement. */
export async function loadNeighbours(em: EntityManager, municipalityIds: string[]): Promise<Neighbours> {
  const rows: { municipality_id: string; neighbour_id: string }[] = await em.execute(
    `select municipality_id, neighbour_id from municipality_neighbour
      where municipality_id in (select jsonb_array_elements_text(?::jsonb)::uuid)
         or neighbour_id in (select jsonb_array_elements_text(?::jsonb)::uuid)`,
    [JSON.stringify(municipalityIds), JSON.stringify(municipalityIds)],
  );
  const pairs = new Set<string>();
  for (const row of rows) {
    pairs.add(neighbourKey(row.municipality_id, row.neighbour_id));
    pairs.add(neighbourKey(row.neighbour_id, row.municipality_id));
  }
  return pairs;
}
