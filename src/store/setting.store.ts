import type { Executor } from './db.ts';

/** A named settings document (jsonb); undefined when never saved, so callers fall back to defaults. */
export async function findSetting(db: Executor, name: string): Promise<unknown> {
  const row = await db.selectFrom('settings').select('value').where('name', '=', name).executeTakeFirst();
  return row?.value;
}

export async function saveSetting(db: Executor, name: string, value: unknown, now: Date): Promise<void> {
  await db
    .insertInto('settings')
    .values({ name, value: JSON.stringify(value), updated_at: now })
    .onConflict((oc) => oc.column('name').doUpdateSet({ value: JSON.stringify(value), updated_at: now }))
    .execute();
}
