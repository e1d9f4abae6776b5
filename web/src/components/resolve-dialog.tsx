import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { amends } from '../api/amends.ts';
import { messageFor, unplacedError } from '../api/field-errors.ts';
import type { CaseDetail, ResolutionParts } from '../api/types.ts';
import { useAction } from '../hooks/use-action.ts';
import { useResource } from '../hooks/use-resource.ts';
import '../styles/resolve.css';
import { AmendsResolvePrompt } from './amends-resolve-prompt.tsx';
import { ErrorMessage } from './error-message.tsx';
import { FieldError, fieldAria } from './field-error.tsx';
import { ResolveOpenPromises } from './resolve-open-promises.tsx';

const PARTS: { name: keyof ResolutionParts; label: string; hint: string }[] = [
  {
    name: 'whatWentWrong',
    label: 'What went wrong',
    hint: 'In words the customer understands, without blame.',
  },
  { name: 'howFixed', label: 'How it was fixed', hint: 'What was done for them.' },
  {
    name: 'whyNotAgain',
    label: "Why it won't happen again",
    hint: 'What changed, so it does not happen to them or anyone else.',
  },
];

const EMPTY: ResolutionParts = { whatWentWrong: '', howFixed: '', whyNotAgain: '' };

/**
 * Resolving a case: the three things the customer is owed an answer to, then the resolution message
 * drafted from them, to edit and send with the resolution (or not: a case resolved on the phone).
 * A modal <dialog>: Escape or Cancel closes it and changes nothing.
 */
export function ResolveDialog({
  detail,
  note,
  canMessage,
  onClose,
  onResolved,
}: {
  detail: CaseDetail;
  note: string;
  /** Whether the customer can be written to (owner, address, case not closed). */
  canMessage: boolean;
  onClose: () => void;
  onResolved: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [parts, setParts] = useState<ResolutionParts>(EMPTY);
  const [message, setMessage] = useState('');
  // Why no gesture was needed, when none was made: the prompt asks for it, and it goes with the note.
  const [noAmendsWhy, setNoAmendsWhy] = useState('');
  const [send, setSend] = useState(canMessage);
  const [resolved, setResolved] = useState(false);
  // The parts as last submitted: a refusal beside a field stands until that field is changed.
  const [submitted, setSubmitted] = useState<ResolutionParts>(EMPTY);
  const drafting = useAction();
  const resolving = useAction();
  const titleId = useId();
  const { case: c } = detail;
  const promises = useResource(() => amends.promises(c.id), [c.id]);
  const openPromises = (promises.data ?? []).filter((p) => p.state === 'open');

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const draft = async () => {
    await drafting.run(async () => {
      const drafted = await amends.messageDraft(c.id, 'resolution', parts);
      setMessage(drafted.text);
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(parts);
    const done = await resolving.run(async () => {
      // A retry after the message failed must not resolve twice: the case is resolved already.
      if (!resolved) {
        const why = noAmendsWhy.trim() ? `No amends: ${noAmendsWhy.trim()}` : '';
        const said = [note.trim(), why].filter(Boolean).join('\n');
        await amends.changeStatus(c.id, 'resolved', said || undefined, parts);
        setResolved(true);
      }
      if (send && message.trim()) await amends.sendMessage(c.id, { text: message, template: 'resolution' });
    });
    if (done) onResolved();
    // Refused over a promise settled elsewhere meanwhile, or made meanwhile: show them as they are.
    else promises.reload();
  };

  const error = resolving.error;
  const shown = PARTS.map((p) => `resolution.${p.name}`);
  return (
    <dialog
      ref={dialog}
      className="resolve-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      data-testid="resolve-dialog"
    >
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={titleId}>Resolve case #{c.number}</h2>
        <p className="muted">
          The customer hears these three things in the resolution message and again in the follow-up a few
          days later.
        </p>
        <ResolveOpenPromises promises={openPromises} disabled={resolved} onSettled={promises.reload} />
        {PARTS.map((part) => {
          const inputId = `resolve-${part.name}`;
          const hintId = `${inputId}-hint`;
          const problem =
            parts[part.name] === submitted[part.name]
              ? messageFor(error, `resolution.${part.name}`)
              : undefined;
          return (
            <div key={part.name} className="stack-tight">
              <label htmlFor={inputId}>{part.label}</label>
              <textarea
                id={inputId}
                rows={2}
                required
                value={parts[part.name]}
                disabled={resolved}
                {...fieldAria(inputId, problem, hintId)}
                onChange={(event) => setParts({ ...parts, [part.name]: event.target.value })}
              />
              <span id={hintId} className="hint">
                {part.hint}
              </span>
              <FieldError inputId={inputId} message={problem} />
            </div>
          );
        })}
        {detail.amendsOnCase === 0 && (
          <div className="stack-tight">
            <AmendsResolvePrompt amendsOnCase={detail.amendsOnCase} explanation={noAmendsWhy} />
            <label htmlFor="resolve-no-amends">Why no amends are needed (optional)</label>
            <input
              id="resolve-no-amends"
              type="text"
              maxLength={500}
              value={noAmendsWhy}
              disabled={resolved}
              onChange={(event) => setNoAmendsWhy(event.target.value)}
            />
          </div>
        )}
        {canMessage ? (
          <fieldset className="resolve-message">
            <legend>Resolution message to the customer</legend>
            <div className="button-row">
              <button
                type="button"
                className="button-secondary"
                aria-disabled={drafting.busy}
                onClick={() => void draft()}
              >
                {message ? 'Draft it again from the three parts' : 'Draft the message from the three parts'}
              </button>
            </div>
            <ErrorMessage error={drafting.error} />
            <label htmlFor="resolve-message-text" className="visually-hidden">
              Message text
            </label>
            <textarea
              id="resolve-message-text"
              rows={10}
              value={message}
              placeholder="Draft the message, then edit it here."
              onChange={(event) => setMessage(event.target.value)}
            />
            <label className="check">
              <input type="checkbox" checked={send} onChange={(event) => setSend(event.target.checked)} />
              Send this message when the case is resolved
            </label>
          </fieldset>
        ) : (
          <p className="muted">
            No message goes to the customer from here: tell them another way and note it.
          </p>
        )}
        {resolved && (
          <p role="status" className="notice">
            The case is resolved; the message was not sent yet.
          </p>
        )}
        <ErrorMessage error={unplacedError(error, shown)} />
        <div className="button-row">
          <button type="submit" className="button-primary" aria-disabled={resolving.busy}>
            {resolved ? 'Send the message' : send && message.trim() ? 'Resolve and send' : 'Resolve'}
          </button>
          <button type="button" className="button-secondary" onClick={() => dialog.current?.close()}>
            {resolved ? 'Close' : 'Cancel'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
