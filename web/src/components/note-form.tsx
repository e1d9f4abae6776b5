import { type FormEvent, useRef, useState } from 'react';
import { amends } from '../api/amends.ts';
import { messageFor, unplacedError } from '../api/field-errors.ts';
import { useAction } from '../hooks/use-action.ts';
import { useFocusOnError } from '../hooks/use-focus-on-error.ts';
import { ErrorMessage } from './error-message.tsx';
import { FieldError, fieldAria } from './field-error.tsx';
import { submitOnCtrlEnter } from './submit-on-ctrl-enter.ts';

/** An internal note on the timeline (the customer does not see it). */
export function NoteForm({ caseId, onAdded }: { caseId: string; onAdded: () => void }) {
  const [body, setBody] = useState('');
  const { busy, error, run } = useAction();
  const form = useRef<HTMLFormElement>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  useFocusOnError(form, error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(() => amends.addNote(caseId, body))) {
      setBody('');
      onAdded();
      // The next note starts where this one was written, whether it was sent by button or Ctrl+Enter.
      box.current?.focus();
    }
  };

  const bodyError = messageFor(error, 'body');
  return (
    <form className="note-form" onSubmit={submit} ref={form} noValidate aria-label="Internal note">
      <label htmlFor="note-body">Add an internal note</label>
      <textarea
        id="note-body"
        ref={box}
        rows={3}
        required
        value={body}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={submitOnCtrlEnter}
        {...fieldAria('note-body', bodyError, 'note-hint')}
      />
      <FieldError inputId="note-body" message={bodyError} />
      <p id="note-hint" className="hint">
        Only your team sees notes. Ctrl+Enter adds it.
      </p>
      <ErrorMessage error={unplacedError(error, ['body'])} />
      <button type="submit" className="button-primary" aria-disabled={busy}>
        {busy ? 'Adding…' : 'Add note'}
      </button>
    </form>
  );
}
