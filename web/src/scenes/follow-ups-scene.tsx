import { type FormEvent, useState } from 'react';
import { amends } from '../api/amends.ts';
import { messageFor, unplacedError } from '../api/field-errors.ts';
import type { FollowUpGap, FollowUpSettings } from '../api/types.ts';
import { ErrorMessage } from '../components/error-message.tsx';
import { FieldError, fieldAria } from '../components/field-error.tsx';
import { PageHead } from '../components/page-title.tsx';
import { formatDateTime } from '../format.ts';
import { useAction } from '../hooks/use-action.ts';
import { useResource } from '../hooks/use-resource.ts';
import { usePeople } from '../people.tsx';
import { Link } from '../router.tsx';
import '../styles/settings.css';

/**
 * The follow-up after each resolution, for admins: when it goes and when a reply still reopens a
 * case, and the reconciliation — resolved cases whose follow-up is missing or doubled. Both lists
 * should always be empty; anything listed here is a customer we owe a word to, or one we wrote to twice.
 */
export function FollowUpsScene() {
  const report = useResource(() => amends.followUpReport(), []);
  const settings = useResource(() => amends.followUpSettings(), []);
  return (
    <section className="settings">
      <PageHead title="Follow-ups">
        <button type="button" className="button-secondary" onClick={report.reload}>
          Check again
        </button>
      </PageHead>
      <div className="settings-layout">
        <section className="card" aria-labelledby="reconcile-title" data-testid="follow-up-report">
          <h2 id="reconcile-title">Reconciliation</h2>
          <ErrorMessage error={report.error} />
          {!report.data && !report.error && <p className="muted">Checking every resolved case…</p>}
          {report.data && (
            <>
              <p className="muted">
                Checked {formatDateTime(report.data.checkedAt)}: follow-ups due before{' '}
                {formatDateTime(report.data.dueBefore)} must have gone, once.
              </p>
              <GapList
                title="Missing"
                empty="None missing: every follow-up that was due has gone."
                gaps={report.data.missing}
                testId="missing"
              />
              <GapList
                title="Doubled"
                empty="None doubled: no resolution had more than one follow-up."
                gaps={report.data.doubled}
                testId="doubled"
              />
            </>
          )}
        </section>
        <section className="card" aria-labelledby="follow-up-settings-title">
          <h2 id="follow-up-settings-title">When</h2>
          <ErrorMessage error={settings.error} />
          {settings.data && <SettingsForm saved={settings.data} />}
        </section>
      </div>
    </section>
  );
}

function GapList({
  title,
  empty,
  gaps,
  testId,
}: {
  title: string;
  empty: string;
  gaps: readonly FollowUpGap[];
  testId: string;
}) {
  const { nameOf } = usePeople();
  return (
    <div data-testid={`follow-ups-${testId}`} data-count={gaps.length}>
      <h3>
        {title} ({gaps.length})
      </h3>
      {gaps.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul>
          {gaps.map((gap) => (
            <li key={gap.resolutionId}>
              <Link to={`/cases/${gap.caseNumber}`}>
                #{gap.caseNumber} {gap.caseTitle}
              </Link>
              <span className="muted">
                {' '}
                · resolution {gap.resolutionNumber}, due {formatDateTime(gap.followUpDueAt)} · {gap.sent} sent
                · owner {nameOf(gap.ownerId)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function SettingsForm({ saved }: { saved: FollowUpSettings }) {
  const [days, setDays] = useState(String(saved.followUpBusinessDays));
  const [reopen, setReopen] = useState(String(saved.reopenWithinDays));
  const [done, setDone] = useState<string>();
  const { busy, error, run } = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(undefined);
    await run(async () => {
      const next = await amends.updateFollowUpSettings({
        followUpBusinessDays: Number(days),
        reopenWithinDays: Number(reopen),
      });
      setDays(String(next.followUpBusinessDays));
      setReopen(String(next.reopenWithinDays));
      setDone('Saved. Cases resolved from now on follow these.');
    });
  };
  const daysError = messageFor(error, 'followUpBusinessDays');
  const reopenError = messageFor(error, 'reopenWithinDays');
  return (
    <form
      className="stack"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label="Follow-up settings"
    >
      <label htmlFor="follow-up-days">Follow up this many business days after resolving</label>
      <input
        id="follow-up-days"
        type="number"
        inputMode="numeric"
        min={1}
        max={30}
        value={days}
        onChange={(event) => setDays(event.target.value)}
        {...fieldAria('follow-up-days', daysError)}
      />
      <FieldError inputId="follow-up-days" message={daysError} />
      <label htmlFor="reopen-days">A reply within this many days reopens the case</label>
      <input
        id="reopen-days"
        type="number"
        inputMode="numeric"
        min={1}
        max={365}
        value={reopen}
        onChange={(event) => setReopen(event.target.value)}
        {...fieldAria('reopen-days', reopenError, 'reopen-days-hint')}
      />
      <p id="reopen-days-hint" className="hint">
        Later, the reply opens a new case that names the old one.
      </p>
      <FieldError inputId="reopen-days" message={reopenError} />
      <ErrorMessage error={unplacedError(error, ['followUpBusinessDays', 'reopenWithinDays'])} />
      {done && <p role="status">{done}</p>}
      <div className="button-row">
        <button type="submit" className="button-primary" aria-disabled={busy}>
          Save
        </button>
      </div>
    </form>
  );
}
