import { type FormEvent, useState } from 'react';
import { amends } from '../api/amends.ts';
import type { Survey } from '../api/types.ts';
import { useAction } from '../hooks/use-action.ts';
import { CopyField } from './copy-field.tsx';
import { type CustomerChoice, CustomerPicker } from './customer-picker.tsx';
import { EmailHtmlFrame } from './email-html-frame.tsx';
import { ErrorMessage } from './error-message.tsx';
import { TextField } from './text-field.tsx';

/**
 * "Get a snippet": one customer, one touchpoint, one survey make a rating request; its snippet (HTML
 * and text, one signed link per answer) is previewed as an email shows it and copied into a receipt,
 * a ticket reply or a signature.
 */
export function SurveySnippetForm({ surveys }: { surveys: Survey[] }) {
  const [surveyId, setSurveyId] = useState('');
  const [customer, setCustomer] = useState<CustomerChoice>({ mode: 'existing', customer: undefined });
  const [touchpointRef, setTouchpointRef] = useState('');
  const [snippet, setSnippet] = useState<{ html: string; text: string }>();
  const { busy, error, run } = useAction();
  const chosen = surveyId || surveys[0]?.id || '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSnippet(undefined);
    await run(async () => {
      let who: { customerId: string } | { customer: { name: string; emails: string[] } };
      if (customer.mode === 'new')
        who = { customer: { name: customer.name, emails: [customer.email.trim()] } };
      else if (customer.customer) who = { customerId: customer.customer.id };
      else throw new Error('Choose the customer first: search for them, or choose “New customer”.');
      setSnippet(await amends.createRatingSnippet({ surveyId: chosen, touchpointRef, who }));
    });
  };

  if (surveys.length === 0) return null;
  return (
    <form className="card stack" onSubmit={submit} aria-label="Get a snippet">
      <h2 className="section-title">Get a snippet</h2>
      <p className="muted">
        For one customer and one touchpoint (an order, a ticket): paste it into the email you send them.
      </p>
      <label htmlFor="snippet-survey">Survey</label>
      <select id="snippet-survey" value={chosen} onChange={(event) => setSurveyId(event.target.value)}>
        {surveys.map((survey) => (
          <option key={survey.id} value={survey.id}>
            {survey.name} — “{survey.question}”
          </option>
        ))}
      </select>
      <CustomerPicker value={customer} onChange={setCustomer} />
      <TextField
        id="snippet-touchpoint"
        label="Touchpoint reference"
        maxLength={200}
        value={touchpointRef}
        onChange={setTouchpointRef}
        placeholder="e.g. order 4471"
        required
      />
      <ErrorMessage error={error} />
      <div className="button-row">
        <button type="submit" className="button-primary" aria-disabled={busy}>
          {busy ? 'Making the snippet…' : 'Get snippet'}
        </button>
      </div>
      {snippet && (
        <div className="stack" aria-live="polite">
          <EmailHtmlFrame html={snippet.html} title="The snippet as an email shows it" />
          <CopyField label="HTML" value={snippet.html} rows={4} />
          <CopyField label="Text" value={snippet.text} rows={6} />
        </div>
      )}
    </form>
  );
}
