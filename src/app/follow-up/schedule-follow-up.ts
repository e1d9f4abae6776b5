import type { Case } from '../../core/case/case.ts';
import type { CaseResolution, ResolutionParts } from '../../core/case/case-resolution.ts';
import { addBusinessDays } from '../../core/time/business-time.ts';
import { findBusinessHours } from '../../store/business-hours.store.ts';
import {
  cancelResolutionFollowUp,
  findLatestResolution,
  insertCaseResolution,
} from '../../store/case-resolution.store.ts';
import { cancelCaseTimers, scheduleCaseTimers } from '../../store/case-timer.store.ts';
import type { Executor } from '../../store/db.ts';
import { findFollowUpOf } from '../../store/follow-up.store.ts';
import { getFollowUpSettings } from './follow-up-settings.ts';

/**
 * A case was resolved (in the caller's transaction, the case locked): its resolution is kept with the
 * three parts, and its follow-up is timed N business days later in the team's hours, at about the
 * hour it was resolved (core/time/business-time.ts#addBusinessDays) — a timer keyed
 * by the resolution, so each resolution has its own and none is ever scheduled twice.
 */
export async function recordResolution(
  trx: Executor,
  resolved: Pick<Case, 'id' | 'teamId'>,
  parts: ResolutionParts,
  by: string | undefined,
  now: Date,
): Promise<CaseResolution> {
  const [settings, hours] = await Promise.all([
    getFollowUpSettings(trx),
    findBusinessHours(trx, resolved.teamId),
  ]);
  const followUpDueAt = addBusinessDays(now, settings.followUpBusinessDays, hours);
  const resolution = await insertCaseResolution(trx, {
    ...parts,
    caseId: resolved.id,
    resolvedBy: by,
    resolvedAt: now,
    followUpDueAt,
  });
  await scheduleCaseTimers(trx, [
    { caseId: resolved.id, kind: 'follow_up_due', subjectId: resolution.id, dueAt: followUpDueAt },
  ]);
  return resolution;
}

/**
 * The case reopened: a follow-up not yet sent for its latest resolution is called off (timer and
 * job gone, the resolution says so). One already sent stays sent; the next resolution gets its own.
 */
export async function callOffFollowUp(trx: Executor, caseId: string, now: Date): Promise<void> {
  const latest = await findLatestResolution(trx, caseId);
  if (!latest || latest.followUpCancelledAt) return;
  if (await findFollowUpOf(trx, latest.id)) return;
  await cancelCaseTimers(trx, caseId, ['follow_up_due'], latest.id);
  await cancelResolutionFollowUp(trx, latest.id, now);
}
