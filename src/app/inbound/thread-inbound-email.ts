import { readReplyAddress } from '../../core/case/case-links.ts';
import type { ReadInboundEmail } from '../../core/mail/inbound-email.ts';
import { keepAttachments, safeFilename } from '../../core/mail/inbound-email.ts';
import { messageBodyOf, nameFromSender, storyOf, titleFromSubject } from '../../core/mail/inbound-text.ts';
import { type CaseFact, decideThreading, referenceCandidates } from '../../core/mail/inbound-threading.ts';
import { lockCustomerForUpsert } from '../../store/customer.store.ts';
import { type Executor, lockNamed } from '../../store/db.ts';
import {
  findActiveCaseIdsOfAddress,
  findCaseByReplyKey,
  findCasesByMessageIds,
  findThreadedDuplicate,
  finishInboundEmail,
  type InboundReading,
  insertInboundAttachments,
  lockInboundEmailForProcessing,
} from '../../store/inbound-email.store.ts';
import { openCaseIn } from '../cases/open-case.ts';
import type { AppContext } from '../context.ts';
import { appendCustomerMessage } from '../conversation/append-customer-message.ts';
import { upsertCustomerIn } from '../customers/upsert-customer.ts';
import type { InboundOutcome } from './process-inbound-email.ts';

/**
 * Puts a customer's mail on its case in one transaction (core/mail/inbound-threading.ts decides
 * which): the `message_in` event, a new case and customer when it answers nothing we know, the
 * attachments, and the email marked threaded — or flagged, when the rule will not trust it.
 */
export async function threadInboundEmail(
  ctx: AppContext,
  id: string,
  message: ReadInboundEmail,
  reading: InboundReading,
  envelopeTo: readonly string[],
): Promise<InboundOutcome> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.now();
    if ((await lockInboundEmailForProcessing(trx, id)) !== 'received') return { status: 'skipped' };
    const sender = message.from?.address;
    // One sender's mails one at a time: two first mails at once open one case, not two.
    if (sender) await lockNamed(trx, `inbound-sender:${sender}`);
    const finish = async (outcome: Parameters<typeof finishInboundEmail>[2]) => {
      await finishInboundEmail(trx, id, outcome);
    };

    const duplicate = await findThreadedDuplicate(trx, {
      id,
      messageId: message.messageId,
      fromAddress: sender,
    });
    if (duplicate) {
      const same = message.messageId ? `Message-ID ${message.messageId}` : 'the same bytes, no Message-ID';
      const why = `the same mail (${same}) already reached its case: a redelivery`;
      await finish({ status: 'ignored', problem: why, reading, caseId: duplicate.caseId, now });
      return { status: 'ignored', why, caseId: duplicate.caseId };
    }

    // The facts are looked up in the rule's order, the later ones only when the earlier decided nothing
    // (the rule ignores them then): most replies are settled by their reply address alone.
    const candidates = referenceCandidates(message.inReplyTo, message.references);
    const replyAddressCase = await findReplyAddressCase(trx, ctx.linkSecret, [
      ...message.recipients,
      ...envelopeTo,
    ]);
    const referencedCases = replyAddressCase
      ? new Map<string, CaseFact>()
      : await findCasesByMessageIds(trx, candidates);
    const decision = decideThreading({
      replyAddressCase,
      candidates,
      referencedCases,
      senderAddress: sender,
      senderActiveCaseIds:
        sender && !replyAddressCase && referencedCases.size === 0
          ? await findActiveCaseIdsOfAddress(trx, sender)
          : [],
      authentication: message.authentication.verdict,
    });
    if (decision.action === 'flag') {
      await finish({ status: 'flagged', problem: `Not threaded: ${decision.why}.`, reading, now });
      return { status: 'flagged', why: decision.why };
    }

    const { body, cut } = messageBodyOf(message.visibleText);
    let caseId: string;
    if (decision.action === 'open_case') {
      const senderAddress = sender as string;
      const existing = await lockCustomerForUpsert(trx, { emails: [senderAddress] });
      const customerId =
        existing?.id ??
        (
          await upsertCustomerIn(trx, undefined, {
            emails: [senderAddress],
            name: nameFromSender(message.from?.name),
          })
        ).customer.id;
      const opened = await openCaseIn(
        trx,
        undefined,
        {
          customerId,
          title: titleFromSubject(message.subject, sender),
          story: storyOf(body, message.subject),
          severity: 'normal',
          channel: 'email',
        },
        now,
      );
      caseId = opened.id;
    } else {
      caseId = decision.caseId;
    }

    const event = await appendCustomerMessage(trx, now, {
      caseId,
      body,
      channel: 'email',
      data: {
        inboundEmailId: id,
        messageId: message.messageId,
        references: message.references,
        from: sender,
        threadedBy: decision.action === 'thread' ? decision.by : 'new_case',
        sender: decision.action === 'thread' ? decision.from : 'customer',
        ...(message.authentication.verdict === 'failed' && {
          authentication: 'failed',
          authenticationWhy: message.authentication.why,
        }),
        ...(cut && { cut: true }),
        ...(message.attachments.length > 0 && { attachments: message.attachments.length }),
      },
    });
    if (!event) throw new Error(`case ${caseId} vanished while a mail was threaded onto it`);
    await insertInboundAttachments(
      trx,
      id,
      keepAttachments(message.attachments).map(({ attachment, omitted }) => ({
        filename: safeFilename(attachment.filename),
        contentType: attachment.contentType.slice(0, 200),
        content: attachment.content,
        omitted,
      })),
    );
    await finish({ status: 'threaded', problem: undefined, reading, caseId, caseEventId: event.id, now });
    return { status: 'threaded', caseId, caseEventId: event.id, openedCase: decision.action === 'open_case' };
  });
}

/** The case of the first recipient that is one of our signed reply addresses. */
async function findReplyAddressCase(
  trx: Executor,
  secret: string,
  recipients: readonly string[],
): Promise<CaseFact | undefined> {
  for (const recipient of recipients) {
    const key = readReplyAddress(secret, recipient);
    if (key) {
      const found = await findCaseByReplyKey(trx, key);
      if (found) return found;
    }
  }
  return undefined;
}
