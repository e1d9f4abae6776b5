import type { Survey } from '../../core/rating/survey.ts';
import type { ScalePoint } from '../../core/rating/survey-scale.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { findSurveyById, updateSurvey as updateSurveyRow } from '../../store/survey.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';
import { checkedScale } from './create-survey.ts';

export type SurveyChanges = {
  name?: string | undefined;
  question?: string | undefined;
  touchpointType?: string | undefined;
  scale?: ScalePoint[] | undefined;
  /** An inactive survey keeps its answers and links, but no new rating requests can use it. */
  active?: boolean | undefined;
};

/**
 * Admins edit a survey's words, look and whether it is in use. The kind never changes: answers
 * already given are scores on its scale.
 */
export async function updateSurvey(
  ctx: AppContext,
  actor: Actor | undefined,
  surveyId: string,
  changes: SurveyChanges,
): Promise<Survey> {
  if (actor) assertRole(actor, 'admin');
  if (Object.values(changes).every((value) => value === undefined))
    throw new AppError('VALIDATION_FAILED', 'Give at least one field to change.');
  return ctx.db.transaction().execute(async (trx) => {
    const before = await findSurveyById(trx, surveyId);
    if (!before) throw new AppError('NOT_FOUND', 'No survey has that id.');
    const after = await updateSurveyRow(
      trx,
      surveyId,
      {
        ...(changes.name !== undefined && { name: changes.name.trim() }),
        ...(changes.question !== undefined && { question: changes.question.trim() }),
        ...(changes.touchpointType !== undefined && { touchpointType: changes.touchpointType.trim() }),
        ...(changes.scale !== undefined && { scale: checkedScale(before.kind, changes.scale) }),
        ...(changes.active !== undefined && { active: changes.active }),
      },
      ctx.now(),
    );
    if (!after) throw new Error('survey vanished inside its own transaction');
    await recordAudit(trx, {
      actorUserId: actor?.userId,
      action: 'survey.updated',
      subjectType: 'survey',
      subjectId: surveyId,
      details: changes,
    });
    return after;
  });
}
