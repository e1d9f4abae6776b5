import '../styles/knock-on.css';
import { type FormEvent, useState } from 'react';
import { messageFor, unplacedError } from '../api/field-errors.ts';
import { type CaseKnockOnNeeds, type IssueType, knockOn, type NeedAnswerKind } from '../api/knock-on.ts';
import { useAction } from '../hooks/use-action.ts';
import { useResource } from '../hooks/use-resource.ts';
import { useLive } from '../live.tsx';
import { usePeople } from '../people.tsx';
import { ErrorMessage } from './error-message.tsx';
import { FieldError, fieldAria } from './field-error.tsx';

type CaseNeed = CaseKnockOnNeeds['needs'][number];

/**
 * Knock-on needs on the case: what kind of problem it is, and the checklist of related needs to ask
 * the customer about. Needed with a partner becomes a referral task for the owner; needed without one
 * asks the owner what they will do; not needed is recorded. Each answer is given once, but "not
 * needed" can turn into "needed after all".
 */
export function KnockOnNeedsCard({ caseId, canAnswer }: { caseId: string; canAnswer: boolean }) {
  const types = useResource(() => knockOn.issueTypes(), []);
  const needs = useResource(() => knockOn.onCase(caseId), [caseId]);
  const { reload } = needs;
  useLive((message) => {
    if (message.type === 'resync' || (message.type === 'case.changed' && message.caseId === caseId)) reload();
  });
  return (
    <section className="card knock-on-card" aria-labelledby="knock-on-title" data-testid="knock-on-needs">
      <h2 id="knock-on-title">Knock-on needs</h2>
      <ErrorMessage error={needs.error ?? types.error} />
      {needs.data && types.data && (
        <>
          <IssueTypePicker
            caseId={caseId}
            current={needs.data.issueType}
            types={types.data}
            disabled={!canAnswer}
            onSet={reload}
          />
          {needs.data.needs.length > 0 ? (
            <ul className="need-list">
              {needs.data.needs.map((item) => (
                <NeedRow
                  key={item.need.id}
                  caseId={caseId}
                  item={item}
                  canAnswer={canAnswer}
                  onAnswered={reload}
                />
              ))}
            </ul>
          ) : (
            <p className="muted small">
              {needs.data.issueType
                ? 'This issue type has no checklist yet.'
                : 'Pick the issue type to see what else the customer may need.'}
            </p>
          )}
        </>
      )}
    </section>
  );
}

function IssueTypePicker({
  caseId,
  current,
  types,
  disabled,
  onSet,
}: {
  caseId: string;
  current: CaseKnockOnNeeds['issueType'];
  types: IssueType[];
  disabled: boolean;
  onSet: () => void;
}) {
  const { busy, error, run } = useAction();
  const offered = types.filter((type) => !type.archived || type.id === current?.id);
  const choose = async (value: string) => {
    if (await run(() => knockOn.setIssueType(caseId, value || null))) onSet();
  };
  return (
    <div className="stack-tight">
      <label htmlFor="issue-type">Issue type</label>
      <select
        id="issue-type"
        value={current?.id ?? ''}
        disabled={disabled}
        aria-busy={busy}
        onChange={(event) => void choose(event.target.value)}
        {...fieldAria('issue-type', messageFor(error, 'issueTypeId'))}
      >
        <option value="">Not said</option>
        {offered.map((type) => (
          <option key={type.id} value={type.id}>
            {type.name}
            {type.archived ? ' (archived)' : ''}
          </option>
        ))}
      </select>
      <FieldError inputId="issue-type" message={messageFor(error, 'issueTypeId')} />
      <ErrorMessage error={unplacedError(error, ['issueTypeId'])} />
    </div>
  );
}

const ANSWER_LABELS = { needed: 'Needed', not_needed: 'Not needed' } as const;

function NeedRow({
  caseId,
  item,
  canAnswer,
  onAnswered,
}: {
  caseId: string;
  item: CaseNeed;
  canAnswer: boolean;
  onAnswered: () => void;
}) {
  const { need, answer } = item;
  const { nameOf } = usePeople();
  const { busy, error, run } = useAction();
  const [writing, setWriting] = useState(false);
  const [note, setNote] = useState('');
  const noteId = `need-note-${need.id}`;
  const partner = answer ? answer.partnerName : need.partnerName;
  const contact = answer ? answer.partnerContact : need.partnerContact;

  const send = async (kind: NeedAnswerKind, words?: string) => {
    const ok = await run(() =>
      knockOn.answer(caseId, need.id, { answer: kind, ...(words?.trim() && { note: words }) }),
    );
    if (ok) {
      setWriting(false);
      onAnswered();
    }
  };
  const submitNote = (event: FormEvent) => {
    event.preventDefault();
    void send('needed', note);
  };
  const noteError = messageFor(error, 'note');

  return (
    <li className="need" data-testid="knock-on-need" data-answer={answer?.answer ?? 'open'}>
      <p>
        <strong>{need.label}</strong>
        {answer && (
          <>
            {' '}
            <span className={`badge need-${answer.answer}`} data-testid="need-answer">
              {answer.answer === 'not_needed'
                ? 'Not needed'
                : answer.taskId
                  ? `Referred to ${answer.partnerName}`
                  : 'Needed: owner looks after it'}
            </span>
          </>
        )}
      </p>
      <p className="muted small">
        {partner ? (
          <>
            Partner: {partner}
            {contact && <> · {contact}</>}
          </>
        ) : (
          'No partner: the owner looks after it'
        )}
        {answer && <> · answered by {nameOf(answer.answeredBy)}</>}
      </p>
      {answer?.note && <p className="small need-note">“{answer.note}”</p>}
      {!answer && canAnswer && !writing && (
        <div className="button-row">
          <button
            type="button"
            aria-disabled={busy}
            aria-label={`${need.label}: needed`}
            onClick={() => (need.partnerName ? void send('needed') : setWriting(true))}
          >
            {ANSWER_LABELS.needed}
          </button>
          <button
            type="button"
            aria-disabled={busy}
            aria-label={`${need.label}: not needed`}
            onClick={() => void send('not_needed')}
          >
            {ANSWER_LABELS.not_needed}
          </button>
        </div>
      )}
      {answer?.answer === 'not_needed' && canAnswer && !writing && (
        <div className="button-row">
          <button
            type="button"
            aria-disabled={busy}
            aria-label={`${need.label}: needed after all`}
            onClick={() => (need.partnerName ? void send('needed') : setWriting(true))}
          >
            Needed after all
          </button>
        </div>
      )}
      {(!answer || answer.answer === 'not_needed') && writing && (
        <form className="stack-tight" onSubmit={submitNote} noValidate>
          <label htmlFor={noteId}>What will you do about it?</label>
          <textarea
            id={noteId}
            rows={2}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            {...fieldAria(noteId, noteError)}
          />
          <FieldError inputId={noteId} message={noteError} />
          <div className="button-row">
            <button type="submit" className="button-primary" aria-disabled={busy}>
              Save: needed
            </button>
            <button type="button" onClick={() => setWriting(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      <ErrorMessage error={unplacedError(error, writing ? ['note'] : [])} />
    </li>
  );
}
