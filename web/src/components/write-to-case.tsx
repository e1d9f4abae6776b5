import { type KeyboardEvent, useEffect, useState } from 'react';
import type { CaseDetail, CaseEvent, TemplateKind } from '../api/types.ts';
import { canWriteToCustomer, recipientOf } from '../rules.ts';
import { useSession } from '../session.tsx';
import '../styles/write.css';
import { MessageComposer } from './message-composer.tsx';
import { NoteForm } from './note-form.tsx';

type Tab = 'message' | 'note';

/** Open the message tab on this template's draft; `at` tells one request from the next. */
export type ComposeRequest = { kind: TemplateKind; at: number };

/** The address of the customer's latest email on the timeline (`data.from` of a message_in by email). */
function lastWroteFrom(events: readonly CaseEvent[] | undefined): string | undefined {
  const latest = events?.findLast((e) => e.kind === 'message_in' && e.data.channel === 'email');
  const from = latest?.data.from;
  const value =
    typeof from === 'string'
      ? from
      : typeof (from as { address?: unknown } | undefined)?.address === 'string'
        ? (from as { address: string }).address
        : undefined;
  return value ? (/<([^<>]+)>\s*$/.exec(value)?.[1] ?? value).trim() : undefined;
}

/**
 * Where the case's people write: a message the customer reads, or a note only the team sees — two tabs
 * that look nothing alike, so nobody sends a note to a customer or buries an answer in a note. Both
 * drafts survive switching tabs. The message tab says why it cannot be used when it cannot (not the
 * owner, a closed case, no address), with the server's own rules.
 */
export function WriteToCase({
  detail,
  events,
  onWritten,
  compose,
}: {
  detail: CaseDetail;
  events: readonly CaseEvent[] | undefined;
  onWritten: () => void;
  compose?: ComposeRequest | undefined;
}) {
  const { user } = useSession();
  const { case: c, customer } = detail;
  const to = recipientOf(customer.emails, lastWroteFrom(events));
  const mayWrite = canWriteToCustomer({ userId: user.id, role: user.role }, c.ownerId);
  const why = !mayWrite
    ? 'Only the case owner, a supervisor or an admin writes to the customer: add a note for them instead.'
    : c.status === 'closed'
      ? 'The case is closed: reopen it first if there is more to tell the customer.'
      : !to
        ? 'This customer has no email address to write to. Reach them another way and note it here.'
        : undefined;
  const [tab, setTab] = useState<Tab>(why ? 'note' : 'message');
  useEffect(() => {
    if (compose && !why) setTab('message');
  }, [compose, why]);
  const tabs: Tab[] = ['message', 'note'];
  const move = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next = tabs[(tabs.indexOf(tab) + 1) % tabs.length] as Tab;
    setTab(next);
    document.getElementById(`write-tab-${next}`)?.focus();
  };
  const tabProps = (name: Tab) => ({
    role: 'tab',
    type: 'button' as const,
    id: `write-tab-${name}`,
    'aria-controls': `write-panel-${name}`,
    'aria-selected': tab === name,
    tabIndex: tab === name ? 0 : -1,
    className: `write-tab write-tab-${name}`,
    onClick: () => setTab(name),
    onKeyDown: move,
  });
  return (
    <section className={`card write write-is-${tab}`} aria-label="Write on this case" data-testid="write">
      <div role="tablist" aria-label="Who reads it" className="write-tabs">
        <button {...tabProps('message')}>
          <span aria-hidden="true">✉ </span>Message to customer
        </button>
        <button {...tabProps('note')}>
          <span aria-hidden="true">🔒 </span>Internal note
        </button>
      </div>
      <div
        role="tabpanel"
        id="write-panel-message"
        aria-labelledby="write-tab-message"
        className="write-panel"
        hidden={tab !== 'message'}
      >
        <p className="write-banner write-banner-message">
          <strong>The customer reads this.</strong> It goes by email from the business.
        </p>
        {why || !to ? (
          <p className="muted" data-testid="message-unavailable">
            {why}
          </p>
        ) : (
          <MessageComposer detail={detail} to={to} onSent={onWritten} startWith={compose} />
        )}
      </div>
      <div
        role="tabpanel"
        id="write-panel-note"
        aria-labelledby="write-tab-note"
        className="write-panel"
        hidden={tab !== 'note'}
      >
        <p className="write-banner write-banner-note">
          <strong>Only your team sees this.</strong> The customer never does.
        </p>
        <NoteForm caseId={c.id} onAdded={onWritten} />
      </div>
    </section>
  );
}
