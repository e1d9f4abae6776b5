import { useState } from 'react';
import { useLive } from '../live.tsx';
import { Link } from '../router.tsx';
import { useSession } from '../session.tsx';
import '../styles/owner-alerts.css';

type TaskState = 'asked' | 'commented' | 'overdue' | 'done';
type TaskAlert = { key: string; caseId: string; state: TaskState };

const WORDS: Record<TaskState, { title: string; text: string; link: 'tasks' | 'case' }> = {
  asked: {
    title: 'A colleague asks for your help',
    text: ': see what is needed on your Tasks.',
    link: 'tasks',
  },
  commented: { title: 'A new comment on a task', text: ': read it on the case.', link: 'case' },
  overdue: {
    title: 'A task is overdue',
    text: ': its due time passed and it is not done yet.',
    link: 'case',
  },
  done: {
    title: 'The help you asked for is done',
    text: ': read the outcome and tell the customer.',
    link: 'case',
  },
};

/**
 * Tells the people a task concerns — whoever is asked, the case's owner — wherever they are in the
 * console, as it happens: asked, commented on, overdue, done. Kept until dismissed; the timeline
 * (and, for asked and overdue, a mail) keeps the record.
 */
export function TaskAlerts() {
  const { user } = useSession();
  const [alerts, setAlerts] = useState<TaskAlert[]>([]);
  useLive((message) => {
    if (message.type !== 'case.changed' || !message.taskAlert?.to.includes(user.id)) return;
    const { taskId, state } = message.taskAlert;
    // One alert per task: the latest news replaces the older (a done task is no longer overdue).
    setAlerts((shown) => [
      ...shown.filter((a) => !a.key.startsWith(`${taskId}:`)),
      { key: `${taskId}:${state}`, caseId: message.caseId, state },
    ]);
  });
  const dismiss = (key: string) => setAlerts((shown) => shown.filter((a) => a.key !== key));
  return (
    <section className="owner-alerts" aria-label="Tasks that need you" aria-live="polite">
      {alerts.map((alert) => {
        const words = WORDS[alert.state];
        return (
          <div
            key={alert.key}
            className={`owner-alert${alert.state === 'overdue' ? ' owner-alert-update' : ''}`}
            data-testid="task-alert"
            data-state={alert.state}
          >
            <div className="owner-alert-text">
              <p>
                <strong>{alert.state === 'overdue' ? `⚠ ${words.title}` : words.title}</strong>
                {words.text}
              </p>
              <p>
                <Link
                  to={words.link === 'tasks' ? '/tasks' : `/cases/${alert.caseId}`}
                  onClick={() => dismiss(alert.key)}
                >
                  {words.link === 'tasks' ? 'Open my tasks' : 'Open the case'}
                </Link>
              </p>
            </div>
            <button type="button" className="button-quiet" onClick={() => dismiss(alert.key)}>
              Dismiss
            </button>
          </div>
        );
      })}
    </section>
  );
}
