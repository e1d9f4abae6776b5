import '../styles/knock-on.css';
import { type FormEvent, useRef, useState } from 'react';
import { messageFor, unplacedError } from '../api/field-errors.ts';
import { type IssueType, type IssueTypeDraft, knockOn } from '../api/knock-on.ts';
import { ErrorMessage } from '../components/error-message.tsx';
import { FieldError, fieldAria } from '../components/field-error.tsx';
import { PageHead } from '../components/page-title.tsx';
import { useAction } from '../hooks/use-action.ts';
import { useResource } from '../hooks/use-resource.ts';

/**
 * Settings → Issue types: the kinds of problem a case can be, each with its checklist of knock-on
 * needs to ask the customer about, and the partner who looks after each. Saved whole: a refused item
 * leaves the checklist as it was.
 */
export function IssueTypesScene() {
  const types = useResource(() => knockOn.issueTypes(), []);
  return (
    <section className="settings">
      <PageHead title="Issue types and knock-on needs" />
      <p className="muted">
        A flooded basement is rarely only a flooded basement. For each kind of problem, list what else to ask
        the customer about; a need with a partner becomes a referral task when the customer needs it.
      </p>
      <ErrorMessage error={types.error} />
      <div className="stack">
        <NewIssueType onAdded={types.reload} />
        {types.data?.map((type) => (
          <IssueTypeEditor key={type.id} type={type} onSaved={types.reload} />
        ))}
      </div>
    </section>
  );
}

function NewIssueType({ onAdded }: { onAdded: () => void }) {
  const [name, setName] = useState('');
  const { busy, error, run } = useAction();
  const key = useRef(crypto.randomUUID());
  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(() => knockOn.createIssueType({ name, archived: false, needs: [] }, key.current))) {
      key.current = crypto.randomUUID();
      setName('');
      onAdded();
    }
  };
  const nameError = messageFor(error, 'name');
  return (
    <form className="card inline-form" onSubmit={add} noValidate aria-label="Add an issue type">
      <label htmlFor="new-issue-type">Add an issue type (e.g. Flooded basement)</label>
      <input
        id="new-issue-type"
        value={name}
        onChange={(event) => setName(event.target.value)}
        {...fieldAria('new-issue-type', nameError)}
      />
      <button type="submit" aria-disabled={busy}>
        Add
      </button>
      <FieldError inputId="new-issue-type" message={nameError} />
      <ErrorMessage error={unplacedError(error, ['name'])} />
    </form>
  );
}

type Row = IssueTypeDraft['needs'][number] & { rowKey: string };

const draftOf = (type: IssueType): Row[] =>
  type.needs.map((need) => ({
    rowKey: need.id,
    id: need.id,
    label: need.label,
    partnerName: need.partnerName,
    partnerContact: need.partnerContact,
  }));

function IssueTypeEditor({ type, onSaved }: { type: IssueType; onSaved: () => void }) {
  const [name, setName] = useState(type.name);
  const [archived, setArchived] = useState(type.archived);
  const [rows, setRows] = useState<Row[]>(() => draftOf(type));
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useAction();
  const titleId = `issue-type-${type.id}`;
  const nameId = `${titleId}-name`;

  const change = (index: number, patch: Partial<Row>) => {
    setSaved(false);
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  };
  const move = (index: number, by: number) =>
    setRows((current) => {
      const next = [...current];
      const [row] = next.splice(index, 1);
      if (row) next.splice(index + by, 0, row);
      return next;
    });
  const remove = (index: number) => setRows((current) => current.filter((_, i) => i !== index));
  const add = () =>
    setRows((current) => [
      ...current,
      { rowKey: crypto.randomUUID(), label: '', partnerName: null, partnerContact: null },
    ]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const draft: IssueTypeDraft = {
      name,
      archived,
      needs: rows.map(({ id, label, partnerName, partnerContact }) => ({
        ...(id && { id }),
        label,
        partnerName: partnerName?.trim() ? partnerName : null,
        partnerContact: partnerContact?.trim() ? partnerContact : null,
      })),
    };
    const ok = await run(async () => {
      const after = await knockOn.updateIssueType(type.id, draft);
      setRows(draftOf(after));
    });
    if (ok) {
      setSaved(true);
      onSaved();
    }
  };

  const shown: string[] = ['name'];
  const fieldError = (index: number, field: string) => {
    const path = `needs.${index}.${field}`;
    shown.push(path);
    return messageFor(error, path);
  };
  return (
    <form
      className="card checklist-editor"
      onSubmit={save}
      noValidate
      aria-labelledby={titleId}
      data-testid="issue-type"
      data-name={type.name}
    >
      <h2 id={titleId}>
        {type.name}
        {type.archived && <span className="muted"> (archived)</span>}
      </h2>
      <div className="stack-tight">
        <label htmlFor={nameId}>Name</label>
        <input
          id={nameId}
          value={name}
          onChange={(event) => setName(event.target.value)}
          {...fieldAria(nameId, messageFor(error, 'name'))}
        />
        <FieldError inputId={nameId} message={messageFor(error, 'name')} />
      </div>
      <fieldset className="checklist-editor">
        <legend>Knock-on needs to ask about, in order</legend>
        {rows.length === 0 && <p className="muted small">No needs yet.</p>}
        {rows.map((row, index) => {
          const rowId = `${titleId}-need-${row.rowKey}`;
          const labelError = fieldError(index, 'label');
          const partnerError = fieldError(index, 'partnerName');
          const contactError = fieldError(index, 'partnerContact');
          return (
            <div className="checklist-row" key={row.rowKey} data-testid="checklist-row">
              <div>
                <label htmlFor={`${rowId}-label`}>Need {index + 1}</label>
                <input
                  id={`${rowId}-label`}
                  value={row.label}
                  onChange={(event) => change(index, { label: event.target.value })}
                  {...fieldAria(`${rowId}-label`, labelError)}
                />
                <FieldError inputId={`${rowId}-label`} message={labelError} />
              </div>
              <div>
                <label htmlFor={`${rowId}-partner`}>Partner (optional)</label>
                <input
                  id={`${rowId}-partner`}
                  value={row.partnerName ?? ''}
                  onChange={(event) => change(index, { partnerName: event.target.value })}
                  {...fieldAria(`${rowId}-partner`, partnerError)}
                />
                <FieldError inputId={`${rowId}-partner`} message={partnerError} />
              </div>
              <div>
                <label htmlFor={`${rowId}-contact`}>Partner contact</label>
                <input
                  id={`${rowId}-contact`}
                  value={row.partnerContact ?? ''}
                  onChange={(event) => change(index, { partnerContact: event.target.value })}
                  {...fieldAria(`${rowId}-contact`, contactError)}
                />
                <FieldError inputId={`${rowId}-contact`} message={contactError} />
              </div>
              <div className="row-actions">
                <button
                  type="button"
                  aria-label={`Move need ${index + 1} up`}
                  aria-disabled={index === 0}
                  onClick={() => index > 0 && move(index, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={`Move need ${index + 1} down`}
                  aria-disabled={index === rows.length - 1}
                  onClick={() => index < rows.length - 1 && move(index, 1)}
                >
                  ↓
                </button>
                <button type="button" aria-label={`Remove need ${index + 1}`} onClick={() => remove(index)}>
                  Remove
                </button>
              </div>
            </div>
          );
        })}
        <div>
          <button type="button" onClick={add}>
            Add a need
          </button>
        </div>
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" checked={archived} onChange={(event) => setArchived(event.target.checked)} />{' '}
        Archived: no longer offered on cases
      </label>
      <ErrorMessage error={unplacedError(error, shown)} />
      {saved && (
        <p className="small" role="status">
          Saved.
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button-primary" aria-disabled={busy}>
          {busy ? 'Saving…' : `Save ${type.name}`}
        </button>
      </div>
    </form>
  );
}
