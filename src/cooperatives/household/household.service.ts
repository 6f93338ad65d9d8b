import type { EntityManager } from '@mikro-orm/postgresql';
import { type AuditValues, recordAudit } from '../../audit';
import { type Context, requireViewer } from '../../auth';
import { DomainError, ErrorCode, inputField, notFound, notFoundError } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { runMutation, type MutationResult } from '../../shared/mutation';
import { Member } from '../member.entity';
import { CostSharerRule } from './cost-sharer-rule.entity';
import type { CostSharerRuleData, HouseholdRecordData } from './cost-sharers.calc';
import { HouseholdRecord, type Housemate } from './household-record.entity';
import type { RecordHouseholdInput } from './household.input';
import { canTouchHousehold } from './household.policy';

async function touchableMember(ctx: Context, em: EntityManager, memberId: string): Promise<Member | null> {
  const member = isId(memberId) ? await em.findOne(Member, memberId) : null;
  if (!member) return null;
  const allowed = canTouchHousehold(requireViewer(ctx), {
    id: member.id,
    cooperativeId: member.organisation.id,
  });
  return allowed ? member : null;
}

/**
 * What the audit log keeps of a household record: the date and the counts, never the birth dates (they are
 * personal data of people who are not members).
 */
function auditValues(record: HouseholdRecord): AuditValues {
  return {
    member: record.member.id,
    from: record.from,
    housemates: record.housemates.length,
    students: record.housemates.filter((mate) => mate.student).length,
    commercial: record.housemates.filter((mate) => mate.commercial).length,
  };
}

/**
 * Records who lives in a member's home from `input.from` on; the same date again corrects that record. The
 * member themselves or their cooperative's staff. Audited without birth dates.
 */
export function recordHousehold(
  ctx: Context,
  input: RecordHouseholdInput,
): Promise<MutationResult<HouseholdRecord>> {
  return runMutation(ctx, input, async (em) => {
    const member = await touchableMember(ctx, em, input.memberId);
    if (!member) throw notFound('No member has this id.', 'memberId');
    const housemates: Housemate[] = input.housemates.map((mate, index) => {
      if (mate.birthDate > input.from) {
        throw new DomainError(
          ErrorCode.VALIDATION,
          'A housemate must be born on or before the day the record starts.',
          inputField('housemates', String(index), 'birthDate'),
        );
      }
      return {
        birthDate: mate.birthDate,
        student: mate.student ?? false,
        commercial: mate.commercial ?? false,
      };
    });
    let record = await em.findOne(HouseholdRecord, { member: member.id, from: input.from });
    const before = record ? auditValues(record) : null;
    if (record) record.housemates = housemates;
    else
      record = em.create(HouseholdRecord, {
        member,
        organisation: member.organisation,
        from: input.from,
        housemates,
      });
    recordAudit(em, ctx, {
      action: 'recordHousehold',
      entityType: 'HouseholdRecord',
      entityId: record.id,
      before,
      after: auditValues(record),
      organisationId: member.organisation.id,
    });
    await em.flush();
    return record;
  });
}

/** A member's household records, oldest first; NOT_FOUND when the viewer may not see them. */
export async function householdHistory(ctx: Context, memberId: string): Promise<HouseholdRecord[]> {
  const member = await touchableMember(ctx, ctx.em, memberId);
  if (!member) throw notFoundError('No member has this id.');
  return ctx.em.find(HouseholdRecord, { member: member.id }, { orderBy: { from: 'asc' } });
}

/** Every version of the national cost-sharers' rule, oldest first. */
export function listCostSharerRules(ctx: Context): Promise<CostSharerRule[]> {
  return ctx.em.find(CostSharerRule, {}, { orderBy: { validFrom: 'asc', id: 'asc' } });
}

/** The household records of several members as plain data for the calculation, in one query. */
export async function loadHouseholds(
  em: EntityManager,
  memberIds: string[],
): Promise<Map<string, HouseholdRecordData[]>> {
  const byMember = new Map(memberIds.map((id) => [id, [] as HouseholdRecordData[]]));
  if (memberIds.length === 0) return byMember;
  const records = await em.find(
    HouseholdRecord,
    { member: { $in: memberIds } },
    { orderBy: { from: 'asc' } },
  );
  for (const record of records) {
    byMember.get(record.member.id)?.push({ from: record.from, housemates: record.housemates });
  }
  return byMember;
}

/** The cost-sharers' rules as plain data for the calculation. */
export async function loadCostSharerRules(em: EntityManager): Promise<CostSharerRuleData[]> {
  const rules = await em.find(CostSharerRule, {});
  return rules.map((rule) => ({
    validFrom: rule.validFrom,
    validUntil: rule.validUntil ?? null,
    housemateMinAge: rule.housemateMinAge,
    baseBasisPoints: rule.baseBasisPoints,
    perSharerBasisPoints: rule.perSharerBasisPoints,
    ageCountsFrom: rule.ageCountsFrom,
  }));
}
