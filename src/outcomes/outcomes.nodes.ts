import { guardedNode } from '../auth';
import { LadderPosition } from './ladder-position.entity';
import { canSeeLadderOf } from './outcomes.policy';

/** The outcome types `node(id)` serves: a ladder position to ADMIN and the participant's organisation's staff. */
export const outcomesNodes = [
  guardedNode(LadderPosition, (viewer, position) => canSeeLadderOf(viewer, position.organisation.id)),
];
