import { connectionTypes } from '../shared/pagination';
import { Participant } from './participant.entity';

const types = connectionTypes(Participant, 'Participant', 'participant');

export const ParticipantConnection = types.ConnectionType;
export type ParticipantConnection = InstanceType<typeof types.ConnectionType>;
