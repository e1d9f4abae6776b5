import { type FormEvent, useEffect, useState } from 'react';
import { amends } from '../api/amends.ts';
import type { FeedbackRules } from '../api/types.ts';
import { useAction } from '../hooks/use-action.ts';
import { useResource } from '../hooks/use-resource.ts';
import { ErrorMessage } from './error-message.tsx';

/** What negative feedback does, for admins to change. The server checks the values and says what is wrong. */
export function FeedbackRulesPanel() {
  const saved = useResource(() => amends.feedbackRules(), []);
  const [draft, setDraft] = useState<FeedbackRules>();
  const [threshold, setThreshold] = useState('');
  const [done, setDone] = useState<string>();
  const { busy, error, run } = useAction();

  useEffect(() => {
    if (saved.data && !draft) {
      setDraft(saved.data);
      setThreshold(String(saved.data.highValueAtLeast));
    }
  }, [saved.data, draft]);

  const change = (changes: Partial<FeedbackRules>) => {
    setDone(undefined);
    setDraft((previous) => previous && { ...previous, ...changes });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    setDone(undefined);
    await run(async () => {
      const rules = await amends.saveFeedbackRules({ ...draft, highValueAtLeast: Number(threshold) });
      setDraft(rules);
      setThreshold(String(rules.highValueAtLeast));
      setDone('Saved. New feedback follows these rules.');
    });
  };

  return (
    <section className="card" aria-labelledby="rules-title">
      <h2 id="rules-title">Feedback rules</h2>
      <ErrorMessage error={saved.error} />
      {!draft && !saved.error && <p className="muted">Loading the rules…</p>}
      {draft && (
        <form onSubmit={submit} className="stack" aria-label="Feedback rules">
          <label className="check">
            <input
              type="checkbox"
              checked={draft.openCaseOnNegativeRating}
              onChange={(e) => change({ openCaseOnNegativeRating: e.target.checked })}
            />
            Open a recovery case for a negative rating
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={draft.openCaseOnNegativeComment}
              onChange={(e) => change({ openCaseOnNegativeComment: e.target.checked })}
            />
            Open a recovery case for a negative comment
          </label>
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
            aria-describedby="rules-attribute-hint"
          />
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
            aria-describedby="rules-threshold-hint"
          />
          <p id="rules-threshold-hint" className="hint">
            A case opened from a high-value customer's feedback is one severity higher.
          </p>
          <ErrorMessage error={error} />
          {done && (
            <p role="status" className="success-message">
              {done}
            </p>
          )}
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save rules'}
          </button>
        </form>
      )}
    </section>
  );
}
