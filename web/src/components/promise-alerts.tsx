import { useState } from 'react';
import { useLive } from '../live.tsx';
import { Link } from '../router.tsx';
import { useSession } from '../session.tsx';
import '../styles/owner-alerts.css';

type PromiseAlert = { key: string; caseId: string; caseNumber: number; state: 'at_risk' | 'broken' };

/**
 * Tells the people a promise's timer names — the owner when it is at risk, the owner and a supervisor
 * when it broke — wherever they are in the console, as it happens. Kept in this console until
 * dismissed; the case's timeline keeps the record (and the broken one was mailed too).
 */
export function PromiseAlerts() {
  const { user } = useSession();
  const [alerts, setAlerts] = useState<PromiseAlert[]>([]);
  useLive((message) => {
    if (message.type !== 'case.changed' || !message.promiseAlert?.to.includes(user.id)) return;
    const { promiseId, state, caseNumber } = message.promiseAlert;
    const key = `${promiseId}:${state}`;
    setAlerts((shown) =>
      shown.some((a) => a.key === key)
        ? shown
        : [...shown, { key, caseId: message.caseId, caseNumber, state }],
    );
  });
  const dismiss = (key: string) => setAlerts((shown) => shown.filter((a) => a.key !== key));
  return (
    <section className="owner-alerts" aria-label="Promises that need you" aria-live="polite">
      {alerts.map((alert) => (
        <div key={alert.key} className="owner-alert" data-testid="promise-alert" data-state={alert.state}>
          <div className="owner-alert-text">
            <p>
              <strong>
                {alert.state === 'broken' ? 'A promise broke' : 'A promise is at risk'} on case #
                {alert.caseNumber}
              </strong>
              {alert.state === 'broken'
                ? ': its due time passed. Tell the customer what happens now.'
                : ': most of its time is gone. Keep it, or renegotiate it now.'}
            </p>
            <p>
              <Link to={`/cases/${alert.caseId}`} onClick={() => dismiss(alert.key)}>
                Open case #{alert.caseNumber}
              </Link>
            </p>
          </div>
          <button type="button" className="button-quiet" onClick={() => dismiss(alert.key)}>
            Dismiss
          </button>
        </div>
      ))}
    </section>
  );
}
