import type { TimerHandler } from './timer-handler.ts';

// The promise ledger (issue 11) fills these in: at risk alerts the owner; due breaks an open promise.
export const onPromiseAtRisk: TimerHandler = async () => {};
export const onPromiseDue: TimerHandler = async () => {};
