import { amends } from '../api/amends.ts';
import type { CasePromise } from '../api/types.ts';
import { formatDateTime } from '../format.ts';
import { useAction } from '../hooks/use-action.ts';
import { ErrorMessage } from './error-message.tsx';

/**
 * The case's open promises, in the resolve dialog: a case is not resolved over a promise nobody will
 * keep (the server refuses, OPEN_PROMISES), so the owner settles each here — kept or broken. One that
 * still stands belongs on an open case: cancel, and renegotiate it from the Promises card.
 */
export function ResolveOpenPromises({
  promises,
  disabled,
  onSettled,
}: {
  promises: CasePromise[];
  disabled: boolean;
  onSettled: () => void;
}) {
  if (promises.length === 0) return null;
  return (
    <section
      className="resolve-promises notice"
      aria-labelledby="resolve-promises-title"
      data-testid="resolve-open-promises"
    >
      <h3 id="resolve-promises-title">
        {promises.length === 1
          ? 'Settle the open promise first'
          : `Settle the ${promises.length} open promises first`}
      </h3>
      <p className="small">
        Was each kept? A case is resolved only when every promise made on it is kept or broken; one that still
        stands keeps the case open.
      </p>
      <ul className="resolve-promise-list">
        {promises.map((p) => (
          <OpenPromiseToSettle key={p.id} promise={p} disabled={disabled} onSettled={onSettled} />
        ))}
      </ul>
    </section>
  );
}

function OpenPromiseToSettle({
  promise,
  disabled,
  onSettled,
}: {
  promise: CasePromise;
  disabled: boolean;
  onSettled: () => void;
}) {
  const { busy, error, run } = useAction();
  const settle = (state: 'kept' | 'broken') => async () => {
    if (disabled || busy) return;
    if (await run(() => amends.changePromise(promise.id, { state }))) onSettled();
  };
  return (
    <li data-testid="resolve-open-promise">
      <p>
        “{promise.what}” <span className="muted small">· due {formatDateTime(promise.dueAt)}</span>
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button-secondary"
          aria-disabled={busy || disabled}
          onClick={settle('kept')}
        >
          Kept
        </button>
        <button
          type="button"
          className="button-secondary"
          aria-disabled={busy || disabled}
          onClick={settle('broken')}
        >
          Broken
        </button>
      </div>
      <ErrorMessage error={error} />
    </li>
  );
}
