import { z } from 'zod';
import type { CaseKnockOnNeeds } from '../../app/knock-on/get-case-knock-on-needs.ts';
import type { IssueType, KnockOnNeed } from '../../core/knock-on/issue-type.ts';
import { NEED_ANSWERS } from '../../core/knock-on/need-answer.ts';

export const knockOnNeedSchema = z
  .object({
    id: z.uuid(),
    issueTypeId: z.uuid(),
    /** What to ask about, e.g. "Water damage restoration". */
    label: z.string(),
    /** Who looks after it when the customer needs it; null: the owner does. */
    partnerName: z.string().nullable(),
    partnerContact: z.string().nullable(),
  })
  .meta({ id: 'KnockOnNeed' });

export const issueTypeSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    /** No longer offered on cases; cases that have it keep it. */
    archived: z.boolean(),
    /** The checklist, in the order to ask. */
    needs: z.array(knockOnNeedSchema),
  })
  .meta({ id: 'IssueType' });

export const caseKnockOnNeedsSchema = z
  .object({
    caseId: z.uuid(),
    issueType: z.object({ id: z.uuid(), name: z.string(), archived: z.boolean() }).nullable(),
    needs: z.array(
      z.object({
        need: knockOnNeedSchema,
        /** null until asked. */
        answer: z
          .object({
            answer: z.enum(NEED_ANSWERS),
            /** The partner as it was when asked (the checklist may have changed since). */
            partnerName: z.string().nullable(),
            partnerContact: z.string().nullable(),
            note: z.string().nullable(),
            /** The referral task the need became, when it has a partner. */
            taskId: z.uuid().nullable(),
            answeredBy: z.uuid(),
            answeredAt: z.iso.datetime(),
          })
          .nullable(),
      }),
    ),
  })
  .meta({ id: 'CaseKnockOnNeeds' });

export function presentKnockOnNeed(need: KnockOnNeed): z.infer<typeof knockOnNeedSchema> {
  return {
    id: need.id,
    issueTypeId: need.issueTypeId,
    label: need.label,
    partnerName: need.partnerName ?? null,
    partnerContact: need.partnerContact ?? null,
  };
}

export function presentIssueType(type: IssueType): z.infer<typeof issueTypeSchema> {
  return { id: type.id, name: type.name, archived: type.archived, needs: type.needs.map(presentKnockOnNeed) };
}

export function presentCaseKnockOnNeeds(found: CaseKnockOnNeeds): z.infer<typeof caseKnockOnNeedsSchema> {
  return {
    caseId: found.caseId,
    issueType: found.issueType ?? null,
    needs: found.needs.map(({ need, answer }) => ({
      need: presentKnockOnNeed(need),
      answer: answer
        ? {
            answer: answer.answer,
            partnerName: answer.partnerName ?? null,
            partnerContact: answer.partnerContact ?? null,
            note: answer.note ?? null,
            taskId: answer.taskId ?? null,
            answeredBy: answer.answeredBy,
            answeredAt: answer.answeredAt.toISOString(),
          }
        : null,
    })),
  };
}
