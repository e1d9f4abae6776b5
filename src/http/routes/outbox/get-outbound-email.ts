import { z } from 'zod';
import { getOutboundEmail } from '../../../app/outbox/get-outbound-email.ts';
import {
  outboundEmailDetailSchema,
  presentOutboundEmailDetail,
} from '../../presenters/outbound-email.presenter.ts';
import { idParams, type Route } from '../../route.ts';

export const getOutboundEmailRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/outbox/:id', {
    config: { access: 'supervisor' },
    schema: {
      summary: 'One outbound email with its text, HTML and headers (supervisors)',
      tags: ['outbox'],
      params: idParams,
      response: { 200: z.object({ email: outboundEmailDetailSchema }) },
    },
    handler: async (request) => ({
      email: presentOutboundEmailDetail(await getOutboundEmail(ctx, request.params.id)),
    }),
  });
};
