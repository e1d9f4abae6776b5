import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { amends } from '../api/amends.ts';
import { fieldProblem, messageFor, unplacedError } from '../api/field-errors.ts';
import type { CaseDetail, CoachFinding, PromiseConfidence, TemplateKind } from '../api/types.ts';
import '../styles/coach.css';
import { useAction } from '../hooks/use-action.ts';
import { useCoach } from '../hooks/use-coach.ts';
import { useFocusOnError } from '../hooks/use-focus-on-error.ts';
import { fromLocalInput, LOCAL_ZONE, toLocalInput } from '../promise-time.ts';
import {
  caseMessageSubject,
  firstStatedDate,
  isCaseActive,
  MAX_MESSAGE_LENGTH,
  MAX_PROMISE_WHAT,
  promiseDateText,
  promiseWhatFrom,
  TEMPLATE_KIND_LABELS,
  TEMPLATE_KINDS,
} from '../rules.ts';
import { CoachFindings, CoachHighlights } from './coach-findings.tsx';
import { ErrorMessage } from './error-message.tsx';
import { FieldError, fieldAria } from './field-error.tsx';
import { ConfidenceChoice } from './promises-card.tsx';
import { submitOnCtrlEnter } from './submit-on-ctrl-enter.ts';

/** Words in [brackets] that a template left for the owner to replace. */
const PLACEHOLDER = /\[[^\]\n]{2,}\]/;

/**
 * Writes to the customer by email. A template fills the text (in the customer's language, from the
 * server, so what is shown is what would be sent), the owner edits it, and Send queues it; the
 * timeline then shows the message and its delivery. `to` is the address it goes to.
 */
export function MessageComposer({
  detail,
  to,
  onSent,
  startWith,
}: {
  detail: CaseDetail;
  to: string;
  onSent: () => void;
  /** Open on this template's draft (the update nudge's "Write the update"). */
  startWith?: { kind: TemplateKind; at: number } | undefined;
}) {
  const { case: c, customer } = detail;
  const [template, setTemplate] = useState<TemplateKind | ''>('');
  const [subject, setSubject] = useState<string>();
  const [text, setText] = useState('');
  const [filled, setFilled] = useState('');
  const [sentTo, setSentTo] = useState<string>();
  const { busy, error, run } = useAction();
  const draft = useAction();
  const form = useRef<HTMLFormElement>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const backdrop = useRef<HTMLDivElement>(null);
  useFocusOnError(form, error);
  // "Make this a promise": offered while the text states a future date (read in this console's zone).
  const stated = useMemo(
    () => (isCaseActive(c.status) ? firstStatedDate(text, new Date(), LOCAL_ZONE) : undefined),
    [text, c.status],
  );
  const [promising, setPromising] = useState(false);
  const [promiseWhat, setPromiseWhat] = useState('');
  const [promiseDue, setPromiseDue] = useState('');
  const [confidence, setConfidence] = useState<PromiseConfidence>('certain');
  const offerPromise = (on: boolean) => {
    setPromising(on);
    if (on && stated) {
      setPromiseWhat(promiseWhatFrom(stated.sentence, stated.text).slice(0, MAX_PROMISE_WHAT));
      setPromiseDue(toLocalInput(stated.at));
    }
  };
  const promised = promising && stated !== undefined;
  const [caseVersion, setCaseVersion] = useState(0);
  const findings = useCoach(text, c.id, 'email', caseVersion);

  const showFinding = (found: CoachFinding) => {
    box.current?.focus();
    box.current?.setSelectionRange(found.start, found.end);
  };
  const applySuggestion = (found: CoachFinding) => {
    if (found.replacement === undefined) return;
    const next = text.slice(0, found.start) + found.replacement + text.slice(found.end);
    setText(next);
    setSentTo(undefined);
    requestAnimationFrame(() => {
      box.current?.focus();
      const caret = found.start + (found.replacement?.length ?? 0);
      box.current?.setSelectionRange(caret, caret);
    });
  };

  const choose = async (kind: TemplateKind | '') => {
    // Words the owner wrote themselves are not thrown away without asking.
    if (text.trim() !== '' && text !== filled && !window.confirm('Replace what you wrote with the template?'))
      return;
    setTemplate(kind);
    setSentTo(undefined);
    if (kind === '') {
      setSubject(undefined);
      return;
    }
    await draft.run(async () => {
      const answer = await amends.messageDraft(c.id, kind);
      setText(answer.text);
      setFilled(answer.text);
      setSubject(answer.subject);
      box.current?.focus();
    });
  };

  const latestChoose = useRef(choose);
  latestChoose.current = choose;
  useEffect(() => {
    if (startWith) void latestChoose.current(startWith.kind);
  }, [startWith]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sent = await run(async () => {
      if (!promised) return amends.sendMessage(c.id, { text, template: template || undefined });
      const dueAt = fromLocalInput(promiseDue);
      if (!dueAt) throw fieldProblem('dueAt', 'Give the date and time the promise is due.');
      // The message and the promise together: both are written, or neither.
      return amends.makePromise(c.id, {
        what: promiseWhat,
        dueAt,
        confidence,
        customerVisible: true,
        message: text,
      });
    });
    if (sent) {
      setPromising(false);
      setText('');
      setFilled('');
      setTemplate('');
      setSubject(undefined);
      setSentTo(to);
      onSent();
    }
  };

  const textError = messageFor(error, 'text');
  const leftover = PLACEHOLDER.exec(text)?.[0];
  return (
    <form className="composer" onSubmit={submit} ref={form} noValidate aria-label="Message to the customer">
      <div className="composer-template">
        <label htmlFor="message-template">Start from a template</label>
        <select
          id="message-template"
          value={template}
          onChange={(event) => void choose(event.target.value as TemplateKind | '')}
        >
          <option value="">None: write freely</option>
          {TEMPLATE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {TEMPLATE_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      <ErrorMessage error={draft.error} />
      <p className="composer-subject" data-testid="message-subject">
        <span className="muted">Subject: </span>
        {caseMessageSubject(subject ?? c.title, c.number, { replying: false })}
      </p>
      <label htmlFor="message-text">
        Message to {customer.name} <span className="composer-to">({to})</span>
      </label>
      <div className="coach-field">
        <CoachHighlights text={text} findings={findings} backdrop={backdrop} />
        <textarea
          id="message-text"
          ref={box}
          rows={9}
          required
          maxLength={MAX_MESSAGE_LENGTH}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setSentTo(undefined);
          }}
          onScroll={(event) => {
            if (backdrop.current) backdrop.current.scrollTop = event.currentTarget.scrollTop;
          }}
          onKeyDown={submitOnCtrlEnter}
          {...fieldAria('message-text', textError, 'message-hint')}
        />
      </div>
      <FieldError inputId="message-text" message={textError} />
      {leftover && (
        <p className="composer-warning" data-testid="message-placeholder">
          The text still has {leftover}: replace it before sending.
        </p>
      )}
      {stated && (
        <div className="composer-promise" data-testid="promise-offer">
          <label className="check">
            <input
              type="checkbox"
              checked={promising}
              onChange={(event) => offerPromise(event.target.checked)}
              data-testid="make-promise"
            />{' '}
            Make this a promise: “{stated.text}” — {promiseDateText(stated.at, LOCAL_ZONE, new Date())}
          </label>
          {promising && (
            <div className="stack">
              <p className="muted">The customer sees it on their case page until it is kept.</p>
              <label htmlFor="composer-promise-what">What we promise</label>
              <input
                id="composer-promise-what"
                type="text"
                value={promiseWhat}
                maxLength={MAX_PROMISE_WHAT}
                onChange={(event) => setPromiseWhat(event.target.value)}
                {...fieldAria('composer-promise-what', messageFor(error, 'what'))}
              />
              <FieldError inputId="composer-promise-what" message={messageFor(error, 'what')} />
              <label htmlFor="composer-promise-due">Due</label>
              <input
                id="composer-promise-due"
                type="datetime-local"
                value={promiseDue}
                onChange={(event) => setPromiseDue(event.target.value)}
                {...fieldAria('composer-promise-due', messageFor(error, 'dueAt'))}
              />
              <FieldError inputId="composer-promise-due" message={messageFor(error, 'dueAt')} />
              <ConfidenceChoice
                name="composer-promise-confidence"
                value={confidence}
                onChange={setConfidence}
              />
            </div>
          )}
        </div>
      )}
      <CoachFindings
        text={text}
        findings={findings}
        caseId={c.id}
        onShow={showFinding}
        onUse={applySuggestion}
        onFaultRecorded={() => {
          setCaseVersion((version) => version + 1);
          onSent();
        }}
      />
      <p id="message-hint" className="hint">
        The customer reads this by email, with a link to their case page; their reply comes back to this case.
        Ctrl+Enter sends.
      </p>
      <ErrorMessage error={unplacedError(error, promised ? ['text', 'what', 'dueAt'] : ['text'])} />
      <div className="button-row">
        <button type="submit" className="button-primary" aria-disabled={busy}>
          {busy ? 'Sending…' : promised ? 'Send and make the promise' : 'Send to customer'}
        </button>
        {sentTo && (
          <span className="muted" role="status">
            Sent to the outbox for {sentTo}: the timeline shows where it is.
          </span>
        )}
      </div>
    </form>
  );
}
