import { z } from 'zod';
import { CASE_EVENT_KINDS, type CaseEvent } from '../../core/case/case-event.ts';

export const caseEventSchema = z
  .object({
    id: z.number().int(),
    caseId: z.uuid(),
    kind: z.enum(CASE_EVENT_KINDS),
    actorUserId: z.uuid().nullable(),
    body: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
    at: z.iso.datetime(),
  })
  .meta({ id: 'CaseEvent' });

export function presentCaseEvent(event: CaseEvent): z.infer<typeof caseEventSchema> {
  return {
    id: event.id,
    caseId: event.caseId,
    kind: event.kind,
    actorUserId: event.actorUserId ?? null,
    body: event.body ?? null,
    data: event.data,
    at: event.at.toISOString(),
  };
}
