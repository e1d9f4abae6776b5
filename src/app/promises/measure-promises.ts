import { promiseKeptRate } from '../../core/promise/promise-kept-rate.ts';
import { AppError } from '../../core/shared/app-error.ts';
import { countPromiseOutcomes } from '../../store/promise.store.ts';
import type { AppContext } from '../context.ts';

export const PROMISE_GROUPINGS = ['agent', 'team'] as const;
export type PromiseGrouping = (typeof PROMISE_GROUPINGS)[number];

export type PromiseTally = {
  kept: number;
  broken: number;
  renegotiated: number;
  /** kept ÷ (kept + broken); undefined when none ended. */
  keptRate: number | undefined;
};

export type PromiseReport = {
  from: Date;
  to: Date;
  groupBy: PromiseGrouping;
  total: PromiseTally;
  groups: (PromiseTally & { id: string | undefined; name: string })[];
};

const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_DAYS = 30;
const MAX_DAYS = 366;

/**
 * The promise-kept rate over a period ([from, to), by when each promise ended), overall and per agent
 * (who made the promise) or per team (the case's). Default: the 30 days before now.
 */
export async function measurePromises(
  ctx: AppContext,
  query: { groupBy: PromiseGrouping; from?: Date | undefined; to?: Date | undefined },
): Promise<PromiseReport> {
  const to = query.to ?? ctx.now();
  const from = query.from ?? new Date(to.getTime() - DEFAULT_DAYS * DAY_MS);
  if (from.getTime() >= to.getTime())
    throw new AppError('VALIDATION_FAILED', 'From must be before to.', { field: 'from' });
  if (to.getTime() - from.getTime() > MAX_DAYS * DAY_MS)
    throw new AppError('VALIDATION_FAILED', `The period is longer than ${MAX_DAYS} days: shorten it.`, {
      field: 'from',
    });
  const counts = await countPromiseOutcomes(ctx.db, { from, to, groupBy: query.groupBy });
  const tally = (c: { kept: number; broken: number; renegotiated: number }): PromiseTally => ({
    kept: c.kept,
    broken: c.broken,
    renegotiated: c.renegotiated,
    keptRate: promiseKeptRate(c),
  });
  const sum = counts.reduce(
    (all, c) => ({
      kept: all.kept + c.kept,
      broken: all.broken + c.broken,
      renegotiated: all.renegotiated + c.renegotiated,
    }),
    { kept: 0, broken: 0, renegotiated: 0 },
  );
  return {
    from,
    to,
    groupBy: query.groupBy,
    total: tally(sum),
    groups: counts.map((c) => ({ id: c.groupId, name: c.groupName, ...tally(c) })),
  };
}
