import { isCaseActive } from '../../core/case/case-status.ts';
import type { OutboundEmail } from '../../core/mail/outbound-email.ts';
import { allowanceWords } from '../../core/time/duration-words.ts';
import { findCaseById } from '../../store/case.store.ts';
import { findCasePolicy } from '../../store/case-policy.store.ts';
import { findCustomerById } from '../../store/customer.store.ts';
import { findUpdateNudgedAt } from '../../store/update-nudge.store.ts';
import { findUserById } from '../../store/user.store.ts';
import type { AppContext } from '../context.ts';
import { caseTemplateValues, fillCaseTemplate } from '../conversation/case-template.ts';

/** Everything the owner's "no update for …" mail says, read right before it is sent. */
export type UpdateNudgeFacts = {
  toAddress: string;
  ownerName: string;
  customerName: string;
  caseNumber: number;
  title: string;
  /** "2 hours": the severity's update cadence, spelled out. */
  cadence: string;
  /** The case page with the composer open on this draft. */
  caseUrl: string;
  /** The update template filled for the case: what the owner edits and sends. */
  draft: { subject: string; text: string };
};

/**
 * The facts of an update nudge, or undefined when it no longer applies: the case is gone, done, or
 * belongs to someone else now, or a person wrote to the customer before the mail went out.
 */
export async function findUpdateNudgeFacts(
  ctx: AppContext,
  email: Pick<OutboundEmail, 'toAddress' | 'caseId'>,
): Promise<UpdateNudgeFacts | undefined> {
  const found = email.caseId ? await findCaseById(ctx.db, email.caseId) : undefined;
  if (!found || !isCaseActive(found.status)) return undefined;
  if (!(await findUpdateNudgedAt(ctx.db, found.id))) return undefined;
  const [owner, customer, policy] = await Promise.all([
    findUserById(ctx.db, found.ownerId),
    findCustomerById(ctx.db, found.customerId),
    findCasePolicy(ctx.db, found.severity),
  ]);
  if (!owner || owner.email !== email.toAddress || !customer) return undefined;
  const draft = await fillCaseTemplate(
    ctx.db,
    'update',
    customer,
    await caseTemplateValues(ctx, ctx.db, found, customer),
  );
  return {
    toAddress: email.toAddress,
    ownerName: owner.name,
    customerName: customer.name,
    caseNumber: found.number,
    title: found.title,
    cadence: allowanceWords(policy.updateEvery.minutes),
    caseUrl: `${ctx.publicUrl}/cases/${found.id}?compose=update`,
    draft: { subject: draft.subject, text: draft.text },
  };
}
