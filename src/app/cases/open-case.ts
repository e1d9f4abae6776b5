import { chooseOwner, chooseStandInOwner } from '../../core/case/assignment.ts';
import type { Case } from '../../core/case/case.ts';
import type { NewCaseEvent } from '../../core/case/case-event.ts';
import type { Channel } from '../../core/case/channel.ts';
import type { Severity } from '../../core/case/severity.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { insertCase } from '../../store/case.store.ts';
import { appendCaseEvents } from '../../store/case-event.store.ts';
import { type Executor, lockNamed } from '../../store/db.ts';
import { publishLive } from '../../store/live.store.ts';
import { findTeamById, listOwnerCandidates } from '../../store/team.store.ts';
import { lockUserById, markAssigned } from '../../store/user.store.ts';
import type { AppContext } from '../context.ts';
import { type CustomerChoice, resolveCustomerIn } from '../customers/upsert-customer.ts';
import { setCaseIssueTypeIn } from '../knock-on/set-case-issue-type.ts';
import { refreshCaseClocks } from '../timers/refresh-case-clocks.ts';

export type OpenCaseInput = CustomerChoice & {
  title: string;
  story: string;
  severity: Severity;
  channel: Channel;
  teamId?: string | undefined;
  /** Skip the assignment rule and give the case to this person. */
  ownerId?: string | undefined;
  /** What the case is about, e.g. { type: 'delivery', ref: '4471' }: one open case per touchpoint. */
  touchpoint?: { type: string; ref: string } | undefined;
  /** Timeline events that belong at the start of the story (the rating that opened the case). */
  firstEvents?: NewCaseEvent[] | undefined;
  /** The story is a placeholder until the customer says more (a bare rating): their words replace it. */
  storyAwaitsCustomer?: boolean | undefined;
  /** What kind of problem it is: its checklist of knock-on needs shows on the case. */
  issueTypeId?: string | undefined;
};

/** How the owner was chosen, recorded on the timeline so nobody wonders why a case landed on them. */
type AssignmentRule = 'explicit' | 'least_active_cases' | 'creator' | 'stand_in_lead';

/**
 * Opens a case with exactly one owner: the one asked for, else the assignment rule's choice in the
 * case's team, else the person opening it, else (feedback that finds nobody available) a stand-in
 * lead. Customer, case, first timeline events, audit and live message are one transaction.
 */
export async function openCase(
  ctx: AppContext,
  actor: Actor | undefined,
  input: OpenCaseInput,
): Promise<Case> {
  const now = ctx.now();
  return ctx.db.transaction().execute((trx) => openCaseIn(trx, actor, input, now));
}

/** The same, inside a caller's transaction (a rating that opens a case is one change). */
export async function openCaseIn(
  trx: Executor,
  actor: Actor | undefined,
  input: OpenCaseInput,
  now: Date,
): Promise<Case> {
  const customerId = await resolveCustomerIn(trx, actor, input);
  if (input.teamId && !(await findTeamById(trx, input.teamId))) {
    throw new AppError('NOT_FOUND', 'No team has that id.', { field: 'teamId' });
  }
  const { ownerId, rule } = await pickOwner(trx, actor, input);
  await markAssigned(trx, ownerId, now);
  const opened = await insertCase(trx, {
    customerId,
    teamId: input.teamId,
    title: input.title.trim(),
    story: input.story.trim(),
    severity: input.severity,
    channel: input.channel,
    ownerId,
    createdBy: actor?.userId,
    touchpoint: input.touchpoint,
    storyAwaitsCustomer: input.storyAwaitsCustomer,
    now,
  });
  const clocks = (await refreshCaseClocks(trx, opened.id)) ?? opened.clocks;
  await appendCaseEvents(
    trx,
    opened.id,
    [
      {
        kind: 'created',
        actorUserId: actor?.userId,
        body: opened.story,
        data: { title: opened.title, severity: opened.severity, channel: opened.channel },
      },
      { kind: 'assigned', actorUserId: actor?.userId, body: undefined, data: { ownerId, rule } },
      ...(input.firstEvents ?? []),
    ],
    now,
  );
  if (input.issueTypeId) await setCaseIssueTypeIn(trx, actor?.userId, opened.id, input.issueTypeId, now);
  await recordAudit(trx, {
    actorUserId: actor?.userId,
    action: 'case.opened',
    subjectType: 'case',
    subjectId: opened.id,
    details: { ownerId, rule },
  });
  await publishLive(trx, { type: 'case.changed', caseId: opened.id, assignedTo: ownerId, by: actor?.userId });
  return { ...opened, clocks };
}

async function pickOwner(
  trx: Executor,
  actor: Actor | undefined,
  input: OpenCaseInput,
): Promise<{ ownerId: string; rule: AssignmentRule }> {
  if (input.ownerId) {
    // Locked, as deactivation locks them (users/update-user.ts), so the case cannot reach someone
    // whose open cases were just counted as none.
    const owner = await lockUserById(trx, input.ownerId);
    if (!owner) throw new AppError('NOT_FOUND', 'No user has that id.', { field: 'ownerId' });
    if (!owner.active)
      throw new AppError('INVALID_HANDOFF', 'That person is deactivated and cannot own cases.', {
        field: 'ownerId',
      });
    return { ownerId: owner.id, rule: 'explicit' };
  }
  // Serialise assignment per team so two cases opened at once do not both land on the least-loaded person.
  await lockNamed(trx, `assign:${input.teamId ?? 'all'}`);
  const team = await listOwnerCandidates(trx, input.teamId);
  const chosen = chooseOwner(team);
  if (chosen) return { ownerId: chosen, rule: 'least_active_cases' };
  if (actor) return { ownerId: actor.userId, rule: 'creator' };
  // A stand-in may come from any team; without a team the list already holds everyone.
  const everyone = input.teamId ? await listOwnerCandidates(trx, undefined) : team;
  const standIn = chooseStandInOwner(everyone);
  if (standIn) return { ownerId: standIn, rule: 'stand_in_lead' };
  throw new AppError(
    'NO_AVAILABLE_OWNER',
    'Nobody can own this case: no one is available and there is no active supervisor or admin.',
  );
}
