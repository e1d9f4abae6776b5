import { type FormEvent, useRef, useState } from 'react';
import { amends } from '../api/amends.ts';
import { fieldProblem, messageFor, unplacedError } from '../api/field-errors.ts';
import { knockOn } from '../api/knock-on.ts';
import type { Channel, Severity } from '../api/types.ts';
import { type CustomerChoice, CustomerPicker } from '../components/customer-picker.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { FieldError, fieldAria } from '../components/field-error.tsx';
import { PageTitle } from '../components/page-title.tsx';
import { TextField } from '../components/text-field.tsx';
import { CHANNEL_LABELS, SEVERITY_LABELS } from '../format.ts';
import { useAction } from '../hooks/use-action.ts';
import { useFocusOnError } from '../hooks/use-focus-on-error.ts';
import { useResource } from '../hooks/use-resource.ts';
import { usePeople } from '../people.tsx';
import { navigate } from '../router.tsx';
import { SEVERITIES } from '../rules.ts';
import { useSession } from '../session.tsx';

/** Channels a person records by hand; rating, event and api cases are opened by the system. */
const HUMAN_CHANNELS: readonly Channel[] = ['email', 'phone', 'chat', 'social', 'web', 'in_person'];

/** The fields whose refusals show beside them; anything else shows at the foot of the form. */
const SHOWN_FIELDS = ['customer', 'customer.name', 'customer.emails.0', 'title', 'story'];

/** Open a case: who, what happened in their words, how bad. Then straight to the case page. */
export function NewCaseScene() {
  const [customer, setCustomer] = useState<CustomerChoice>({ mode: 'existing', customer: undefined });
  const [title, setTitle] = useState('');
  const [story, setStory] = useState('');
  const [severity, setSeverity] = useState<Severity>('normal');
  const [channel, setChannel] = useState<Channel>('email');
  const [ownerId, setOwnerId] = useState('');
  const [issueTypeId, setIssueTypeId] = useState('');
  const { busy, error, run } = useAction();
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(async () => {
      let who: { customerId: string } | { customer: { name: string; emails: string[] } };
      if (customer.mode === 'new')
        who = { customer: { name: customer.name, emails: [customer.email.trim()] } };
      else if (customer.customer) who = { customerId: customer.customer.id };
      else
        throw fieldProblem(
          'customer',
          'Choose the customer first: search for them, or choose “New customer”.',
        );
      const opened = await amends.openCase({
        ...who,
        title,
        story,
        severity,
        channel,
        ...(ownerId && { ownerId }),
        ...(issueTypeId && { issueTypeId }),
      });
      navigate(`/cases/${opened.case.id}`);
    });
  };

  return (
    <section className="narrow">
      <PageTitle title="New case" />
      <p className="muted lead">
        Capture the customer's story once, in their words, so nobody asks them to repeat it.
      </p>
      <form className="stack" onSubmit={submit} aria-label="New case" ref={form} noValidate>
        <CustomerPicker
          value={customer}
          onChange={setCustomer}
          errors={{
            choice: messageFor(error, 'customer'),
            name: messageFor(error, 'customer.name'),
            email: messageFor(error, 'customer.emails.0'),
          }}
        />
        <div className="card stack">
          <TextField
            id="case-title"
            label="Title"
            maxLength={200}
            value={title}
            onChange={setTitle}
            placeholder="e.g. Order 4471 arrived broken"
            error={messageFor(error, 'title')}
          />
          <label htmlFor="case-story">The customer's story</label>
          <textarea
            id="case-story"
            required
            rows={6}
            value={story}
            onChange={(event) => setStory(event.target.value)}
            {...fieldAria('case-story', messageFor(error, 'story'))}
          />
          <FieldError inputId="case-story" message={messageFor(error, 'story')} />
          <div className="field-row">
            <div className="stack">
              <label htmlFor="case-severity">Severity</label>
              <select
                id="case-severity"
                value={severity}
                onChange={(event) => setSeverity(event.target.value as Severity)}
              >
                {SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {SEVERITY_LABELS[s]}
                  </option>
                ))}
              </select>
            </div>
            <div className="stack">
              <label htmlFor="case-channel">Came in by</label>
              <select
                id="case-channel"
                value={channel}
                onChange={(event) => setChannel(event.target.value as Channel)}
              >
                {HUMAN_CHANNELS.map((c) => (
                  <option key={c} value={c}>
                    {CHANNEL_LABELS[c]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <OwnerSelect value={ownerId} onChange={setOwnerId} />
          <IssueTypeSelect value={issueTypeId} onChange={setIssueTypeId} />
        </div>
        <ErrorMessage error={unplacedError(error, SHOWN_FIELDS)} />
        <div className="button-row">
          <button type="submit" className="button-primary" aria-disabled={busy}>
            {busy ? 'Opening…' : 'Open case'}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Empty means the assignment rule picks: the available person with the fewest active cases. */
function OwnerSelect({ value, onChange }: { value: string; onChange: (ownerId: string) => void }) {
  const { user } = useSession();
  const { list } = usePeople();
  const others = list.filter((person) => person.active && person.id !== user.id);
  return (
    <>
      <label htmlFor="case-owner">Owner</label>
      <select id="case-owner" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Assign automatically (fewest active cases)</option>
        <option value={user.id}>Me ({user.name})</option>
        {others.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </select>
    </>
  );
}

/** What kind of problem it is, if one of the list fits: its knock-on needs then show on the case. */
function IssueTypeSelect({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const types = useResource(() => knockOn.issueTypes(), []);
  const live = types.data?.filter((type) => !type.archived) ?? [];
  if (live.length === 0) return null;
  return (
    <div className="stack">
      <label htmlFor="case-issue-type">Issue type (optional)</label>
      <select id="case-issue-type" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Not said</option>
        {live.map((type) => (
          <option key={type.id} value={type.id}>
            {type.name}
          </option>
        ))}
      </select>
    </div>
  );
}
