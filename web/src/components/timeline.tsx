import type { ReactNode } from 'react';
import { formatMoney } from '../../../src/core/amends/money.ts';
import type { CaseEvent, CaseStatus, MessageDelivery } from '../api/types.ts';
import {
  CHANNEL_LABELS,
  DELIVERY_LABELS,
  formatDateTime,
  SEVERITY_LABELS,
  STATUS_LABELS,
} from '../format.ts';
import { usePeople } from '../people.tsx';
import { Link } from '../router.tsx';
import '../styles/case-clocks.css';
import { AnswerChip } from './answer-chip.tsx';
import { WholeEmail } from './whole-email.tsx';

/** Where a message to the customer is: a word, a colour as a second cue, and the longer sentence on hover. */
function DeliveryBadge({ delivery }: { delivery: MessageDelivery }) {
  const { label, explain } = DELIVERY_LABELS[delivery.status];
  return (
    <span
      className={`badge delivery delivery-${delivery.status}`}
      title={explain}
      data-testid="delivery"
      data-status={delivery.status}
    >
      {label}
      <span className="visually-hidden">: {explain}</span>
    </span>
  );
}

/** The one story everyone sees, oldest first. All text is the server's, shown as text. */
export function Timeline({ events }: { events: readonly CaseEvent[] }) {
  if (events.length === 0) return <p className="muted">Nothing on the timeline yet.</p>;
  return (
    <ol className="timeline" data-testid="timeline">
      {events.map((event) => (
        <TimelineEvent key={event.id} event={event} />
      ))}
    </ol>
  );
}

const ASSIGNMENT_RULES: Record<string, string> = {
  explicit: 'chosen when the case was opened',
  least_active_cases: 'by the assignment rule: fewest active cases',
  creator: 'the person who opened it',
  stand_in_lead: 'nobody was available: the least busy supervisor or admin, to hand on',
};

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** A gesture's amount on the timeline (integer minor units and a currency), or undefined. */
const amountText = (data: Record<string, unknown>): string | undefined =>
  typeof data.amountMinor === 'number' && typeof data.currency === 'string'
    ? formatMoney({ amountMinor: data.amountMinor, currency: data.currency })
    : undefined;

/** A knock-on need's moment: the case's issue type, or a need the customer was asked about. */
function KnockOnSummary({ event, actor }: { event: CaseEvent; actor: string }) {
  const { data } = event;
  const tag = <span className="event-tag event-tag-note">Knock-on needs</span>;
  const need = <strong>{text(data.label) ?? 'a need'}</strong>;
  if (event.kind === 'issue_type_set')
    return (
      <>
        {tag} <strong>{actor}</strong>{' '}
        {text(data.name) ? (
          <>
            set the issue type to <strong>{text(data.name)}</strong>
          </>
        ) : (
          'cleared the issue type'
        )}
        {text(data.previousName) && <span className="muted"> · was {text(data.previousName)}</span>}
      </>
    );
  if (event.kind === 'need_referred')
    return (
      <>
        {tag} <strong>{actor}</strong> referred {need} to <strong>{text(data.partnerName)}</strong>
        {text(data.partnerContact) && <span className="muted"> · {text(data.partnerContact)}</span>}
        <span className="muted"> · a referral task for the owner</span>
      </>
    );
  if (event.kind === 'need_noted')
    return (
      <>
        {tag} <strong>{actor}</strong> noted that the customer needs {need}
      </>
    );
  return (
    <>
      {tag} <strong>{actor}</strong> noted that the customer does not need {need}
    </>
  );
}

/** A promise's moment on the timeline: who did what to it, its due time, and whether the customer sees it. */
function PromiseSummary({ event, actor }: { event: CaseEvent; actor: string }) {
  const data = event.data;
  const due = text(data.dueAt);
  const newDue = text(data.newDueAt);
  const tag = (
    <span className="event-tag event-tag-promise">
      {data.customerVisible === true ? 'Promise to the customer' : 'Internal promise'}
    </span>
  );
  const when = due && <span className="muted"> · due {formatDateTime(due)}</span>;
  const sure = data.confidence === 'estimate' ? ' (estimate)' : '';
  switch (event.kind) {
    case 'promise_made':
      return (
        <>
          {tag} <strong>{actor}</strong> {data.replacesId ? 'made the new promise' : 'made a promise'}
          {sure}
          {when}
        </>
      );
    case 'promise_kept':
      return (
        <>
          {tag} <strong>{actor}</strong> kept a promise{when}
        </>
      );
    case 'promise_renegotiated':
      return (
        <>
          {tag} <strong>{actor}</strong> renegotiated a promise
          {due && newDue && (
            <span className="muted">
              {' '}
              · {formatDateTime(due)} → {formatDateTime(newDue)}
            </span>
          )}
        </>
      );
    case 'promise_at_risk':
      return (
        <>
          {tag} <strong className="event-warning">A promise is at risk</strong>: most of its time is gone
          {when}
        </>
      );
    default:
      return (
        <>
          {tag}{' '}
          <strong className="event-warning">
            {event.actorUserId ? `${actor} said a promise broke` : 'A promise broke: its due time passed'}
          </strong>
          {when}
        </>
      );
  }
}

function TimelineEvent({ event }: { event: CaseEvent }) {
  const { nameOf } = usePeople();
  const actor = nameOf(event.actorUserId);
  const data = event.data;
  let summary: ReactNode;
  let bodyLabel: string | undefined;
  let showBody = true;
  let footer: ReactNode;
  switch (event.kind) {
    case 'created': {
      const channel = text(data.channel) as keyof typeof CHANNEL_LABELS | undefined;
      const severity = text(data.severity) as keyof typeof SEVERITY_LABELS | undefined;
      const details = [channel && CHANNEL_LABELS[channel], severity && SEVERITY_LABELS[severity]];
      summary = (
        <>
          <strong>{actor}</strong> opened the case
          {details.some(Boolean) && <span className="muted"> · {details.filter(Boolean).join(' · ')}</span>}
        </>
      );
      // The story is shown at the top of the page; no need to repeat it here.
      showBody = false;
      break;
    }
    case 'assigned':
      summary = (
        <>
          Assigned to <strong>{nameOf(text(data.ownerId))}</strong>
          <span className="muted"> · {ASSIGNMENT_RULES[text(data.rule) ?? ''] ?? 'assigned'}</span>
        </>
      );
      break;
    case 'handed_off':
      summary = (
        <>
          <strong>{actor}</strong> handed the case off:{' '}
          <span data-testid="handoff-from">{nameOf(text(data.fromUserId))}</span> →{' '}
          <strong data-testid="handoff-to">{nameOf(text(data.toUserId))}</strong>
        </>
      );
      bodyLabel = 'Reason';
      break;
    case 'status_changed': {
      const from = STATUS_LABELS[text(data.from) as CaseStatus] ?? text(data.from);
      const to = STATUS_LABELS[text(data.to) as CaseStatus] ?? text(data.to);
      summary = (
        <>
          <strong>{actor}</strong> {data.reopened === true ? 'reopened the case' : 'changed the status'}:{' '}
          {from} → <strong>{to}</strong>
        </>
      );
      const resolution = data.resolution as
        | { whatWentWrong?: unknown; howFixed?: unknown; whyNotAgain?: unknown }
        | undefined;
      if (resolution)
        footer = (
          <dl className="resolution-parts" data-testid="resolution-parts">
            <dt>What went wrong</dt>
            <dd>{text(resolution.whatWentWrong)}</dd>
            <dt>How it was fixed</dt>
            <dd>{text(resolution.howFixed)}</dd>
            <dt>Why it won't happen again</dt>
            <dd>{text(resolution.whyNotAgain)}</dd>
          </dl>
        );
      break;
    }
    case 'follow_up_sent':
      summary = (
        <>
          <span className="event-tag event-tag-out">Follow-up</span>{' '}
          <strong>The follow-up after the resolution went</strong>
          {text(data.to) && <span className="muted"> · {text(data.to)}</span>}
        </>
      );
      break;
    case 'task_created': {
      const team = text(data.assigneeTeamName);
      const person = text(data.assigneeUserId);
      const due = text(data.dueAt);
      summary = (
        <>
          <span className="event-tag">Help</span> <strong>{actor}</strong> asked{' '}
          <strong>{person ? nameOf(person) : team ? `the ${team} team` : 'a team'}</strong> for help
          {due && <span className="muted"> · needed by {formatDateTime(due)}</span>}
        </>
      );
      bodyLabel = 'Asked';
      break;
    }
    case 'task_commented':
      summary = (
        <>
          <span className="event-tag">Help</span> <strong>{actor}</strong> commented on a task
        </>
      );
      bodyLabel = 'Comment';
      break;
    case 'task_taken':
      summary = (
        <>
          <span className="event-tag">Help</span> <strong>{actor}</strong> took a task for their team
        </>
      );
      bodyLabel = 'Task';
      break;
    case 'task_overdue':
      summary = (
        <>
          <span className="event-tag">Help</span>{' '}
          <strong className="event-warning">
            A task is overdue
            {text(data.dueAt) ? `: it was due ${formatDateTime(text(data.dueAt) ?? '')}` : ''}
          </strong>
        </>
      );
      bodyLabel = 'Task';
      break;
    case 'task_done':
      summary =
        text(data.kind) === 'follow_up_call' ? (
          <>
            <strong>{actor}</strong> recorded the follow-up call
          </>
        ) : (
          <>
            <span className="event-tag">Help</span> <strong>{actor}</strong> completed{' '}
            {text(data.kind) === 'referral' ? 'a referral' : 'a task'}
          </>
        );
      bodyLabel = 'Outcome';
      break;
    case 'case_linked': {
      const number = typeof data.caseNumber === 'number' ? data.caseNumber : undefined;
      const other =
        number !== undefined ? <Link to={`/cases/${number}`}>case #{number}</Link> : 'another case';
      summary =
        data.relation === 'follows' ? (
          <strong>Follows {other}</strong>
        ) : (
          <strong>The customer wrote again later: {other} was opened</strong>
        );
      showBody = true;
      break;
    }
    case 'note':
      // A bounce of our mail is noted by Amends itself (app/inbound/record-bounce.ts).
      summary =
        data.bounce !== undefined ? (
          <strong>A mail to the customer bounced</strong>
        ) : (
          <>
            <span className="event-tag event-tag-note">Internal note</span> <strong>{actor}</strong> added a
            note
          </>
        );
      break;
    case 'message_in': {
      const byEmail = data.channel === 'email';
      summary = (
        <>
          <span className="event-tag event-tag-in">From the customer</span>{' '}
          <strong>
            {data.sender === 'stranger' ? `${text(data.from) ?? 'Someone else'} wrote` : 'The customer wrote'}
          </strong>
          <span className="muted"> · {byEmail ? 'by email' : 'on their case page'}</span>
          {data.sender === 'stranger' && <span className="muted"> · not an address of the customer's</span>}
          {data.authentication === 'failed' && (
            <span className="badge event-flag" title={text(data.authenticationWhy)}>
              Sender not verified
            </span>
          )}
        </>
      );
      footer = byEmail && text(data.inboundEmailId) && (
        <WholeEmail emailId={text(data.inboundEmailId) ?? ''} />
      );
      break;
    }
    case 'feedback': {
      const touchpoint = [text(data.touchpointType), text(data.touchpointRef)].filter(Boolean).join(' ');
      const about = touchpoint && <span className="muted"> · {touchpoint}</span>;
      if (data.type === 'changed_mind') {
        const answer = (value: unknown) => {
          const seen = (value ?? {}) as { label?: unknown; colour?: unknown };
          return <AnswerChip label={text(seen.label) ?? '?'} colour={text(seen.colour)} />;
        };
        summary = (
          <>
            <strong>The customer changed their mind</strong>: {answer(data.from)} → {answer(data.to)}
            {about}
          </>
        );
        break;
      }
      summary =
        data.type === 'rating' ? (
          <>
            <strong>The customer rated</strong>{' '}
            <AnswerChip label={text(data.label) ?? String(data.score)} colour={text(data.colour)} />
            {text(data.survey) && <span className="muted"> · {text(data.survey)}</span>}
            {about}
          </>
        ) : (
          <>
            <strong>The customer commented</strong>
            {about}
          </>
        );
      bodyLabel = 'Comment';
      break;
    }
    case 'story_told':
      summary = (
        <>
          <strong>The customer's own words became the story</strong>
          {text(data.previous) && <span className="muted"> · before: “{text(data.previous)}”</span>}
        </>
      );
      break;
    case 'fault_recorded':
      summary = (
        <>
          <strong>{actor}</strong> recorded a fault on our side
        </>
      );
      bodyLabel = 'What went wrong';
      break;
    case 'issue_type_set':
    case 'need_referred':
    case 'need_noted':
    case 'need_not_needed':
      summary = <KnockOnSummary event={event} actor={actor} />;
      bodyLabel = event.kind === 'need_noted' ? 'What the owner will do' : 'Note';
      break;
    case 'delivery_failed':
      summary = (
        <>
          <strong>A mail to {text(data.to) ?? 'the customer'} was not delivered</strong>
          {text(data.error) && <span className="muted"> · {text(data.error)}</span>}
        </>
      );
      break;
    case 'clock_breached': {
      const clock = text(data.clock);
      summary = (
        <>
          <span className="clock clock-breached">
            <span aria-hidden="true">⚠ </span>
            {clock === 'acknowledge' ? 'Acknowledge' : clock === 'update' ? 'Update' : 'Resolve'} clock ran
            out
          </span>{' '}
          <span className="muted">
            {clock === 'update'
              ? '· the customer had heard nothing for a whole cadence; the owner was nudged'
              : clock === 'acknowledge'
                ? '· the case was not acknowledged in time'
                : '· the case was not resolved in time'}
          </span>
        </>
      );
      break;
    }
    case 'amends_requested':
    case 'amends_approved':
    case 'amends_declined':
    case 'amends_issued':
    case 'amends_failed': {
      const what = [text(data.label) ?? 'Amends', amountText(data)].filter(Boolean).join(' of ');
      const verb = {
        amends_requested: 'asked approval for',
        amends_approved: 'approved',
        amends_declined: 'declined',
        amends_issued: 'issued',
        amends_failed: 'could not issue',
      }[event.kind];
      summary = (
        <>
          <span className="event-tag event-tag-note">Amends</span>{' '}
          <strong>{event.actorUserId ? actor : 'Amends'}</strong> {verb} <strong>{what}</strong>
          {text(data.reference) && <span className="muted"> · ref {text(data.reference)}</span>}
        </>
      );
      bodyLabel = event.kind === 'amends_requested' ? 'Why' : 'Reason';
      break;
    }
    case 'message_out':
      summary = (
        <>
          <span className="event-tag event-tag-out">To the customer</span> <strong>{actor}</strong> wrote to
          the customer
          {data.template === 'holding' && (
            <span className="muted"> · holding message, as the update was overdue</span>
          )}
          {text(data.to) && <span className="muted"> · {text(data.to)}</span>}{' '}
          {event.delivery && <DeliveryBadge delivery={event.delivery} />}
        </>
      );
      break;
    case 'promise_made':
    case 'promise_kept':
    case 'promise_broken':
    case 'promise_renegotiated':
    case 'promise_at_risk':
      summary = <PromiseSummary event={event} actor={actor} />;
      bodyLabel = 'Promise';
      break;
  }
  return (
    <li className={`event event-${event.kind}`} data-testid="timeline-event" data-kind={event.kind}>
      <div className="event-head">
        <p className="event-summary">{summary}</p>
        <time dateTime={event.at} className="event-time">
          {formatDateTime(event.at)}
        </time>
      </div>
      {event.kind === 'message_out' && text(data.subject) && (
        <p className="event-subject muted">Subject: {text(data.subject)}</p>
      )}
      {showBody && event.body && (
        <div className="event-body">
          {bodyLabel && <span className="event-body-label">{bodyLabel}: </span>}
          <span data-testid="event-body">{event.body}</span>
        </div>
      )}
      {event.delivery?.error &&
        (event.delivery.status === 'failed' || event.delivery.status === 'bounced') && (
          <p className="event-delivery-error" data-testid="delivery-error">
            {event.delivery.error}
          </p>
        )}
      {footer}
    </li>
  );
}
