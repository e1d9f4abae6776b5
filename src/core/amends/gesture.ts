import { hasRole, type Role } from '../team/role.ts';
import type { GestureKind } from './gesture-kind.ts';

/**
 * A gesture's way: asked for, then either issued at once or waiting for a supervisor; once approved
 * it is being issued (the business's system is told) and ends issued or failed. Without a webhook,
 * an approved gesture waits for someone to issue it by hand and record the reference.
 */
export const GESTURE_STATES = [
  'requested',
  'pending_approval',
  'approved',
  'declined',
  'issuing',
  'issued',
  'failed',
] as const;
export type GestureState = (typeof GESTURE_STATES)[number];

/** States whose amount counts against limits and budgets. */
export const SPENDING_STATES: readonly GestureState[] = ['approved', 'issuing', 'issued'];

export type Gesture = {
  id: string;
  caseId: string;
  gestureTypeId: string;
  kind: GestureKind;
  label: string;
  amountMinor: number | undefined;
  currency: string | undefined;
  state: GestureState;
  requestedBy: string;
  decidedBy: string | undefined;
  /** Why it was asked for (the agent's words) and why it was declined or approved (the supervisor's). */
  reason: string | undefined;
  decisionReason: string | undefined;
  /** The business system's reference for what it issued (or the one typed in when issued by hand). */
  reference: string | undefined;
  code: string | undefined;
  lastError: string | undefined;
  requestedAt: Date;
  decidedAt: Date | undefined;
  issuedAt: Date | undefined;
};

/** Why this person may not decide this request, or undefined. Nobody approves their own request. */
export function decisionProblem(
  decider: { userId: string; role: Role },
  gesture: Pick<Gesture, 'requestedBy' | 'state'>,
): { code: 'FORBIDDEN' | 'GESTURE_NOT_PENDING'; message: string } | undefined {
  if (!hasRole(decider.role, 'supervisor'))
    return { code: 'FORBIDDEN', message: 'Only a supervisor or an admin approves or declines amends.' };
  if (decider.userId === gesture.requestedBy)
    return {
      code: 'FORBIDDEN',
      message: 'Nobody approves or declines their own request; another supervisor must.',
    };
  if (gesture.state !== 'pending_approval')
    return {
      code: 'GESTURE_NOT_PENDING',
      message: `This request was already decided (it is ${gesture.state.replace('_', ' ')}).`,
    };
  return undefined;
}

/**
 * The gentle prompt when a case is resolved: no gesture was made and nothing says why none was
 * needed. "There is nothing I can do" is never the answer.
 */
export function needsAmendsPrompt(input: { amendsOnCase: number; explanation: string | undefined }): boolean {
  return input.amendsOnCase === 0 && (input.explanation ?? '').trim().length === 0;
}
