import '../styles/feedback.css';
import { useState } from 'react';
import { amends } from '../api/amends.ts';
import type { FeedbackEntry } from '../api/types.ts';
import { formatAgo, formatDateTime } from '../format.ts';
import { useAction } from '../hooks/use-action.ts';
import { useNow } from '../hooks/use-now.ts';
import { useResource } from '../hooks/use-resource.ts';
import { useThrottled } from '../hooks/use-throttled.ts';
import { useLive } from '../live.tsx';
import { Link } from '../router.tsx';
import { AnswerChip } from './answer-chip.tsx';
import { ErrorMessage } from './error-message.tsx';

/** At most one refetch a second however fast answers arrive. */
const REFRESH_MS = 1000;

/**
 * Answers as they arrive, newest first, with who gave them, about what, what they wrote and the
 * case they led to. The first page refetches on every live rating; older pages load on request.
 */
export function FeedbackList() {
  const latest = useResource(() => amends.feedback(), []);
  const [older, setOlder] = useState<{ entries: FeedbackEntry[]; nextBefore: number | null }>();
  const loadOlder = useAction();
  const refresh = useThrottled(latest.reload, REFRESH_MS);
  const now = useNow();

  const shown = merge(latest.data?.entries ?? [], older?.entries ?? []);
  useLive((message) => {
    // rating.recorded also comes when a recovery check links answers to their case; other cases' notes
    // and status changes are not the monitor's business.
    if (message.type !== 'case.changed') refresh();
  });

  const nextBefore = older ? older.nextBefore : latest.data?.nextBefore;
  const showOlder = async () => {
    if (!nextBefore) return;
    await loadOlder.run(async () => {
      const page = await amends.feedback(nextBefore);
      setOlder((previous) => ({
        entries: [...(previous?.entries ?? []), ...page.entries],
        nextBefore: page.nextBefore,
      }));
    });
  };

  return (
    <section aria-labelledby="answers-title" className="feedback-answers">
      <h2 id="answers-title">Latest answers</h2>
      <ErrorMessage error={latest.error} />
      {!latest.data && !latest.error && <p className="muted">Loading answers…</p>}
      {latest.data && shown.length === 0 && (
        <div className="empty">
          <p>No answers yet.</p>
          <p className="muted">Ratings and comments appear here the moment customers click.</p>
        </div>
      )}
      {shown.length > 0 && (
        <ol className="feedback-list" aria-live="polite" aria-relevant="additions">
          {shown.map((entry) => (
            <FeedbackItem key={entry.id} entry={entry} now={now} />
          ))}
        </ol>
      )}
      <ErrorMessage error={loadOlder.error} />
      {nextBefore && (
        <button type="button" className="button-secondary" onClick={showOlder} disabled={loadOlder.busy}>
          {loadOlder.busy ? 'Loading…' : 'Show older answers'}
        </button>
      )}
    </section>
  );
}

/** The live first page over what was paged in before, each answer once. */
function merge(first: FeedbackEntry[], older: FeedbackEntry[]): FeedbackEntry[] {
  const ids = new Set(first.map((entry) => entry.id));
  return [...first, ...older.filter((entry) => !ids.has(entry.id))];
}

function FeedbackItem({ entry, now }: { entry: FeedbackEntry; now: Date }) {
  return (
    <li
      className={`feedback-item mood-${entry.mood}${entry.current ? '' : ' superseded'}`}
      data-testid="feedback-entry"
      data-mood={entry.mood}
    >
      <div className="feedback-head">
        <AnswerChip label={entry.label} colour={entry.colour} />
        <span className="feedback-who">
          <strong data-testid="feedback-customer">{entry.customer.name}</strong>
          <span className="muted" data-testid="feedback-touchpoint">
            {' '}
            · {entry.touchpoint.type} {entry.touchpoint.ref} · {entry.survey.name}
          </span>
        </span>
        <time dateTime={entry.answeredAt} title={formatDateTime(entry.answeredAt)} className="event-time">
          {formatAgo(entry.answeredAt, now)}
        </time>
      </div>
      {!entry.current && (
        <p className="muted feedback-note">Changed later: a newer answer replaced this one.</p>
      )}
      {entry.comments.map((comment) => (
        <blockquote key={comment.id} className="feedback-comment" data-testid="feedback-comment">
          {comment.body}
        </blockquote>
      ))}
      {entry.caseId && (
        <p className="feedback-case">
          <Link to={`/cases/${entry.caseId}`}>Open the recovery case</Link>
        </p>
      )}
    </li>
  );
}
