import { type FormEvent, useRef, useState } from 'react';
import { amends } from '../api/amends.ts';
import { messageFor, unplacedError } from '../api/field-errors.ts';
import type { Survey } from '../api/types.ts';
import { ErrorMessage } from '../components/error-message.tsx';
import { PageHead } from '../components/page-title.tsx';
import { SurveySnippetForm } from '../components/survey-snippet-form.tsx';
import { SurveyTestButton } from '../components/survey-test-button.tsx';
import { TextField } from '../components/text-field.tsx';
import { useAction } from '../hooks/use-action.ts';
import { useFocusOnError } from '../hooks/use-focus-on-error.ts';
import { useResource } from '../hooks/use-resource.ts';
import { readableTextOn } from '../rules.ts';

const KIND_LABELS: Record<Survey['kind'], string> = {
  thermometer: 'Thermometer (gold, green, amber, red)',
  csat: 'CSAT (1–5)',
  nps: 'NPS (0–10)',
};

/**
 * Surveys (admins): a snippet of any survey to paste into an email; what customers are asked and the
 * answers they see — words, colours and icons — plus new surveys. The server judges every change (a colour it cannot show, a missing score) and
 * says why in a sentence; nothing is half-saved.
 */
export function SurveysScene() {
  const surveys = useResource(() => amends.surveys(), []);
  return (
    <section className="surveys">
      <PageHead title="Surveys" />
      <p className="muted lead">
        Changes apply to every link already sent: a customer who clicks later sees the new words.
      </p>
      <ErrorMessage error={surveys.error} />
      {!surveys.data && !surveys.error && <p className="muted">Loading surveys…</p>}
      {surveys.data && <SurveySnippetForm surveys={surveys.data.filter((survey) => survey.active)} />}
      {surveys.data?.map((survey) => (
        <SurveyForm key={survey.id} survey={survey} />
      ))}
      {surveys.data && <NewSurveyForm onCreated={surveys.reload} />}
    </section>
  );
}

/** The survey fields whose refusals show beside them (a refused scale shows at the foot of the form). */
const SHOWN_FIELDS = ['name', 'touchpointType', 'question'];

/** One answer's fields, in the order shown, with their lengths (the server's limits). */
const POINT_FIELDS = [
  { key: 'label', name: 'Label', maxLength: 60 },
  { key: 'colour', name: 'Colour', maxLength: 20 },
  { key: 'icon', name: 'Icon', maxLength: 20 },
] as const;

/** A survey as last loaded or saved, edited here; a save starts the form from what the server kept. */
function SurveyForm({ survey }: { survey: Survey }) {
  const [kept, setKept] = useState(survey);
  const [draft, setDraft] = useState(survey);
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useAction();
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);
  const field = <K extends keyof Survey>(key: K, value: Survey[K]) => {
    setSaved(false);
    setDraft((current) => ({ ...current, [key]: value }));
  };
  const point = (index: number, changes: Partial<Survey['scale'][number]>) =>
    field(
      'scale',
      draft.scale.map((p, i) => (i === index ? { ...p, ...changes } : p)),
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { name, question, touchpointType, active, scale } = draft;
    await run(async () => {
      const updated = await amends.updateSurvey(survey.id, { name, question, touchpointType, active, scale });
      setKept(updated);
      setDraft(updated);
      setSaved(true);
    });
  };
  const idOf = (name: string) => `survey-${survey.id}-${name}`;
  return (
    <form
      className="card stack survey-form"
      onSubmit={submit}
      aria-label={`Survey ${kept.name}`}
      ref={form}
      noValidate
    >
      <h2 className="section-title">
        {kept.name} <span className="muted">· {KIND_LABELS[kept.kind]}</span>
      </h2>
      <div className="field-row">
        <TextField
          id={idOf('name')}
          label="Name"
          maxLength={200}
          value={draft.name}
          onChange={(v) => field('name', v)}
          error={messageFor(error, 'name')}
        />
        <TextField
          id={idOf('touchpoint')}
          label="Touchpoint type"
          maxLength={100}
          value={draft.touchpointType}
          onChange={(v) => field('touchpointType', v)}
          error={messageFor(error, 'touchpointType')}
        />
      </div>
      <TextField
        id={idOf('question')}
        label="Question"
        maxLength={500}
        value={draft.question}
        onChange={(v) => field('question', v)}
        error={messageFor(error, 'question')}
      />
      <fieldset className="scale-editor">
        <legend>Answers, as customers see them</legend>
        {draft.scale.map((p, index) => (
          <div className="scale-point" key={p.score} data-testid="scale-point">
            <span className="scale-score">Score {p.score}</span>
            <span
              className="scale-preview"
              style={{ background: p.colour, color: readableTextOn(p.colour) }}
              aria-hidden="true"
            >
              {p.icon} {p.label}
            </span>
            {POINT_FIELDS.map(({ key, name, maxLength }) => (
              <label key={key}>
                {name}
                <input
                  maxLength={maxLength}
                  size={key === 'icon' ? 4 : undefined}
                  value={p[key]}
                  aria-label={`${name} for score ${p.score}`}
                  onChange={(e) => point(index, { [key]: e.target.value })}
                />
              </label>
            ))}
          </div>
        ))}
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={draft.active} onChange={(e) => field('active', e.target.checked)} />
        In use (new rating requests and blasts may use it)
      </label>
      <ErrorMessage error={unplacedError(error, SHOWN_FIELDS)} />
      <div className="button-row">
        <button type="submit" className="button-primary" aria-disabled={busy}>
          {busy ? 'Saving…' : 'Save survey'}
        </button>
        {saved && (
          <p role="status" className="success-message">
            Saved.
          </p>
        )}
      </div>
      <SurveyTestButton surveyId={survey.id} />
    </form>
  );
}

function NewSurveyForm({ onCreated }: { onCreated: () => void }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Survey['kind']>('thermometer');
  const [touchpointType, setTouchpointType] = useState('');
  const [question, setQuestion] = useState('');
  const { busy, error, run } = useAction();
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(() => amends.createSurvey({ name, kind, touchpointType, question }))) {
      setName('');
      setTouchpointType('');
      setQuestion('');
      onCreated();
    }
  };
  return (
    <form className="card stack" onSubmit={submit} aria-label="New survey" ref={form} noValidate>
      <h2 className="section-title">New survey</h2>
      <div className="field-row">
        <TextField
          id="new-survey-name"
          label="Name"
          maxLength={200}
          value={name}
          placeholder="e.g. After delivery"
          onChange={setName}
          error={messageFor(error, 'name')}
        />
        <div className="stack">
          <label htmlFor="new-survey-kind">Kind</label>
          <select
            id="new-survey-kind"
            value={kind}
            onChange={(e) => setKind(e.target.value as Survey['kind'])}
          >
            {Object.entries(KIND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="new-survey-touchpoint"
          label="Touchpoint type"
          maxLength={100}
          value={touchpointType}
          placeholder="e.g. delivery"
          onChange={setTouchpointType}
          error={messageFor(error, 'touchpointType')}
        />
      </div>
      <TextField
        id="new-survey-question"
        label="Question"
        maxLength={500}
        value={question}
        placeholder="e.g. How was your delivery?"
        onChange={setQuestion}
        error={messageFor(error, 'question')}
      />
      <ErrorMessage error={unplacedError(error, SHOWN_FIELDS)} />
      <div className="button-row">
        <button type="submit" className="button-primary" aria-disabled={busy}>
          {busy ? 'Creating…' : 'Create survey'}
        </button>
      </div>
    </form>
  );
}
