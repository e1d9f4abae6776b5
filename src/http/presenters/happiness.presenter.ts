import { z } from 'zod';
import type { HappinessReport } from '../../app/feedback/measure-happiness.ts';
import { HAPPINESS_GROUPINGS, HAPPINESS_PERIODS, type Happiness } from '../../core/rating/happiness.ts';

const countsFields = {
  /** Rating requests answered in the window, each counted once by its latest answer. */
  answers: z.number().int(),
  /** Of those, happy: thermometer gold or green, CSAT 4–5, NPS 9–10. */
  happy: z.number().int(),
  /** Of those, negative: thermometer amber or red, CSAT 1–2, NPS 0–6. */
  negative: z.number().int(),
  /** happy ÷ answers, 0 to 1 (four decimals); null when nobody answered. */
  factor: z.number().nullable(),
};

export const happinessGroupSchema = z
  .object({
    /** The survey or team id, the touchpoint type, or the period's first day (YYYY-MM-DD, UTC); null for no team. */
    key: z.string().nullable(),
    label: z.string(),
    ...countsFields,
  })
  .meta({ id: 'HappinessGroup' });

export const happinessReportSchema = z
  .object({
    groupBy: z.enum(HAPPINESS_GROUPINGS),
    period: z.enum(HAPPINESS_PERIODS),
    from: z.iso.datetime(),
    to: z.iso.datetime(),
    overall: z.object(countsFields),
    groups: z.array(happinessGroupSchema),
  })
  .meta({ id: 'HappinessReport' });

function presentCounts(h: Happiness) {
  return { answers: h.answers, happy: h.happy, negative: h.negative, factor: h.factor ?? null };
}

export function presentHappinessReport(report: HappinessReport): z.infer<typeof happinessReportSchema> {
  return {
    groupBy: report.groupBy,
    period: report.period,
    from: report.from.toISOString(),
    to: report.to.toISOString(),
    overall: presentCounts(report.overall),
    groups: report.groups.map((g) => ({ key: g.key ?? null, label: g.label, ...presentCounts(g) })),
  };
}
