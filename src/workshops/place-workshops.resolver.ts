import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../auth';
import { Place } from '../places';
import { Workshop } from './workshop.entity';

/** `Place.workshops`: resolved here, so that places need not know workshops. */
@Resolver(() => Place)
export class PlaceWorkshopsResolver {
  @FieldResolver(() => [Workshop], { description: 'Workshops of this place, by name.' })
  async workshops(
    @Root() place: Place,
    @Ctx() ctx: Context,
    @Arg('includeArchived', { defaultValue: false, description: 'Also list archived workshops.' })
    includeArchived: boolean,
  ): Promise<Workshop[]> {
    const workshops = await ctx.loaders.workshopsByPlaceId.load(place.id);
    return includeArchived ? workshops : workshops.filter((workshop) => !workshop.archived);
  }
}
