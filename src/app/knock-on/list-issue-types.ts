import type { IssueType } from '../../core/knock-on/issue-type.ts';
import { listIssueTypes as list } from '../../store/issue-type.store.ts';
import type { AppContext } from '../context.ts';

/** Every issue type with its checklist: the case's picker offers the live ones, Settings shows all. */
export async function listIssueTypes(ctx: AppContext): Promise<IssueType[]> {
  return list(ctx.db);
}
