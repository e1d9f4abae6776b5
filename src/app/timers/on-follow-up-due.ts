import type { TimerHandler } from './timer-handler.ts';

// The follow-up after resolution (issue 11) fills this in.
export const onFollowUpDue: TimerHandler = async () => {};
