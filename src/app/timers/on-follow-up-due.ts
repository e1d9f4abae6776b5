import { sendFollowUp } from '../follow-up/send-follow-up.ts';
import type { TimerHandler } from './timer-handler.ts';

/** N business days after a resolution (the timer's subject): its follow-up, once. */
export const onFollowUpDue: TimerHandler = async (ctx, trx, timer, now) => {
  if (!timer.subjectId) return;
  await sendFollowUp(ctx, trx, timer.subjectId, now);
};
