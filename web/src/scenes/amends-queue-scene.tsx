import '../styles/amends.css';
import { type FormEvent, useState } from 'react';
import { formatMoney } from '../../../src/core/amends/money.ts';
import { admin } from '../api/admin.ts';
import { type AmendsSpend, gestures } from '../api/gestures.ts';
import type { Gesture } from '../api/types.ts';
import { gestureAmount } from '../components/amends-card.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { PageHead } from '../components/page-title.tsx';
import { formatDateTime } from '../format.ts';
import { useAction } from '../hooks/use-action.ts';
import { useResource } from '../hooks/use-resource.ts';
import { useLive } from '../live.tsx';
import { usePeople } from '../people.tsx';
import { Link } from '../router.tsx';
import { useSession } from '../session.tsx';

/** The supervisors' approval queue, live: approve or decline in one click, with a reason. */
export function AmendsQueueScene() {
  const pending = useResource(() => gestures.pending(), []);
  const spend = useResource(() => gestures.spend(), []);
  const reload = () => {
    pending.reload();
    spend.reload();
  };
  useLive((message) => {
    if (message.type === 'resync' || message.type === 'case.changed') reload();
  });
  return (
    <section className="narrow">
      <PageHead title="Amends to approve" />
      <ErrorMessage error={pending.error} />
      {pending.data?.gestures.length === 0 && <p className="muted">Nothing waits for approval.</p>}
      <ul className="approval-list" data-testid="approval-queue">
        {pending.data?.gestures.map((gesture) => (
          <ApprovalItem
            key={gesture.id}
            gesture={gesture}
            beyondYou={pending.data?.beyondYourAuthority[gesture.id]}
            onDecided={reload}
          />
        ))}
      </ul>
      {spend.data && <TeamBudgets spend={spend.data} />}
    </section>
  );
}

function ApprovalItem({
  gesture,
  beyondYou,
  onDecided,
}: {
  gesture: Gesture;
  /** Why the viewer may not approve it (an admin must); they may still decline it. */
  beyondYou: string | undefined;
  onDecided: () => void;
}) {
  const { nameOf } = usePeople();
  const { user } = useSession();
  const [reason, setReason] = useState('');
  const { busy, error, run } = useAction();
  const own = gesture.requestedBy === user.id;
  const decide = (decision: 'approve' | 'decline') => async (event?: FormEvent) => {
    event?.preventDefault();
    const act = decision === 'approve' ? gestures.approve : gestures.decline;
    if (await run(() => act(gesture.id, reason))) onDecided();
  };
  const inputId = `approval-reason-${gesture.id}`;
  return (
    <li className="card" data-testid="approval-item">
      <p>
        <strong>{gesture.label}</strong>
        {gestureAmount(gesture) && <> · {gestureAmount(gesture)}</>} asked by {nameOf(gesture.requestedBy)} ·{' '}
        <Link to={`/cases/${gesture.caseId}`}>the case</Link>
      </p>
      <p className="muted small">{formatDateTime(gesture.requestedAt)}</p>
      {gesture.reason && <p>“{gesture.reason}”</p>}
      {own ? (
        <p className="muted">Your own request: another supervisor decides it.</p>
      ) : (
        <form
          className="approval-actions"
          onSubmit={beyondYou ? (event) => event.preventDefault() : decide('approve')}
          noValidate
        >
          {beyondYou && (
            <p className="muted" data-testid="beyond-your-authority">
              {beyondYou}
            </p>
          )}
          <div>
            <label htmlFor={inputId}>Reason (needed to decline)</label>
            <input id={inputId} value={reason} onChange={(event) => setReason(event.target.value)} />
          </div>
          {!beyondYou && (
            <button type="submit" className="button-primary" aria-disabled={busy}>
              Approve
            </button>
          )}
          <button type="button" aria-disabled={busy} onClick={() => decide('decline')()}>
            Decline
          </button>
        </form>
      )}
      <ErrorMessage error={error} />
    </li>
  );
}

/** What each team has spent of its monthly budget: what an approval here would add to. */
function TeamBudgets({ spend }: { spend: AmendsSpend }) {
  const teams = useResource(() => admin.teams(), []);
  const nameOf = (id: string) => teams.data?.find((team) => team.id === id)?.name ?? 'A team';
  return (
    <section className="card" aria-labelledby="queue-budgets-title" data-testid="team-budgets">
      <h2 id="queue-budgets-title">Team budgets this month</h2>
      {spend.budgets.length === 0 ? (
        <p className="muted">No team has a budget for amends: an admin sets them in Settings → Amends.</p>
      ) : (
        <ul>
          {spend.budgets.map((budget) => {
            const spent =
              spend.spend.find(
                (line) =>
                  line.scope === 'team' && line.id === budget.teamId && line.currency === budget.currency,
              )?.spentMinor ?? 0;
            const of = (amountMinor: number) => formatMoney({ amountMinor, currency: budget.currency });
            return (
              <li key={`${budget.teamId}:${budget.currency}`} data-testid="team-budget">
                {nameOf(budget.teamId)}: {of(spent)} spent of {of(budget.monthlyMinor)}
                {spent > budget.monthlyMinor
                  ? ' (over budget)'
                  : ` (${of(budget.monthlyMinor - spent)} left)`}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
