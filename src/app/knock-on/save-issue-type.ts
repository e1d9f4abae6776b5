import {
  type IssueType,
  type IssueTypeInput,
  issueTypeProblem,
  normalizeIssueTypeInput,
} from '../../core/knock-on/issue-type.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import {
  findIssueType,
  insertIssueType,
  listLiveNeedIds,
  lockIssueType,
  replaceChecklist,
  updateIssueType,
} from '../../store/issue-type.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';

/**
 * An admin adds an issue type (no id) or saves one: its name, archived or not, and its whole
 * checklist in order. All or nothing: a bad item anywhere leaves the type as it was.
 */
export async function saveIssueType(
  ctx: AppContext,
  actor: Actor | undefined,
  id: string | undefined,
  raw: IssueTypeInput,
): Promise<IssueType> {
  // No actor: Amends itself (the demo loader), as createTeam.
  if (actor) assertRole(actor, 'admin');
  const input = normalizeIssueTypeInput(raw);
  const problem = issueTypeProblem(input);
  if (problem) throw new AppError('VALIDATION_FAILED', problem.message, { field: problem.field });
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    let typeId = id;
    try {
      if (typeId) {
        if (!(await lockIssueType(trx, typeId)))
          throw new AppError('NOT_FOUND', 'No issue type has that id.');
        await updateIssueType(trx, typeId, input, now);
      } else {
        typeId = await insertIssueType(trx, input, now);
      }
    } catch (error) {
      if ((error as { code?: string }).code === '23505')
        throw new AppError('CONFLICT', `name: there is already an issue type called ${input.name}.`, {
          field: 'name',
        });
      throw error;
    }
    const live = new Set(await listLiveNeedIds(trx, typeId));
    for (const [i, need] of input.needs.entries()) {
      if (need.id !== undefined && !live.has(need.id))
        throw new AppError(
          'VALIDATION_FAILED',
          `needs.${i}.id: that need is not on this checklist (leave the id out to add a new one).`,
          { field: `needs.${i}.id` },
        );
    }
    await replaceChecklist(trx, typeId, input.needs, now);
    const saved = await findIssueType(trx, typeId);
    if (!saved) throw new Error(`issue type ${typeId} vanished while saved`);
    await recordAudit(trx, {
      actorUserId: actor?.userId,
      action: 'issue_type.saved',
      subjectType: 'issue_type',
      subjectId: saved.id,
      details: { name: saved.name, archived: saved.archived, needs: saved.needs.map((n) => n.label) },
    });
    return saved;
  });
}
