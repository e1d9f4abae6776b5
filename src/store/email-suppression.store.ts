import { sql } from 'kysely';
import type { SuppressionReason } from '../core/mail/suppression.ts';
import type { Executor } from './db.ts';

/** The suppression entries among these addresses (already keyed: lower-case), by address. */
export async function findSuppressions(
  db: Executor,
  emails: readonly string[],
): Promise<Map<string, { reason: SuppressionReason }>> {
  if (emails.length === 0) return new Map();
  const rows = await db
    .selectFrom('email_suppressions')
    .select(['email', 'reason'])
    .where('email', 'in', [...new Set(emails)])
    .execute();
  return new Map(rows.map((row) => [row.email, { reason: row.reason }]));
}

/**
 * Adds an address to the suppression list. The first reason stays: an address that bounced and is
 * then unsubscribed from an old link is still known as bounced. A bounce does replace an unsubscribe,
 * as it stops more mail (case messages go to unsubscribed addresses, never to bounced ones). Returns
 * whether it was new, or became a bounce.
 */
export async function insertSuppression(
  db: Executor,
  entry: { email: string; reason: SuppressionReason; detail: string | undefined; at: Date },
): Promise<boolean> {
  const result = await db
    .insertInto('email_suppressions')
    .values({ email: entry.email, reason: entry.reason, detail: entry.detail ?? null, at: entry.at })
    .onConflict((oc) =>
      oc
        .column('email')
        .doUpdateSet({ reason: entry.reason, detail: entry.detail ?? null, at: entry.at })
        .where('email_suppressions.reason', '=', 'unsubscribed')
        .where(sql<boolean>`${entry.reason} = 'bounced'`),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
