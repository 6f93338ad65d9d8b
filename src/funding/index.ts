/** The public surface of the funding feature: the only file other features import. */
export { FundingAgreement } from './funding-agreement.entity';
export { FundingStream } from './funding-stream.entity';
export {
  CostCategory,
  FundingAgreementSide,
  FundingAgreementStatus,
  FundingBasis,
  FundingKind,
} from './funding.enums';
export { ParticipantFundingLink } from './participant-funding-link.entity';
export { PlaceCost } from './place-cost.entity';
export { Sale } from './sale.entity';
export { FundingRequestStatus, ParticipantFundingRequest } from './funding-request.entity';
