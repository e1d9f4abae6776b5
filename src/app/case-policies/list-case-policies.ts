import type { CasePolicy } from '../../core/case/case-policy.ts';
import { SEVERITIES } from '../../core/case/severity.ts';
import { listCasePolicies as listPolicies } from '../../store/case-policy.store.ts';
import type { AppContext } from '../context.ts';

/** Every severity's policy, most severe first. */
export async function listCasePolicies(ctx: AppContext): Promise<CasePolicy[]> {
  const policies = await listPolicies(ctx.db);
  return policies.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}
