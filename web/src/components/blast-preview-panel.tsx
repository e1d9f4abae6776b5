import type { BlastPreview } from '../api/types.ts';
import { EmailHtmlFrame } from './email-html-frame.tsx';
import { LineErrors } from './line-errors.tsx';

/** Who will get the email and what it says, with the one button that sends it. */
export function BlastPreviewPanel({
  preview,
  busy,
  onSend,
}: {
  preview: BlastPreview;
  busy: boolean;
  onSend: () => void;
}) {
  const { wouldSend, skippedSuppressed, errors, email } = preview;
  return (
    <section className="stack blast-preview" aria-label="Preview">
      <p>
        <strong>
          {wouldSend === 1 ? '1 customer' : `${wouldSend.toLocaleString()} customers`} will get this email.
        </strong>{' '}
        {skippedSuppressed > 0 && `${skippedSuppressed.toLocaleString()} skipped (unsubscribed or bounced). `}
        {errors.length > 0 && `${errors.length.toLocaleString()} refused.`}
      </p>
      {errors.length > 0 && (
        <LineErrors errors={errors.map((e) => ({ field: `Line ${e.line}`, message: e.reason }))} />
      )}
      <p className="muted">
        To {email.to} · Subject: {email.subject}
      </p>
      <EmailHtmlFrame html={email.html} title={`The email ${email.to} would get`} />
      <div className="button-row">
        <button type="button" className="button-primary" aria-disabled={busy} onClick={onSend}>
          {busy
            ? 'Sending…'
            : `Send to ${wouldSend === 1 ? '1 customer' : `${wouldSend.toLocaleString()} customers`}`}
        </button>
      </div>
    </section>
  );
}
