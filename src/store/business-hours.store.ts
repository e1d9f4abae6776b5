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

/** A team's own hours (teamId) or the organisation's (null); undefined when the team has none of its own. */
export async function findOwnBusinessHours(
  db: Executor,
  teamId: string | null,
): Promise<BusinessHours | undefined> {
  const row = await db
    .selectFrom('business_hours')
    .selectAll()
    .where((eb) => (teamId ? eb('team_id', '=', teamId) : eb('team_id', 'is', null)))
    .executeTakeFirst();
  return row ? rowToHours(row) : undefined;
}

/** Writes a team's own hours (teamId) or the organisation's (null), replacing what was there. */
export async function saveBusinessHours(
  db: Executor,
  teamId: string | null,
  hours: BusinessHours,
  by: { userId: string | undefined; now: Date },
): Promise<void> {
  const values = {
    time_zone: hours.timeZone,
    weekly: JSON.stringify(hours.weekly),
    holiday_country: hours.holidayCountry ?? null,
    holiday_region: hours.holidayRegion ?? null,
    days_off: [...hours.daysOff],
    updated_by: by.userId ?? null,
    updated_at: by.now,
  };
  if (teamId) {
    await db
      .insertInto('business_hours')
      .values({ team_id: teamId, ...values })
      .onConflict((oc) => oc.column('team_id').doUpdateSet(values))
      .execute();
    return;
  }
  const updated = await db
    .updateTable('business_hours')
    .set(values)
    .where('team_id', 'is', null)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n)
    await db
      .insertInto('business_hours')
      .values({ team_id: null, ...values })
      .execute();
}

/** Drops a team's own hours (its cases fall back to the organisation's); false when it had none. */
export async function deleteTeamBusinessHours(db: Executor, teamId: string): Promise<boolean> {
  const deleted = await db.deleteFrom('business_hours').where('team_id', '=', teamId).executeTakeFirst();
  return deleted.numDeletedRows > 0n;
}
