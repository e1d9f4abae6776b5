import { type FormEvent, useState } from 'react';
import { amends } from '../api/amends.ts';
import { fieldProblem, messageFor, unplacedError } from '../api/field-errors.ts';
import type { CaseDetail, CasePromise, PromiseConfidence } from '../api/types.ts';
import { formatDateTime } from '../format.ts';
import { useAction } from '../hooks/use-action.ts';
import { useNow } from '../hooks/use-now.ts';
import { useResource } from '../hooks/use-resource.ts';
import { useLive } from '../live.tsx';
import { fromLocalInput, LOCAL_ZONE, toLocalInput } from '../promise-time.ts';
import {
  canWriteToCustomer,
  isCaseActive,
  isPromiseAtRisk,
  MAX_PROMISE_WHAT,
  promiseDateText,
} from '../rules.ts';
import { useSession } from '../session.tsx';
import '../styles/promises.css';
import { ErrorMessage } from './error-message.tsx';
import { FieldError, fieldAria } from './field-error.tsx';

const STATE_LABELS: Record<CasePromise['state'], string> = {
  open: 'Open',
  kept: 'Kept',
  broken: 'Broken',
  renegotiated: 'Renegotiated',
};

/**
 * The case's promises: the open ones with their due time, how sure, whether the customer sees them
 * and whether they are at risk (75 % of their time gone), each to mark kept or renegotiate (a new date,
 * told to the customer in a message that states it); then the history; then a form to make one.
 */
export function PromisesCard({ detail }: { detail: CaseDetail }) {
  const { user } = useSession();
  const { case: c } = detail;
  const promises = useResource(() => amends.promises(c.id), [c.id]);
  useLive((message) => {
    if (message.type === 'resync' || (message.type === 'case.changed' && message.caseId === c.id))
      promises.reload();
  });
  const now = useNow();
  const mayChange = canWriteToCustomer({ userId: user.id, role: user.role }, c.ownerId);
  const open = (promises.data ?? []).filter((p) => p.state === 'open');
  const settled = (promises.data ?? []).filter((p) => p.state !== 'open').reverse();
  return (
    <section className="card promises-card" aria-labelledby="promises-title" data-testid="promises">
      <h2 id="promises-title">Promises</h2>
      <ErrorMessage error={promises.error} />
      {promises.data && open.length === 0 && <p className="muted">No open promise.</p>}
      {open.length > 0 && (
        <ul className="promise-list">
          {open.map((p) => (
            <OpenPromise key={p.id} promise={p} now={now} mayChange={mayChange} onChanged={promises.reload} />
          ))}
        </ul>
      )}
      {settled.length > 0 && (
        <details className="promise-history">
          <summary>Earlier promises ({settled.length})</summary>
          <ul className="promise-list">
            {settled.map((p) => (
              <li
                key={p.id}
                className={`promise promise-${p.state}`}
                data-testid="promise"
                data-state={p.state}
              >
                <p className="promise-what">{p.what}</p>
                <p className="promise-meta">
                  <span className={`badge promise-state promise-state-${p.state}`}>
                    {STATE_LABELS[p.state]}
                  </span>{' '}
                  due {formatDateTime(p.dueAt)}
                  {p.settledAt && <> · {formatDateTime(p.settledAt)}</>}
                </p>
              </li>
            ))}
          </ul>
        </details>
      )}
      {mayChange && isCaseActive(c.status) && <MakePromiseForm caseId={c.id} onMade={promises.reload} />}
    </section>
  );
}

function OpenPromise({
  promise,
  now,
  mayChange,
  onChanged,
}: {
  promise: CasePromise;
  now: Date;
  mayChange: boolean;
  onChanged: () => void;
}) {
  const atRisk = isPromiseAtRisk(
    { ...promise, madeAt: new Date(promise.madeAt), dueAt: new Date(promise.dueAt) },
    now,
  );
  const [renegotiating, setRenegotiating] = useState(false);
  const keep = useAction();
  const markKept = async () => {
    if (await keep.run(() => amends.changePromise(promise.id, { state: 'kept' }))) onChanged();
  };
  return (
    <li
      className={`promise promise-open${atRisk ? ' promise-at-risk' : ''}`}
      data-testid="promise"
      data-state="open"
    >
      <p className="promise-what" data-testid="promise-what">
        {promise.what}
      </p>
      <p className="promise-meta">
        {atRisk && <span className="badge promise-risk">At risk</span>} Due{' '}
        <strong data-testid="promise-due">{formatDateTime(promise.dueAt)}</strong> ·{' '}
        {promise.confidence === 'certain' ? 'firm date' : 'estimate'} ·{' '}
        {promise.customerVisible ? 'the customer sees it' : 'internal'}
      </p>
      {mayChange && !renegotiating && (
        <div className="button-row">
          <button type="button" onClick={markKept} aria-disabled={keep.busy}>
            {keep.busy ? 'Saving…' : 'Mark kept'}
          </button>
          <button type="button" className="button-quiet" onClick={() => setRenegotiating(true)}>
            Renegotiate…
          </button>
        </div>
      )}
      <ErrorMessage error={keep.error} />
      {renegotiating && (
        <RenegotiateForm
          promise={promise}
          onDone={() => {
            setRenegotiating(false);
            onChanged();
          }}
          onCancel={() => setRenegotiating(false)}
        />
      )}
    </li>
  );
}

/** A day later than it was, at the same time, as a first suggestion. */
const dayLater = (iso: string) => new Date(new Date(iso).getTime() + 24 * 60 * 60 * 1000);

function RenegotiateForm({
  promise,
  onDone,
  onCancel,
}: {
  promise: CasePromise;
  onDone: () => void;
  onCancel: () => void;
}) {
  const first = dayLater(promise.dueAt);
  const [due, setDue] = useState(toLocalInput(first));
  const suggested = (at: Date) =>
    `I am sorry: I cannot keep the date I gave you. I will ${promise.what.replace(/[.!]+$/, '')} by ${promiseDateText(at, LOCAL_ZONE, new Date())}.`;
  const [message, setMessage] = useState(suggested(first));
  const { busy, error, run } = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const dueAt = fromLocalInput(due);
    const done = await run(async () => {
      if (!dueAt) throw fieldProblem('dueAt', 'Give the new date and time.');
      return amends.changePromise(promise.id, { state: 'renegotiated', dueAt, message });
    });
    if (done) onDone();
  };
  const id = `renegotiate-${promise.id}`;
  const dueError = messageFor(error, 'dueAt');
  const messageError = messageFor(error, 'message') ?? messageFor(error, 'text');
  return (
    <form className="stack renegotiate" onSubmit={submit} noValidate aria-label="Renegotiate the promise">
      <label htmlFor={`${id}-due`}>New date and time</label>
      <input
        id={`${id}-due`}
        type="datetime-local"
        value={due}
        onChange={(event) => {
          const next = fromLocalInput(event.target.value);
          // The suggested words follow the date until the person writes their own.
          if (next && message === suggested(new Date(fromLocalInput(due) ?? promise.dueAt)))
            setMessage(suggested(new Date(next)));
          setDue(event.target.value);
        }}
        {...fieldAria(`${id}-due`, dueError)}
      />
      <FieldError inputId={`${id}-due`} message={dueError} />
      <label htmlFor={`${id}-message`}>Message to the customer (it must state the new date)</label>
      <textarea
        id={`${id}-message`}
        rows={4}
        value={message}
        onChange={(event) => setMessage(event.target.value)}
        {...fieldAria(`${id}-message`, messageError)}
      />
      <FieldError inputId={`${id}-message`} message={messageError} />
      <ErrorMessage error={unplacedError(error, ['dueAt', 'message', 'text'])} />
      <div className="button-row">
        <button type="submit" className="button-primary" aria-disabled={busy}>
          {busy ? 'Sending…' : 'Send and renegotiate'}
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Tomorrow at the end of the working day, as a first suggestion. */
function tomorrowEvening(): Date {
  const at = new Date();
  at.setDate(at.getDate() + 1);
  at.setHours(17, 0, 0, 0);
  return at;
}

function MakePromiseForm({ caseId, onMade }: { caseId: string; onMade: () => void }) {
  const [opened, setOpened] = useState(false);
  const [what, setWhat] = useState('');
  const [due, setDue] = useState(() => toLocalInput(tomorrowEvening()));
  const [confidence, setConfidence] = useState<PromiseConfidence>('certain');
  const [visible, setVisible] = useState(true);
  const { busy, error, run } = useAction();
  if (!opened)
    return (
      <button type="button" onClick={() => setOpened(true)}>
        Make a promise…
      </button>
    );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const dueAt = fromLocalInput(due);
    const made = await run(async () => {
      if (!dueAt) throw fieldProblem('dueAt', 'Give the date and time it will be done by.');
      return amends.makePromise(caseId, { what, dueAt, confidence, customerVisible: visible });
    });
    if (made) {
      setWhat('');
      setOpened(false);
      onMade();
    }
  };
  const whatError = messageFor(error, 'what');
  const dueError = messageFor(error, 'dueAt');
  return (
    <form className="stack make-promise" onSubmit={submit} noValidate aria-label="Make a promise">
      <label htmlFor="promise-what">What we promise</label>
      <input
        id="promise-what"
        type="text"
        value={what}
        maxLength={MAX_PROMISE_WHAT}
        placeholder="e.g. refund your order"
        onChange={(event) => setWhat(event.target.value)}
        {...fieldAria('promise-what', whatError)}
      />
      <FieldError inputId="promise-what" message={whatError} />
      <label htmlFor="promise-due">Done by</label>
      <input
        id="promise-due"
        type="datetime-local"
        value={due}
        onChange={(event) => setDue(event.target.value)}
        {...fieldAria('promise-due', dueError)}
      />
      <FieldError inputId="promise-due" message={dueError} />
      <ConfidenceChoice name="promise-confidence" value={confidence} onChange={setConfidence} />
      <label className="check">
        <input type="checkbox" checked={visible} onChange={(event) => setVisible(event.target.checked)} /> The
        customer sees it on their case page
      </label>
      <ErrorMessage error={unplacedError(error, ['what', 'dueAt'])} />
      <div className="button-row">
        <button type="submit" className="button-primary" aria-disabled={busy}>
          {busy ? 'Saving…' : 'Make the promise'}
        </button>
        <button type="button" className="button-quiet" onClick={() => setOpened(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Firm or estimate, said so the person choosing knows what the customer will read. */
export function ConfidenceChoice({
  name,
  value,
  onChange,
}: {
  name: string;
  value: PromiseConfidence;
  onChange: (value: PromiseConfidence) => void;
}) {
  return (
    <fieldset className="confidence">
      <legend>How sure</legend>
      <label className="check">
        <input type="radio" name={name} checked={value === 'certain'} onChange={() => onChange('certain')} />{' '}
        A firm date (“We will … by …”)
      </label>
      <label className="check">
        <input
          type="radio"
          name={name}
          checked={value === 'estimate'}
          onChange={() => onChange('estimate')}
        />{' '}
        An estimate (“We expect … around …”)
      </label>
    </fieldset>
  );
}
