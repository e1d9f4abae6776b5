import { amends } from '../api/amends.ts';
import type { CaseListItem } from '../api/types.ts';
import { SeverityBadge, StatusBadge } from '../components/badges.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { PageHead } from '../components/page-title.tsx';
import { formatAgo, formatElapsed } from '../format.ts';
import { useNow } from '../hooks/use-now.ts';
import { useResource } from '../hooks/use-resource.ts';
import { useThrottled } from '../hooks/use-throttled.ts';
import { useLive } from '../live.tsx';
import { usePeople } from '../people.tsx';
import { Link, navigate, useLocation } from '../router.tsx';
import { useSession } from '../session.tsx';

/** Well inside the second a change may take to reach every console. */
const REFRESH_MS = 500;

/** The inbox: cases in the server's urgency order (unacknowledged, then severity, then longest waiting). */
export function InboxScene() {
  const { user } = useSession();
  const { search } = useLocation();
  const mine = search.get('mine') === '1';
  const done = search.get('done') === '1';
  const cases = useResource(
    () =>
      amends.cases({
        ownerId: mine ? user.id : undefined,
        statuses: done ? ['resolved', 'closed'] : undefined,
      }),
    [mine, done, user.id],
  );
  // A burst of changes (a blast's unhappy answers opening cases) is one refetch per half second.
  const refresh = useThrottled(cases.reload, REFRESH_MS);
  useLive((message) => {
    // A rating alone changes no case; the case it opens or joins arrives as case.changed.
    if (message.type !== 'rating.recorded') refresh();
  });

  const setFilter = (name: 'mine' | 'done', on: boolean) => {
    const next = new URLSearchParams(search);
    if (on) next.set(name, '1');
    else next.delete(name);
    navigate(next.size > 0 ? `/?${next}` : '/', { replace: true });
  };

  const list = cases.data;
  return (
    <section>
      <PageHead title={done ? 'Resolved and closed' : 'Inbox'}>
        <Link to="/cases/new" className="button button-primary">
          New case
        </Link>
      </PageHead>
      <fieldset className="filters">
        <legend className="visually-hidden">Show</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={mine}
            onChange={(event) => setFilter('mine', event.target.checked)}
          />
          My cases only
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={done}
            onChange={(event) => setFilter('done', event.target.checked)}
          />
          Resolved and closed
        </label>
        {list && (
          <span className="muted count" aria-live="polite">
            {list.length === 1 ? '1 case' : `${list.length} cases`}
          </span>
        )}
      </fieldset>
      <ErrorMessage error={cases.error} />
      {list === undefined && !cases.error && <p className="muted">Loading cases…</p>}
      {list?.length === 0 && <EmptyInbox mine={mine} done={done} />}
      {list && list.length > 0 && <CaseTable items={list} done={done} />}
    </section>
  );
}

function EmptyInbox({ mine, done }: { mine: boolean; done: boolean }) {
  const what = done ? 'resolved or closed cases' : 'cases waiting';
  return (
    <div className="empty">
      <p>{mine ? `You have no ${what}.` : `No ${what}.`}</p>
      {!done && <p className="muted">New complaints appear here as they arrive.</p>}
    </div>
  );
}

function CaseTable({ items, done }: { items: CaseListItem[]; done: boolean }) {
  const now = useNow();
  const { nameOf } = usePeople();
  return (
    <table className="inbox">
      <thead>
        <tr>
          <th scope="col">Case</th>
          <th scope="col">Title</th>
          <th scope="col">Customer</th>
          <th scope="col">Severity</th>
          <th scope="col">Status</th>
          <th scope="col">Owner</th>
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
              </td>
              <td>{customer.name}</td>
              <td>
                <SeverityBadge severity={c.severity} />
              </td>
              <td>
                <StatusBadge status={c.status} />
              </td>
              <td data-testid="inbox-owner">{nameOf(c.ownerId)}</td>
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
