import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../auth';
import { CostSharerRule } from './cost-sharer-rule.entity';
import { HouseholdRecord } from './household-record.entity';
import { RecordHouseholdInput, RecordHouseholdPayload } from './household.input';
import { HOUSEHOLD_ROLES } from './household.policy';
import * as household from './household.service';

/** Household composition for the cost-sharers' norm: the member and their cooperative's staff only. */
@Resolver()
export class HouseholdResolver {
  @Authorized(...HOUSEHOLD_ROLES)
  @Mutation(() => RecordHouseholdPayload, {
    description:
      "Records who lives in a member's home from a date on (the same date again corrects it). The member or the cooperative's staff. Errors: NOT_FOUND, VALIDATION.",
  })
  async recordHousehold(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordHouseholdInput, { description: 'The member, the date and the housemates.' })
    input: RecordHouseholdInput,
  ): Promise<RecordHouseholdPayload> {
    const { value, errors } = await household.recordHousehold(ctx, input);
    return { householdRecord: value, errors };
  }

  @Authorized(...HOUSEHOLD_ROLES)
  @Query(() => [HouseholdRecord], {
    description: "A member's household records, oldest first. The member or the cooperative's staff.",
  })
  householdHistory(
    @Ctx() ctx: Context,
    @Arg('memberId', () => ID, { description: 'The member.' }) memberId: string,
  ): Promise<HouseholdRecord[]> {
    return household.householdHistory(ctx, memberId);
  }

  @Authorized()
  @Query(() => [CostSharerRule], { description: "The national cost-sharers' rule, all versions." })
  costSharerRules(@Ctx() ctx: Context): Promise<CostSharerRule[]> {
    return household.listCostSharerRules(ctx);
  }
}
