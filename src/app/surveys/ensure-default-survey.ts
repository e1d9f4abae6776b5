import type { Survey } from '../../core/rating/survey.ts';
import { defaultScale } from '../../core/rating/survey-scale.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { lockNamed } from '../../store/db.ts';
import { insertSurvey, listSurveys } from '../../store/survey.store.ts';
import type { AppContext } from '../context.ts';

/** The survey a new installation starts with, so a newcomer can make a rating link at once. */
export const DEFAULT_SURVEY = {
  name: 'How did we do?',
  kind: 'thermometer',
  touchpointType: 'support reply',
  question: 'How did we do?',
} as const;

/**
 * On a database with no surveys at all, creates the default thermometer survey and returns it.
 * Returns undefined when any survey exists (even an inactive one: an admin retired it on purpose).
 */
export async function ensureDefaultSurvey(ctx: AppContext): Promise<Survey | undefined> {
  if ((await listSurveys(ctx.db)).length > 0) return undefined;
  return ctx.db.transaction().execute(async (trx) => {
    // Two instances starting together must make one survey, not two.
    await lockNamed(trx, 'ensure-default-survey');
    if ((await listSurveys(trx)).length > 0) return undefined;
    const survey = await insertSurvey(trx, { ...DEFAULT_SURVEY, scale: defaultScale(DEFAULT_SURVEY.kind) });
    await recordAudit(trx, {
      actorUserId: undefined,
      action: 'survey.created',
      subjectType: 'survey',
      subjectId: survey.id,
      details: { name: survey.name, kind: survey.kind, touchpointType: survey.touchpointType, default: true },
    });
    return survey;
  });
}
