import { useState } from 'react';
import { amends } from '../api/amends.ts';
import type { OutboundEmail, OutboundEmailStatus } from '../api/types.ts';
import { EmailHtmlFrame } from '../components/email-html-frame.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { PageHead } from '../components/page-title.tsx';
import { ResourceList } from '../components/resource-list.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';
import { EMAIL_STATUS_LABELS, formatDateTime } from '../format.ts';
import { useResource } from '../hooks/use-resource.ts';
import { Link, navigate, useLocation } from '../router.tsx';
import { OUTBOUND_EMAIL_STATUSES } from '../rules.ts';

/** Whether a status from the address is one the server knows (anything else shows all emails). */
function isEmailStatus(value: string): value is OutboundEmailStatus {
  return (OUTBOUND_EMAIL_STATUSES as readonly string[]).includes(value);
}

/**
 * Outbound email, newest first. Without an SMTP server (SMTP_URL) every email is held here: this is
 * what would have gone out, readable in full, so a new installation can be tried without sending.
 */
export function OutboxScene() {
  const { search } = useLocation();
  const asked = search.get('status') ?? '';
  const status = isEmailStatus(asked) ? asked : '';
  const blastId = search.get('blast') ?? undefined;
  const emails = useResource(
    () => amends.outbox({ status: status || undefined, blastId }),
    [status, blastId],
  );
  const [openId, setOpenId] = useState<string>();

  const setStatus = (next: string) => {
    const query = new URLSearchParams(search);
    if (next) query.set('status', next);
    else query.delete('status');
    navigate(query.size > 0 ? `/outbox?${query}` : '/outbox', { replace: true });
  };

  return (
    <section className="outbox">
      <PageHead title="Outbox">
        <Link to="/mail-in" className="button button-secondary">
          Mail in
        </Link>
        <Link to="/blasts" className="button button-secondary">
          Blasts
        </Link>
      </PageHead>
      <p className="lead">
        Every email the product sends. Where no SMTP server is configured, emails are <strong>held</strong>{' '}
        here instead of sent: open one to read exactly what would have gone out.
      </p>
      <div className="filters">
        <label htmlFor="outbox-status">Show</label>
        <select id="outbox-status" value={status} onChange={(event) => setStatus(event.target.value)}>
          <option value="">All emails</option>
          {OUTBOUND_EMAIL_STATUSES.map((s) => (
            <option key={s} value={s}>
              {EMAIL_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        {blastId && (
          <span className="muted">
            of one blast · <Link to={status ? `/outbox?status=${status}` : '/outbox'}>show all</Link>
          </span>
        )}
      </div>
      <ResourceList resource={emails} loading="Loading emails…" empty="No email here.">
        {(list) => (
          <ScrollTable label="Emails">
            <table className="inbox outbox-table cards-on-phone">
              <thead>
                <tr>
                  <th scope="col">To</th>
                  <th scope="col">Subject</th>
                  <th scope="col">Status</th>
                  <th scope="col">Created</th>
                </tr>
              </thead>
              <tbody>
                {list.map((email) => (
                  <EmailRow
                    key={email.id}
                    email={email}
                    open={openId === email.id}
                    onToggle={() => setOpenId(openId === email.id ? undefined : email.id)}
                  />
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </ResourceList>
    </section>
  );
}

function EmailRow({ email, open, onToggle }: { email: OutboundEmail; open: boolean; onToggle: () => void }) {
  return (
    <>
      <tr>
        <td>
          <button type="button" className="button-quiet" aria-expanded={open} onClick={onToggle}>
            {email.to}
          </button>
        </td>
        <td>{email.subject ?? <span className="muted">Not composed yet</span>}</td>
        <td>
          <span className={`badge mail-${email.status}`}>{EMAIL_STATUS_LABELS[email.status]}</span>
          {email.lastError && <span className="block muted">{email.lastError}</span>}
        </td>
        <td>{formatDateTime(email.createdAt)}</td>
      </tr>
      {open && (
        <tr className="mail-preview-row">
          <td colSpan={4}>
            <EmailPreview emailId={email.id} />
          </td>
        </tr>
      )}
    </>
  );
}

/**
 * The email as composed: its extra headers, its HTML as the customer sees it (sandboxed), and its
 * plain-text part (links shown as text, never followed).
 */
function EmailPreview({ emailId }: { emailId: string }) {
  const detail = useResource(() => amends.outboundEmail(emailId), [emailId]);
  if (detail.error) return <ErrorMessage error={detail.error} />;
  const email = detail.data;
  if (!email) return <p className="muted">Loading…</p>;
  if (email.textBody === null) return <p className="muted">The send job has not composed this email yet.</p>;
  return (
    <div className="mail-preview">
      <dl className="facts">
        <dt>Message-ID</dt>
        <dd>{email.messageId ?? '—'}</dd>
        {Object.entries(email.headers).map(([name, value]) => (
          <div key={name} className="facts-pair">
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {email.htmlBody !== null && (
        <EmailHtmlFrame html={email.htmlBody} title={`The email to ${email.to}, as the customer sees it`} />
      )}
      <details className="email-parts" open={email.htmlBody === null}>
        <summary>Plain-text part</summary>
        <pre>{email.textBody}</pre>
      </details>
    </div>
  );
}
