import { readReplyAddress } from '../../core/case/case-links.ts';
import type { ReadInboundEmail } from '../../core/mail/inbound-email.ts';
import { keepAttachments, safeFilename } from '../../core/mail/inbound-email.ts';
import { messageBodyOf, nameFromSender, storyOf, titleFromSubject } from '../../core/mail/inbound-text.ts';
import { type CaseFact, decideThreading, referenceCandidates } from '../../core/mail/inbound-threading.ts';
import { lockCustomerForUpsert } from '../../store/customer.store.ts';
import { type Executor, lockNames } from '../../store/db.ts';
import {
  findReferencedAndSenderCases,
  findReplyKeyCasesAndDuplicates,
  finishInboundEmails,
  type InboundFinish,
  type InboundReading,
  insertInboundAttachments,
} from '../../store/inbound-email.store.ts';
import { openCaseIn } from '../cases/open-case.ts';
import { appendCustomerMessages, type CustomerMessage } from '../conversation/append-customer-message.ts';
import { upsertCustomerIn } from '../customers/upsert-customer.ts';
import type { InboundOutcome } from './process-inbound-email.ts';

/** A customer's mail, read, that is neither an auto-reply nor a bounce: it goes on a case. */
export type ThreadableEmail = {
  id: string;
  message: ReadInboundEmail;
  reading: InboundReading;
  envelopeTo: readonly string[];
};

/**
 * Puts customers' mails on their cases (core/mail/inbound-threading.ts decides which), in the
 * caller's transaction, which holds the emails' locks: each mail's `message_in` event, a new case
 * and customer when it answers nothing we know, its attachments, and the email marked threaded — or
 * flagged, when the rule will not trust it, or ignored, when it is a redelivery.
 *
 * A batch costs a handful of statements whatever its size (the facts looked up together, the events
 * appended together: app/conversation/append-customer-message.ts), and comes out as if each mail had
 * been threaded alone, in order: one sender's mails are locked (so another batch or instance takes
 * them one at a time: two first mails at once open one case, not two) and done in rounds, the
 * sender's second mail in the round after their first, so it sees what the first did.
 *
 * A mail that opens a case needs statements of its own; without `openCases`, it is returned in
 * `deferred` instead, untouched (still `received`), for the caller to thread alone after this
 * transaction commits. Returns every other mail's outcome.
 */
export async function threadInboundEmails<Email extends ThreadableEmail>(
  trx: Executor,
  linkSecret: string,
  now: Date,
  emails: readonly Email[],
  options: { openCases: boolean },
): Promise<{ outcomes: Map<string, InboundOutcome>; deferred: Email[] }> {
  const outcomes = new Map<string, InboundOutcome>();
  const deferred: Email[] = [];
  const rounds: Email[][] = [];
  const mailsOf = new Map<string, number>();
  for (const email of emails) {
    const sender = email.message.from?.address;
    const round = sender ? (mailsOf.get(sender) ?? 0) : 0;
    if (sender) mailsOf.set(sender, round + 1);
    const roundEmails = rounds[round];
    if (roundEmails) roundEmails.push(email);
    else rounds[round] = [email];
  }
  await lockNames(
    trx,
    [...mailsOf.keys()].map((sender) => `inbound-sender:${sender}`),
  );
  for (const round of rounds) {
    const done = await threadRound(trx, linkSecret, now, round, options);
    for (const [id, outcome] of done.outcomes) outcomes.set(id, outcome);
    deferred.push(...done.deferred);
  }
  return { outcomes, deferred };
}

/** One round: at most one mail per sender. */
async function threadRound<Email extends ThreadableEmail>(
  trx: Executor,
  linkSecret: string,
  now: Date,
  emails: readonly Email[],
  options: { openCases: boolean },
): Promise<{ outcomes: Map<string, InboundOutcome>; deferred: Email[] }> {
  const outcomes = new Map<string, InboundOutcome>();
  const deferred: Email[] = [];
  const finishes: InboundFinish[] = [];

  // The facts are looked up in the rule's order, the later ones only for mails the earlier did not
  // settle (the rule ignores them then): most replies are settled by their reply address alone.
  const replyKeys = emails.map(({ message, envelopeTo }) =>
    [...message.recipients, ...envelopeTo].flatMap((recipient) => {
      const key = readReplyAddress(linkSecret, recipient);
      return key ? [key] : [];
    }),
  );
  const first = await findReplyKeyCasesAndDuplicates(trx, {
    replyKeys: replyKeys.flat(),
    mails: emails.map(({ id, message }) => ({
      id,
      messageId: message.messageId,
      fromAddress: message.from?.address,
    })),
  });
  const replyAddressCaseOf = (i: number): CaseFact | undefined =>
    replyKeys[i]?.map((key) => first.replyKeyCases.get(key)).find((fact) => fact !== undefined);
  const unsettled = emails.filter((email, i) => !first.duplicates.has(email.id) && !replyAddressCaseOf(i));
  const later =
    unsettled.length > 0
      ? await findReferencedAndSenderCases(trx, {
          messageIds: unsettled.flatMap(({ message }) =>
            referenceCandidates(message.inReplyTo, message.references),
          ),
          senders: unsettled.flatMap(({ message }) => (message.from ? [message.from.address] : [])),
        })
      : { referencedCases: new Map<string, CaseFact>(), senderActiveCaseIds: new Map<string, string[]>() };

  const messages: (CustomerMessage & { email: Email; openedCase: boolean })[] = [];
  for (const [i, email] of emails.entries()) {
    const { id, message, reading } = email;
    const sender = message.from?.address;
    const duplicate = first.duplicates.get(id);
    if (duplicate) {
      const same = message.messageId ? `Message-ID ${message.messageId}` : 'the same bytes, no Message-ID';
      const why = `the same mail (${same}) already reached its case: a redelivery`;
      finishes.push({ id, status: 'ignored', problem: why, reading, caseId: duplicate.caseId });
      outcomes.set(id, { status: 'ignored', why, caseId: duplicate.caseId });
      continue;
    }
    const replyAddressCase = replyAddressCaseOf(i);
    const decision = decideThreading({
      replyAddressCase,
      candidates: referenceCandidates(message.inReplyTo, message.references),
      referencedCases: later.referencedCases,
      senderAddress: sender,
      senderActiveCaseIds: sender && !replyAddressCase ? (later.senderActiveCaseIds.get(sender) ?? []) : [],
      authentication: message.authentication.verdict,
    });
    if (decision.action === 'flag') {
      const why = `Not threaded: ${decision.why}.`;
      finishes.push({ id, status: 'flagged', problem: why, reading });
      outcomes.set(id, { status: 'flagged', why: decision.why });
      continue;
    }
    if (decision.action === 'open_case' && !options.openCases) {
      deferred.push(email);
      continue;
    }
    const { body, cut } = messageBodyOf(message.visibleText);
    const caseId =
      decision.action === 'open_case' ? await openCaseFor(trx, now, message, body) : decision.caseId;
    messages.push({
      email,
      openedCase: decision.action === 'open_case',
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
  }

  const events = await appendCustomerMessages(trx, now, messages);
  await insertInboundAttachments(
    trx,
    messages.flatMap(({ email }) =>
      keepAttachments(email.message.attachments).map(({ attachment, omitted }, position) => ({
        inboundEmailId: email.id,
        position,
        filename: safeFilename(attachment.filename),
        contentType: attachment.contentType.slice(0, 200),
        content: attachment.content,
        omitted,
      })),
    ),
  );
  for (const [i, { email, caseId, openedCase }] of messages.entries()) {
    const event = events[i];
    if (!event) throw new Error(`case ${caseId} vanished while a mail was threaded onto it`);
    // A reply long after its case was resolved lands on a new case (append-customer-message).
    const landedOn = event.caseId;
    finishes.push({
      id: email.id,
      status: 'threaded',
      problem: undefined,
      reading: email.reading,
      caseId: landedOn,
      caseEventId: event.id,
    });
    outcomes.set(email.id, {
      status: 'threaded',
      caseId: landedOn,
      caseEventId: event.id,
      openedCase: openedCase || landedOn !== caseId,
    });
  }
  await finishInboundEmails(trx, finishes, now);
  return { outcomes, deferred };
}

/** A new case for the sender (and a new customer, when none has their address). */
async function openCaseFor(
  trx: Executor,
  now: Date,
  message: ReadInboundEmail,
  body: string,
): Promise<string> {
  const senderAddress = message.from?.address as string;
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
      title: titleFromSubject(message.subject, senderAddress),
      story: storyOf(body, message.subject),
      severity: 'normal',
      channel: 'email',
    },
    now,
  );
  return opened.id;
}
