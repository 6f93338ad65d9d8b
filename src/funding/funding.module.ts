import { answerFunderAccessWith } from '../attendance';
import { fundingNodes } from './funding.nodes';
import type { FeatureModule } from '../shared/module';
import { OccurrencePersonBoundResolver } from './person-bound.resolver';
import { hasAcceptedAgreement } from './funder-access';
import { FundingErrorCode } from './funding.errors';
import { FundingStream } from './funding-stream.entity';
import { FundingAgreement } from './funding-agreement.entity';
import { ParticipantFundingLink } from './participant-funding-link.entity';
import { ParticipantFundingRequest } from './funding-request.entity';
import { ParticipantFundingRequestResolver } from './funding-request.resolver';
import { PlaceCost } from './place-cost.entity';
import { Sale } from './sale.entity';
import {
  FundingAgreementResolver,
  FundingStreamResolver,
  ParticipantFundingLinkResolver,
} from './funding.resolver';
import { PlaceCostResolver, SaleResolver } from './place-finances.resolver';
import { FinancingResolver } from './financing.resolver';
import { createFundingLoaders } from './funding.loaders';

/** The funding feature as the application sees it: see src/modules.ts. */
export const fundingModule: FeatureModule = {
  name: 'funding',
  entities: [
    FundingStream,
    FundingAgreement,
    ParticipantFundingLink,
    ParticipantFundingRequest,
    PlaceCost,
    Sale,
  ],
  errorCodes: FundingErrorCode,
  resolvers: [
    FundingStreamResolver,
    FundingAgreementResolver,
    ParticipantFundingLinkResolver,
    ParticipantFundingRequestResolver,
    PlaceCostResolver,
    SaleResolver,
    FinancingResolver,
    OccurrencePersonBoundResolver,
  ],
  loaders: createFundingLoaders,
  subscribe: () => answerFunderAccessWith(hasAcceptedAgreement),
  nodes: fundingNodes,
};
