import '../styles/whole-email.css';
import { useState } from 'react';
import { amends } from '../api/amends.ts';
import { type ApiError, toApiError } from '../api/client.ts';
import type { InboundEmailDetail } from '../api/types.ts';
import { formatDateTime } from '../format.ts';
import { EmailHtmlFrame } from './email-html-frame.tsx';
import { ErrorMessage } from './error-message.tsx';

/**
 * "Show the whole email" under a customer's message: the timeline keeps only their new words; this
 * fetches the mail as it came (its HTML sanitised by the server, shown in a frame sandboxed with no
 * permissions; else its text) with its attachments as downloads.
 */
export function WholeEmail({ emailId }: { emailId: string }) {
  const [email, setEmail] = useState<InboundEmailDetail>();
  const [error, setError] = useState<ApiError>();
  const load = () => {
    if (email) return;
    amends.inboundEmail(emailId).then(setEmail, (problem: unknown) => setError(toApiError(problem)));
  };
  return (
    <details className="whole-email" onToggle={(event) => event.currentTarget.open && load()}>
      <summary>Show the whole email</summary>
      <ErrorMessage error={error} />
      {!email && !error && <p className="muted">Loading the email…</p>}
      {email && (
        <div className="whole-email-body" data-testid="whole-email">
          <dl className="whole-email-head">
            <dt>From</dt>
            <dd>
              {[email.fromName, email.fromAddress && `<${email.fromAddress}>`].filter(Boolean).join(' ')}
            </dd>
            <dt>Subject</dt>
            <dd>{email.subject ?? '(none)'}</dd>
            <dt>Received</dt>
            <dd>{formatDateTime(email.receivedAt)}</dd>
            {email.authentication && (
              <>
                <dt>Sender checks</dt>
                <dd>{AUTHENTICATION_LABELS[email.authentication.verdict]}</dd>
              </>
            )}
          </dl>
          {email.htmlBody !== null ? (
            <EmailHtmlFrame
              html={email.htmlBody}
              title={`The email from ${email.fromAddress ?? 'the customer'}`}
            />
          ) : (
            <pre className="whole-email-text">{email.textBody ?? '(The email had no text.)'}</pre>
          )}
          {email.attachments.length > 0 && (
            <ul className="whole-email-attachments" aria-label="Attachments">
              {email.attachments.map((attachment) => (
                <li key={attachment.id}>
                  {attachment.omitted ? (
                    <span>
                      {attachment.filename} <span className="muted">· not kept: {attachment.omitted}</span>
                    </span>
                  ) : (
                    <a
                      href={amends.inboundAttachmentUrl(email.id, attachment.id)}
                      download={attachment.filename}
                    >
                      {attachment.filename}
                    </a>
                  )}{' '}
                  <span className="muted">({formatSize(attachment.size)})</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </details>
  );
}

const AUTHENTICATION_LABELS = {
  pass: 'Passed: the sender’s domain vouches for it',
  failed: 'Failed: the sender’s domain does not vouch for it',
  unverified: 'Not verified: the sender’s domain says nothing',
} as const;

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
