import '../styles/case.css';
import { useCallback, useEffect, useRef, useState } from 'react';
import { amends } from '../api/amends.ts';
import type { CaseDetail } from '../api/types.ts';
import { AmendsCard } from '../components/amends-card.tsx';
import { SeverityBadge, StatusBadge } from '../components/badges.tsx';
import { CaseClocks } from '../components/case-clocks.tsx';
import { CaseSuggestion } from '../components/case-suggestion.tsx';
import { CaseTasks } from '../components/case-tasks.tsx';
import { CustomerCard } from '../components/customer-card.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { HandoffForm } from '../components/handoff-form.tsx';
import { KnockOnNeedsCard } from '../components/knock-on-needs-card.tsx';
import { PageTitle } from '../components/page-title.tsx';
import { PromisesCard } from '../components/promises-card.tsx';
import { StatusActions } from '../components/status-actions.tsx';
import { StatusLinkCard } from '../components/status-link-card.tsx';
import { Timeline } from '../components/timeline.tsx';
import { UpdateNudgeBanner } from '../components/update-nudge-banner.tsx';
import { type ComposeRequest, WriteToCase } from '../components/write-to-case.tsx';
import { CHANNEL_LABELS, formatDateTime, formatElapsed } from '../format.ts';
import { useNow } from '../hooks/use-now.ts';
import { useResource } from '../hooks/use-resource.ts';
import { useLive, useLiveStatus } from '../live.tsx';
import { Link, useLocation } from '../router.tsx';
import { isCaseActive } from '../rules.ts';
import { useSession } from '../session.tsx';

/**
 * One case, by its id or its number (`/cases/1014`): the story first, then the timeline and what can
 * be done next. Updates live.
 */
export function CaseScene({ caseId }: { caseId: string }) {
  const detail = useResource(() => amends.case(caseId), [caseId]);
  const events = useResource(() => amends.events(caseId), [caseId]);
  const tasks = useResource(() => amends.caseTasks(caseId), [caseId]);
  const { reload: reloadDetail } = detail;
  const { reload: reloadEvents } = events;
  const { reload: reloadTasks } = tasks;
  const refresh = useCallback(() => {
    reloadDetail();
    reloadEvents();
    reloadTasks();
  }, [reloadDetail, reloadEvents, reloadTasks]);
  useLive((message) => {
    // Live messages name the case by id, whichever way the address names it.
    const id = detail.data?.case.id ?? caseId;
    if (message.type === 'resync' || (message.type === 'case.changed' && message.caseId === id)) refresh();
  });
  // Our own change comes back as case.changed like anyone's; fetch here only when that echo cannot come.
  const live = useLiveStatus() === 'live';
  const afterAction = live ? () => {} : refresh;
  // After a hand-off the form may be gone (only the owner or a supervisor sees it): the timeline,
  // where the hand-off now shows, is where keyboard focus goes.
  const timelineHeading = useRef<HTMLHeadingElement>(null);
  const afterHandoff = () => {
    afterAction();
    timelineHeading.current?.focus();
  };

  // "Write the update" (the nudge's link, its mail, the banner) opens the composer on the update draft.
  const compose = useSearchCompose();
  const [composeRequest, setComposeRequest] = useState<ComposeRequest | undefined>();
  useEffect(() => {
    if (compose) setComposeRequest({ kind: compose, at: Date.now() });
  }, [compose]);

  // The owner opening their new case is what their "New case for you" alert waited for.
  const { user } = useSession();
  const unseenByMe = detail.data?.case.ownerId === user.id && detail.data.case.ownerSeenAt === null;
  useEffect(() => {
    if (unseenByMe) amends.markCaseSeen(caseId).catch(() => {});
  }, [unseenByMe, caseId]);

  if (!detail.data) {
    return (
      <section className="narrow">
        {detail.error ? (
          <>
            <PageTitle title="Case not available" />
            <ErrorMessage error={detail.error} />
            <p>
              <Link to="/">Back to the inbox</Link>
            </p>
          </>
        ) : (
          <p className="muted">Loading the case…</p>
        )}
      </section>
    );
  }

  const { case: c, customer } = detail.data;
  return (
    <article className="case" data-testid="case-page" data-case-id={c.id}>
      <header className="case-head">
        <p className="kicker">
          <Link to="/">Inbox</Link> / Case #{c.number}
        </p>
        <PageTitle title={`#${c.number} ${c.title}`}>{c.title}</PageTitle>
        <p className="case-badges">
          <SeverityBadge severity={c.severity} />
          <StatusBadge status={c.status} />
          <span className="muted">
            for <strong>{customer.name}</strong> · via {CHANNEL_LABELS[c.channel]}
          </span>
        </p>
      </header>
      <ErrorMessage error={detail.error} />
      <UpdateNudgeBanner
        detail={detail.data}
        onWrite={() => setComposeRequest({ kind: 'update', at: Date.now() })}
      />
      <div className="case-layout">
        <div className="case-main">
          <section className="card story" aria-labelledby="story-title">
            <h2 id="story-title">The customer's story</h2>
            <p className="story-text" data-testid="case-story">
              {c.story}
            </p>
          </section>
          {events.data && <CaseSuggestion status={c.status} events={events.data} />}
          <PromisesCard detail={detail.data} />
          <section aria-labelledby="timeline-title" className="timeline-section">
            <h2 id="timeline-title" ref={timelineHeading} tabIndex={-1}>
              Timeline
            </h2>
            <ErrorMessage error={events.error} />
            {events.data ? <Timeline events={events.data} /> : <p className="muted">Loading the timeline…</p>}
          </section>
          <WriteToCase
            detail={detail.data}
            events={events.data}
            onWritten={afterAction}
            compose={composeRequest}
          />
        </div>
        <aside className="case-side" aria-label="Case details and actions">
          <CaseFacts detail={detail.data} />
          {tasks.data && <CaseTasks detail={detail.data} tasks={tasks.data} onChanged={afterAction} />}
          <CaseClocks detail={detail.data} />
          <StatusActions detail={detail.data} onChanged={afterAction} />
          <AmendsCard
            caseId={c.id}
            canOffer={c.status !== 'closed' && (c.ownerId === user.id || user.role !== 'agent')}
          />
          <KnockOnNeedsCard caseId={c.id} canAnswer={c.status !== 'closed'} />
          <HandoffForm detail={detail.data} onHandedOff={afterHandoff} />
          <StatusLinkCard detail={detail.data} onIssued={afterAction} />
          <CustomerCard customer={customer} />
        </aside>
      </div>
    </article>
  );
}

/** `?compose=update` in the address: the nudge's link asks for the update draft. */
function useSearchCompose(): 'update' | undefined {
  const { search } = useLocation();
  return search.get('compose') === 'update' ? 'update' : undefined;
}

function CaseFacts({ detail }: { detail: CaseDetail }) {
  const now = useNow();
  const { case: c, owner } = detail;
  const waiting = isCaseActive(c.status);
  return (
    <section className="card" aria-labelledby="facts-title">
      <h2 id="facts-title">Owner</h2>
      <p className="owner-name" data-testid="case-owner">
        {owner.name}
      </p>
      <dl className="facts">
        {waiting && (
          <>
            <dt>Waiting for</dt>
            <dd>{formatElapsed(c.waitingSince, now)}</dd>
          </>
        )}
        <dt>Opened</dt>
        <dd>{formatDateTime(c.openedAt)}</dd>
        <dt>Hand-offs</dt>
        <dd data-testid="handoff-count">{c.handoffCount}</dd>
        <dt>Reopened</dt>
        <dd data-testid="reopen-count">{c.reopenCount === 0 ? 'Never' : `${c.reopenCount}×`}</dd>
      </dl>
    </section>
  );
}
