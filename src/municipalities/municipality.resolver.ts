import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../auth';
import type { Context } from '../auth';
import { Municipality } from './municipality.entity';
import { CreateMunicipalityInput, CreateMunicipalityPayload } from './municipality.input';
import { createMunicipality, listMunicipalities } from './municipality.service';

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => [Municipality], { description: 'All municipalities, by name.' })
  municipalities(@Ctx() ctx: Context): Promise<Municipality[]> {
    return listMunicipalities(ctx);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateMunicipalityPayload, { description: 'Adds a municipality. ADMIN only.' })
  async createMunicipality(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateMunicipalityInput, { description: 'The municipality to add.' })
    input: CreateMunicipalityInput,
  ): Promise<CreateMunicipalityPayload> {
    const { value, errors } = await createMunicipality(ctx, input);
    return { municipality: value, errors };
  }
}
