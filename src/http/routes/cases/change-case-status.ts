import { z } from 'zod';
import { changeCaseStatus } from '../../../app/cases/change-case-status.ts';
import { RESOLUTION_PART_MAX } from '../../../core/case/case-resolution.ts';
import { CASE_STATUSES } from '../../../core/case/case-status.ts';
import { authOf } from '../../plugins/auth.ts';
import { caseDetailSchema, presentCaseDetail } from '../../presenters/case.presenter.ts';
import { idParams, type Route } from '../../route.ts';

const body = z.strictObject({
  /** open (reopen), acknowledged, resolved or closed. */
  status: z.enum(CASE_STATUSES),
  /** Optional words for the timeline, e.g. what resolved it. */
  note: z.string().trim().max(5000).optional(),
  /**
   * Required when resolving (and only then): the customer's resolution message and the follow-up
   * are made of these three parts.
   */
  resolution: z
    .strictObject({
      /** What went wrong, in words the customer understands. */
      whatWentWrong: z.string().max(RESOLUTION_PART_MAX),
      /** How it was fixed. */
      howFixed: z.string().max(RESOLUTION_PART_MAX),
      /** Why it won't happen again: what changed. */
      whyNotAgain: z.string().max(RESOLUTION_PART_MAX),
    })
    .optional(),
});

export const changeCaseStatusRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/cases/:id/status', {
    config: { problems: [409] },
    schema: {
      summary: 'Acknowledge, resolve, close or reopen a case',
      tags: ['cases'],
      params: idParams,
      body,
      response: { 200: caseDetailSchema },
    },
    handler: async (request) =>
      presentCaseDetail(await changeCaseStatus(ctx, authOf(request).actor, request.params.id, request.body)),
  });
};
