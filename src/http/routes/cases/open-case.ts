import { z } from 'zod';
import { getCase } from '../../../app/cases/get-case.ts';
import { openCase } from '../../../app/cases/open-case.ts';
import { CHANNELS } from '../../../core/case/channel.ts';
import { SEVERITIES } from '../../../core/case/severity.ts';
import { authOf } from '../../plugins/auth.ts';
import { caseDetailSchema, presentCaseDetail } from '../../presenters/case.presenter.ts';
import { type Route, text } from '../../route.ts';
import { customerDetailsBody } from '../../schemas/customer-details.ts';

const body = z.strictObject({
  /** An existing customer. Give this or `customer`. */
  customerId: z.uuid().optional(),
  /** Find-or-create the customer from these details. Give this or `customerId`. */
  customer: customerDetailsBody.optional(),
  /** A short line for the inbox, e.g. "Order 4471 arrived broken". */
  title: text(200, 'Give the case a title: one line for the inbox, e.g. Order 4471 arrived broken.'),
  /** The customer's story in their words, captured once so nobody asks them to repeat it. */
  story: text(20_000, "Write the customer's story, in their words."),
  severity: z.enum(SEVERITIES).default('normal'),
  channel: z.enum(CHANNELS).default('api'),
  teamId: z.uuid().optional(),
  /** Give the case to this person instead of the assignment rule's choice. */
  ownerId: z.uuid().optional(),
  /** What kind of problem it is (`GET /api/v1/issue-types`): its knock-on needs show on the case. */
  issueTypeId: z.uuid().optional(),
});

export const openCaseRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/cases', {
    config: { idempotent: true, problems: [404, 409] },
    schema: {
      summary: 'Open a recovery case; it gets exactly one owner',
      tags: ['cases'],
      body,
      response: { 201: caseDetailSchema },
    },
    handler: async (request, reply) => {
      const opened = await openCase(ctx, authOf(request).actor, request.body);
      return reply.code(201).send(presentCaseDetail(await getCase(ctx, opened.id)));
    },
  });
};
