import { randomUUID } from 'node:crypto';
import type { Brand } from '../../core/brand/brand.ts';
import type { OutboundEmail } from '../../core/mail/outbound-email.ts';
import type { Actor } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { findOutboundEmailById, queueOutboundEmails } from '../../store/outbound-email.store.ts';
import type { AppContext } from '../context.ts';
import { ratingLinkUrl } from '../rating-requests/rating-links.ts';
import { brandForCustomers } from '../settings/brand.ts';
import { getSurvey } from '../surveys/get-survey.ts';
import { getUser } from '../users/get-user.ts';
import { type SurveyEmailFacts, unsubscribeUrl } from './find-survey-email-facts.ts';

/** A key no rating request has: a test's links open the "link not valid" page and record nothing. */
const TEST_KEY = 'test';

/** The email as the mail module composes it; the caller (http) owns the template. */
export type ComposedEmail = { subject: string; text: string; html: string; headers: Record<string, string> };

/**
 * "Send me a test": the survey's email, as a customer would get it, to the signed-in person's own
 * address through the outbox (sent with SMTP_URL, held without). Its answers are not recorded and no
 * customer or rating request is made, so a test never shows in feedback nor opens a case.
 */
export async function sendSurveyTest(
  ctx: AppContext,
  actor: Actor,
  input: { surveyId: string; render: (facts: SurveyEmailFacts, brand: Brand) => ComposedEmail },
): Promise<OutboundEmail> {
  const [survey, user] = await Promise.all([getSurvey(ctx, input.surveyId), getUser(ctx, actor.userId)]);
  const composed = input.render(
    {
      toAddress: user.email,
      customerName: user.name,
      question: survey.question,
      links: survey.scale.map((point) => ({ ...point, url: ratingLinkUrl(ctx, TEST_KEY, point.score) })),
      unsubscribeUrl: unsubscribeUrl(ctx, TEST_KEY),
    },
    await brandForCustomers(ctx),
  );
  const id = await ctx.db.transaction().execute(async (trx) => {
    const [queued] = await queueOutboundEmails(trx, [
      {
        // Each click is its own test: a person may send one, change the survey, and send another.
        intentKey: `survey-test:${survey.id}:${user.id}:${randomUUID()}`,
        kind: 'survey-test',
        toAddress: user.email,
        blastId: undefined,
        ratingRequestId: undefined,
        createdAt: ctx.now(),
        composed,
      },
    ]);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'survey.test-sent',
      subjectType: 'survey',
      subjectId: survey.id,
      details: { to: user.email },
    });
    return queued!;
  });
  return (await findOutboundEmailById(ctx.db, id))!;
}
