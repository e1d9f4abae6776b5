import { z } from 'zod';
import { reprocessInboundEmail } from '../../../app/inbound/reprocess-inbound-email.ts';
import { authOf } from '../../plugins/auth.ts';
import { inboundEmailSchema, presentInboundEmail } from '../../presenters/inbound-email.presenter.ts';
import { idParams, type Route } from '../../route.ts';

export const processInboundEmailRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/inbound-emails/:id/process', {
    config: { access: 'supervisor', problems: [409] },
    schema: {
      summary:
        'Runs a flagged email through reading and threading again, from its kept raw bytes (supervisors). 409 when it already reached a case or was ignored',
      tags: ['inbound-emails'],
      params: idParams,
      response: { 202: z.object({ email: inboundEmailSchema }).describe('Queued: it is `received` again.') },
    },
    handler: async (request, reply) => {
      const email = await reprocessInboundEmail(ctx, authOf(request).actor, request.params.id);
      return reply.code(202).send({ email: presentInboundEmail(email) });
    },
  });
};
