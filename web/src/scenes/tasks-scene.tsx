import '../styles/tasks.css';
import { amends } from '../api/amends.ts';
import { ErrorMessage } from '../components/error-message.tsx';
import { PageHead } from '../components/page-title.tsx';
import { TaskItem } from '../components/task-item.tsx';
import { useResource } from '../hooks/use-resource.ts';
import { useLive } from '../live.tsx';
import { usePeople } from '../people.tsx';
import { Link } from '../router.tsx';

/**
 * What colleagues asked of me and of my teams, open, the soonest due first (overdue on top, marked),
 * each with its thread, "I'll take it" for a team's, and completing it — live.
 */
export function TasksScene() {
  const tasks = useResource(() => amends.myTasks(), []);
  const teams = useResource(() => amends.teams(), []);
  const { nameOf } = usePeople();
  const { reload } = tasks;
  useLive((message) => {
    if (message.type === 'resync' || message.type === 'case.changed') reload();
  });
  return (
    <section className="narrow tasks-page">
      <PageHead title="Tasks" />
      <p className="muted">
        Help colleagues asked of you or your teams. They stay the customer’s contact: comment and complete
        here.
      </p>
      <ErrorMessage error={tasks.error} />
      {tasks.data?.length === 0 && <p className="muted">Nothing is asked of you right now.</p>}
      <ul className="task-list" data-testid="my-tasks">
        {tasks.data?.map((task) => (
          <li key={task.id} className="card" data-testid="my-task">
            <h2 className="task-case">
              <Link to={`/cases/${task.caseId}`}>
                Case #{task.caseNumber}: {task.caseTitle}
              </Link>
            </h2>
            <p className="muted">Owner: {nameOf(task.caseOwnerId)}</p>
            <TaskItem
              task={task}
              ownerId={task.caseOwnerId}
              teams={teams.data ?? []}
              onChanged={reload}
              scriptOpen={false}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
