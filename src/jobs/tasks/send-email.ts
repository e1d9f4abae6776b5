import type { Task } from 'graphile-worker';
import { z } from 'zod';
import {
  findSurveyEmailFacts,
  findSurveyEmailFactsOf,
  type SurveyEmailFacts,
} from '../../app/blasts/find-survey-email-facts.ts';
import { findCaseAlertFacts } from '../../app/cases/find-case-alert-facts.ts';
import type { AppContext } from '../../app/context.ts';
import { findCaseMessageFacts } from '../../app/conversation/find-case-message-facts.ts';
import { findFollowUpEmailFacts } from '../../app/follow-up/find-follow-up-email-facts.ts';
import { type ClaimedEmail, claimOutboundEmails } from '../../app/outbox/claim-outbound-email.ts';
import { DeliveryRecorder } from '../../app/outbox/delivery-recorder.ts';
import { recordComposedEmails, recordDelivery, recordNotComposed } from '../../app/outbox/record-delivery.ts';
import { findPromiseBrokenFacts } from '../../app/promises/find-promise-broken-facts.ts';
import { brandForCustomers } from '../../app/settings/brand.ts';
import { findTaskMailFacts } from '../../app/tasks/find-task-mail-facts.ts';
import { findUpdateNudgeFacts } from '../../app/timers/find-update-nudge-facts.ts';
import { issuePasswordResetMail } from '../../app/users/issue-password-reset-mail.ts';
import { handoffDeadline } from '../../core/mail/delivery-attempts.ts';
import type { OutboundEmail } from '../../core/mail/outbound-email.ts';
import { senderOf } from '../../mail/out/brand-in-email.ts';
import { renderCaseAlertEmail } from '../../mail/out/case-alert-email.ts';
import { renderCaseMessageEmail } from '../../mail/out/case-message-email.ts';
import { renderFollowUpEmail } from '../../mail/out/follow-up-email.ts';
import { type Mailer, messageIdFor, type OutgoingMessage } from '../../mail/out/mailer.ts';
import { renderPasswordResetEmail } from '../../mail/out/password-reset-email.ts';
import { renderPromiseBrokenEmail } from '../../mail/out/promise-broken-email.ts';
import { renderSurveyEmail } from '../../mail/out/survey-email.ts';
import { renderTaskAskedEmail, renderTaskOverdueEmail } from '../../mail/out/task-email.ts';
import { renderUpdateNudgeEmail } from '../../mail/out/update-nudge-email.ts';

/** One email (a keyed job: a retry, a case alert), or a batch of them (a blast's, held mail let go). */
const payload = z.union([
  z.object({ emailId: z.uuid() }),
  z.object({ emailIds: z.array(z.uuid()).min(1).max(1000) }),
]);

/**
 * Sends outbound emails; one intent, one mail. It claims them first (queued → sending; one that
 * someone else holds is skipped), the claim re-reads the suppression list, then each mail is
 * composed, and all are kept together (with their Date and Message-ID) before any is handed to the
 * mailer (SMTP, or held in the local outbox); each is recorded as it comes back, grouped with others
 * (DeliveryRecorder). A mail composed by an earlier attempt is not composed again: that very mail is
 * sent. A temporary failure queues it again with a job at the backoff's next time
 * (core/mail/delivery-attempts.ts); a crash leaves it `sending`, for app/outbox/recover-stuck-emails.ts.
 */
export function sendEmail(ctx: AppContext, mailer: Mailer): Task {
  // One per worker: the deliveries of every job running at once share their commits.
  const recorder = new DeliveryRecorder(ctx);
  return async (raw, helpers) => {
    const parsed = payload.parse(raw);
    const ids = 'emailId' in parsed ? [parsed.emailId] : parsed.emailIds;
    const claimed = await claimOutboundEmails(ctx, ids);
    if (claimed.length < ids.length)
      helpers.logger.debug(
        `${ids.length - claimed.length} of ${ids.length} emails taken or suppressed, not sent`,
      );
    const ready = new Map<string, OutgoingMessage>();
    const composed: { email: ClaimedEmail; message: OutgoingMessage; kept: OutgoingMessage }[] = [];
    const fresh = claimed.filter((email) => email.composedAt === undefined);
    // Survey facts of the whole batch in three queries; the survey of a request does not change.
    const surveyFacts = await findSurveyEmailFactsOf(
      ctx,
      fresh.filter((email) => email.kind === 'survey'),
    ).catch(() => new Map<string, SurveyEmailFacts | undefined>());
    await Promise.all(
      claimed.map(async (email) => {
        if (email.kind === 'password-reset' && email.composedAt !== undefined) {
          // Its link's secret is never kept, so the kept copy cannot be sent again; a new link would
          // be a second, different mail. The link it carried still works if it arrived.
          return recordNotComposed(ctx, email, PASSWORD_LINK_INTERRUPTED);
        }
        const kept = keptMessage(email);
        if (kept) return ready.set(email.id, kept);
        let result: Composed;
        try {
          result = await compose(ctx, mailer, email, surveyFacts);
        } catch (error) {
          // Nothing was kept, so nothing was handed over: a later attempt composes it again.
          await recordDelivery(ctx, email, { state: 'retry', error: `composing failed: ${String(error)}` });
          return;
        }
        if (result.state === 'not-sent') {
          return recordNotComposed(ctx, email, result.reason);
        }
        const date = ctx.now();
        result.message.date = date;
        result.kept.date = date;
        composed.push({ email, message: result.message, kept: result.kept });
      }),
    );
    const kept = await recordComposedEmails(
      ctx,
      composed.map(({ email, kept }) => ({
        claim: email,
        composed: {
          subject: kept.subject,
          text: kept.text,
          html: kept.html,
          headers: kept.headers,
          messageId: kept.messageId,
          from: kept.from,
          toName: kept.to.name,
          composedAt: kept.date ?? ctx.now(),
        },
      })),
    );
    for (const { email, message } of composed) {
      if (kept.has(email.id)) ready.set(email.id, message);
      else helpers.logger.warn(`email ${email.id}: its claim was taken over before the hand-off; not sent`);
    }
    await Promise.all(
      claimed
        .filter((email) => ready.has(email.id))
        .map(async (email) => {
          const delivery = await mailer.send(ready.get(email.id) as OutgoingMessage, {
            startBy: handoffDeadline(email.claimedAt),
          });
          const recorded = await recorder.record(email, delivery);
          if (recorded === 'not-ours')
            helpers.logger.warn(
              `email ${email.id}: ${delivery.state}, but its claim had been taken over meanwhile`,
            );
        }),
    );
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

/**
 * A composed mail: `message` is handed to the mailer, `kept` is what the outbox keeps (the same,
 * except that a password link's secret is left out). `not-sent` says why the mail no longer goes.
 */
type Composed =
  | { state: 'composed'; message: OutgoingMessage; kept: OutgoingMessage }
  | { state: 'not-sent'; reason: string };

const GONE =
  'what it was about is gone (its rating request, survey, customer, case or message, or the case changed owner, or the task it asks about is done)';

/** Kept as sent: nothing in it is a secret. */
const asSent = (message: OutgoingMessage | undefined): Composed =>
  message ? { state: 'composed', message, kept: message } : { state: 'not-sent', reason: GONE };

/** The mail of the email's kind (one module per kind in src/mail/out), or why it is not sent. */
async function compose(
  ctx: AppContext,
  mailer: Mailer,
  email: OutboundEmail,
  /** Facts read for the batch; an email missing here (their read failed) reads its own. */
  surveyFacts: ReadonlyMap<string, SurveyEmailFacts | undefined>,
): Promise<Composed> {
  const sender = { from: mailer.from, messageId: messageIdFor(email.id, mailer.from) };
  const brand = await brandForCustomers(ctx);
  switch (email.kind) {
    case 'survey': {
      const facts = surveyFacts.has(email.id)
        ? surveyFacts.get(email.id)
        : await findSurveyEmailFacts(ctx, email);
      return asSent(facts && renderSurveyEmail(facts, sender, brand));
    }
    case 'survey-test':
    case 'amends-approval':
      // Composed when it was asked for (app/blasts/send-survey-test.ts, app/amends/request-gesture.ts): send exactly that.
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
    case 'follow-up': {
      const facts = await findFollowUpEmailFacts(ctx, email);
      return asSent(facts && renderFollowUpEmail(facts, sender, brand));
    }
    case 'promise-broken': {
      const facts = await findPromiseBrokenFacts(ctx, email);
      return asSent(facts && renderPromiseBrokenEmail(facts, sender, brand));
    }
    case 'update-nudge': {
      const facts = await findUpdateNudgeFacts(ctx, email);
      return asSent(facts && renderUpdateNudgeEmail(facts, sender, brand));
    }
    case 'task-asked': {
      const facts = await findTaskMailFacts(ctx, email);
      return asSent(facts && renderTaskAskedEmail(facts, sender, brand));
    }
    case 'task-overdue': {
      const facts = await findTaskMailFacts(ctx, email);
      return asSent(facts && renderTaskOverdueEmail(facts, sender, brand));
    }
  }
}

const PASSWORD_LINK_NOT_HELD =
  'not sent: no SMTP server is configured (SMTP_URL), and a password link is never kept in the outbox. Make a link shown once instead (People).';
const PASSWORD_LINK_GONE =
  'not sent: the link was used, replaced by a newer one or expired, or the person was deactivated or has another address now';
const PASSWORD_LINK_INTERRUPTED =
  'a crash interrupted its sending: it may have arrived (its link then works), or not. Mail a new link if the person says it did not come.';
