import type { Selectable } from 'kysely';
import { type BusinessHours, DEFAULT_BUSINESS_HOURS, type WeeklyHours } from '../core/time/business-hours.ts';
import type { Executor } from './db.ts';
import type { BusinessHoursTable } from './schema.ts';

function rowToHours(row: Selectable<BusinessHoursTable>): BusinessHours {
  return {
    timeZone: row.time_zone,
    weekly: row.weekly as WeeklyHours,
    holidayCountry: row.holiday_country ?? undefined,
    holidayRegion: row.holiday_region ?? undefined,
    daysOff: row.days_off.map(isoDate),
  };
}

/**
 * The hours a case counts business time in: its team's own, else the organisation's (teamId
 * undefined asks for the organisation's directly).
 */
export async function findBusinessHours(db: Executor, teamId: string | undefined): Promise<BusinessHours> {
  const rows = await db
    .selectFrom('business_hours')
    .selectAll()
    .where((eb) =>
      teamId ? eb.or([eb('team_id', '=', teamId), eb('team_id', 'is', null)]) : eb('team_id', 'is', null),
    )
    .execute();
  const row = rows.find((r) => r.team_id !== null) ?? rows[0];
  return row ? rowToHours(row) : DEFAULT_BUSINESS_HOURS;
}

/** yyyy-mm-dd of a date column (pg gives a Date at local midnight, or a string). */
function isoDate(value: unknown): string {
  if (typeof value === 'string') return value.slice(0, 10);
  const d = value as Date;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
