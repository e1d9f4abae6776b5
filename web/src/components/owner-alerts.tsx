import { useEffect, useState } from 'react';
import { allowanceWords } from '../../../src/core/time/duration-words.ts';
import { amends } from '../api/amends.ts';
import { SEVERITY_LABELS } from '../format.ts';
import { useResource } from '../hooks/use-resource.ts';
import { useStoredSet } from '../hooks/use-stored-set.ts';
import { useLive } from '../live.tsx';
import { Link, useLocation } from '../router.tsx';
import { useSession } from '../session.tsx';
import '../styles/owner-alerts.css';

/**
 * Tells the signed-in person, wherever they are in the console, that a case has become theirs and
 * they have not opened it yet: opened for them (a negative rating, say) or handed to them — or that
 * its customer wrote since they last opened it. The
 * server keeps what is unseen (GET /cases/unseen), so an alert survives a reload and leaves every
 * open console once they open the case or dismiss the alert (both POST /cases/{id}/seen).
 */
export function OwnerAlerts() {
  const { user } = useSession();
  const unseen = useResource(() => amends.unseenCases(), []);
  // Cases whose customer has heard nothing for a whole cadence (the void timer ran out): up until a
  // person writes to them, across reloads. "Later" hides one breach in this browser, across reloads
  // too; the next breach (a new nudgedAt) is a new alert.
  const nudges = useResource(() => amends.updateNudges(), []);
  const later = useStoredSet(`amends.update-nudge-later.${user.id}`);
  const laterKey = (n: { case: { id: string }; nudgedAt: string }) => `${n.case.id}@${n.nudgedAt}`;
  const { keepOnly } = later;
  useEffect(() => {
    if (!nudges.data) return;
    const current = new Set(nudges.data.map(laterKey));
    keepOnly((key) => current.has(key));
  }, [nudges.data, keepOnly]);
  // The case page itself says it, with the button that opens the draft: not twice on one screen.
  const { path } = useLocation();
  const nudgesShown = (nudges.data ?? []).filter(
    (n) => !later.items.has(laterKey(n)) && path !== `/cases/${n.case.id}`,
  );
  const nudgedIds = new Set((nudges.data ?? []).map((n) => n.case.id));
  // Gone at once on a click; the server's answer follows through the live stream. Keyed by the case's
  // version too, so a case handed away and back is new again.
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const versionOf = (c: { id: string; updatedAt: string }) => `${c.id}@${c.updatedAt}`;
  const alerts = (unseen.data ?? []).filter(({ case: c }) => !hidden.has(versionOf(c)));
  const shownIds = new Set(alerts.map(({ case: c }) => c.id));

  useLive((message) => {
    if (message.type === 'resync') nudges.reload();
    else if (
      message.type === 'case.changed' &&
      (message.updateDueFor === user.id || nudgedIds.has(message.caseId))
    )
      nudges.reload();
    if (message.type === 'resync') unseen.reload();
    // A case that became mine, or one I am shown that changed (seen, handed on, resolved).
    else if (
      message.type === 'case.changed' &&
      (message.assignedTo === user.id || message.customerWroteTo === user.id || shownIds.has(message.caseId))
    )
      unseen.reload();
  });

  const hide = (c: { id: string; updatedAt: string }) =>
    setHidden((previous) => new Set(previous).add(versionOf(c)));
  const dismiss = (c: { id: string; updatedAt: string }) => {
    hide(c);
    // The inbox still shows the case; a dismissal that did not reach the server is not worth an error.
    amends.markCaseSeen(c.id).catch(() => {});
  };

  // Always there, even empty: a screen reader announces what is added to a live region it already knows.
  return (
    <section className="owner-alerts" aria-label="Alerts for you" aria-live="polite">
      {nudgesShown.map((nudge) => {
        const { case: c, customer, cadenceMinutes } = nudge;
        return (
          <div
            key={c.id}
            className="owner-alert owner-alert-update"
            data-testid="update-nudge"
            data-case-id={c.id}
          >
            <div className="owner-alert-text">
              <p>
                <span aria-hidden="true">⚠ </span>
                <strong>
                  No update to {customer.name} for {allowanceWords(cadenceMinutes)}
                </strong>
                : send one now
              </p>
              <p>
                <Link to={`/cases/${c.id}?compose=update`}>
                  Write the update for #{c.number} {c.title}
                </Link>
              </p>
            </div>
            <button
              type="button"
              className="button-quiet"
              onClick={() => later.add(laterKey(nudge))}
              title="Hide this until its next update falls due"
            >
              Later
            </button>
          </div>
        );
      })}
      {alerts.map(({ case: c, customer }) => (
        <div key={c.id} className="owner-alert" data-testid="owner-alert" data-case-id={c.id}>
          <div className="owner-alert-text">
            <p>
              {/* A case the customer wrote on since its owner last opened it says so: their words wait. */}
              <strong>{c.unansweredSince ? `${customer.name} wrote` : 'New case for you'}</strong> ·{' '}
              {SEVERITY_LABELS[c.severity]}
            </p>
            <p>
              {/* The case page tells the server it was seen; hiding here only saves the wait. */}
              <Link to={`/cases/${c.id}`} onClick={() => hide(c)}>
                #{c.number} {c.title}
              </Link>{' '}
              — {customer.name}
            </p>
          </div>
          <button type="button" className="button-quiet" onClick={() => dismiss(c)}>
            Dismiss
          </button>
        </div>
      ))}
    </section>
  );
}
