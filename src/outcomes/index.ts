/** The public surface of the outcomes feature: the only file other features import. */
export { LadderPosition, LADDER_RUNGS } from './ladder-position.entity';
export { eraseLadderNotes } from './ladder.service';
export { outcomeReport } from './outcomes.service';
export { OutcomeReport } from './outcomes.types';
export { publishOutcomes } from './outcome-figures.calc';
export type { OutcomeFigures, PublishedOutcomes } from './outcome-figures.calc';
