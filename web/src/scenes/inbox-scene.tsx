import '../styles/inbox.css';
import '../styles/case-clocks.css';
import { useEffect, useRef, useState } from 'react';
import { amends } from '../api/amends.ts';
import type { CaseListItem, User } from '../api/types.ts';
import { SeverityBadge, StatusBadge } from '../components/badges.tsx';
import { ClockCountdown } from '../components/clock-countdown.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { PageHead } from '../components/page-title.tsx';
import { formatAgo, formatDateTime, formatElapsed, SEVERITY_LABELS, STATUS_LABELS } from '../format.ts';
import { useCasePages } from '../hooks/use-case-pages.ts';
import { useNow } from '../hooks/use-now.ts';
import { useResource } from '../hooks/use-resource.ts';
import { useThrottled } from '../hooks/use-throttled.ts';
import { useLive } from '../live.tsx';
import { usePeople } from '../people.tsx';
import { Link, navigate, useLocation } from '../router.tsx';
import { CASE_STATUSES, SEVERITIES } from '../rules.ts';
import { useSession } from '../session.tsx';
import {
  caseFilterOf,
  type InboxFilter,
  inboxHref,
  readInboxFilter,
  type Scope,
  showsDone,
} from './inbox-filter.ts';

/** Well inside the second a change may take to reach every console. */
const REFRESH_MS = 500;
/** How long typing must pause before the search runs, so each keystroke is not a request. */
const SEARCH_DELAY_MS = 300;

/**
 * The inbox: cases in the server's order (active ones by the clock that breaks first, each with its
 * countdown ticking; done ones newest finished first), filtered.
 */
export function InboxScene() {
  const { user } = useSession();
  const { search } = useLocation();
  const filter = readInboxFilter(search, user);
  const href = inboxHref(filter, user);
  // The address is the whole filter: it is what tells the list that the filter changed.
  const pages = useCasePages(caseFilterOf(filter, user), href);
  // A burst of changes (a blast's unhappy answers opening cases) is one refetch per half second.
  const refresh = useThrottled(pages.refresh, REFRESH_MS);
  useLive((message) => {
    // A rating alone changes no case; the case it opens or joins arrives as case.changed.
    if (message.type !== 'rating.recorded') refresh();
  });

  const change = (changes: Partial<InboxFilter>) =>
    navigate(inboxHref({ ...filter, ...changes }, user), { replace: true });

  const done = showsDone(filter.status);
  const list = pages.items;
  return (
    <section>
      <PageHead title={done ? 'Resolved and closed' : 'Inbox'}>
        <Link to="/cases/new" className="button button-primary">
          New case
        </Link>
      </PageHead>
      <InboxFilters filter={filter} user={user} onChange={change} />
      <p className="muted count" aria-live="polite">
        {list && countText(list.length, pages.hasMore)}
      </p>
      <ErrorMessage error={pages.error} />
      {list === undefined && !pages.error && <p className="muted">Loading cases…</p>}
      {list?.length === 0 && <EmptyInbox filter={filter} />}
      {list && list.length > 0 && <CaseTable items={list} done={done} />}
      {pages.hasMore && (
        <p className="load-more">
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={pages.loadingMore}
            onClick={pages.loadMore}
          >
            {pages.loadingMore ? 'Loading…' : 'Load more'}
          </button>
        </p>
      )}
    </section>
  );
}

const countText = (n: number, more: boolean) =>
  more ? `The first ${n} cases` : n === 1 ? '1 case' : `${n} cases`;

function InboxFilters({
  filter,
  user,
  onChange,
}: {
  filter: InboxFilter;
  user: User;
  onChange: (changes: Partial<InboxFilter>) => void;
}) {
  const teams = useResource(
    () => (user.teamIds.length > 1 ? amends.teams() : Promise.resolve([])),
    [user.id],
  );
  const [q, setQ] = useState(filter.q);
  // The box follows the address (back button, a cleared filter) unless the person is typing.
  useEffect(() => setQ(filter.q), [filter.q]);
  const latestOnChange = useRef(onChange);
  latestOnChange.current = onChange;
  useEffect(() => {
    if (q.trim() === filter.q.trim()) return;
    const timer = setTimeout(() => latestOnChange.current({ q }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [q, filter.q]);

  const scopes: { value: Scope; label: string }[] = [
    { value: 'mine', label: 'Mine' },
    ...(user.teamIds.length > 0 ? [{ value: 'team' as const, label: 'My team' }] : []),
    { value: 'all', label: 'Everyone' },
  ];
  const myTeams = (teams.data ?? []).filter((team) => user.teamIds.includes(team.id));
  return (
    <search className="inbox-filters" aria-label="Filter the cases">
      <div className="inbox-search">
        <label htmlFor="inbox-q">Search</label>
        <input
          id="inbox-q"
          type="search"
          value={q}
          placeholder="Case number, title, customer or email"
          onChange={(event) => setQ(event.target.value)}
        />
      </div>
      <fieldset className="inbox-scope">
        <legend>Whose</legend>
        <div className="segmented">
          {scopes.map((scope) => (
            <label key={scope.value} className="check">
              <input
                type="radio"
                name="inbox-scope"
                checked={filter.scope === scope.value}
                onChange={() => onChange({ scope: scope.value })}
              />
              {scope.label}
            </label>
          ))}
        </div>
      </fieldset>
      {filter.scope === 'team' && myTeams.length > 1 && (
        <div className="stack">
          <label htmlFor="inbox-team">Team</label>
          <select
            id="inbox-team"
            value={filter.teamId}
            onChange={(e) => onChange({ teamId: e.target.value })}
          >
            {myTeams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="stack">
        <label htmlFor="inbox-status">Status</label>
        <select
          id="inbox-status"
          value={filter.status}
          onChange={(e) => onChange({ status: e.target.value as InboxFilter['status'] })}
        >
          <option value="active">Active (open, acknowledged)</option>
          <option value="done">Done (resolved, closed)</option>
          {CASE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]} only
            </option>
          ))}
        </select>
      </div>
      <label className="check inbox-unanswered">
        <input
          type="checkbox"
          checked={filter.unanswered}
          onChange={(e) => onChange({ unanswered: e.target.checked })}
        />
        Awaiting our answer
      </label>
      <div className="stack">
        <label htmlFor="inbox-severity">Severity</label>
        <select
          id="inbox-severity"
          value={filter.severity ?? ''}
          onChange={(e) => onChange({ severity: (e.target.value || undefined) as InboxFilter['severity'] })}
        >
          <option value="">Any</option>
          {SEVERITIES.map((severity) => (
            <option key={severity} value={severity}>
              {SEVERITY_LABELS[severity]}
            </option>
          ))}
        </select>
      </div>
    </search>
  );
}

function EmptyInbox({ filter }: { filter: InboxFilter }) {
  const narrowed =
    filter.q.trim() !== '' || filter.severity !== undefined || filter.scope !== 'all' || filter.unanswered;
  const what = showsDone(filter.status) ? 'resolved or closed cases' : 'cases waiting';
  return (
    <div className="empty">
      <p>{narrowed ? 'No case matches these filters.' : `No ${what}.`}</p>
      {!narrowed && !showsDone(filter.status) && (
        <p className="muted">New complaints appear here as they arrive.</p>
      )}
      {narrowed && (
        <p>
          <Link to="/">Show every active case</Link>
        </p>
      )}
    </div>
  );
}

/** The countdowns tick this often: "in 1 min" turns "overdue" within seconds of the due time. */
const TICK_MS = 5_000;

function CaseTable({ items, done }: { items: CaseListItem[]; done: boolean }) {
  const now = useNow(TICK_MS);
  const { nameOf } = usePeople();
  return (
    <table className="inbox case-table cards-on-phone">
      <thead>
        <tr>
          <th scope="col">Case</th>
          <th scope="col">Title</th>
          <th scope="col">Customer</th>
          <th scope="col">Severity</th>
          <th scope="col">Status</th>
          <th scope="col">Owner</th>
          {!done && <th scope="col">Next clock</th>}
          <th scope="col">{done ? 'Finished' : 'Waiting for'}</th>
        </tr>
      </thead>
      <tbody>
        {items.map(({ case: c, customer }) => {
          const finishedAt = c.closedAt ?? c.resolvedAt ?? c.updatedAt;
          return (
            <tr key={c.id} data-testid="inbox-row" data-case-id={c.id} className={`row-${c.status}`}>
              <td className="case-number">#{c.number}</td>
              <td className="case-title">
                {/* The link covers the whole row (CSS), so a click anywhere or Enter on it opens the case. */}
                <Link to={`/cases/${c.id}`} className="row-link">
                  {c.title}
                </Link>
                {c.unansweredSince && (
                  <span
                    className="badge badge-unanswered"
                    data-testid="unanswered"
                    title={`Since ${formatDateTime(c.unansweredSince)}`}
                  >
                    Customer waits for an answer
                  </span>
                )}
              </td>
              <td className="case-customer">{customer.name}</td>
              <td className="case-severity">
                <SeverityBadge severity={c.severity} />
              </td>
              <td className="case-status">
                <StatusBadge status={c.status} />
              </td>
              <td className="case-owner" data-testid="inbox-owner">
                {nameOf(c.ownerId)}
              </td>
              {!done && (
                <td className="case-clock">
                  {c.clocks.nextDue ? (
                    <ClockCountdown clock={c.clocks.nextDue.clock} dueAt={c.clocks.nextDue.dueAt} now={now} />
                  ) : (
                    <span className="muted">No clock</span>
                  )}
                </td>
              )}
              <td className="waiting">
                {done ? formatAgo(finishedAt, now) : formatElapsed(c.waitingSince, now)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
