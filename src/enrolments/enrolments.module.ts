import type { FeatureModule } from '../shared/module';
import { guardedNode, staffOfOwnOrganisation } from '../auth';
import { EnrolmentErrorCode } from './enrolment.errors';
import { OutflowReason } from './outflow-reason.entity';
import { Enrolment } from './enrolment.entity';
import { EnrolmentPause } from './enrolment-pause.entity';
import { EnrolmentResolver } from './enrolment.resolver';
import { ParticipantEnrolmentsResolver } from './participant-enrolments.resolver';
import { createEnrolmentLoaders } from './enrolment.loaders';

/** The enrolments feature as the application sees it: see src/modules.ts. */
export const enrolmentsModule: FeatureModule = {
  name: 'enrolments',
  entities: [OutflowReason, Enrolment, EnrolmentPause],
  errorCodes: EnrolmentErrorCode,
  resolvers: [EnrolmentResolver, ParticipantEnrolmentsResolver],
  loaders: createEnrolmentLoaders,
  nodes: [
    guardedNode(Enrolment, staffOfOwnOrganisation),
    guardedNode(EnrolmentPause, staffOfOwnOrganisation),
  ],
};
