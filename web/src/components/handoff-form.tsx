import { type FormEvent, useRef, useState } from 'react';
import { amends } from '../api/amends.ts';
import { messageFor, unplacedError } from '../api/field-errors.ts';
import type { CaseDetail } from '../api/types.ts';
import { useAction } from '../hooks/use-action.ts';
import { useFocusOnError } from '../hooks/use-focus-on-error.ts';
import { usePeople } from '../people.tsx';
import { canChangeCaseStatus, isCaseActive, MIN_HANDOFF_REASON_LENGTH } from '../rules.ts';
import { useSession } from '../session.tsx';
import { ErrorMessage } from './error-message.tsx';
import { FieldError, fieldAria } from './field-error.tsx';
import { submitOnCtrlEnter } from './submit-on-ctrl-enter.ts';

/**
 * Give the case to someone else, with a written reason the next owner reads on the timeline.
 * The reason is checked by the server (its words are shown), so the rule lives in one place.
 */
export function HandoffForm({ detail, onHandedOff }: { detail: CaseDetail; onHandedOff: () => void }) {
  const { user } = useSession();
  const { list } = usePeople();
  const [toUserId, setToUserId] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string>();
  const { busy, error, run } = useAction();
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);
  const { case: c, owner } = detail;

  let blocked: string | undefined;
  if (!isCaseActive(c.status)) blocked = 'Reopen the case to hand it off.';
  else if (!canChangeCaseStatus({ userId: user.id, role: user.role }, owner.id))
    blocked = `Only ${owner.name} (the owner) or a supervisor can hand this case off.`;

  const candidates = list.filter((person) => person.active && person.id !== owner.id);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(undefined);
    await run(async () => {
      const next = await amends.handOff(c.id, toUserId, reason);
      setDone(`Handed off to ${next.owner.name}.`);
      setToUserId('');
      setReason('');
      onHandedOff();
    });
  };

  const toError = messageFor(error, 'toUserId');
  const reasonError = messageFor(error, 'reason');
  return (
    <section className="card" aria-labelledby="handoff-title">
      <h2 id="handoff-title">Hand off</h2>
      {done && (
        <p role="status" className="success-message">
          {done}
        </p>
      )}
      {blocked ? (
        <p className="muted">{blocked}</p>
      ) : (
        <form onSubmit={submit} className="stack" aria-label="Hand off the case" ref={form} noValidate>
          <label htmlFor="handoff-to">New owner</label>
          <select
            id="handoff-to"
            required
            value={toUserId}
            onChange={(e) => setToUserId(e.target.value)}
            {...fieldAria('handoff-to', toError)}
          >
            <option value="">Choose a person…</option>
            {candidates.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
                {person.available ? '' : ' (away)'}
              </option>
            ))}
          </select>
          <FieldError inputId="handoff-to" message={toError} />
          <label htmlFor="handoff-reason">Reason</label>
          <textarea
            id="handoff-reason"
            rows={3}
            required
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            onKeyDown={submitOnCtrlEnter}
            {...fieldAria('handoff-reason', reasonError, 'handoff-hint')}
          />
          <FieldError inputId="handoff-reason" message={reasonError} />
          <p id="handoff-hint" className="hint">
            Required, at least {MIN_HANDOFF_REASON_LENGTH} characters: what has been done, what is left.
            Hand-offs are counted.
          </p>
          <ErrorMessage error={unplacedError(error, ['toUserId', 'reason'])} />
          <button type="submit" className="button-primary" aria-disabled={busy}>
            {busy ? 'Handing off…' : 'Hand off'}
          </button>
        </form>
      )}
    </section>
  );
}
