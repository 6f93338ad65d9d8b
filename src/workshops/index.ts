/** The public surface of the workshops feature: the only file other features import. */
export { Workshop, WorkshopKind } from './workshop.entity';
export { requireManagedWorkshop } from './workshop.service';
