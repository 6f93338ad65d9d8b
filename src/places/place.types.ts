import { connectionTypes } from '../shared/pagination';
import { Place } from './place.entity';

const types = connectionTypes(Place, 'Place', 'place');

export const PlaceConnection = types.ConnectionType;
export type PlaceConnection = InstanceType<typeof types.ConnectionType>;
