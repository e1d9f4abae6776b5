import type { Survey } from '../../core/rating/survey.ts';
import { AppError } from '../../core/shared/app-error.ts';
import { findSurveyById } from '../../store/survey.store.ts';
import type { AppContext } from '../context.ts';

export async function getSurvey(ctx: AppContext, surveyId: string): Promise<Survey> {
  const survey = await findSurveyById(ctx.db, surveyId);
  if (!survey) throw new AppError('NOT_FOUND', 'No survey has that id.');
  return survey;
}
