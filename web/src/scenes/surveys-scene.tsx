import { type FormEvent, useState } from 'react';
import { amends } from '../api/amends.ts';
import type { Survey } from '../api/types.ts';
import { ErrorMessage } from '../components/error-message.tsx';
import { PageHead } from '../components/page-title.tsx';
import { useAction } from '../hooks/use-action.ts';
import { useResource } from '../hooks/use-resource.ts';

const KIND_LABELS: Record<Survey['kind'], string> = {
  thermometer: 'Thermometer (gold, green, amber, red)',
  csat: 'CSAT (1–5)',
  nps: 'NPS (0–10)',
};

/**
 * Surveys (admins): what customers are asked and the answers they see — words, colours and icons —
 * plus new surveys. The server judges every change (a colour it cannot show, a missing score) and
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
      {surveys.data?.map((survey) => (
        // Keyed by the saved version: after a save the form starts from what the server kept.
        <SurveyForm key={`${survey.id}:${JSON.stringify(survey)}`} survey={survey} onSaved={surveys.reload} />
      ))}
      {surveys.data && <NewSurveyForm onCreated={surveys.reload} />}
    </section>
  );
}

function SurveyForm({ survey, onSaved }: { survey: Survey; onSaved: () => void }) {
  const [draft, setDraft] = useState(survey);
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useAction();
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
    if (await run(() => amends.updateSurvey(survey.id, { name, question, touchpointType, active, scale }))) {
      setSaved(true);
      onSaved();
    }
  };
  const idOf = (name: string) => `survey-${survey.id}-${name}`;
  return (
    <form className="card stack survey-form" onSubmit={submit} aria-label={`Survey ${survey.name}`}>
      <h2 className="section-title">
        {survey.name} <span className="muted">· {KIND_LABELS[survey.kind]}</span>
      </h2>
      <div className="field-row">
        <div className="stack">
          <label htmlFor={idOf('name')}>Name</label>
          <input
            id={idOf('name')}
            required
            maxLength={200}
            value={draft.name}
            onChange={(e) => field('name', e.target.value)}
          />
        </div>
        <div className="stack">
          <label htmlFor={idOf('touchpoint')}>Touchpoint type</label>
          <input
            id={idOf('touchpoint')}
            required
            maxLength={100}
            value={draft.touchpointType}
            onChange={(e) => field('touchpointType', e.target.value)}
          />
        </div>
      </div>
      <label htmlFor={idOf('question')}>Question</label>
      <input
        id={idOf('question')}
        required
        maxLength={500}
        value={draft.question}
        onChange={(e) => field('question', e.target.value)}
      />
      <fieldset className="scale-editor">
        <legend>Answers, as customers see them</legend>
        {draft.scale.map((p, index) => (
          <div className="scale-point" key={p.score} data-testid="scale-point">
            <span className="scale-score">Score {p.score}</span>
            <span className="scale-preview" style={{ background: p.colour }} aria-hidden="true">
              {p.icon} {p.label}
            </span>
            <label>
              Label
              <input
                maxLength={60}
                value={p.label}
                aria-label={`Label for score ${p.score}`}
                onChange={(e) => point(index, { label: e.target.value })}
              />
            </label>
            <label>
              Colour
              <input
                maxLength={20}
                value={p.colour}
                aria-label={`Colour for score ${p.score}`}
                onChange={(e) => point(index, { colour: e.target.value })}
              />
            </label>
            <label>
              Icon
              <input
                maxLength={20}
                size={4}
                value={p.icon}
                aria-label={`Icon for score ${p.score}`}
                onChange={(e) => point(index, { icon: e.target.value })}
              />
            </label>
          </div>
        ))}
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={draft.active} onChange={(e) => field('active', e.target.checked)} />
        In use (new rating requests and blasts may use it)
      </label>
      <ErrorMessage error={error} />
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save survey'}
        </button>
        {saved && (
          <p role="status" className="success-message">
            Saved.
          </p>
        )}
      </div>
    </form>
  );
}

function NewSurveyForm({ onCreated }: { onCreated: () => void }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Survey['kind']>('thermometer');
  const [touchpointType, setTouchpointType] = useState('');
  const [question, setQuestion] = useState('');
  const { busy, error, run } = useAction();

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
    <form className="card stack" onSubmit={submit} aria-label="New survey">
      <h2 className="section-title">New survey</h2>
      <div className="field-row">
        <div className="stack">
          <label htmlFor="new-survey-name">Name</label>
          <input
            id="new-survey-name"
            required
            maxLength={200}
            value={name}
            placeholder="e.g. After delivery"
            onChange={(e) => setName(e.target.value)}
          />
        </div>
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
        <div className="stack">
          <label htmlFor="new-survey-touchpoint">Touchpoint type</label>
          <input
            id="new-survey-touchpoint"
            required
            maxLength={100}
            value={touchpointType}
            placeholder="e.g. delivery"
            onChange={(e) => setTouchpointType(e.target.value)}
          />
        </div>
      </div>
      <label htmlFor="new-survey-question">Question</label>
      <input
        id="new-survey-question"
        required
        maxLength={500}
        value={question}
        placeholder="e.g. How was your delivery?"
        onChange={(e) => setQuestion(e.target.value)}
      />
      <ErrorMessage error={error} />
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create survey'}
        </button>
      </div>
    </form>
  );
}
