import type { OutboundEmail } from '../../core/mail/outbound-email.ts';
import type { PromiseConfidence } from '../../core/promise/promise.ts';
import { promiseDateText } from '../../core/promise/promise-words.ts';
import { findBusinessHours } from '../../store/business-hours.store.ts';
import { findCaseById } from '../../store/case.store.ts';
import { findPromiseById } from '../../store/promise.store.ts';
import { findUserById, findUserCredentials } from '../../store/user.store.ts';
import type { AppContext } from '../context.ts';

/** Everything a promise-broken mail says, read right before it is sent. */
export type PromiseBrokenFacts = {
  toAddress: string;
  /** Whom it greets: the owner, or the supervisor it also went to. */
  recipientName: string;
  recipientIsOwner: boolean;
  ownerName: string;
  caseNumber: number;
  title: string;
  what: string;
  confidence: PromiseConfidence;
  /** The due time in words, in the business's time zone. */
  dueText: string;
  customerVisible: boolean;
  caseUrl: string;
};

/**
 * The facts of a promise-broken mail, or undefined when its promise or case is gone, or the promise
 * is no longer broken (it cannot become anything else, but a deleted case takes it along).
 */
export async function findPromiseBrokenFacts(
  ctx: AppContext,
  email: Pick<OutboundEmail, 'toAddress' | 'caseId' | 'promiseId'>,
): Promise<PromiseBrokenFacts | undefined> {
  const promise = email.promiseId ? await findPromiseById(ctx.db, email.promiseId) : undefined;
  if (promise?.state !== 'broken') return undefined;
  const found = await findCaseById(ctx.db, promise.caseId);
  if (!found) return undefined;
  const [owner, hours] = await Promise.all([
    findUserById(ctx.db, found.ownerId),
    findBusinessHours(ctx.db, found.teamId),
  ]);
  const ownerName = owner?.name ?? 'The owner';
  const recipientIsOwner = owner?.email === email.toAddress;
  const recipient = recipientIsOwner ? owner : (await findUserCredentials(ctx.db, email.toAddress))?.user;
  return {
    toAddress: email.toAddress,
    recipientName: recipient?.name ?? '',
    recipientIsOwner,
    ownerName,
    caseNumber: found.number,
    title: found.title,
    what: promise.what,
    confidence: promise.confidence,
    dueText: promiseDateText(promise.dueAt, hours.timeZone, ctx.now()),
    customerVisible: promise.customerVisible,
    caseUrl: `${ctx.publicUrl}/cases/${found.id}`,
  };
}
