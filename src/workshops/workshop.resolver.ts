import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth';
import type { Context } from '../auth';
import { Place } from '../places';
import { Workshop } from './workshop.entity';
import {
  ArchiveWorkshopInput,
  ArchiveWorkshopPayload,
  CreateWorkshopInput,
  CreateWorkshopPayload,
  UpdateWorkshopInput,
  UpdateWorkshopPayload,
} from './workshop.input';
import { archiveWorkshop, createWorkshop, findWorkshop, updateWorkshop } from './workshop.service';

@Resolver(() => Workshop)
export class WorkshopResolver {
  @Query(() => Workshop, { nullable: true, description: 'One workshop; null when no workshop has this id.' })
  workshop(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Id of the workshop.' }) id: string,
  ): Promise<Workshop | null> {
    return findWorkshop(ctx, id);
  }

  @FieldResolver(() => Place, { description: 'The place this workshop belongs to.' })
  async place(@Root() workshop: Workshop, @Ctx() ctx: Context): Promise<Place> {
    return (await ctx.loaders.placeById.load(workshop.place.id))!;
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => CreateWorkshopPayload, {
    description: "Adds a workshop. ADMIN, or staff of the place's organisation.",
  })
  async createWorkshop(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateWorkshopInput, { description: 'The workshop to add.' })
    input: CreateWorkshopInput,
  ): Promise<CreateWorkshopPayload> {
    const { value, errors } = await createWorkshop(ctx, input);
    return { workshop: value, errors };
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => UpdateWorkshopPayload, {
    description: 'Changes a workshop. ADMIN, or staff of its organisation.',
  })
  async updateWorkshop(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateWorkshopInput, { description: 'The workshop and the changes to make.' })
    input: UpdateWorkshopInput,
  ): Promise<UpdateWorkshopPayload> {
    const { value, errors } = await updateWorkshop(ctx, input);
    return { workshop: value, errors };
  }

  @Authorized(Role.ADMIN, Role.ORG_STAFF)
  @Mutation(() => ArchiveWorkshopPayload, { description: 'Archives a workshop or brings it back.' })
  async archiveWorkshop(
    @Ctx() ctx: Context,
    @Arg('input', () => ArchiveWorkshopInput, {
      description: 'The workshop and whether to archive or restore it.',
    })
    input: ArchiveWorkshopInput,
  ): Promise<ArchiveWorkshopPayload> {
    const { value, errors } = await archiveWorkshop(ctx, input);
    return { workshop: value, errors };
  }
}
