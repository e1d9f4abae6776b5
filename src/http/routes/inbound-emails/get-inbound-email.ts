import { z } from 'zod';
import { getInboundEmail } from '../../../app/inbound/get-inbound-email.ts';
import {
  inboundEmailDetailSchema,
  presentInboundEmailDetail,
} from '../../presenters/inbound-email.presenter.ts';
import { idParams, type Route } from '../../route.ts';

export const getInboundEmailRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/inbound-emails/:id', {
    schema: {
      summary:
        'One received email whole: its text, its HTML sanitised (show it in a sandboxed frame), its attachments and DKIM/SPF/DMARC',
      tags: ['inbound-emails'],
      params: idParams,
      response: { 200: z.object({ email: inboundEmailDetailSchema }) },
    },
    handler: async (request) => {
      const { email, attachments } = await getInboundEmail(ctx, request.params.id);
      return { email: presentInboundEmailDetail(email, attachments) };
    },
  });
};
