import { type Context, Role, requireViewer } from '../auth';
import { FundingAgreementStatus } from '../funding';
import { badInput, forbidden, notFoundError } from '../shared/errors';
import { isId } from '../shared/ids';
import { monthCount, monthOf } from '../shared/months';
import { isCalendarDate } from '../shared/scalars';
import { publishOutcomes } from './outcome-figures.calc';
import type { OutcomeScope } from './outcomes.input';
import { canCountPlace, type ScopePlace, seesExactCounts } from './outcomes.policy';
import { countOutcomes, countPlaceOutcomes, countStepsToWork, loadReasons } from './outcomes.store';
import { publishPlaces } from './place-outcomes.calc';
import { OutcomePlace, OutcomeReport, StepsToWork } from './outcomes.types';
import { suppressCells } from '../shared/suppression';

/** Longest period one report may span, in months. */
export const MAX_OUTCOME_MONTHS = 120;

type ScopeKind = 'placeId' | 'organisationId' | 'municipalityId';
const SCOPE_COLUMN: Record<ScopeKind, string> = {
  placeId: 'id',
  organisationId: 'organisation_id',
  municipalityId: 'municipality_id',
};

/** The one id the scope names, or BAD_USER_INPUT. */
function scopeOf(scope: OutcomeScope): { kind: ScopeKind; id: string } {
  const given = (Object.keys(SCOPE_COLUMN) as ScopeKind[]).filter((kind) => scope[kind] != null);
  if (given.length !== 1) {
    throw badInput('Give exactly one of placeId, organisationId or municipalityId in scope.', 'scope');
  }
  const kind = given[0];
  const id = scope[kind]!;
  if (!isId(id)) throw badInput(`scope.${kind} is not a valid id.`, 'scope');
  return { kind, id };
}

function checkPeriod(from: string, to: string): void {
  if (!isCalendarDate(from)) throw badInput('from must be a date written YYYY-MM-DD.', 'from');
  if (!isCalendarDate(to)) throw badInput('to must be a date written YYYY-MM-DD.', 'to');
  if (to < from)
    throw badInput(`The period ends (${to}) before it starts (${from}): to must not be before from.`, 'to');
  if (monthCount(monthOf(from), monthOf(to)) > MAX_OUTCOME_MONTHS) {
    throw badInput(`A period may span at most ${MAX_OUTCOME_MONTHS} months.`, 'to');
  }
}

/**
 * The scope's places the viewer may count, in one statement (with, for a funder, whether it has an ACCEPTED
 * agreement on each place overlapping the period). Asking for one place, or one organisation, outside what the
 * viewer may see is FORBIDDEN; an unknown place, organisation or municipality is NOT_FOUND.
 */
async function countablePlaces(
  ctx: Context,
  scope: { kind: ScopeKind; id: string },
  from: string,
  to: string,
): Promise<string[]> {
  const viewer = requireViewer(ctx);
  const funderId = viewer.role === Role.FUNDER ? viewer.organisationId : null;
  if (scope.kind === 'organisationId' && !(await ctx.loaders.organisationById.load(scope.id))) {
    throw notFoundError('No organisation has this id.');
  }
  if (scope.kind === 'municipalityId' && !(await ctx.loaders.municipalityById.load(scope.id))) {
    throw notFoundError('No municipality has this id.');
  }
  if (
    scope.kind === 'organisationId' &&
    viewer.role === Role.ORG_STAFF &&
    viewer.organisationId !== scope.id
  ) {
    throw forbidden("Staff see the outcomes of their own organisation's places only.");
  }
  const rows = await ctx.em.execute<{ id: string; organisation_id: string; funded: boolean }[]>(
    `select p.id, p.organisation_id,
            exists (select 1 from funding_agreement g
                     where g.place_id = p.id and g.funder_id = ?::uuid and g.status = ?
                       and g.from_month <= ? and g.until_month >= ?) as funded
       from place p where p.${SCOPE_COLUMN[scope.kind]} = ?`,
    [funderId, FundingAgreementStatus.ACCEPTED, monthOf(to), monthOf(from), scope.id],
  );
  const places: ScopePlace[] = rows.map((r) => ({
    id: r.id,
    organisationId: r.organisation_id,
    funded: Boolean(r.funded),
  }));
  if (scope.kind === 'placeId' && places.length === 0) throw notFoundError('No place has this id.');
  const countable = places.filter((place) => canCountPlace(viewer, place));
  if (scope.kind === 'placeId' && countable.length === 0) {
    throw forbidden(
      viewer.role === Role.FUNDER
        ? 'You have no accepted funding agreement on this place in this period.'
        : "Staff see the outcomes of their own organisation's places only.",
    );
  }
  return countable.map((place) => place.id);
}

/**
 * The outcome report of a scope over `from`..`to` (dates, inclusive): distinct persons active, started, left and
 * moved on, by outflow reason, route in, background, ladder movement and month. Exact for ADMIN and staff; for a
 * funder, counts below the configured threshold and any count that would reveal one are null. A fixed number of
 * statements, whatever the number of people.
 */
export async function outcomeReport(
  ctx: Context,
  scopeInput: OutcomeScope,
  from: string,
  to: string,
): Promise<OutcomeReport> {
  const viewer = requireViewer(ctx);
  const scope = scopeOf(scopeInput);
  checkPeriod(from, to);
  const placeIds = await countablePlaces(ctx, scope, from, to);
  const reasons = await loadReasons(ctx.em);
  const figures = await countOutcomes(ctx.em, placeIds, from, to, reasons);
  const published = publishOutcomes(figures, ctx.suppressionThreshold, seesExactCounts(viewer));
  return Object.assign(new OutcomeReport(), {
    ...published,
    from,
    to,
    placeCount: placeIds.length,
    suppressionThreshold: ctx.suppressionThreshold,
    placeIds,
    exactCounts: seesExactCounts(viewer),
  });
}

/**
 * The steps towards work behind a report, for the same places and period. The counts are of different things
 * (no one is the sum of others), so hiding the small ones is enough: none can be worked out from the rest.
 */
export async function stepsToWork(ctx: Context, report: OutcomeReport): Promise<StepsToWork> {
  const figures = await countStepsToWork(ctx.em, report.placeIds, report.from, report.to);
  const keys = Object.keys(figures) as (keyof typeof figures)[];
  const hidden = report.exactCounts
    ? keys.map(() => false)
    : suppressCells({
        values: keys.map((key) => figures[key]),
        relations: [],
        groups: [],
        threshold: ctx.suppressionThreshold,
      });
  return Object.assign(
    new StepsToWork(),
    Object.fromEntries(keys.map((key, i) => [key, hidden[i] ? null : figures[key]])),
  );
}

/** The report's figures per place ("from which places"), in the order of the places' names. One statement. */
export async function placeOutcomes(ctx: Context, report: OutcomeReport): Promise<OutcomePlace[]> {
  const figures = await countPlaceOutcomes(ctx.em, report.placeIds, report.from, report.to);
  const published = publishPlaces(figures, ctx.suppressionThreshold, report.exactCounts);
  const places = await ctx.loaders.placeById.loadMany(report.placeIds);
  const nameOf = new Map(
    places.flatMap((place) => (place && !(place instanceof Error) ? [[place.id, place.name] as const] : [])),
  );
  return published
    .map((place) => Object.assign(new OutcomePlace(), place))
    .sort((a, b) => (nameOf.get(a.placeId) ?? '').localeCompare(nameOf.get(b.placeId) ?? '', 'nl'));
}
