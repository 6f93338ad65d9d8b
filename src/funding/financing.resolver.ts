import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Role } from '../auth';
import type { Context } from '../auth';
import { funderOverview, placeFinancing } from './financing.service';
import { FunderOverview, PlaceFinancing } from './financing.types';

@Resolver()
export class FinancingResolver {
  @Authorized(Role.ADMIN, Role.ORG_STAFF, Role.FUNDER)
  @Query(() => PlaceFinancing, {
    description:
      "How a place is paid for over whole months. ADMIN, the place's staff, or a FUNDER with an agreement on it; FORBIDDEN otherwise.",
  })
  placeFinancing(
    @Ctx() ctx: Context,
    @Arg('placeId', () => ID, { description: 'The place.' }) placeId: string,
    @Arg('from', { description: 'First month, YYYY-MM.' }) from: string,
    @Arg('to', { description: 'Last month, YYYY-MM (inclusive); at most 120 months after from.' }) to: string,
  ): Promise<PlaceFinancing> {
    return placeFinancing(ctx, placeId, from, to);
  }

  @Authorized(Role.ADMIN, Role.FUNDER)
  @Query(() => FunderOverview, {
    description:
      'What a funder pays for over whole months, per place and per stream kind. ADMIN or that FUNDER.',
  })
  funderOverview(
    @Ctx() ctx: Context,
    @Arg('funderId', () => ID, { description: 'The funder organisation.' }) funderId: string,
    @Arg('from', { description: 'First month, YYYY-MM.' }) from: string,
    @Arg('to', { description: 'Last month, YYYY-MM (inclusive); at most 120 months after from.' }) to: string,
  ): Promise<FunderOverview> {
    return funderOverview(ctx, funderId, from, to);
  }
}
