import { useRef, useState } from 'react';
import { amends } from '../api/amends.ts';
import type { CaseDetail } from '../api/types.ts';
import { useAction } from '../hooks/use-action.ts';
import { canIssueStatusLink } from '../rules.ts';
import { useSession } from '../session.tsx';
import '../styles/status-link.css';
import { CopyField } from './copy-field.tsx';
import { ErrorMessage } from './error-message.tsx';

/**
 * The customer's private status page for this case: its link to copy, and — for the owner, a
 * supervisor or an admin — a new link in its place when the old one reached the wrong person. That
 * asks once more: the customer's link in every earlier mail stops working at once.
 */
export function StatusLinkCard({ detail, onIssued }: { detail: CaseDetail; onIssued: () => void }) {
  const { user } = useSession();
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
  const issueButton = useRef<HTMLButtonElement>(null);
  const { busy, error, run } = useAction();
  const { case: c, owner } = detail;
  const allowed = canIssueStatusLink({ userId: user.id, role: user.role }, owner.id);

  const issue = () =>
    run(async () => {
      await amends.issueStatusLink(c.id);
      setAsking(false);
      setDone(true);
      onIssued();
      requestAnimationFrame(() => issueButton.current?.focus());
    });
  const cancel = () => {
    setAsking(false);
    requestAnimationFrame(() => issueButton.current?.focus());
  };

  return (
    <section className="card status-link" aria-labelledby="status-link-title">
      <h2 id="status-link-title">Customer’s status page</h2>
      <p className="muted">
        The customer follows the case and writes back there; every message to them links to it.
      </p>
      <p>
        <a href={detail.statusPageUrl} target="_blank" rel="noreferrer" data-testid="status-page-link">
          Open the status page
        </a>
      </p>
      <CopyField label="Status page link" value={detail.statusPageUrl} rows={3} />
      {done && (
        <p role="status" className="success-message">
          New link issued: the old one no longer works.
        </p>
      )}
      {allowed &&
        (asking ? (
          <fieldset className="status-link-confirm">
            <legend>Issue a new link?</legend>
            <p>The link in every earlier message stops working at once. Send the customer the new one.</p>
            <div className="button-row">
              <button
                type="button"
                className="button button-danger"
                aria-disabled={busy}
                onClick={() => void issue()}
              >
                Issue the new link
              </button>
              <button type="button" className="button button-quiet" onClick={cancel}>
                Keep the current link
              </button>
            </div>
          </fieldset>
        ) : (
          <button
            type="button"
            ref={issueButton}
            className="button button-secondary"
            onClick={() => {
              setDone(false);
              setAsking(true);
            }}
          >
            Issue a new status link
          </button>
        ))}
      <ErrorMessage error={error} />
    </section>
  );
}
