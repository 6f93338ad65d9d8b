/**
 * Matching a vacancy with participants, explained. Pure: plain values in, a ranked list with reasons out; the
 * services load the facts in a fixed number of statements and call these functions.
 *
 * Score, 0-100 (whole points):
 * - required skills 60: each requirement counts 1 when met (level at least the required one), ½ when close (one
 *   level short), 0 when missing; the share of the 60 is the average. No requirements: the full 60.
 * - nice-to-have skills 15, counted the same way. None: the full 15.
 * - day parts 15: the share of the vacancy's day parts the participant is available in. None asked: the full 15.
 * - travel 10: the same municipality 10, a neighbouring one 5, farther or unknown 0.
 * Every part only grows when a participant's level in a skill the vacancy names grows, and a skill the vacancy
 * does not name takes part in nothing: gaining a required skill never lowers the score, and ranks break ties by id
 * so that a higher score never ranks lower.
 */
import type { Daypart } from './daypart';
import { levelRank, type SkillLevelName } from './skill-level';

export interface Requirement {
  skillCode: string;
  level: SkillLevelName;
}

export interface VacancyFacts {
  id: string;
  municipalityId: string;
  dayparts: readonly Daypart[];
  required: readonly Requirement[];
  niceToHave: readonly Requirement[];
}

export interface CandidateFacts {
  id: string;
  /** Where the participant takes part (their organisation's home municipality); null when unknown. */
  municipalityId: string | null;
  /** Latest observed level per skill code (the passport). */
  skills: ReadonlyMap<string, SkillLevelName>;
  /** Day parts the participant is available in: their schedule and what they stated. */
  dayparts: ReadonlySet<Daypart>;
}

/** Pairs of neighbouring municipalities, in both directions. */
export type Neighbours = ReadonlySet<string>;

export function neighbourKey(a: string, b: string): string {
  return `${a}|${b}`;
}

export type RequirementStatus = 'MET' | 'CLOSE' | 'MISSING';
export type Travel = 'SAME_MUNICIPALITY' | 'NEIGHBOURING_MUNICIPALITY' | 'FARTHER';

export interface SkillReason {
  skillCode: string;
  /** True for a required skill, false for a nice-to-have one. */
  required: boolean;
  requiredLevel: SkillLevelName;
  /** The participant's latest level, or null when never observed. */
  actualLevel: SkillLevelName | null;
  status: RequirementStatus;
}

export interface MatchResult {
  vacancyId: string;
  candidateId: string;
  score: number;
  met: SkillReason[];
  close: SkillReason[];
  missing: SkillReason[];
  availableDayparts: Daypart[];
  unavailableDayparts: Daypart[];
  travel: Travel;
}

export const WEIGHTS = { required: 60, niceToHave: 15, dayparts: 15, travel: 10 } as const;

/** How a participant's level compares with a requirement. */
export function requirementStatus(
  required: SkillLevelName,
  actual: SkillLevelName | null,
): RequirementStatus {
  if (actual === null) return 'MISSING';
  const gap = levelRank(required) - levelRank(actual);
  if (gap <= 0) return 'MET';
  return gap === 1 ? 'CLOSE' : 'MISSING';
}

const CREDIT: Record<RequirementStatus, number> = { MET: 1, CLOSE: 0.5, MISSING: 0 };

function share(reasons: SkillReason[]): number {
  if (reasons.length === 0) return 1;
  return reasons.reduce((sum, reason) => sum + CREDIT[reason.status], 0) / reasons.length;
}

function travelOf(vacancy: VacancyFacts, candidate: CandidateFacts, neighbours: Neighbours): Travel {
  if (candidate.municipalityId === null) return 'FARTHER';
  if (candidate.municipalityId === vacancy.municipalityId) return 'SAME_MUNICIPALITY';
  return neighbours.has(neighbourKey(candidate.municipalityId, vacancy.municipalityId))
    ? 'NEIGHBOURING_MUNICIPALITY'
    : 'FARTHER';
}

const TRAVEL_SHARE: Record<Travel, number> = {
  SAME_MUNICIPALITY: 1,
  NEIGHBOURING_MUNICIPALITY: 0.5,
  FARTHER: 0,
};

/** One participant against one vacancy: the score and every reason behind it. */
export function matchCandidate(
  vacancy: VacancyFacts,
  candidate: CandidateFacts,
  neighbours: Neighbours,
): MatchResult {
  const reasons = (requirements: readonly Requirement[], required: boolean): SkillReason[] =>
    requirements.map(({ skillCode, level }) => {
      const actualLevel = candidate.skills.get(skillCode) ?? null;
      return {
        skillCode,
        required,
        requiredLevel: level,
        actualLevel,
        status: requirementStatus(level, actualLevel),
      };
    });
  const required = reasons(vacancy.required, true);
  const niceToHave = reasons(vacancy.niceToHave, false);
  const availableDayparts = vacancy.dayparts.filter((part) => candidate.dayparts.has(part));
  const unavailableDayparts = vacancy.dayparts.filter((part) => !candidate.dayparts.has(part));
  const travel = travelOf(vacancy, candidate, neighbours);
  const daypartShare = vacancy.dayparts.length === 0 ? 1 : availableDayparts.length / vacancy.dayparts.length;
  const points =
    WEIGHTS.required * share(required) +
    WEIGHTS.niceToHave * share(niceToHave) +
    WEIGHTS.dayparts * daypartShare +
    WEIGHTS.travel * TRAVEL_SHARE[travel];
  const all = [...required, ...niceToHave];
  return {
    vacancyId: vacancy.id,
    candidateId: candidate.id,
    score: Math.round(points),
    met: all.filter((reason) => reason.status === 'MET'),
    close: all.filter((reason) => reason.status === 'CLOSE'),
    missing: all.filter((reason) => reason.status === 'MISSING'),
    availableDayparts,
    unavailableDayparts,
    travel,
  };
}

/** Highest score first; equal scores by id, so that the order is total and stable. */
export function compareMatches(a: { score: number; key: string }, b: { score: number; key: string }): number {
  if (a.score !== b.score) return b.score - a.score;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Ranks participants for a vacancy, best fit first; `first` keeps the top of the list. */
export function rankCandidates(
  vacancy: VacancyFacts,
  candidates: readonly CandidateFacts[],
  neighbours: Neighbours,
  first = candidates.length,
): MatchResult[] {
  return candidates
    .map((candidate) => matchCandidate(vacancy, candidate, neighbours))
    .sort((a, b) =>
      compareMatches({ score: a.score, key: a.candidateId }, { score: b.score, key: b.candidateId }),
    )
    .slice(0, first);
}

/** Ranks vacancies for one participant, best fit first. */
export function rankVacancies(
  candidate: CandidateFacts,
  vacancies: readonly VacancyFacts[],
  neighbours: Neighbours,
  first = vacancies.length,
): MatchResult[] {
  return vacancies
    .map((vacancy) => matchCandidate(vacancy, candidate, neighbours))
    .sort((a, b) =>
      compareMatches({ score: a.score, key: a.vacancyId }, { score: b.score, key: b.vacancyId }),
    )
    .slice(0, first);
}

/**
 * What a participant still needs for one requirement, in words: "één niveau hoger in Klantcontact" / "one level
 * more in customer contact". Null when the requirement is met.
 */
export function gapText(reason: SkillReason, label: string, language: 'nl' | 'en'): string | null {
  if (reason.status === 'MET') return null;
  const levels = levelRank(reason.requiredLevel) - (reason.actualLevel ? levelRank(reason.actualLevel) : 0);
  if (reason.actualLevel === null)
    return language === 'nl' ? `nog niet gezien: ${label}` : `not yet seen: ${label}`;
  if (language === 'nl')
    return levels === 1 ? `één niveau hoger in ${label}` : `${levels} niveaus hoger in ${label}`;
  const lower = label.charAt(0).toLowerCase() + label.slice(1);
  return levels === 1 ? `one level more in ${lower}` : `${levels} levels more in ${lower}`;
}
