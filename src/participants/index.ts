/** The public surface of the participants feature: the only file other features import. */
export { Background, KnowledgeExchange, Participant, RouteIn } from './participant.entity';
export { ParticipantPersonalData } from './participant.guard';
