import { amends } from '../api/amends.ts';
import type { InboundEmail, InboundEmailStatus } from '../api/types.ts';
import { ErrorMessage } from '../components/error-message.tsx';
import { PageHead } from '../components/page-title.tsx';
import { ResourceList } from '../components/resource-list.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';
import { formatDateTime } from '../format.ts';
import { useAction } from '../hooks/use-action.ts';
import { useResource } from '../hooks/use-resource.ts';
import { Link, navigate, useLocation } from '../router.tsx';

const STATUS_LABELS: Record<InboundEmailStatus, string> = {
  flagged: 'Flagged: needs a person',
  received: 'Waiting to be read',
  threaded: 'On a case',
  ignored: 'Ignored (auto-replies, bounces)',
};
const STATUSES = Object.keys(STATUS_LABELS) as InboundEmailStatus[];

/**
 * Mail received from customers (supervisors). Flagged first: a mail that could not be read, whose
 * sender failed authentication with nothing else tying it to a case, or that was too big. It is kept
 * raw; "Run again" reads and threads it anew (after a fix, or once its case exists).
 */
export function MailInScene() {
  const { search } = useLocation();
  const asked = search.get('status') ?? 'flagged';
  const status = (STATUSES as string[]).includes(asked) ? (asked as InboundEmailStatus) : 'flagged';
  const emails = useResource(() => amends.inboundEmails(status), [status]);
  return (
    <section className="outbox">
      <PageHead title="Mail in">
        <Link to="/outbox" className="button button-secondary">
          Outbox
        </Link>
      </PageHead>
      <p className="lead">
        Customers’ emails, kept exactly as they arrived. A <strong>flagged</strong> one reached no case: read
        why, then run it again.
      </p>
      <div className="filters">
        <label htmlFor="mail-in-status">Show</label>
        <select
          id="mail-in-status"
          value={status}
          onChange={(event) => navigate(`/mail-in?status=${event.target.value}`, { replace: true })}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <ResourceList resource={emails} loading="Loading emails…" empty="No email here.">
        {(list) => (
          <ScrollTable label="Received emails">
            <table className="inbox outbox-table cards-on-phone">
              <thead>
                <tr>
                  <th scope="col">From</th>
                  <th scope="col">Subject</th>
                  <th scope="col">Why</th>
                  <th scope="col">Received</th>
                  <th scope="col">
                    <span className="visually-hidden">Action</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((email) => (
                  <MailRow key={email.id} email={email} onChanged={emails.reload} />
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </ResourceList>
    </section>
  );
}

function MailRow({ email, onChanged }: { email: InboundEmail; onChanged: () => void }) {
  const { busy, error, run } = useAction();
  const runAgain = () =>
    run(async () => {
      await amends.processInboundEmail(email.id);
      onChanged();
    });
  // A mail with no subject (or none readable) still gets a visible cell, linked or not.
  const subject = email.subject ?? <span className="muted">(no subject)</span>;
  return (
    <tr data-testid="mail-in-row">
      <td>{email.fromAddress ?? <span className="muted">(no sender)</span>}</td>
      <td>{email.caseId ? <Link to={`/cases/${email.caseId}`}>{subject}</Link> : subject}</td>
      <td>
        {email.problem ?? <span className="muted">—</span>}
        <ErrorMessage error={error} />
      </td>
      <td>{formatDateTime(email.receivedAt)}</td>
      <td>
        {email.status === 'flagged' && (
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={busy}
            onClick={() => void runAgain()}
          >
            {busy ? 'Queuing…' : 'Run again'}
          </button>
        )}
      </td>
    </tr>
  );
}
