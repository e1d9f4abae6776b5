import type { CasePolicy } from '../../core/case/case-policy.ts';
import { assertCasePolicy } from '../../core/case/case-policy-rules.ts';
import type { Actor } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { findCasePolicy, updateCasePolicy as savePolicy } from '../../store/case-policy.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';
import { refreshGovernedClocks } from '../timers/refresh-governed-clocks.ts';

/**
 * Replaces a severity's policy (admins). Refused, changing nothing, when it breaks a rule of
 * core/case/case-policy-rules. The active cases of that severity get their clocks recomputed
 * (app/timers/refresh-governed-clocks: in this transaction, or by a job when there are many).
 */
export async function updateCasePolicy(
  ctx: AppContext,
  actor: Actor,
  policy: CasePolicy,
): Promise<CasePolicy> {
  assertRole(actor, 'admin');
  assertCasePolicy(policy);
  return ctx.db.transaction().execute(async (trx) => {
    const before = await findCasePolicy(trx, policy.severity);
    await savePolicy(trx, policy, { userId: actor.userId, now: ctx.now() });
    const clocks = await refreshGovernedClocks(trx, { severity: policy.severity });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'case_policy.updated',
      subjectType: 'case_policy',
      subjectId: policy.severity,
      details: { before, after: policy, clocks },
    });
    return policy;
  });
}
