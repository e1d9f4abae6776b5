import { type FormEvent, useState } from 'react';
import { amends } from '../api/amends.ts';
import { useAction } from '../hooks/use-action.ts';
import { ErrorMessage } from './error-message.tsx';
import { submitOnCtrlEnter } from './submit-on-ctrl-enter.ts';

/** An internal note on the timeline (the customer does not see it). */
export function NoteForm({ caseId, onAdded }: { caseId: string; onAdded: () => void }) {
  const [body, setBody] = useState('');
  const { busy, error, run } = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(() => amends.addNote(caseId, body))) {
      setBody('');
      onAdded();
    }
  };

  return (
    <form className="card note-form" onSubmit={submit}>
      <label htmlFor="note-body">Add an internal note</label>
      <textarea
        id="note-body"
        rows={3}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={submitOnCtrlEnter}
        aria-describedby="note-hint"
      />
      <p id="note-hint" className="hint">
        Only your team sees notes. Ctrl+Enter adds it.
      </p>
      <ErrorMessage error={error} />
      <button type="submit" className="button-primary" disabled={busy}>
        {busy ? 'Adding…' : 'Add note'}
      </button>
    </form>
  );
}
