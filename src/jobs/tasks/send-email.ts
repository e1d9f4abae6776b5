import type { Task } from 'graphile-worker';
import { z } from 'zod';
import { findSurveyEmailFacts } from '../../app/blasts/find-survey-email-facts.ts';
import { findCaseAlertFacts } from '../../app/cases/find-case-alert-facts.ts';
import type { AppContext } from '../../app/context.ts';
import { findCaseMessageFacts } from '../../app/conversation/find-case-message-facts.ts';
import { claimOutboundEmail } from '../../app/outbox/claim-outbound-email.ts';
import { recordComposedEmail, recordDelivery } from '../../app/outbox/record-delivery.ts';
import { brandForCustomers } from '../../app/settings/brand.ts';
import type { OutboundEmail } from '../../core/mail/outbound-email.ts';
import { senderOf } from '../../mail/out/brand-in-email.ts';
import { renderCaseAlertEmail } from '../../mail/out/case-alert-email.ts';
import { renderCaseMessageEmail } from '../../mail/out/case-message-email.ts';
import { type Mailer, messageIdFor, type OutgoingMessage } from '../../mail/out/mailer.ts';
import { renderSurveyEmail } from '../../mail/out/survey-email.ts';

const payload = z.object({ emailId: z.uuid() });

/**
 * Sends one outbound email, at most once. It claims the email first (queued → sending; someone
 * else's claim means skip), the claim re-reads the suppression list, then the email is composed,
 * kept, and handed to the mailer (SMTP, or held in the local outbox). A temporary failure puts it
 * back in the queue and throws, so graphile-worker retries later; a crash while the SMTP server has
 * the message leaves it `sending`, never sent twice.
 */
export function sendEmail(ctx: AppContext, mailer: Mailer): Task {
  return async (raw, helpers) => {
    const { emailId } = payload.parse(raw);
    const claim = await claimOutboundEmail(ctx, emailId);
    if (claim.state !== 'claimed') {
      helpers.logger.debug(`email ${emailId}: ${claim.state}, not sent`);
      return;
    }
    const { email } = claim;
    // On the last attempt a failure is final: put back in the queue, nothing would ever send it.
    const lastAttempt = helpers.job.attempts >= helpers.job.max_attempts;
    let message: OutgoingMessage | undefined;
    try {
      message = await compose(ctx, mailer, email);
      if (message)
        await recordComposedEmail(ctx, email.id, {
          subject: message.subject,
          text: message.text,
          html: message.html,
          headers: message.headers,
          messageId: message.messageId,
        });
    } catch (error) {
      // Nothing was handed over: put it back, so the retry can claim it again.
      await recordDelivery(
        ctx,
        email,
        { state: 'retry', error: `composing failed: ${String(error)}` },
        { lastAttempt },
      );
      if (lastAttempt) return;
      throw error;
    }
    if (!message) {
      await recordDelivery(ctx, email, {
        state: 'failed',
        error:
          'what it was about is gone (its rating request, survey, customer, case or message, or the case changed owner)',
      });
      return;
    }
    const delivery = await mailer.send(message);
    await recordDelivery(ctx, email, delivery, { lastAttempt });
    if (delivery.state === 'retry' && !lastAttempt)
      throw new Error(`email ${email.id} not sent yet, will retry: ${delivery.error}`);
  };
}

/** The mail of the email's kind (one module per kind in src/mail/out), or undefined when its facts are gone. */
async function compose(
  ctx: AppContext,
  mailer: Mailer,
  email: OutboundEmail,
): Promise<OutgoingMessage | undefined> {
  const sender = { from: mailer.from, messageId: messageIdFor(email.id, mailer.from) };
  const brand = await brandForCustomers(ctx);
  switch (email.kind) {
    case 'survey': {
      const facts = await findSurveyEmailFacts(ctx, email);
      return facts && renderSurveyEmail(facts, sender, brand);
    }
    case 'survey-test':
      // Composed when it was asked for (app/blasts/send-survey-test.ts): send exactly that.
      if (email.subject === undefined || email.textBody === undefined || email.htmlBody === undefined)
        return undefined;
      return {
        from: senderOf(brand, mailer.from),
        to: { name: '', address: email.toAddress },
        subject: email.subject,
        text: email.textBody,
        html: email.htmlBody,
        headers: email.headers,
        messageId: sender.messageId,
      };
    case 'case-alert': {
      const facts = await findCaseAlertFacts(ctx, email);
      return facts && renderCaseAlertEmail(facts, sender, brand);
    }
    case 'case-message': {
      const facts = await findCaseMessageFacts(ctx, email);
      return facts && renderCaseMessageEmail(facts, sender, brand);
    }
  }
}
