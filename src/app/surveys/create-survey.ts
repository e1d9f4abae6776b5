import type { Survey } from '../../core/rating/survey.ts';
import {
  defaultScale,
  type ScalePoint,
  type SurveyKind,
  scaleProblems,
} from '../../core/rating/survey-scale.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { insertSurvey } from '../../store/survey.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';

export type CreateSurveyInput = {
  name: string;
  kind: SurveyKind;
  touchpointType: string;
  question: string;
  /** The answers in the order they are shown; the kind's default scale when absent. */
  scale?: ScalePoint[] | undefined;
};

/** Admins create surveys. Without a scale the survey gets its kind's default (the thermometer's colours). */
export async function createSurvey(
  ctx: AppContext,
  actor: Actor | undefined,
  input: CreateSurveyInput,
): Promise<Survey> {
  if (actor) assertRole(actor, 'admin');
  const scale = input.scale ? checkedScale(input.kind, input.scale) : defaultScale(input.kind);
  return ctx.db.transaction().execute(async (trx) => {
    const survey = await insertSurvey(trx, {
      name: input.name.trim(),
      kind: input.kind,
      touchpointType: input.touchpointType.trim(),
      question: input.question.trim(),
      scale,
    });
    await recordAudit(trx, {
      actorUserId: actor?.userId,
      action: 'survey.created',
      subjectType: 'survey',
      subjectId: survey.id,
      details: { name: survey.name, kind: survey.kind, touchpointType: survey.touchpointType },
    });
    return survey;
  });
}

/** The scale trimmed, or VALIDATION_FAILED listing every problem in sentences. */
export function checkedScale(kind: SurveyKind, scale: readonly ScalePoint[]): ScalePoint[] {
  const trimmed = scale.map((point) => ({
    score: point.score,
    label: point.label.trim(),
    colour: point.colour.trim(),
    icon: point.icon.trim(),
  }));
  const problems = scaleProblems(kind, trimmed);
  if (problems.length > 0)
    throw new AppError('VALIDATION_FAILED', problems.join(' '), { field: 'scale', problems });
  return trimmed;
}
