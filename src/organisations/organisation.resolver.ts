import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth';
import type { Context } from '../auth';
import { Municipality } from '../municipalities';
import { Organisation, OrganisationKind } from './organisation.entity';
import { CreateOrganisationInput, CreateOrganisationPayload } from './organisation.input';
import { createOrganisation, listOrganisations } from './organisation.service';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => [Organisation], { description: 'Organisations by name, optionally of one kind.' })
  organisations(
    @Ctx() ctx: Context,
    @Arg('kind', () => OrganisationKind, { nullable: true, description: 'Only organisations of this kind.' })
    kind?: OrganisationKind | null,
  ): Promise<Organisation[]> {
    return listOrganisations(ctx, kind);
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'Home municipality, if any.' })
  municipality(@Root() organisation: Organisation, @Ctx() ctx: Context): Promise<Municipality | null> | null {
    return organisation.municipality ? ctx.loaders.municipalityById.load(organisation.municipality.id) : null;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateOrganisationPayload, { description: 'Adds an organisation. ADMIN only.' })
  async createOrganisation(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateOrganisationInput, { description: 'The organisation to add.' })
    input: CreateOrganisationInput,
  ): Promise<CreateOrganisationPayload> {
    const { value, errors } = await createOrganisation(ctx, input);
    return { organisation: value, errors };
  }
}
