import { AppError } from '../../core/shared/app-error.ts';
import { type BusinessHours, DEFAULT_BUSINESS_HOURS } from '../../core/time/business-hours.ts';
import { findOwnBusinessHours } from '../../store/business-hours.store.ts';
import type { Executor } from '../../store/db.ts';
import { findTeamById } from '../../store/team.store.ts';
import type { AppContext } from '../context.ts';

/** The hours a team counts in: its own (`own`), or the organisation's. */
export type TeamHours = { hours: BusinessHours; own: boolean };

/** The organisation's hours: for cases without a team and teams without their own. */
export async function getBusinessHours(ctx: AppContext): Promise<BusinessHours> {
  return organisationHours(ctx.db);
}

export async function getTeamBusinessHours(ctx: AppContext, teamId: string): Promise<TeamHours> {
  await assertTeamExists(ctx.db, teamId);
  return teamHours(ctx.db, teamId);
}

export async function organisationHours(db: Executor): Promise<BusinessHours> {
  return (await findOwnBusinessHours(db, null)) ?? DEFAULT_BUSINESS_HOURS;
}

export async function teamHours(db: Executor, teamId: string): Promise<TeamHours> {
  const own = await findOwnBusinessHours(db, teamId);
  return own ? { hours: own, own: true } : { hours: await organisationHours(db), own: false };
}

export async function assertTeamExists(db: Executor, teamId: string): Promise<void> {
  if (!(await findTeamById(db, teamId)))
    throw new AppError('NOT_FOUND', 'No team has this id.', { field: 'params.id' });
}
