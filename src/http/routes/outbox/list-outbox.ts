import { z } from 'zod';
import { listOutbox } from '../../../app/outbox/list-outbox.ts';
import { OUTBOUND_EMAIL_STATUSES } from '../../../core/mail/outbound-email.ts';
import { outboundEmailSchema, presentOutboundEmail } from '../../presenters/outbound-email.presenter.ts';
import type { Route } from '../../route.ts';

const querystring = z.strictObject({
  /** Only emails in this status; `held` is the local outbox (no SMTP configured). */
  status: z.enum(OUTBOUND_EMAIL_STATUSES).optional(),
  /** Only the emails of this blast. */
  blastId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const listOutboxRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/outbox', {
    config: { access: 'supervisor' },
    schema: {
      summary:
        'Outbound emails, newest first: what was sent, and what is held where no SMTP is configured (supervisors)',
      tags: ['outbox'],
      querystring,
      response: { 200: z.object({ emails: z.array(outboundEmailSchema) }) },
    },
    handler: async (request) => ({
      emails: (await listOutbox(ctx, request.query)).map(presentOutboundEmail),
    }),
  });
};
