import { z } from 'zod';
import { sendSurveyTest } from '../../../app/blasts/send-survey-test.ts';
import { renderSurveyEmail } from '../../../mail/out/survey-email.ts';
import { authOf } from '../../plugins/auth.ts';
import { outboundEmailSchema, presentOutboundEmail } from '../../presenters/outbound-email.presenter.ts';
import { idParams, type Route } from '../../route.ts';

export const sendSurveyTestRoute: Route = (api, { ctx, mailFrom }) => {
  api.post('/api/v1/surveys/:id/test-email', {
    schema: {
      summary: "Send me a test: the survey's email to your own address, through the outbox",
      description:
        'The email a customer would get, to the signed-in person. Its answer links record nothing (they open the "link not valid" page), and no customer or rating request is made. Held in the outbox when no SMTP server is configured.',
      tags: ['surveys'],
      params: idParams,
      response: { 202: z.object({ email: outboundEmailSchema }) },
    },
    handler: async (request, reply) => {
      const email = await sendSurveyTest(ctx, authOf(request).actor, {
        surveyId: request.params.id,
        render: (facts) => renderSurveyEmail(facts, { from: mailFrom, messageId: '<test@amends>' }),
      });
      return reply.code(202).send({ email: presentOutboundEmail(email) });
    },
  });
};
