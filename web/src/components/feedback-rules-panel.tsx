import { type FormEvent, useRef, useState } from 'react';
import { amends } from '../api/amends.ts';
import { messageFor, unplacedError } from '../api/field-errors.ts';
import type { FeedbackRules } from '../api/types.ts';
import { useAction } from '../hooks/use-action.ts';
import { useFocusOnError } from '../hooks/use-focus-on-error.ts';
import { useResource } from '../hooks/use-resource.ts';
import { ErrorMessage } from './error-message.tsx';
import { FieldError, fieldAria } from './field-error.tsx';

/** The switches for what negative feedback opens, in the order the form shows them. */
const CASE_SWITCHES = [
  { rule: 'openCaseOnNegativeRating', label: 'Open a recovery case for a negative rating' },
  { rule: 'openCaseOnNegativeComment', label: 'Open a recovery case for a negative comment' },
] as const satisfies readonly { rule: keyof FeedbackRules; label: string }[];

/** What negative feedback does, for admins to change. The server checks the values and says what is wrong. */
export function FeedbackRulesPanel() {
  const saved = useResource(() => amends.feedbackRules(), []);
  return (
    <section className="card" aria-labelledby="rules-title">
      <h2 id="rules-title">Feedback rules</h2>
      <ErrorMessage error={saved.error} />
      {!saved.data && !saved.error && <p className="muted">Loading the rules…</p>}
      {saved.data && <RulesForm saved={saved.data} />}
    </section>
  );
}

/** The rules as last loaded or saved, edited here until the server takes them. */
function RulesForm({ saved }: { saved: FeedbackRules }) {
  const [draft, setDraft] = useState(saved);
  const [threshold, setThreshold] = useState(String(saved.highValueAtLeast));
  const [done, setDone] = useState<string>();
  const { busy, error, run } = useAction();
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);
  const attributeError = messageFor(error, 'valueAttribute');
  const thresholdError = messageFor(error, 'highValueAtLeast');

  const change = (changes: Partial<FeedbackRules>) => {
    setDone(undefined);
    setDraft((previous) => ({ ...previous, ...changes }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(undefined);
    await run(async () => {
      const rules = await amends.saveFeedbackRules({ ...draft, highValueAtLeast: Number(threshold) });
      setDraft(rules);
      setThreshold(String(rules.highValueAtLeast));
      setDone('Saved. New feedback follows these rules.');
    });
  };

  return (
    <form onSubmit={submit} className="stack" aria-label="Feedback rules" ref={form} noValidate>
      {CASE_SWITCHES.map(({ rule, label }) => (
        <label key={rule} className="check">
          <input
            type="checkbox"
            checked={draft[rule]}
            onChange={(e) => change({ [rule]: e.target.checked })}
          />
          {label}
        </label>
      ))}
      <p className="hint">
        A case already open for the same customer and touchpoint gets the feedback instead.
      </p>
      <label htmlFor="rules-attribute">Customer value attribute</label>
      <input
        id="rules-attribute"
        type="text"
        required
        maxLength={100}
        value={draft.valueAttribute}
        onChange={(e) => change({ valueAttribute: e.target.value })}
        {...fieldAria('rules-attribute', attributeError, 'rules-attribute-hint')}
      />
      <FieldError inputId="rules-attribute" message={attributeError} />
      <p id="rules-attribute-hint" className="hint">
        The customer attribute that holds what they are worth, e.g. lifetimeValue.
      </p>
      <label htmlFor="rules-threshold">High value from</label>
      <input
        id="rules-threshold"
        type="number"
        required
        min={0}
        step="any"
        inputMode="decimal"
        value={threshold}
        onChange={(e) => {
          setDone(undefined);
          setThreshold(e.target.value);
        }}
        {...fieldAria('rules-threshold', thresholdError, 'rules-threshold-hint')}
      />
      <FieldError inputId="rules-threshold" message={thresholdError} />
      <p id="rules-threshold-hint" className="hint">
        A case opened from a high-value customer's feedback is one severity higher.
      </p>
      <ErrorMessage error={unplacedError(error, ['valueAttribute', 'highValueAtLeast'])} />
      {done && (
        <p role="status" className="success-message">
          {done}
        </p>
      )}
      <button type="submit" className="button-primary" aria-disabled={busy}>
        {busy ? 'Saving…' : 'Save rules'}
      </button>
    </form>
  );
}
