import { z } from 'zod';
import type { Survey } from '../../core/rating/survey.ts';
import { SURVEY_KINDS } from '../../core/rating/survey-scale.ts';

export const scalePointSchema = z
  .object({ score: z.number().int(), label: z.string(), colour: z.string(), icon: z.string() })
  .meta({ id: 'ScalePoint' });

export const surveySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(SURVEY_KINDS),
    touchpointType: z.string(),
    question: z.string(),
    scale: z.array(scalePointSchema),
    active: z.boolean(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Survey' });

export function presentSurvey(survey: Survey): z.infer<typeof surveySchema> {
  return {
    id: survey.id,
    name: survey.name,
    kind: survey.kind,
    touchpointType: survey.touchpointType,
    question: survey.question,
    scale: survey.scale.map((p) => ({ score: p.score, label: p.label, colour: p.colour, icon: p.icon })),
    active: survey.active,
    createdAt: survey.createdAt.toISOString(),
  };
}
