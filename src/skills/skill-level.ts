/**
 * The four levels at which a leermeester sees a skill, lowest first. The order is the meaning: a level "meets" a
 * requirement when it is at least the required one, and is "close" when it is exactly one below.
 */
export const SKILL_LEVELS = ['WITH_HELP', 'INDEPENDENT', 'UNDER_PRESSURE', 'TEACHES_OTHERS'] as const;
export type SkillLevelName = (typeof SKILL_LEVELS)[number];

/** Rank of a level: WITH_HELP 1 ... TEACHES_OTHERS 4. */
export function levelRank(level: SkillLevelName): number {
  return SKILL_LEVELS.indexOf(level) + 1;
}

/** Dutch labels, as a participant and a leermeester read them on the passport. */
export const LEVEL_LABEL_NL: Record<SkillLevelName, string> = {
  WITH_HELP: 'met hulp',
  INDEPENDENT: 'zelfstandig',
  UNDER_PRESSURE: 'onder tijdsdruk of wisselende omstandigheden',
  TEACHES_OTHERS: 'leert het anderen',
};

/** English labels. */
export const LEVEL_LABEL_EN: Record<SkillLevelName, string> = {
  WITH_HELP: 'with help',
  INDEPENDENT: 'independently',
  UNDER_PRESSURE: 'under time pressure or varying conditions',
  TEACHES_OTHERS: 'teaches others',
};

export function isSkillLevel(value: string): value is SkillLevelName {
  return (SKILL_LEVELS as readonly string[]).includes(value);
}
