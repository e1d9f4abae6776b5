import { z } from 'zod';
import { sendSurveyTest } from '../../../app/blasts/send-survey-test.ts';
import { authOf } from '../../plugins/auth.ts';
import { outboundEmailSchema, presentOutboundEmail } from '../../presenters/outbound-email.presenter.ts';
import { idParams, type Route } from '../../route.ts';

export const sendSurveyTestRoute: Route = (api, { ctx, mailFrom, renderSurveyEmail }) => {
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
      if (!renderSurveyEmail) throw new Error('buildApp was not given the survey email template');
      const email = await sendSurveyTest(ctx, authOf(request).actor, {
        surveyId: request.params.id,
        render: (facts, brand) =>
          renderSurveyEmail(facts, { from: mailFrom, messageId: '<test@amends>' }, brand),
      });
      return reply.code(202).send({ email: presentOutboundEmail(email) });
    },
  });
};
