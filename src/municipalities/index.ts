/** The public surface of the municipalities feature: the only file other features import. */
export { Municipality } from './municipality.entity';
