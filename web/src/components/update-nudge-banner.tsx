import { allowanceWords } from '../../../src/core/time/duration-words.ts';
import type { CaseDetail } from '../api/types.ts';
import { formatDateTime } from '../format.ts';
import { useSession } from '../session.tsx';
import '../styles/case-clocks.css';

/**
 * On the case itself, to its owner: the customer has heard nothing for a whole update cadence.
 * "Write the update" opens the composer on the update template; the banner goes once a person writes
 * to the customer (a holding message from Amends does not end it: the customer still waits for news).
 */
export function UpdateNudgeBanner({ detail, onWrite }: { detail: CaseDetail; onWrite: () => void }) {
  const { user } = useSession();
  const { case: c, customer, policy, updateNudgedAt } = detail;
  if (!updateNudgedAt || c.ownerId !== user.id) return null;
  return (
    <div className="update-nudge-banner" role="alert" data-testid="update-nudge-banner">
      <p>
        <span aria-hidden="true">⚠ </span>
        <strong>
          No update to {customer.name} for {allowanceWords(policy.updateEvery.minutes)}
        </strong>
        : send one now. <span className="muted">(Ran out {formatDateTime(updateNudgedAt)}.)</span>
      </p>
      <button type="button" className="button-primary" onClick={onWrite}>
        Write the update
      </button>
    </div>
  );
}
