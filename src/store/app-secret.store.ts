import type { Executor } from './db.ts';

/** Returns the named secret, creating it with `candidate` if absent; every instance gets the same value. */
export async function findOrCreateSecret(db: Executor, name: string, candidate: string): Promise<string> {
  await db
    .insertInto('app_secrets')
    .values({ name, value: candidate })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('app_secrets')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.value;
}
