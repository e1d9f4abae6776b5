import { useState } from 'react';
import { amends } from '../api/amends.ts';
import type { CaseDetail } from '../api/types.ts';
import { SEVERITY_LABELS } from '../format.ts';
import { useLive } from '../live.tsx';
import { Link } from '../router.tsx';
import { useSession } from '../session.tsx';

/** Alerts kept on screen at once; older ones are still in the inbox. */
const MAX_ALERTS = 5;

/**
 * Tells the signed-in person, wherever they are in the console, that a case has just become theirs:
 * opened for them by the assignment rule (a negative rating, say) or handed to them by someone
 * else. Not for changes they made themselves. Stays until they open the case or dismiss it.
 */
export function OwnerAlerts() {
  const { user } = useSession();
  const [alerts, setAlerts] = useState<CaseDetail[]>([]);
  const dismiss = (caseId: string) => setAlerts((shown) => shown.filter((a) => a.case.id !== caseId));

  useLive((message) => {
    if (message.type !== 'case.changed' || message.assignedTo !== user.id || message.by === user.id) return;
    amends.case(message.caseId).then(
      (detail) => {
        if (detail.case.ownerId !== user.id) return; // handed on again before we asked
        setAlerts((shown) =>
          [detail, ...shown.filter((a) => a.case.id !== detail.case.id)].slice(0, MAX_ALERTS),
        );
      },
      // The inbox shows the case anyway; an alert that could not be fetched is not worth an error.
      () => {},
    );
  });

  // Always there, even empty: a screen reader announces what is added to a live region it already knows.
  return (
    <section className="owner-alerts" aria-label="New cases for you" aria-live="polite">
      {alerts.map(({ case: c, customer }) => (
        <div key={c.id} className="owner-alert" data-testid="owner-alert">
          <p>
            <strong>New case for you</strong> · {SEVERITY_LABELS[c.severity]}
          </p>
          <p>
            <Link to={`/cases/${c.id}`} onClick={() => dismiss(c.id)}>
              #{c.number} {c.title}
            </Link>{' '}
            — {customer.name}
          </p>
          <button type="button" className="button-quiet" onClick={() => dismiss(c.id)}>
            Dismiss
          </button>
        </div>
      ))}
    </section>
  );
}
