import { z } from 'zod';
import { sendCaseMessage } from '../../../app/conversation/send-case-message.ts';
import { MAX_MESSAGE_LENGTH } from '../../../core/conversation/customer-message.ts';
import { TEMPLATE_KINDS } from '../../../core/message-template/message-template.ts';
import { authOf } from '../../plugins/auth.ts';
import { caseEventSchema, presentCaseEvent } from '../../presenters/case-event.presenter.ts';
import { idParams, type Route, text } from '../../route.ts';

const body = z.strictObject({
  /**
   * What the customer reads, as plain text (up to 20,000 characters). `{{variables}}` in it are filled
   * (an unknown one is refused, naming it). Optional when `template` is given: the template's text,
   * filled for this case, is sent as it is.
   */
  text: text(MAX_MESSAGE_LENGTH, 'Write the message first.').optional(),
  /**
   * The template it was written from (acknowledgement, update, resolution, free): its subject, in the
   * customer's language, heads the mail. Without one, the case's title does.
   */
  template: z.enum(TEMPLATE_KINDS).optional(),
});

export const sendCaseMessageRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/cases/:id/messages', {
    config: { idempotent: true, problems: [409] },
    schema: {
      summary: 'Write to the customer by email (the owner, a supervisor or an admin)',
      description:
        'Appends a `message_out` event and queues its email in one transaction; answers with the message and its delivery state (queued at first; the timeline follows it to sent, held, bounced or failed). The first message acknowledges an open case. A closed case is refused (409 CASE_CLOSED), and so is a customer with no email address or one that bounced (409 CUSTOMER_UNREACHABLE); an unsubscribe from surveys does not stop a case message.',
      tags: ['cases'],
      params: idParams,
      body,
      response: { 201: z.object({ message: caseEventSchema }) },
    },
    handler: async (request, reply) => {
      const message = await sendCaseMessage(ctx, authOf(request).actor, request.params.id, request.body);
      return reply.code(201).send({ message: presentCaseEvent(message) });
    },
  });
};
