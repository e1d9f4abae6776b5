import { useState } from 'react';
import { amends } from '../api/amends.ts';
import type { OutboundEmail } from '../api/types.ts';
import { useAction } from '../hooks/use-action.ts';
import { Link } from '../router.tsx';
import { ErrorMessage } from './error-message.tsx';

/** "Send me a test": the saved survey's email to your own address, to see it as customers will. */
export function SurveyTestButton({ surveyId }: { surveyId: string }) {
  const [sent, setSent] = useState<OutboundEmail>();
  const { busy, error, run } = useAction();
  const send = () =>
    run(async () => {
      setSent(await amends.sendSurveyTest(surveyId));
    });
  return (
    <div className="stack">
      <div className="button-row">
        <button type="button" className="button-secondary" aria-disabled={busy} onClick={send}>
          {busy ? 'Sending…' : 'Send me a test'}
        </button>
        {sent && (
          <p role="status" className="success-message">
            Test sent to {sent.to} (its answers are not recorded). Without an SMTP server it waits in the{' '}
            <Link to="/outbox">Outbox</Link>.
          </p>
        )}
      </div>
      <ErrorMessage error={error} />
    </div>
  );
}
