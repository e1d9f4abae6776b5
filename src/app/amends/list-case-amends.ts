import type { GestureKind } from '../../core/amends/gesture-kind.ts';
import { listCaseGestures } from '../../store/amend-gesture.store.ts';
import type { AppContext } from '../context.ts';

/** One gesture made on a case, in plain words: what the resolution and follow-up messages name. */
export type CaseAmend = {
  kind: GestureKind;
  label: string;
  amountMinor?: number;
  currency?: string;
  /** A pool code the customer uses (a coupon, a gift card). */
  code?: string;
  issuedAt: Date;
};

/**
 * "The amends made": the case's gestures that were issued, oldest first. Pending, declined and
 * failed ones are left out: a message never promises what the customer has not been given.
 */
export async function listCaseAmends(ctx: Pick<AppContext, 'db'>, caseId: string): Promise<CaseAmend[]> {
  const gestures = await listCaseGestures(ctx.db, caseId);
  return gestures
    .filter((gesture) => gesture.state === 'issued' && gesture.issuedAt)
    .map((gesture) => ({
      kind: gesture.kind,
      label: gesture.label,
      ...(gesture.amountMinor !== undefined &&
        gesture.currency && {
          amountMinor: gesture.amountMinor,
          currency: gesture.currency,
        }),
      ...(gesture.code !== undefined && { code: gesture.code }),
      issuedAt: gesture.issuedAt as Date,
    }));
}
