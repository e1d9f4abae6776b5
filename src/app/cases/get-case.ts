import type { Case } from '../../core/case/case.ts';
import { replyAddressFor, statusPageUrl } from '../../core/case/case-links.ts';
import type { CasePolicy } from '../../core/case/case-policy.ts';
import type { Customer } from '../../core/customer/customer.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { User } from '../../core/team/user.ts';
import { countCaseGestures } from '../../store/amend-gesture.store.ts';
import { findBusinessHours } from '../../store/business-hours.store.ts';
import { findCaseByIdOrNumber } from '../../store/case.store.ts';
import { findCasePolicy } from '../../store/case-policy.store.ts';
import { findCustomerById } from '../../store/customer.store.ts';
import { findUpdateNudgedAt } from '../../store/update-nudge.store.ts';
import { findUserById } from '../../store/user.store.ts';
import type { AppContext } from '../context.ts';

export type CaseDetail = {
  case: Case;
  customer: Customer;
  owner: User;
  /** The address whose mail lands on this case (core/case/case-links.ts). */
  replyTo: string;
  /** The customer's private page for this case; in every message to them. */
  statusPageUrl: string;
  /** The severity's time policy (core/case/case-policy.ts): what the case page says of each clock. */
  policy: CasePolicy;
  /** The zone its business hours count in. */
  businessTimeZone: string;
  /** Since when the owner is nudged to send an update; undefined: not nudged. */
  updateNudgedAt: Date | undefined;
  /** Gestures on the case not declined or failed: none at resolution → a gentle prompt (core/amends/gesture.ts). */
  amendsOnCase: number;
};

/** One case by its id or its number (1014). */
export async function getCase(ctx: AppContext, idOrNumber: string): Promise<CaseDetail> {
  const found = await findCaseByIdOrNumber(ctx.db, idOrNumber);
  if (!found) throw new AppError('NOT_FOUND', 'No case has that id or number.');
  const [customer, owner, policy, hours, updateNudgedAt, amends] = await Promise.all([
    findCustomerById(ctx.db, found.customerId),
    findUserById(ctx.db, found.ownerId),
    findCasePolicy(ctx.db, found.severity),
    findBusinessHours(ctx.db, found.teamId),
    findUpdateNudgedAt(ctx.db, found.id),
    countCaseGestures(ctx.db, [found.id]),
  ]);
  if (!customer || !owner) throw new Error(`case ${found.id} points at a missing customer or owner`);
  return {
    case: found,
    customer,
    owner,
    replyTo: replyAddressFor(ctx.linkSecret, ctx.replyMailbox, found.replyKey),
    statusPageUrl: statusPageUrl(ctx.publicUrl, ctx.linkSecret, found.statusKey),
    policy,
    businessTimeZone: hours.timeZone,
    updateNudgedAt,
    amendsOnCase: amends.get(found.id) ?? 0,
  };
}
