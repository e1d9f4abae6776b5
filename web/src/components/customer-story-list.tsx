import type { ReactNode } from 'react';
import type { CustomerStory, OutboundEmailStatus } from '../api/types.ts';
import { EMAIL_STATUS_LABELS, formatDateTime } from '../format.ts';
import { usePeople } from '../people.tsx';
import { Link } from '../router.tsx';
import { GESTURE_STATE_LABELS, gestureAmount } from './amends-card.tsx';
import { AnswerChip } from './answer-chip.tsx';
import { StatusBadge } from './badges.tsx';

type Chapter = { key: string; at: string; kind: string; body: ReactNode };

/** Everything that happened with the customer as one list, newest first. Customer text is shown as text. */
export function CustomerStoryList({ story }: { story: CustomerStory }) {
  const { nameOf } = usePeople();
  const chapters: Chapter[] = [
    ...story.cases.map((c) => ({
      key: `case-${c.id}`,
      at: c.openedAt,
      kind: 'Case',
      body: (
        <>
          <Link to={`/cases/${c.id}`}>
            #{c.number} {c.title}
          </Link>{' '}
          <StatusBadge status={c.status} /> <span className="muted">· {nameOf(c.ownerId)} owns it</span>
        </>
      ),
    })),
    ...story.amends.map((a) => {
      const amount = gestureAmount(a);
      return {
        key: `amends-${a.id}`,
        at: a.requestedAt,
        kind: 'Amends',
        body: (
          <span data-testid="story-amends" data-kind={a.kind} data-state={a.state}>
            <strong>{a.label}</strong>
            {amount && <> · {amount}</>}{' '}
            <span className={`badge gesture-state gesture-${a.state}`}>{GESTURE_STATE_LABELS[a.state]}</span>{' '}
            <span className="muted">
              on <Link to={`/cases/${a.caseId}`}>case #{a.caseNumber}</Link>
            </span>
          </span>
        ),
      };
    }),
    ...story.blasts.map((b) => ({
      key: `blast-${b.blastId}-${b.to}`,
      at: b.queuedAt,
      kind: 'Survey email',
      body: (
        <>
          {b.name} <span className="muted">to {b.to}</span>{' '}
          <span className={`badge mail-${b.status}`}>
            {EMAIL_STATUS_LABELS[b.status as OutboundEmailStatus] ?? b.status}
          </span>
        </>
      ),
    })),
    ...story.ratings.flatMap((r) => {
      const about = `${r.surveyName} · ${r.touchpoint.type} ${r.touchpoint.ref}`;
      return [
        ...r.answers.map((a, i) => ({
          key: `answer-${r.requestId}-${i}`,
          at: a.at,
          kind: i === 0 ? 'Answer' : 'Changed answer',
          body: (
            <>
              <AnswerChip label={a.label} colour={a.colour} /> <span className="muted">{about}</span>
              {i === r.answers.length - 1 && r.caseId && (
                <>
                  {' '}
                  · <Link to={`/cases/${r.caseId}`}>its case</Link>
                </>
              )}
            </>
          ),
        })),
        ...r.comments.map((c, i) => ({
          key: `comment-${r.requestId}-${i}`,
          at: c.at,
          kind: 'Comment',
          body: (
            <>
              <q className="story-comment" data-testid="story-comment">
                {c.body}
              </q>{' '}
              <span className="muted block">{about}</span>
            </>
          ),
        })),
      ];
    }),
    ...story.unsubscribes.map((u) => ({
      key: `unsubscribe-${u.email}`,
      at: u.at,
      kind: u.reason === 'bounced' ? 'Bounced' : 'Unsubscribed',
      body: (
        <>
          {u.email} <span className="muted">gets no more survey email</span>
        </>
      ),
    })),
  ].sort((a, b) => b.at.localeCompare(a.at));

  if (chapters.length === 0) return <p className="empty">Nothing has happened with this customer yet.</p>;
  return (
    <ol className="customer-story" aria-label="Story">
      {chapters.map((chapter) => (
        <li key={chapter.key} className="story-item" data-testid="story-item" data-kind={chapter.kind}>
          <span className="story-kind">{chapter.kind}</span>
          <time className="story-at" dateTime={chapter.at}>
            {formatDateTime(chapter.at)}
          </time>
          <div className="story-body">{chapter.body}</div>
        </li>
      ))}
    </ol>
  );
}
