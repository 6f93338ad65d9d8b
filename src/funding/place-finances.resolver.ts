import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionTypes, pageOfList } from '../shared/pagination';
import { Role } from '../auth';
import type { Context } from '../auth';
import { Place } from '../places';
import { Workshop } from '../workshops';
import {
  RecordPlaceCostBudgetInput,
  RecordPlaceCostBudgetPayload,
  RecordPlaceCostInput,
  RecordPlaceCostPayload,
  RecordSalesInput,
  RecordSalesPayload,
} from './place-finances.input';
import {
  listPlaceCosts,
  listPlaceSales,
  recordPlaceCost,
  recordPlaceCostBudget,
  recordSales,
} from './place-finances.service';
import { PlaceCost } from './place-cost.entity';
import { Sale } from './sale.entity';

const { ConnectionType: PlaceCostConnection } = connectionTypes(PlaceCost, 'PlaceCost', 'recorded cost');
type PlaceCostConnection = InstanceType<typeof PlaceCostConnection>;

const { ConnectionType: SaleConnection } = connectionTypes(Sale, 'Sale', 'recorded sale');
type SaleConnection = InstanceType<typeof SaleConnection>;

@Resolver(() => PlaceCost)
export class PlaceCostResolver {
  @Authorized(Role.ADMIN, Role.ORG_STAFF, Role.FUNDER)
  @Query(() => [PlaceCost], {
    deprecationReason: 'Use placeCostsConnection, which pages; this list goes in the next release.',
    description:
      "Recorded costs of a place by month and category. ADMIN, the place's staff or a FUNDER with an agreement on it; empty otherwise.",
  })
  placeCosts(
    @Ctx() ctx: Context,
    @Arg('placeId', () => ID, { description: 'The place.' }) placeId: string,
    @Arg('from', { description: 'First month, YYYY-MM.' }) from: string,
    @Arg('to', { description: 'Last month, YYYY-MM (inclusive).' }) to: string,
  ): Promise<PlaceCost[]> {
    return listPlaceCosts(ctx, placeId, from, to);
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF, Role.FUNDER)
  @Query(() => PlaceCostConnection, {
    description:
      "The same rows as `placeCosts`, a page at a time. ADMIN, the place's staff or a FUNDER with an accepted agreement on it.",
  })
  async placeCostsConnection(
    @Ctx() ctx: Context,
    @Arg('placeId', () => ID, { description: 'The place.' }) placeId: string,
    @Arg('from', { description: 'First month, YYYY-MM.' }) from: string,
    @Arg('to', { description: 'Last month, YYYY-MM (inclusive).' }) to: string,
    @Arg('first', () => Int, { description: 'Page size, 1-100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after?: string | null,
  ): Promise<PlaceCostConnection> {
    return pageOfList(PlaceCostConnection, await listPlaceCosts(ctx, placeId, from, to), first, after);
  }

  @FieldResolver(() => Place, { description: 'The place.' })
  async place(@Root() cost: PlaceCost, @Ctx() ctx: Context): Promise<Place> {
    return (await ctx.loaders.placeById.load(cost.place.id))!;
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => RecordPlaceCostPayload, {
    description:
      "Records (or corrects) a month's cost of a place in one category. ADMIN or the place's staff.",
  })
  async recordPlaceCost(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordPlaceCostInput, { description: 'Place, month, category and amount.' })
    input: RecordPlaceCostInput,
  ): Promise<RecordPlaceCostPayload> {
    const { value, errors } = await recordPlaceCost(ctx, input);
    return { cost: value, errors };
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => RecordPlaceCostBudgetPayload, {
    description:
      "Records a yearly budget of one category, spread evenly over its months. ADMIN or the place's staff.",
  })
  async recordPlaceCostBudget(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordPlaceCostBudgetInput, {
      description: 'Place, year, category and yearly amount.',
    })
    input: RecordPlaceCostBudgetInput,
  ): Promise<RecordPlaceCostBudgetPayload> {
    const { value, errors } = await recordPlaceCostBudget(ctx, input);
    return { costs: value, errors };
  }
}

@Resolver(() => Sale)
export class SaleResolver {
  @Authorized(Role.ADMIN, Role.ORG_STAFF, Role.FUNDER)
  @Query(() => [Sale], {
    deprecationReason: 'Use placeSalesConnection, which pages; this list goes in the next release.',
    description:
      "Recorded sales of a place's workshops by month. ADMIN, the place's staff or a FUNDER with an agreement on it; empty otherwise.",
  })
  placeSales(
    @Ctx() ctx: Context,
    @Arg('placeId', () => ID, { description: 'The place.' }) placeId: string,
    @Arg('from', { description: 'First month, YYYY-MM.' }) from: string,
    @Arg('to', { description: 'Last month, YYYY-MM (inclusive).' }) to: string,
  ): Promise<Sale[]> {
    return listPlaceSales(ctx, placeId, from, to);
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF, Role.FUNDER)
  @Query(() => SaleConnection, {
    description:
      "The same rows as `placeSales`, a page at a time. ADMIN, the place's staff or a FUNDER with an accepted agreement on it.",
  })
  async placeSalesConnection(
    @Ctx() ctx: Context,
    @Arg('placeId', () => ID, { description: 'The place.' }) placeId: string,
    @Arg('from', { description: 'First month, YYYY-MM.' }) from: string,
    @Arg('to', { description: 'Last month, YYYY-MM (inclusive).' }) to: string,
    @Arg('first', () => Int, { description: 'Page size, 1-100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after?: string | null,
  ): Promise<SaleConnection> {
    return pageOfList(SaleConnection, await listPlaceSales(ctx, placeId, from, to), first, after);
  }

  @FieldResolver(() => Workshop, { description: 'The workshop that sold.' })
  async workshop(@Root() sale: Sale, @Ctx() ctx: Context): Promise<Workshop> {
    return (await ctx.loaders.workshopById.load(sale.workshop.id))!;
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => RecordSalesPayload, {
    description: "Records (or corrects) a workshop's sales in a month. ADMIN or the place's staff.",
  })
  async recordSales(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordSalesInput, { description: 'Workshop, month and revenue.' })
    input: RecordSalesInput,
  ): Promise<RecordSalesPayload> {
    const { value, errors } = await recordSales(ctx, input);
    return { sale: value, errors };
  }
}
