import { composeApprovalEmail } from '../../core/amends/approval-email.ts';
import { type ApprovalReason, decideGesture, monthOf } from '../../core/amends/authority.ts';
import type { Gesture } from '../../core/amends/gesture.ts';
import { AppError } from '../../core/shared/app-error.ts';
import { hasRole } from '../../core/team/role.ts';
import type { Actor } from '../../core/team/user.ts';
import { findAuthorityLimit, findGestureType, findTeamBudget } from '../../store/amend-catalogue.store.ts';
import { findGestureByKey, findSpent, insertGesture, lockSpenders } from '../../store/amend-gesture.store.ts';
import { lockCaseById, touchCase } from '../../store/case.store.ts';
import { appendCaseEvents } from '../../store/case-event.store.ts';
import type { Executor } from '../../store/db.ts';
import { publishLive } from '../../store/live.store.ts';
import { queueOutboundEmails } from '../../store/outbound-email.store.ts';
import { findUserById, listUsers } from '../../store/user.store.ts';
import type { AppContext } from '../context.ts';
import { gestureEventData } from './gesture-event-data.ts';
import { startIssuing } from './start-issuing.ts';

export type GestureRequestInput = {
  gestureTypeId: string;
  amountMinor: number | undefined;
  currency: string | undefined;
  /** Why, in the agent's words (shown to the supervisor). */
  reason: string | undefined;
  /** Issued by hand already: the business's reference; the gesture is issued at once when allowed. */
  reference: string | undefined;
  /** The request's Idempotency-Key: one gesture per case and key, however many clicks arrive. */
  idempotencyKey: string;
};

export type GestureRequestResult = {
  gesture: Gesture;
  /** False when this key had already made the gesture (a repeated click): nothing new was done. */
  created: boolean;
  reasons: ApprovalReason[];
};

/**
 * The owner offers a gesture from the case. Within their authority it is issued at once (or sent to
 * the business's system); above it, it becomes a request every supervisor sees live and by email.
 * The case's row, then the person's and the team's spending, are locked, so concurrent clicks and
 * gestures on other cases cannot together pass a limit; a refusal changes nothing.
 */
export async function requestGesture(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  input: GestureRequestInput,
): Promise<GestureRequestResult> {
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const found = await lockCaseById(trx, caseId);
    if (!found) throw new AppError('NOT_FOUND', 'No case has that id.');
    const repeated = await findGestureByKey(trx, caseId, input.idempotencyKey);
    if (repeated) return { gesture: repeated, created: false, reasons: [] };
    if (found.ownerId !== actor.userId && !hasRole(actor.role, 'supervisor'))
      throw new AppError('FORBIDDEN', "Only the case's owner (or a supervisor) offers amends on it.");
    if (found.status === 'closed')
      throw new AppError('CASE_CLOSED', 'This case is closed; reopen it to offer amends.');
    const type = await findGestureType(trx, input.gestureTypeId);
    if (!type)
      throw new AppError('VALIDATION_FAILED', 'gestureTypeId names no gesture in the catalogue.', {
        field: 'gestureTypeId',
      });
    const money =
      input.amountMinor !== undefined || input.currency !== undefined
        ? { amountMinor: input.amountMinor ?? Number.NaN, currency: input.currency ?? '' }
        : undefined;
    await lockSpenders(trx, actor.userId, found.teamId);
    const month = monthOf(now);
    const spent = money
      ? await findSpent(trx, {
          caseId,
          userId: actor.userId,
          teamId: found.teamId,
          gestureTypeId: type.id,
          currency: money.currency,
          monthStart: month.start,
          monthEnd: month.end,
        })
      : { caseMinor: 0, agentMonthMinor: 0, teamMonthMinor: 0 };
    const [limit, budget] = await Promise.all([
      findAuthorityLimit(trx, actor.role, type.id, money?.currency),
      money && found.teamId ? findTeamBudget(trx, found.teamId, money.currency) : undefined,
    ]);
    const decision = decideGesture({ type, role: actor.role, money }, limit, spent, budget);
    if (decision.outcome === 'refused')
      throw new AppError('VALIDATION_FAILED', decision.reason, { field: decision.field });
    const reason = input.reason?.trim() || undefined;
    const inserted = await insertGesture(trx, {
      caseId,
      gestureTypeId: type.id,
      kind: type.kind,
      label: type.name,
      amountMinor: money?.amountMinor,
      currency: money?.currency,
      state: decision.outcome === 'issue_now' ? 'approved' : 'pending_approval',
      teamId: found.teamId,
      requestedBy: actor.userId,
      reason,
      idempotencyKey: input.idempotencyKey,
      requestedAt: now,
    });
    if (!inserted) throw new Error('a gesture for this key appeared while the case was locked');
    let gesture = inserted;
    const reasons = decision.outcome === 'needs_approval' ? decision.reasons : [];
    if (decision.outcome === 'issue_now') {
      gesture = await startIssuing(trx, {
        gesture,
        type,
        actorUserId: actor.userId,
        reference: input.reference,
        now,
      });
    } else {
      await appendCaseEvents(
        trx,
        caseId,
        [
          {
            kind: 'amends_requested',
            actorUserId: actor.userId,
            body: reason,
            data: { ...gestureEventData(gesture), reasons: reasons.map((r) => r.message) },
          },
        ],
        now,
      );
      await askSupervisors(ctx, trx, {
        gesture,
        actor,
        caseNumber: found.number,
        caseTitle: found.title,
        reasons,
        now,
      });
    }
    await touchCase(trx, caseId, now);
    await publishLive(trx, { type: 'case.changed', caseId, by: actor.userId });
    return { gesture, created: true, reasons };
  });
}

/** An email to every active supervisor and admin but the requester, through the outbox. */
async function askSupervisors(
  ctx: AppContext,
  trx: Executor,
  input: {
    gesture: Gesture;
    actor: Actor;
    caseNumber: number;
    caseTitle: string;
    reasons: ApprovalReason[];
    now: Date;
  },
): Promise<void> {
  const requester = await findUserById(trx, input.actor.userId);
  const approvers = (await listUsers(trx)).filter(
    (user) => user.active && hasRole(user.role, 'supervisor') && user.id !== input.actor.userId,
  );
  await queueOutboundEmails(
    trx,
    approvers.map((approver) => {
      const composed = composeApprovalEmail({
        supervisorName: approver.name,
        requesterName: requester?.name ?? 'A colleague',
        label: input.gesture.label,
        amountMinor: input.gesture.amountMinor,
        currency: input.gesture.currency,
        caseNumber: input.caseNumber,
        caseTitle: input.caseTitle,
        reasons: input.reasons.map((reason) => reason.message),
        agentReason: input.gesture.reason,
        url: `${ctx.publicUrl}/amends`,
      });
      return {
        intentKey: `amends-approval:${input.gesture.id}:${approver.id}`,
        kind: 'amends-approval' as const,
        toAddress: approver.email,
        blastId: undefined,
        ratingRequestId: undefined,
        caseId: input.gesture.caseId,
        createdAt: input.now,
        composed: { ...composed, headers: {} },
      };
    }),
  );
}
