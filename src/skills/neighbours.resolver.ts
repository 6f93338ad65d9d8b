import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { type Context, Role } from '../auth';
import { Municipality } from '../municipalities';
import { linkNeighbourMunicipalities, unlinkNeighbourMunicipalities } from './neighbours.service';
import { NeighbourMunicipalitiesInput, NeighbourMunicipalitiesPayload } from './skills.input';

/** Neighbouring municipalities: reference data for the travel part of matching. */
@Resolver(() => Municipality)
export class NeighbourResolver {
  @FieldResolver(() => [Municipality], {
    description:
      'Neighbouring municipalities (buurgemeenten), by name: work there counts as near in matching.',
  })
  async neighbours(@Root() municipality: Municipality, @Ctx() ctx: Context): Promise<Municipality[]> {
    const ids = await ctx.loaders.neighbourIdsByMunicipalityId.load(municipality.id);
    const found = await ctx.loaders.municipalityById.loadMany(ids);
    return found
      .filter((m): m is Municipality => m instanceof Municipality)
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => NeighbourMunicipalitiesPayload, {
    description: 'Records that two municipalities neighbour each other (both ways). ADMIN only.',
  })
  async linkNeighbourMunicipalities(
    @Ctx() ctx: Context,
    @Arg('input', () => NeighbourMunicipalitiesInput, { description: 'The pair.' })
    input: NeighbourMunicipalitiesInput,
  ): Promise<NeighbourMunicipalitiesPayload> {
    const { value, errors } = await linkNeighbourMunicipalities(ctx, input);
    return { changed: value ?? false, errors };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => NeighbourMunicipalitiesPayload, {
    description: 'Removes a neighbour pair, in whichever order it was recorded. ADMIN only.',
  })
  async unlinkNeighbourMunicipalities(
    @Ctx() ctx: Context,
    @Arg('input', () => NeighbourMunicipalitiesInput, { description: 'The pair.' })
    input: NeighbourMunicipalitiesInput,
  ): Promise<NeighbourMunicipalitiesPayload> {
    const { value, errors } = await unlinkNeighbourMunicipalities(ctx, input);
    return { changed: value ?? false, errors };
  }
}
