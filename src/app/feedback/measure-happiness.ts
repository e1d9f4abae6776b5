import {
  HAPPINESS_THRESHOLDS,
  type Happiness,
  type HappinessGrouping,
  type HappinessPeriod,
  happinessOf,
  resolveHappinessWindow,
  sumCounts,
} from '../../core/rating/happiness.ts';
import { resolveHappinessParts } from '../../core/rating/settled-days.ts';
import { countHappiness } from '../../store/feedback.store.ts';
import type { AppContext } from '../context.ts';
import { keepHappinessDays } from './keep-happiness-days.ts';

/** What the requests of no team are called in a report by team. */
export const NO_TEAM_LABEL = 'No team';

/** One group of a report: a survey (by id), a touchpoint type, a team (by id) or a period (its first day). */
export type HappinessGroup = Happiness & { key: string | undefined; label: string };

export type HappinessReport = {
  groupBy: HappinessGrouping;
  period: HappinessPeriod;
  from: Date;
  to: Date;
  /** Every answer of the window; the groups add up to it. */
  overall: Happiness;
  groups: HappinessGroup[];
};

/**
 * The happiness factor (happy ÷ answers, each request counted once by its latest answer) over a
 * window, overall and per group. Groups with no answers in the window are left out.
 */
export async function measureHappiness(
  ctx: AppContext,
  query: {
    groupBy: HappinessGrouping;
    period: HappinessPeriod;
    from?: Date | undefined;
    to?: Date | undefined;
  },
): Promise<HappinessReport> {
  const now = ctx.now();
  const { from, to } = resolveHappinessWindow(query, now);
  const parts = resolveHappinessParts({ from, to }, now);
  if (parts.kept) await keepHappinessDays(ctx, parts.kept);
  const rows = await countHappiness(ctx.db, {
    groupBy: query.groupBy,
    period: query.period,
    parts,
    thresholds: HAPPINESS_THRESHOLDS,
  });
  const groups = rows.map((row) => ({
    ...happinessOf(row),
    key: row.key ?? undefined,
    label: groupLabel(query, row.label),
  }));
  return {
    groupBy: query.groupBy,
    period: query.period,
    from,
    to,
    overall: happinessOf(sumCounts(rows)),
    groups,
  };
}

function groupLabel(
  query: { groupBy: HappinessGrouping; period: HappinessPeriod },
  label: string | null,
): string {
  if (label === null) return NO_TEAM_LABEL;
  return query.groupBy === 'period' && query.period === 'week' ? `Week of ${label}` : label;
}
