import { type FormEvent, useState } from 'react';
import { amends } from '../api/amends.ts';
import { fieldProblem, messageFor, unplacedError } from '../api/field-errors.ts';
import type { CaseDetail, CaseTaskWithComments, Team } from '../api/types.ts';
import { useAction } from '../hooks/use-action.ts';
import { useResource } from '../hooks/use-resource.ts';
import { usePeople } from '../people.tsx';
import { fromLocalInput } from '../promise-time.ts';
import { canAskForHelp, HELP_WHAT_MAX } from '../rules.ts';
import { useSession } from '../session.tsx';
import '../styles/resolve.css';
import '../styles/tasks.css';
import { ErrorMessage } from './error-message.tsx';
import { FieldError, fieldAria } from './field-error.tsx';
import { TaskItem } from './task-item.tsx';

/**
 * The case's tasks — the follow-up call, help asked of colleagues — each with its thread and its
 * outcome; and "Ask for help" for the owner or a supervisor. Asking never moves the case: the owner
 * stays the customer's one contact.
 */
export function CaseTasks({
  detail,
  tasks,
  onChanged,
}: {
  detail: CaseDetail;
  tasks: readonly CaseTaskWithComments[];
  onChanged: () => void;
}) {
  const { user } = useSession();
  const teams = useResource(() => amends.teams(), []);
  const mayAsk = canAskForHelp({ userId: user.id, role: user.role }, detail.case.ownerId);
  const canAskNow = mayAsk && detail.case.status !== 'closed';
  if (tasks.length === 0 && !canAskNow) return null;
  return (
    <section className="card" aria-labelledby="tasks-title" data-testid="case-tasks">
      <h2 id="tasks-title">Tasks</h2>
      {tasks.length > 0 && (
        <ul className="stack task-list">
          {tasks.map((task) => (
            <li key={task.id}>
              <TaskItem
                task={task}
                ownerId={detail.case.ownerId}
                teams={teams.data ?? []}
                onChanged={onChanged}
              />
            </li>
          ))}
        </ul>
      )}
      {canAskNow && <AskForHelpForm caseId={detail.case.id} teams={teams.data ?? []} onAsked={onChanged} />}
    </section>
  );
}

function AskForHelpForm({
  caseId,
  teams,
  onAsked,
}: {
  caseId: string;
  teams: readonly Team[];
  onAsked: () => void;
}) {
  const { user } = useSession();
  const { list } = usePeople();
  const [opened, setOpened] = useState(false);
  const [what, setWhat] = useState('');
  const [whom, setWhom] = useState('');
  const [due, setDue] = useState('');
  const { busy, error, run } = useAction();
  if (!opened)
    return (
      <div className="button-row">
        <button type="button" onClick={() => setOpened(true)}>
          Ask for help…
        </button>
      </div>
    );
  const colleagues = list.filter((person) => person.active && person.id !== user.id);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const asked = await run(async () => {
      const [kind, id] = whom.split(':');
      if (!id) throw fieldProblem('assignee', 'Choose whom to ask: a colleague or a team.');
      const dueAt = due ? fromLocalInput(due) : undefined;
      if (due && !dueAt) throw fieldProblem('dueAt', 'Give a date and time, or leave it empty.');
      return amends.askForHelp(caseId, {
        what,
        ...(kind === 'team' ? { assigneeTeamId: id } : { assigneeUserId: id }),
        ...(dueAt && { dueAt }),
      });
    });
    if (asked) {
      setWhat('');
      setWhom('');
      setDue('');
      setOpened(false);
      onAsked();
    }
  };
  const whatError = messageFor(error, 'what');
  const whomError =
    messageFor(error, 'assignee') ??
    messageFor(error, 'assigneeUserId') ??
    messageFor(error, 'assigneeTeamId');
  const dueError = messageFor(error, 'dueAt');
  return (
    <form
      className="stack ask-help"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label="Ask for help"
    >
      <p className="muted">You stay the owner and the customer’s one contact; they work on it here.</p>
      <label htmlFor="help-what">What do you need?</label>
      <textarea
        id="help-what"
        rows={3}
        value={what}
        maxLength={HELP_WHAT_MAX}
        placeholder="e.g. check the warehouse has a grey cover and send it to the driver"
        onChange={(event) => setWhat(event.target.value)}
        {...fieldAria('help-what', whatError)}
      />
      <FieldError inputId="help-what" message={whatError} />
      <label htmlFor="help-whom">Ask</label>
      <select
        id="help-whom"
        value={whom}
        onChange={(event) => setWhom(event.target.value)}
        {...fieldAria('help-whom', whomError)}
      >
        <option value="">Choose a team or a person…</option>
        {teams.length > 0 && (
          <optgroup label="Teams">
            {teams.map((team) => (
              <option key={team.id} value={`team:${team.id}`}>
                {team.name} (anyone in it)
              </option>
            ))}
          </optgroup>
        )}
        <optgroup label="People">
          {colleagues.map((person) => (
            <option key={person.id} value={`user:${person.id}`}>
              {person.name}
            </option>
          ))}
        </optgroup>
      </select>
      <FieldError inputId="help-whom" message={whomError} />
      <label htmlFor="help-due">Needed by (optional)</label>
      <input
        id="help-due"
        type="datetime-local"
        value={due}
        onChange={(event) => setDue(event.target.value)}
        {...fieldAria('help-due', dueError)}
      />
      <FieldError inputId="help-due" message={dueError} />
      <ErrorMessage
        error={unplacedError(error, ['what', 'assignee', 'assigneeUserId', 'assigneeTeamId', 'dueAt'])}
      />
      <div className="button-row">
        <button type="submit" className="button-primary" aria-disabled={busy}>
          {busy ? 'Asking…' : 'Ask for help'}
        </button>
        <button type="button" className="button-quiet" onClick={() => setOpened(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
