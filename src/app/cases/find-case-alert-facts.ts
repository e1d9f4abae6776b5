import type { Severity } from '../../core/case/severity.ts';
import type { OutboundEmail } from '../../core/mail/outbound-email.ts';
import { findCaseById } from '../../store/case.store.ts';
import { findCustomerById } from '../../store/customer.store.ts';
import { findUserById } from '../../store/user.store.ts';
import type { AppContext } from '../context.ts';

/** Everything a case alert says, read when it is composed (right before it is sent). */
export type CaseAlertFacts = {
  toAddress: string;
  ownerName: string;
  caseNumber: number;
  title: string;
  story: string;
  severity: Severity;
  customerName: string;
  caseUrl: string;
};

/**
 * The facts of a case alert, or undefined when its case is gone or no longer belongs to the person
 * it was queued for (handed off before it went out: "the case is yours" would be wrong).
 */
export async function findCaseAlertFacts(
  ctx: AppContext,
  email: Pick<OutboundEmail, 'toAddress' | 'caseId'>,
): Promise<CaseAlertFacts | undefined> {
  const found = email.caseId ? await findCaseById(ctx.db, email.caseId) : undefined;
  if (!found) return undefined;
  const [owner, customer] = await Promise.all([
    findUserById(ctx.db, found.ownerId),
    findCustomerById(ctx.db, found.customerId),
  ]);
  if (!owner || owner.email !== email.toAddress) return undefined;
  return {
    toAddress: email.toAddress,
    ownerName: owner.name,
    caseNumber: found.number,
    title: found.title,
    story: found.story,
    severity: found.severity,
    customerName: customer?.name ?? 'A customer',
    caseUrl: `${ctx.publicUrl}/cases/${found.id}`,
  };
}
