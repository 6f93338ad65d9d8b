import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ViewerType, type Context, type Viewer } from '../auth';
import { Organisation } from './organisation.entity';

@Resolver(() => ViewerType)
export class ViewerOrganisationResolver {
  @FieldResolver(() => Organisation, {
    nullable: true,
    description:
      'The organisation the viewer acts for (staff, funder, cooperative staff); null for ADMIN and MEMBER.',
  })
  organisation(@Root() viewer: Viewer, @Ctx() ctx: Context): Promise<Organisation | null> | null {
    return viewer.organisationId ? ctx.loaders.organisationById.load(viewer.organisationId) : null;
  }
}
