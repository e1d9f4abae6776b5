import type { Survey } from '../core/rating/survey.ts';
import type { Executor } from './db.ts';
import type { SurveyRow } from './schema.ts';

export function surveyRowToSurvey(row: SurveyRow): Survey {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    touchpointType: row.touchpoint_type,
    question: row.question,
    scale: row.scale,
    active: row.active,
    createdAt: row.created_at,
  };
}

export async function insertSurvey(
  db: Executor,
  survey: Omit<Survey, 'id' | 'createdAt' | 'active'>,
): Promise<Survey> {
  const row = await db
    .insertInto('surveys')
    .values({
      name: survey.name,
      kind: survey.kind,
      touchpoint_type: survey.touchpointType,
      question: survey.question,
      scale: JSON.stringify(survey.scale),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return surveyRowToSurvey(row);
}

export async function updateSurvey(
  db: Executor,
  id: string,
  changes: Partial<Pick<Survey, 'name' | 'question' | 'scale' | 'active' | 'touchpointType'>>,
  now: Date,
): Promise<Survey | undefined> {
  const row = await db
    .updateTable('surveys')
    .set({
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.question !== undefined && { question: changes.question }),
      ...(changes.scale !== undefined && { scale: JSON.stringify(changes.scale) }),
      ...(changes.active !== undefined && { active: changes.active }),
      ...(changes.touchpointType !== undefined && { touchpoint_type: changes.touchpointType }),
      updated_at: now,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return row ? surveyRowToSurvey(row) : undefined;
}

export async function findSurveyById(db: Executor, id: string): Promise<Survey | undefined> {
  const row = await db.selectFrom('surveys').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? surveyRowToSurvey(row) : undefined;
}

/** The surveys of these ids, by id (absent ones missing). */
export async function findSurveysByIds(db: Executor, ids: readonly string[]): Promise<Map<string, Survey>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('surveys')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((row) => [row.id, surveyRowToSurvey(row)]));
}

export async function listSurveys(db: Executor): Promise<Survey[]> {
  const rows = await db.selectFrom('surveys').selectAll().orderBy('created_at').orderBy('id').execute();
  return rows.map(surveyRowToSurvey);
}
