import type { CaseFilter } from '../api/amends.ts';
import type { CaseStatus, Severity, User } from '../api/types.ts';
import { CASE_STATUSES, SEVERITIES } from '../rules.ts';

/** Whose cases: the person's own, their team's, or everyone's. */
export type Scope = 'mine' | 'team' | 'all';
/** Active (open and acknowledged: the inbox), done (resolved and closed), or one status. */
export type StatusChoice = 'active' | 'done' | CaseStatus;

/**
 * The inbox's filters as the address keeps them (`/?show=mine&status=done&severity=critical&q=boiler`),
 * so a reload, a bookmark or a link to a colleague shows the same list. Defaults are left out.
 */
export type InboxFilter = {
  scope: Scope;
  /** With scope `team`: which of the person's teams (their first when not given). */
  teamId: string | undefined;
  status: StatusChoice;
  severity: Severity | undefined;
  q: string;
  /** Only cases whose customer's message waits for an answer (`?unanswered=1`). */
  unanswered: boolean;
};

const STATUS_CHOICES: readonly string[] = ['active', 'done', ...CASE_STATUSES];

export function readInboxFilter(search: URLSearchParams, user: User): InboxFilter {
  const show = search.get('show');
  const teamId = search.get('team') ?? undefined;
  const status = search.get('status') ?? 'active';
  const severity = search.get('severity');
  return {
    scope: show === 'mine' ? 'mine' : show === 'team' && user.teamIds.length > 0 ? 'team' : 'all',
    teamId: teamId && user.teamIds.includes(teamId) ? teamId : user.teamIds[0],
    status: STATUS_CHOICES.includes(status) ? (status as StatusChoice) : 'active',
    severity: (SEVERITIES as readonly string[]).includes(severity ?? '') ? (severity as Severity) : undefined,
    q: search.get('q') ?? '',
    unanswered: search.get('unanswered') === '1',
  };
}

/** The address of the inbox with these filters; only what differs from the defaults is written. */
export function inboxHref(filter: InboxFilter, user: User): string {
  const query = new URLSearchParams();
  if (filter.scope !== 'all') query.set('show', filter.scope);
  if (filter.scope === 'team' && filter.teamId && filter.teamId !== user.teamIds[0])
    query.set('team', filter.teamId);
  if (filter.status !== 'active') query.set('status', filter.status);
  if (filter.severity) query.set('severity', filter.severity);
  if (filter.q.trim()) query.set('q', filter.q.trim());
  if (filter.unanswered) query.set('unanswered', '1');
  return query.size > 0 ? `/?${query}` : '/';
}

/** What the API is asked for. */
export function caseFilterOf(filter: InboxFilter, user: User): CaseFilter {
  const statuses: CaseStatus[] =
    filter.status === 'active'
      ? ['open', 'acknowledged']
      : filter.status === 'done'
        ? ['resolved', 'closed']
        : [filter.status];
  return {
    ownerId: filter.scope === 'mine' ? user.id : undefined,
    teamId: filter.scope === 'team' ? filter.teamId : undefined,
    statuses,
    severities: filter.severity ? [filter.severity] : undefined,
    q: filter.q.trim() || undefined,
    unanswered: filter.unanswered || undefined,
  };
}

/** Whether the list shows finished cases (its last column says when they finished). */
export const showsDone = (status: StatusChoice) =>
  status === 'done' || status === 'resolved' || status === 'closed';
