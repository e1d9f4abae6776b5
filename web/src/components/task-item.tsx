import { type FormEvent, useState } from 'react';
import { amends } from '../api/amends.ts';
import { messageFor, unplacedError } from '../api/field-errors.ts';
import type { CaseTaskWithComments, Team } from '../api/types.ts';
import { formatDateTime } from '../format.ts';
import { useAction } from '../hooks/use-action.ts';
import { useNow } from '../hooks/use-now.ts';
import { usePeople } from '../people.tsx';
import { canWorkOnTask, readTaskDue, TASK_COMMENT_MAX } from '../rules.ts';
import { useSession } from '../session.tsx';
import '../styles/case-clocks.css';
import '../styles/resolve.css';
import '../styles/tasks.css';
import { ErrorMessage } from './error-message.tsx';
import { FieldError, fieldAria } from './field-error.tsx';

const KIND_LABELS: Record<CaseTaskWithComments['kind'], string> = {
  follow_up_call: 'Follow-up call',
  help: 'Help asked',
  referral: 'Referral',
};

/** "due in 3 h", or unmistakably overdue — a sign and the word, not only a colour. */
export function TaskDue({ dueAt, done }: { dueAt: string; done: boolean }) {
  const now = useNow();
  if (done) return <span className="muted">due {formatDateTime(dueAt)}</span>;
  const reading = readTaskDue(new Date(dueAt), now);
  return (
    <span
      className={`clock ${reading.overdue ? 'clock-breached' : 'clock-running'}`}
      data-testid="task-due"
      data-state={reading.overdue ? 'overdue' : 'running'}
      title={`Due ${formatDateTime(dueAt)}`}
    >
      {reading.overdue && <span aria-hidden="true">⚠ </span>}
      {reading.text}
    </span>
  );
}

/**
 * One task: what is asked, of whom, by when; its comments as a thread with a box to add one; "I'll
 * take it" for a team's task; and the outcome that completes it. Those who may not work on it
 * (canWorkOnTask) read it only.
 */
export function TaskItem({
  task,
  ownerId,
  teams,
  onChanged,
  scriptOpen = true,
}: {
  task: CaseTaskWithComments;
  ownerId: string;
  teams: readonly Team[];
  onChanged: () => void;
  /** A call's script starts open on its case; folded in a list of many (the Tasks page). */
  scriptOpen?: boolean;
}) {
  const { nameOf } = usePeople();
  const { user } = useSession();
  const worker = { userId: user.id, role: user.role, teamIds: user.teamIds };
  const mayWork = canWorkOnTask(
    { assigneeUserId: task.assigneeUserId ?? undefined, assigneeTeamId: task.assigneeTeamId ?? undefined },
    worker,
    ownerId,
  );
  const team = teams.find((t) => t.id === task.assigneeTeamId);
  const mayTake =
    task.status === 'open' &&
    task.assigneeTeamId !== null &&
    user.teamIds.includes(task.assigneeTeamId) &&
    task.assigneeUserId !== user.id;
  const isCall = task.kind === 'follow_up_call';
  const take = useAction();
  const askedOf = task.assigneeUserId
    ? `${nameOf(task.assigneeUserId)}${team ? ` (${team.name})` : ''}`
    : team
      ? `the ${team.name} team — nobody has taken it yet`
      : nameOf(task.assigneeUserId);
  return (
    <article
      className="stack-tight task-item"
      data-testid="case-task"
      data-status={task.status}
      data-kind={task.kind}
    >
      <p className="task-head">
        <strong>{KIND_LABELS[task.kind]}</strong>{' '}
        <span className={`badge ${task.status === 'done' ? 'status-resolved' : 'status-open'}`}>
          {task.status === 'done' ? 'Done' : 'To do'}
        </span>{' '}
        {task.dueAt && <TaskDue dueAt={task.dueAt} done={task.status === 'done'} />}
      </p>
      <p className="task-what" data-testid="task-what">
        {task.what}
      </p>
      <p className="muted" data-testid="task-asked-of">
        For {askedOf}
        {task.createdBy && <> · asked by {nameOf(task.createdBy)}</>}
      </p>
      {task.partnerName && (
        <p data-testid="task-partner">
          Partner: <strong>{task.partnerName}</strong>
          {task.partnerContact && <> · {task.partnerContact}</>}
        </p>
      )}
      {task.script && (
        <details open={scriptOpen && task.status === 'open'}>
          <summary>Call script</summary>
          <pre className="task-script" data-testid="task-script">
            {task.script}
          </pre>
        </details>
      )}
      {mayTake && (
        <div className="button-row">
          <button
            type="button"
            aria-disabled={take.busy}
            onClick={() => void take.run(() => amends.takeTask(task.id)).then((ok) => ok && onChanged())}
          >
            I'll take it
          </button>
          <ErrorMessage error={take.error} />
        </div>
      )}
      {!isCall && <CommentThread task={task} canComment={mayWork} onChanged={onChanged} />}
      {task.status === 'done' ? (
        <p data-testid="task-outcome">
          <strong>Outcome:</strong> {task.outcome}
          <span className="muted">
            {' '}
            · {nameOf(task.completedBy)}, {task.completedAt && formatDateTime(task.completedAt)}
          </span>
        </p>
      ) : (
        mayWork && <OutcomeForm taskId={task.id} isCall={isCall} onChanged={onChanged} />
      )}
    </article>
  );
}

function CommentThread({
  task,
  canComment,
  onChanged,
}: {
  task: CaseTaskWithComments;
  canComment: boolean;
  onChanged: () => void;
}) {
  const { nameOf } = usePeople();
  const [body, setBody] = useState('');
  const { busy, error, run } = useAction();
  const inputId = `task-comment-${task.id}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(() => amends.commentOnTask(task.id, body))) {
      setBody('');
      onChanged();
    }
  };
  const bodyError = messageFor(error, 'body');
  return (
    <div className="task-thread">
      {task.comments.length > 0 && (
        <ol className="task-comments" aria-label="Comments" data-testid="task-comments">
          {task.comments.map((comment) => (
            <li key={comment.id} data-testid="task-comment">
              <p className="muted">
                <strong>{nameOf(comment.authorId)}</strong> · {formatDateTime(comment.createdAt)}
              </p>
              <p className="task-comment-body">{comment.body}</p>
            </li>
          ))}
        </ol>
      )}
      {canComment && (
        <form className="stack-tight" onSubmit={(event) => void submit(event)} noValidate>
          <label htmlFor={inputId}>Comment (only colleagues see it)</label>
          <textarea
            id={inputId}
            rows={2}
            value={body}
            maxLength={TASK_COMMENT_MAX}
            {...fieldAria(inputId, bodyError)}
            onChange={(event) => setBody(event.target.value)}
          />
          <FieldError inputId={inputId} message={bodyError} />
          <ErrorMessage error={unplacedError(error, ['body'])} />
          <div className="button-row">
            <button type="submit" aria-disabled={busy}>
              {busy ? 'Adding…' : 'Add comment'}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

function OutcomeForm({
  taskId,
  isCall,
  onChanged,
}: {
  taskId: string;
  isCall: boolean;
  onChanged: () => void;
}) {
  const [outcome, setOutcome] = useState('');
  const { busy, error, run } = useAction();
  const inputId = `task-outcome-${taskId}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(() => amends.recordTaskOutcome(taskId, outcome))) {
      setOutcome('');
      onChanged();
    }
  };
  const outcomeError = messageFor(error, 'outcome');
  return (
    <form className="stack-tight" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={inputId}>
        {isCall ? 'How did the call go?' : 'What was done? (completes the task)'}
      </label>
      <textarea
        id={inputId}
        rows={isCall ? 3 : 2}
        value={outcome}
        required
        {...fieldAria(inputId, outcomeError)}
        onChange={(event) => setOutcome(event.target.value)}
      />
      <FieldError inputId={inputId} message={outcomeError} />
      <ErrorMessage error={unplacedError(error, ['outcome'])} />
      <div className="button-row">
        <button type="submit" className="button-primary" aria-disabled={busy}>
          {isCall ? 'Record the outcome' : 'Complete the task'}
        </button>
      </div>
    </form>
  );
}
