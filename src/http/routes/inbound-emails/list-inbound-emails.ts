import { z } from 'zod';
import { listInboundEmails } from '../../../app/inbound/list-inbound-emails.ts';
import { INBOUND_EMAIL_STATUSES } from '../../../core/mail/inbound-email.ts';
import { inboundEmailSchema, presentInboundEmail } from '../../presenters/inbound-email.presenter.ts';
import type { Route } from '../../route.ts';

const querystring = z.strictObject({
  /** Only emails in this status; `flagged` is what waits for a person. */
  status: z.enum(INBOUND_EMAIL_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const listInboundEmailsRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/inbound-emails', {
    config: { access: 'supervisor' },
    schema: {
      summary:
        'Mail received from customers, newest first: threaded, ignored (auto-replies, bounces) and flagged (supervisors)',
      tags: ['inbound-emails'],
      querystring,
      response: { 200: z.object({ emails: z.array(inboundEmailSchema) }) },
    },
    handler: async (request) => ({
      emails: (await listInboundEmails(ctx, request.query)).map(presentInboundEmail),
    }),
  });
};
