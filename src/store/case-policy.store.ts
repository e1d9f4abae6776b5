import type { Selectable } from 'kysely';
import type { CasePolicy } from '../core/case/case-policy.ts';
import type { Severity } from '../core/case/severity.ts';
import type { Executor } from './db.ts';
import type { CasePolicyTable } from './schema.ts';

function rowToPolicy(row: Selectable<CasePolicyTable>): CasePolicy {
  return {
    severity: row.severity,
    acknowledgeWithin: { minutes: row.acknowledge_minutes, business: row.acknowledge_business },
    updateEvery: { minutes: row.update_minutes, business: row.update_business },
    resolveWithin: { minutes: row.resolve_minutes, business: row.resolve_business },
    holdingMessage: row.holding_message,
  };
}

/** Every severity's policy (the migration seeds one per severity; none is ever deleted). */
export async function listCasePolicies(db: Executor): Promise<CasePolicy[]> {
  const rows = await db.selectFrom('case_policies').selectAll().execute();
  return rows.map(rowToPolicy);
}

export async function findCasePolicy(db: Executor, severity: Severity): Promise<CasePolicy> {
  const row = await db
    .selectFrom('case_policies')
    .selectAll()
    .where('severity', '=', severity)
    .executeTakeFirstOrThrow();
  return rowToPolicy(row);
}

/** Replaces a severity's policy (validated by the caller). */
export async function updateCasePolicy(
  db: Executor,
  policy: CasePolicy,
  by: { userId: string | undefined; now: Date },
): Promise<void> {
  await db
    .updateTable('case_policies')
    .set({
      acknowledge_minutes: policy.acknowledgeWithin.minutes,
      acknowledge_business: policy.acknowledgeWithin.business,
      update_minutes: policy.updateEvery.minutes,
      update_business: policy.updateEvery.business,
      resolve_minutes: policy.resolveWithin.minutes,
      resolve_business: policy.resolveWithin.business,
      holding_message: policy.holdingMessage,
      updated_by: by.userId ?? null,
      updated_at: by.now,
    })
    .where('severity', '=', policy.severity)
    .execute();
}
