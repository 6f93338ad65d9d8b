/** The public surface of the places feature: the only file other features import. */
export { Place } from './place.entity';
