import type { Survey } from '../../core/rating/survey.ts';
import { listSurveys as listAllSurveys } from '../../store/survey.store.ts';
import type { AppContext } from '../context.ts';

/** Every survey, oldest first, active or not (the console shows both). */
export function listSurveys(ctx: AppContext): Promise<Survey[]> {
  return listAllSurveys(ctx.db);
}
