import type { Task } from 'graphile-worker';
import { z } from 'zod';
import { findSurveyEmailFacts } from '../../app/blasts/find-survey-email-facts.ts';
import { findCaseAlertFacts } from '../../app/cases/find-case-alert-facts.ts';
import type { AppContext } from '../../app/context.ts';
import { claimOutboundEmail } from '../../app/outbox/claim-outbound-email.ts';
import { recordComposedEmail, recordDelivery, recordNotComposed } from '../../app/outbox/record-delivery.ts';
import { brandForCustomers } from '../../app/settings/brand.ts';
import type { OutboundEmail } from '../../core/mail/outbound-email.ts';
import { senderOf } from '../../mail/out/brand-in-email.ts';
import { renderCaseAlertEmail } from '../../mail/out/case-alert-email.ts';
import { type Mailer, messageIdFor, type OutgoingMessage } from '../../mail/out/mailer.ts';
import { renderSurveyEmail } from '../../mail/out/survey-email.ts';

const payload = z.object({ emailId: z.uuid() });

/**
 * Sends one outbound email; one intent, one mail. It claims the email first (queued → sending;
 * someone else's claim means skip), the claim re-reads the suppression list, then the mail is
 * composed and kept (with its Date and Message-ID) and handed to the mailer (SMTP, or held in the
 * local outbox). A mail composed by an earlier attempt is not composed again: that very mail is
 * sent. A temporary failure queues it again with a job at the backoff's next time
 * (core/mail/delivery-attempts.ts); a crash leaves it `sending`, for app/outbox/recover-stuck-emails.ts.
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
    let message: OutgoingMessage | undefined = keptMessage(email);
    if (!message) {
      try {
        message = await compose(ctx, mailer, email);
      } catch (error) {
        // Nothing was kept, so nothing was handed over: a later attempt composes it again.
        await recordDelivery(ctx, email, { state: 'retry', error: `composing failed: ${String(error)}` });
        return;
      }
      if (!message) {
        await recordNotComposed(
          ctx,
          email,
          'what it was about is gone (its rating request, survey, customer or case, or the case changed owner)',
        );
        return;
      }
      message.date = ctx.now();
      const kept = await recordComposedEmail(ctx, email, {
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: message.headers,
        messageId: message.messageId,
        from: message.from,
        toName: message.to.name,
        composedAt: message.date,
      });
      if (!kept) {
        helpers.logger.warn(`email ${emailId}: its claim was taken over before the hand-off; not sent`);
        return;
      }
    }
    const delivery = await mailer.send(message);
    const recorded = await recordDelivery(ctx, email, delivery);
    if (recorded === 'not-ours')
      helpers.logger.warn(`email ${emailId}: ${delivery.state}, but its claim had been taken over meanwhile`);
  };
}

/**
 * The mail an earlier attempt composed and kept (it may have reached the SMTP server): sent again
 * exactly, same Message-ID and Date. Undefined when nothing was kept for a hand-off yet.
 */
function keptMessage(email: OutboundEmail): OutgoingMessage | undefined {
  if (
    email.composedAt === undefined ||
    email.from === undefined ||
    email.subject === undefined ||
    email.textBody === undefined ||
    email.htmlBody === undefined ||
    email.messageId === undefined
  )
    return undefined;
  return {
    from: email.from,
    to: { name: email.toName ?? '', address: email.toAddress },
    subject: email.subject,
    text: email.textBody,
    html: email.htmlBody,
    headers: email.headers,
    messageId: email.messageId,
    date: email.composedAt,
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
  }
}
