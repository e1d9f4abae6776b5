import { type FormEvent, useEffect, useRef, useState } from 'react';
import { amends } from '../api/amends.ts';
import { fieldProblem, messageFor, unplacedError } from '../api/field-errors.ts';
import type { Blast, BlastPreview, BlastStarted, Survey } from '../api/types.ts';
import { BlastPreviewPanel } from '../components/blast-preview-panel.tsx';
import { ErrorMessage } from '../components/error-message.tsx';
import { FieldError, fieldAria } from '../components/field-error.tsx';
import { LineErrors } from '../components/line-errors.tsx';
import { PageHead } from '../components/page-title.tsx';
import { ResourceList } from '../components/resource-list.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';
import { formatDateTime, formatMegabytes } from '../format.ts';
import { useAction } from '../hooks/use-action.ts';
import { useFocusOnError } from '../hooks/use-focus-on-error.ts';
import { useResource } from '../hooks/use-resource.ts';
import { Link } from '../router.tsx';
import { MAX_CSV_BYTES, MAX_RECIPIENTS } from '../rules.ts';

/** While any blast is being prepared or still has emails on their way, the list refreshes this often. */
const REFRESH_MS = 3000;

/** Survey blasts: send a survey to a CSV of customers, and follow each blast's delivery and answers. */
export function BlastsScene() {
  const surveys = useResource(() => amends.surveys(), []);
  const blasts = useResource(() => amends.blasts(), []);
  const [started, setStarted] = useState<BlastStarted>();

  const inFlight =
    blasts.data?.some((b) => b.state === 'preparing' || b.emails.queued + b.emails.sending > 0) ?? false;
  useEffect(() => {
    if (!inFlight) return;
    const timer = window.setInterval(blasts.reload, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [inFlight, blasts.reload]);

  const active = surveys.data?.filter((s) => s.active) ?? [];
  return (
    <section className="blasts">
      <PageHead title="Blasts">
        <Link to="/outbox" className="button button-secondary">
          Outbox
        </Link>
      </PageHead>
      <ErrorMessage error={surveys.error} />
      {surveys.data && (
        <BlastForm
          surveys={active}
          onStarted={(result) => {
            setStarted(result);
            blasts.reload();
          }}
        />
      )}
      {started && <BlastResult started={started} />}
      <h2 className="section-title">Sent so far</h2>
      <ResourceList
        resource={blasts}
        loading="Loading blasts…"
        empty="No blast yet. Upload a list above to send the first."
      >
        {(list) => <BlastTable blasts={list} surveys={surveys.data ?? []} />}
      </ResourceList>
    </section>
  );
}

function BlastForm({
  surveys,
  onStarted,
}: {
  surveys: Survey[];
  onStarted: (started: BlastStarted) => void;
}) {
  const [surveyId, setSurveyId] = useState('');
  const [name, setName] = useState('');
  /** The list as previewed: what Send sends, so a person confirms exactly what goes. */
  const [previewed, setPreviewed] = useState<{ csv: string; surveyId: string; preview: BlastPreview }>();
  const { busy, error, run } = useAction();
  const file = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);
  const chosen = surveyId || surveys[0]?.id || '';

  const preview = async (event: FormEvent) => {
    event.preventDefault();
    setPreviewed(undefined);
    await run(async () => {
      const upload = file.current?.files?.[0];
      if (!upload) throw fieldProblem('csv', 'Choose a CSV file first.');
      if (upload.size > MAX_CSV_BYTES)
        throw fieldProblem(
          'csv',
          `The file is larger than ${formatMegabytes(MAX_CSV_BYTES)}: split the list into several files.`,
        );
      const csv = await upload.text();
      setPreviewed({
        csv,
        surveyId: chosen,
        preview: await amends.previewBlastCsv({ surveyId: chosen, csv }),
      });
    });
  };

  const send = () =>
    run(async () => {
      if (!previewed) return;
      onStarted(
        await amends.startBlastCsv({
          surveyId: previewed.surveyId,
          name: name.trim() || undefined,
          csv: previewed.csv,
        }),
      );
      setPreviewed(undefined);
      if (file.current) file.current.value = '';
      setName('');
    });

  const csvError = messageFor(error, 'csv');
  const nameError = messageFor(error, 'name');
  if (surveys.length === 0)
    return <p className="empty">There is no active survey to send. An admin can create or reactivate one.</p>;
  return (
    <form className="card stack" onSubmit={preview} aria-label="Send a survey" ref={form} noValidate>
      <div className="field-row">
        <div className="stack">
          <label htmlFor="blast-survey">Survey</label>
          <select
            id="blast-survey"
            value={chosen}
            onChange={(event) => {
              setSurveyId(event.target.value);
              setPreviewed(undefined);
            }}
          >
            {surveys.map((survey) => (
              <option key={survey.id} value={survey.id}>
                {survey.name} — “{survey.question}”
              </option>
            ))}
          </select>
        </div>
        <div className="stack">
          <label htmlFor="blast-name">Name (optional)</label>
          <input
            id="blast-name"
            maxLength={200}
            value={name}
            onChange={(event) => setName(event.target.value)}
            placeholder="e.g. November deliveries"
            {...fieldAria('blast-name', nameError)}
          />
          <FieldError inputId="blast-name" message={nameError} />
        </div>
      </div>
      <label htmlFor="blast-file">Customer list (CSV)</label>
      <input
        id="blast-file"
        ref={file}
        type="file"
        accept=".csv,text/csv"
        required
        {...fieldAria('blast-file', csvError, 'blast-file-hint')}
        onChange={() => setPreviewed(undefined)}
      />
      <FieldError inputId="blast-file" message={csvError} />
      <p className="hint" id="blast-file-hint">
        First line: the column names. <code>email</code> is required; <code>name</code>,{' '}
        <code>external_id</code> and <code>touchpoint_ref</code> are optional. Up to{' '}
        {MAX_RECIPIENTS.toLocaleString()} rows, {formatMegabytes(MAX_CSV_BYTES)}. Unsubscribed and bounced
        addresses are skipped. You see who gets it and the email before anything is sent.
      </p>
      <ErrorMessage error={unplacedError(error, ['csv', 'name'])} />
      {error?.problem.errors && !csvError && !nameError && <LineErrors errors={error.problem.errors} />}
      {previewed ? (
        <BlastPreviewPanel preview={previewed.preview} busy={busy} onSend={send} />
      ) : (
        <div className="button-row">
          <button type="submit" className="button-primary" aria-disabled={busy}>
            {busy ? 'Reading the list…' : 'Preview'}
          </button>
        </div>
      )}
    </form>
  );
}

/** What the server took: the blast, prepared in the background, and each line refused with its reason. */
function BlastResult({ started }: { started: BlastStarted }) {
  const { blast, errors } = started;
  const accepted = blast.recipients - blast.skippedInvalid;
  return (
    <div className="card stack blast-result" aria-live="polite">
      <p className="success-message">
        “{blast.name}” is on its way:{' '}
        {accepted === 1 ? '1 customer' : `${accepted.toLocaleString()} customers`} to ask. Follow it below as
        the list is prepared and mailed.
      </p>
      {errors.length > 0 && (
        <LineErrors errors={errors.map((e) => ({ field: `Line ${e.line}`, message: e.reason }))} />
      )}
    </div>
  );
}

function BlastTable({ blasts, surveys }: { blasts: Blast[]; surveys: Survey[] }) {
  const surveyName = new Map(surveys.map((s) => [s.id, s.name]));
  return (
    <ScrollTable label="Blasts">
      <table className="inbox blast-table">
        <thead>
          <tr>
            <th scope="col">Blast</th>
            <th scope="col">Started</th>
            <th scope="col">Recipients</th>
            <th scope="col">Delivered</th>
            <th scope="col">Not sent</th>
            <th scope="col">Answered</th>
            <th scope="col">Response rate</th>
          </tr>
        </thead>
        <tbody>
          {blasts.map((blast) => {
            const { emails } = blast;
            const waiting = emails.queued + emails.sending;
            return (
              <tr key={blast.id}>
                <td>
                  <Link to={`/outbox?blast=${encodeURIComponent(blast.id)}`}>{blast.name}</Link>
                  <span className="block muted">{surveyName.get(blast.surveyId) ?? 'Survey'}</span>
                  {blast.state === 'preparing' && (
                    <span className="block blast-preparing">
                      <progress value={blast.prepared} max={1} aria-label={`${blast.name}: prepared`} />{' '}
                      Preparing: {Math.floor(blast.prepared * 100)}%
                    </span>
                  )}
                </td>
                <td>{formatDateTime(blast.createdAt)}</td>
                <td>
                  {blast.recipients.toLocaleString()}
                  {blast.skippedInvalid + blast.skippedSuppressed > 0 && (
                    <span className="block muted">
                      {blast.skippedSuppressed} suppressed, {blast.skippedInvalid} refused
                    </span>
                  )}
                </td>
                <td>
                  {emails.sent.toLocaleString()}
                  {emails.held > 0 && (
                    <span className="block muted">{emails.held} held in the outbox, not sent</span>
                  )}
                  {waiting > 0 && <span className="block muted">{waiting} on their way</span>}
                </td>
                <td>
                  {emails.failed + emails.suppressed > 0
                    ? `${emails.failed} failed, ${emails.suppressed} unsubscribed`
                    : '—'}
                </td>
                <td>{blast.answered.toLocaleString()}</td>
                <td>{blast.responseRate === null ? '—' : `${Math.round(blast.responseRate * 100)}%`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}
