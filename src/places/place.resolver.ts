import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth';
import type { Context } from '../auth';
import { Municipality } from '../municipalities';
import { Organisation } from '../organisations';
import { Place } from './place.entity';
import { CreatePlaceInput, CreatePlacePayload, UpdatePlaceInput, UpdatePlacePayload } from './place.input';
import { createPlace, findPlace, listPlaces, updatePlace } from './place.service';
import { PlaceConnection } from './place.types';

@Resolver(() => Place)
export class PlaceResolver {
  @Query(() => Place, { nullable: true, description: 'One place; null when no place has this id.' })
  place(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Id of the place.' }) id: string,
  ): Promise<Place | null> {
    return findPlace(ctx, id);
  }

  @Query(() => PlaceConnection, { description: 'Places by name, a page at a time.' })
  places(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { description: 'Page size, 1-100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after?: string | null,
    @Arg('municipalityCode', () => String, {
      nullable: true,
      description: 'Only places in this municipality (CBS code).',
    })
    municipalityCode?: string | null,
    @Arg('organisationId', () => ID, { nullable: true, description: 'Only places run by this organisation.' })
    organisationId?: string | null,
  ): Promise<PlaceConnection> {
    return listPlaces(ctx, { first, after, municipalityCode, organisationId });
  }

  @FieldResolver(() => Municipality, { description: 'Municipality the place is in.' })
  async municipality(@Root() place: Place, @Ctx() ctx: Context): Promise<Municipality> {
    return (await ctx.loaders.municipalityById.load(place.municipality.id))!;
  }

  @FieldResolver(() => Organisation, { description: 'Organisation that runs the place.' })
  async organisation(@Root() place: Place, @Ctx() ctx: Context): Promise<Organisation> {
    return (await ctx.loaders.organisationById.load(place.organisation.id))!;
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => CreatePlacePayload, { description: 'Adds a place. ADMIN, or staff of the organisation.' })
  async createPlace(
    @Ctx() ctx: Context,
    @Arg('input', () => CreatePlaceInput, { description: 'The place to add.' }) input: CreatePlaceInput,
  ): Promise<CreatePlacePayload> {
    const { value, errors } = await createPlace(ctx, input);
    return { place: value, errors };
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => UpdatePlacePayload, {
    description: 'Changes a place. ADMIN, or staff of its organisation.',
  })
  async updatePlace(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdatePlaceInput, { description: 'The place and the changes to make.' })
    input: UpdatePlaceInput,
  ): Promise<UpdatePlacePayload> {
    const { value, errors } = await updatePlace(ctx, input);
    return { place: value, errors };
  }
}
