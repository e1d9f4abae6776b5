import { useRef, useState } from 'react';
import { amends } from '../api/amends.ts';
import { messageFor, unplacedError } from '../api/field-errors.ts';
import type { CaseDetail, CaseStatus } from '../api/types.ts';
import { useAction } from '../hooks/use-action.ts';
import { CASE_STATUSES, canChangeCaseStatus, canMoveCase, canWriteToCustomer } from '../rules.ts';
import { useSession } from '../session.tsx';
import { ErrorMessage } from './error-message.tsx';
import { FieldError, fieldAria } from './field-error.tsx';
import { ResolveDialog } from './resolve-dialog.tsx';

const ACTIONS: Record<CaseStatus, string> = {
  open: 'Reopen',
  acknowledged: 'Acknowledge',
  resolved: 'Resolve',
  closed: 'Close',
};

/**
 * The moves the case can make from where it is. Not a <form>: Enter in the note field must not
 * pick a status for the person; each move is its own button.
 */
export function StatusActions({ detail, onChanged }: { detail: CaseDetail; onChanged: () => void }) {
  const { user } = useSession();
  const [note, setNote] = useState('');
  const { busy, error, run } = useAction();
  const noteInput = useRef<HTMLInputElement>(null);
  const [resolving, setResolving] = useState(false);
  const { case: c, owner } = detail;
  const moves = CASE_STATUSES.filter((to) => canMoveCase(c.status, to));
  const allowed = canChangeCaseStatus({ userId: user.id, role: user.role }, owner.id);

  const mayMessage =
    canWriteToCustomer({ userId: user.id, role: user.role }, c.ownerId) && detail.customer.emails.length > 0;

  const move = async (to: CaseStatus) => {
    // Resolving asks what went wrong, how it was fixed and why it won't recur: the dialog does.
    if (to === 'resolved') return setResolving(true);
    const moved = await run(() => amends.changeStatus(c.id, to, note.trim() || undefined));
    if (moved) {
      setNote('');
      onChanged();
    }
    // The button pressed goes away with the old status (or the note was refused): stay in this card.
    noteInput.current?.focus();
  };

  const noteError = messageFor(error, 'note');
  return (
    <section className="card" aria-labelledby="status-title">
      <h2 id="status-title">Status</h2>
      {!allowed ? (
        <p className="muted">Only {owner.name} (the owner) or a supervisor can change the status.</p>
      ) : (
        <div className="stack">
          <label htmlFor="status-note">Note for the timeline (optional)</label>
          <input
            id="status-note"
            ref={noteInput}
            type="text"
            value={note}
            {...fieldAria('status-note', noteError)}
            onChange={(event) => setNote(event.target.value)}
            placeholder="e.g. who confirmed it"
          />
          <FieldError inputId="status-note" message={noteError} />
          <div className="button-row">
            {moves.map((to) => (
              <button
                key={to}
                type="button"
                className={to === 'open' ? 'button-secondary' : 'button-primary'}
                aria-disabled={busy}
                onClick={() => void move(to)}
              >
                {ACTIONS[to]}
              </button>
            ))}
          </div>
          <ErrorMessage error={unplacedError(error, ['note'])} />
          {resolving && (
            <ResolveDialog
              detail={detail}
              note={note}
              canMessage={mayMessage}
              onClose={() => {
                setResolving(false);
                noteInput.current?.focus();
              }}
              onResolved={() => {
                setResolving(false);
                setNote('');
                onChanged();
              }}
            />
          )}
        </div>
      )}
    </section>
  );
}
