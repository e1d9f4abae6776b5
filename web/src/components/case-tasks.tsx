import { type FormEvent, useState } from 'react';
import { amends } from '../api/amends.ts';
import { messageFor, unplacedError } from '../api/field-errors.ts';
import type { CaseTask } from '../api/types.ts';
import { formatDateTime } from '../format.ts';
import { useAction } from '../hooks/use-action.ts';
import { usePeople } from '../people.tsx';
import '../styles/resolve.css';
import { ErrorMessage } from './error-message.tsx';
import { FieldError, fieldAria } from './field-error.tsx';

const KIND_LABELS: Record<CaseTask['kind'], string> = {
  follow_up_call: 'Follow-up call',
  help: 'Help',
  referral: 'Referral',
};

/** The case's tasks: the follow-up call with its script, and the outcome to record when it is done. */
export function CaseTasks({ tasks, onChanged }: { tasks: readonly CaseTask[]; onChanged: () => void }) {
  if (tasks.length === 0) return null;
  return (
    <section className="card" aria-labelledby="tasks-title" data-testid="case-tasks">
      <h2 id="tasks-title">Tasks</h2>
      <ul className="stack task-list">
        {tasks.map((task) => (
          <li key={task.id}>
            <TaskItem task={task} onChanged={onChanged} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function TaskItem({ task, onChanged }: { task: CaseTask; onChanged: () => void }) {
  const { nameOf } = usePeople();
  const [outcome, setOutcome] = useState('');
  const { busy, error, run } = useAction();
  const inputId = `task-outcome-${task.id}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(() => amends.recordTaskOutcome(task.id, outcome))) {
      setOutcome('');
      onChanged();
    }
  };
  const outcomeError = messageFor(error, 'outcome');
  return (
    <article className="stack-tight" data-testid="case-task" data-status={task.status}>
      <p>
        <strong>{KIND_LABELS[task.kind]}</strong>{' '}
        <span className={`badge ${task.status === 'done' ? 'status-resolved' : 'status-open'}`}>
          {task.status === 'done' ? 'Done' : 'To do'}
        </span>
      </p>
      <p>{task.what}</p>
      <p className="muted">
        For {nameOf(task.assigneeUserId)}
        {task.dueAt && <> · due {formatDateTime(task.dueAt)}</>}
      </p>
      {task.script && (
        <details open={task.status === 'open'}>
          <summary>Call script</summary>
          <pre className="task-script" data-testid="task-script">
            {task.script}
          </pre>
        </details>
      )}
      {task.status === 'done' ? (
        <p data-testid="task-outcome">
          <strong>Outcome:</strong> {task.outcome}
          <span className="muted">
            {' '}
            · {nameOf(task.completedBy)}, {task.completedAt && formatDateTime(task.completedAt)}
          </span>
        </p>
      ) : (
        <form className="stack-tight" onSubmit={(event) => void submit(event)} noValidate>
          <label htmlFor={inputId}>How did the call go?</label>
          <textarea
            id={inputId}
            rows={3}
            value={outcome}
            required
            {...fieldAria(inputId, outcomeError)}
            onChange={(event) => setOutcome(event.target.value)}
          />
          <FieldError inputId={inputId} message={outcomeError} />
          <ErrorMessage error={unplacedError(error, ['outcome'])} />
          <div className="button-row">
            <button type="submit" className="button-primary" aria-disabled={busy}>
              Record the outcome
            </button>
          </div>
        </form>
      )}
    </article>
  );
}
