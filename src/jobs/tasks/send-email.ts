import type { Task } from 'graphile-worker';
import { z } from 'zod';
import { findSurveyEmailFacts } from '../../app/blasts/find-survey-email-facts.ts';
import { findCaseAlertFacts } from '../../app/cases/find-case-alert-facts.ts';
import type { AppContext } from '../../app/context.ts';
import { findCaseMessageFacts } from '../../app/conversation/find-case-message-facts.ts';
import { claimOutboundEmail } from '../../app/outbox/claim-outbound-email.ts';
import { recordComposedEmail, recordDelivery } from '../../app/outbox/record-delivery.ts';
import { brandForCustomers } from '../../app/settings/brand.ts';
import { issuePasswordResetMail } from '../../app/users/issue-password-reset-mail.ts';
import type { OutboundEmail } from '../../core/mail/outbound-email.ts';
import { senderOf } from '../../mail/out/brand-in-email.ts';
import { renderCaseAlertEmail } from '../../mail/out/case-alert-email.ts';
import { renderCaseMessageEmail } from '../../mail/out/case-message-email.ts';
import { type Mailer, messageIdFor, type OutgoingMessage } from '../../mail/out/mailer.ts';
import { renderPasswordResetEmail } from '../../mail/out/password-reset-email.ts';
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
    let composed: Composed;
    try {
      composed = await compose(ctx, mailer, email);
      if (composed.state === 'composed') {
        const { kept } = composed;
        await recordComposedEmail(ctx, email.id, {
          subject: kept.subject,
          text: kept.text,
          html: kept.html,
          headers: kept.headers,
          messageId: kept.messageId,
        });
      }
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
    if (composed.state === 'not-sent') {
      await recordDelivery(ctx, email, { state: 'failed', error: composed.reason });
      return;
    }
    const message = composed.message;
    const delivery = await mailer.send(message);
    await recordDelivery(ctx, email, delivery, { lastAttempt });
    if (delivery.state === 'retry' && !lastAttempt)
      throw new Error(`email ${email.id} not sent yet, will retry: ${delivery.error}`);
  };
}

/**
 * A composed mail: `message` is handed to the mailer, `kept` is what the outbox keeps (the same,
 * except that a password link's secret is left out). `not-sent` says why the mail no longer goes.
 */
type Composed =
  | { state: 'composed'; message: OutgoingMessage; kept: OutgoingMessage }
  | { state: 'not-sent'; reason: string };

const GONE =
  'what it was about is gone (its rating request, survey, customer, case or message, or the case changed owner)';

/** Kept as sent: nothing in it is a secret. */
const asSent = (message: OutgoingMessage | undefined): Composed =>
  message ? { state: 'composed', message, kept: message } : { state: 'not-sent', reason: GONE };

/** The mail of the email's kind (one module per kind in src/mail/out), or why it is not sent. */
async function compose(ctx: AppContext, mailer: Mailer, email: OutboundEmail): Promise<Composed> {
  const sender = { from: mailer.from, messageId: messageIdFor(email.id, mailer.from) };
  const brand = await brandForCustomers(ctx);
  switch (email.kind) {
    case 'survey': {
      const facts = await findSurveyEmailFacts(ctx, email);
      return asSent(facts && renderSurveyEmail(facts, sender, brand));
    }
    case 'survey-test':
      // Composed when it was asked for (app/blasts/send-survey-test.ts): send exactly that.
      if (email.subject === undefined || email.textBody === undefined || email.htmlBody === undefined)
        return asSent(undefined);
      return asSent({
        from: senderOf(brand, mailer.from),
        to: { name: '', address: email.toAddress },
        subject: email.subject,
        text: email.textBody,
        html: email.htmlBody,
        headers: email.headers,
        messageId: sender.messageId,
      });
    case 'case-alert': {
      const facts = await findCaseAlertFacts(ctx, email);
      return asSent(facts && renderCaseAlertEmail(facts, sender, brand));
    }
    case 'password-reset': {
      // Held mail is read in the console, where a working link must never be: no link is made.
      if (mailer.mode === 'outbox') return { state: 'not-sent', reason: PASSWORD_LINK_NOT_HELD };
      const facts = await issuePasswordResetMail(ctx, email);
      if (!facts) return { state: 'not-sent', reason: PASSWORD_LINK_GONE };
      return {
        state: 'composed',
        message: renderPasswordResetEmail(facts, sender, brand),
        kept: renderPasswordResetEmail(facts, sender, brand, { kept: true }),
      };
    }
    case 'case-message': {
      const facts = await findCaseMessageFacts(ctx, email);
      return asSent(facts && renderCaseMessageEmail(facts, sender, brand));
    }
  }
}

const PASSWORD_LINK_NOT_HELD =
  'not sent: no SMTP server is configured (SMTP_URL), and a password link is never kept in the outbox. Make a link shown once instead (People).';
const PASSWORD_LINK_GONE =
  'not sent: the link was used, replaced by a newer one or expired, or the person was deactivated or has another address now';
