import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionTypes, pageOfList } from '../shared/pagination';
import { Role } from '../auth';
import type { Context } from '../auth';
import { Municipality } from '../municipalities';
import { Organisation, OrganisationKind } from './organisation.entity';
import { CreateOrganisationInput, CreateOrganisationPayload } from './organisation.input';
import { createOrganisation, findOrganisation, listOrganisations } from './organisation.service';

const { ConnectionType: OrganisationConnection } = connectionTypes(
  Organisation,
  'Organisation',
  'organisation',
);
type OrganisationConnection = InstanceType<typeof OrganisationConnection>;

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => [Organisation], {
    deprecationReason: 'Use organisationsConnection, which pages; this list goes in the next release.',
    description: 'Organisations by name, optionally of one kind.',
  })
  organisations(
    @Ctx() ctx: Context,
    @Arg('kind', () => OrganisationKind, { nullable: true, description: 'Only organisations of this kind.' })
    kind?: OrganisationKind | null,
  ): Promise<Organisation[]> {
    return listOrganisations(ctx, kind);
  }

  @Query(() => OrganisationConnection, {
    description: 'Organisations by name, a page at a time, optionally of one kind.',
  })
  async organisationsConnection(
    @Ctx() ctx: Context,
    @Arg('kind', () => OrganisationKind, { nullable: true, description: 'Only organisations of this kind.' })
    kind: OrganisationKind | null | undefined,
    @Arg('first', () => Int, { description: 'Page size, 1-100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after?: string | null,
  ): Promise<OrganisationConnection> {
    return pageOfList(OrganisationConnection, await listOrganisations(ctx, kind), first, after);
  }

  @Query(() => Organisation, {
    nullable: true,
    description: 'One organisation (public directory data); null when no organisation has this id.',
  })
  organisation(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The organisation.' }) id: string) {
    return findOrganisation(ctx, id);
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
