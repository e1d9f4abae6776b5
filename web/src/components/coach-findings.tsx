import { type FormEvent, Fragment, type RefObject, useState } from 'react';
import { amends } from '../api/amends.ts';
import type { CoachFinding } from '../api/types.ts';

const KIND_LABELS: Record<CoachFinding['kind'], string> = {
  blame: 'Blames the customer',
  nothing_i_can_do: '“Nothing I can do”',
  unbacked_date: 'A date without a promise',
  unrecorded_fault: 'Admits a fault the case does not record',
  public_apology: 'Details in a public apology',
  no_apology: 'No apology in the first reply',
  no_next_step: 'No next step',
};

/** The spans to mark, without overlaps (the earlier span wins), in the order of the text. */
function marks(findings: readonly CoachFinding[]): CoachFinding[] {
  const kept: CoachFinding[] = [];
  for (const found of [...findings].sort((a, b) => a.start - b.start)) {
    const last = kept.at(-1);
    if (found.end > found.start && (!last || found.start >= last.end)) kept.push(found);
  }
  return kept;
}

/**
 * The draft again, behind the textarea and in the same font, with each finding's span marked: the
 * text itself is transparent, so the agent sees their own words over the marks. Hidden from screen
 * readers: the list below says the same in words.
 */
export function CoachHighlights({
  text,
  findings,
  backdrop,
}: {
  text: string;
  findings: readonly CoachFinding[];
  backdrop: RefObject<HTMLDivElement | null>;
}) {
  let at = 0;
  const parts = marks(findings).map((found) => {
    const before = text.slice(at, found.start);
    at = found.end;
    return (
      <Fragment key={`${found.kind}-${found.start}`}>
        {before}
        <mark className={`coach-mark coach-mark-${found.kind}`}>{text.slice(found.start, found.end)}</mark>
      </Fragment>
    );
  });
  return (
    <div className="coach-backdrop" ref={backdrop} aria-hidden="true">
      {parts}
      {text.slice(at)}
      {/* A last line break in a textarea still takes a line; the backdrop must too. */}
      {'\n'}
    </div>
  );
}

/**
 * What the coach noticed, one item per finding: the words, why, a better wording, and where it fits
 * a button that puts the suggestion in. Suggestions only: sending is never held up by them.
 */
export function CoachFindings({
  text,
  findings,
  caseId,
  onShow,
  onUse,
  onFaultRecorded,
}: {
  text: string;
  findings: readonly CoachFinding[];
  caseId: string;
  onShow: (found: CoachFinding) => void;
  onUse: (found: CoachFinding) => void;
  onFaultRecorded: () => void;
}) {
  if (findings.length === 0) return null;
  return (
    <section className="coach" aria-label="Message coach" data-testid="coach">
      <h3 className="coach-title">
        The coach noticed {findings.length === 1 ? 'one thing' : `${findings.length} things`}{' '}
        <span className="muted">· suggestions only, you can still send</span>
      </h3>
      <ul className="coach-list">
        {findings.map((found) => {
          const words = text.slice(found.start, found.end);
          return (
            <li
              key={`${found.kind}-${found.start}-${found.end}`}
              className={`coach-finding coach-finding-${found.kind}`}
              data-testid="coach-finding"
              data-kind={found.kind}
            >
              <p className="coach-kind">
                <strong>{KIND_LABELS[found.kind]}</strong>
                {words && (
                  <>
                    {': '}
                    <q className="coach-words">{words.length > 120 ? `${words.slice(0, 117)}…` : words}</q>
                  </>
                )}
              </p>
              <p className="coach-reason">{found.reason}</p>
              <p className="coach-suggestion">
                <span className="coach-suggestion-label">Try: </span>
                {found.suggestion}
              </p>
              <div className="coach-actions">
                {found.replacement !== undefined && (
                  <button type="button" className="button-secondary coach-use" onClick={() => onUse(found)}>
                    Use suggestion: “{found.replacement}”
                  </button>
                )}
                <button type="button" className="button-quiet" onClick={() => onShow(found)}>
                  Show in the text
                </button>
              </div>
              {found.kind === 'unrecorded_fault' && (
                <RecordFault caseId={caseId} onRecorded={onFaultRecorded} />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * When the fault was ours: the owner says what went wrong and records it on the case (once), and the
 * coach stops asking. Closed until asked for, so it is never recorded by accident.
 */
function RecordFault({ caseId, onRecorded }: { caseId: string; onRecorded: () => void }) {
  const [open, setOpen] = useState(false);
  const [what, setWhat] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (!open)
    return (
      <button type="button" className="button-quiet coach-fault-open" onClick={() => setOpen(true)}>
        It was our mistake: record the fault on the case
      </button>
    );
  const record = async (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setBusy(true);
    try {
      await amends.recordFault(caseId, what);
      setOpen(false);
      onRecorded();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The fault was not recorded. Try again.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="coach-fault">
      <label htmlFor={`coach-fault-${caseId}`}>What went wrong on our side</label>
      <input
        id={`coach-fault-${caseId}`}
        value={what}
        maxLength={2000}
        onChange={(event) => setWhat(event.target.value)}
        onKeyDown={(event) => {
          // Enter records the fault; it must not send the message the composer form holds.
          if (event.key === 'Enter') void record(event);
        }}
      />
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="coach-actions">
        <button
          type="button"
          className="button-secondary"
          aria-disabled={busy}
          onClick={(event) => void record(event)}
        >
          Record the fault
        </button>
        <button type="button" className="button-quiet" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
