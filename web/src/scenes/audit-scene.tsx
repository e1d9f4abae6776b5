import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type AuditFilter, admin } from '../api/admin.ts';
import { type ApiError, toApiError } from '../api/client.ts';
import type { AuditEntry } from '../api/types.ts';
import { ErrorMessage } from '../components/error-message.tsx';
import { PageHead } from '../components/page-title.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';
import { formatDateTime } from '../format.ts';
import { usePeople } from '../people.tsx';
import { Link } from '../router.tsx';
import { AUDIT_ACTION_LABELS } from '../rules.ts';
import '../styles/audit.css';

/** The day after a yyyy-mm-dd date: the form's "to" day is included, the API's `to` is not. */
function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

type Draft = { actorUserId: string; action: string; from: string; to: string };
const NO_FILTER: Draft = { actorUserId: '', action: '', from: '', to: '' };

/** Who changed what, newest first (admins): by person, action and period, fifty at a time. */
export function AuditScene() {
  const [draft, setDraft] = useState<Draft>(NO_FILTER);
  const [filter, setFilter] = useState<AuditFilter>({});
  const [entries, setEntries] = useState<AuditEntry[]>();
  const [nextBeforeId, setNextBeforeId] = useState<number | null>(null);
  // What is loading: the first page of a filter, or an older page (which must not hold up a new filter).
  const [loading, setLoading] = useState<'filter' | 'older'>();
  const [error, setError] = useState<ApiError>();
  // The latest load wins: a filter applied while "Show older" loads is never dropped, and the older
  // page of the previous filter, arriving after it, is never appended to the new list.
  const generation = useRef(0);

  const load = async (wanted: AuditFilter, beforeId?: number) => {
    const mine = ++generation.current;
    setLoading(beforeId === undefined ? 'filter' : 'older');
    setError(undefined);
    try {
      const page = await admin.audit({ ...wanted, beforeId });
      if (mine !== generation.current) return;
      setEntries((shown) => (beforeId === undefined ? page.entries : [...(shown ?? []), ...page.entries]));
      setNextBeforeId(page.nextBeforeId);
    } catch (caught) {
      if (mine === generation.current) setError(toApiError(caught));
    } finally {
      if (mine === generation.current) setLoading(undefined);
    }
  };

  useEffect(() => {
    void load(filter);
  }, [filter]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilter({
      actorUserId: draft.actorUserId || undefined,
      action: draft.action || undefined,
      from: draft.from || undefined,
      to: draft.to ? dayAfter(draft.to) : undefined,
    });
  };
  const clear = () => {
    setDraft(NO_FILTER);
    setFilter({});
  };

  return (
    <section className="audit">
      <PageHead title="Audit log" />
      <AuditFilters
        draft={draft}
        onChange={setDraft}
        onApply={apply}
        onClear={clear}
        busy={loading === 'filter'}
      />
      <ErrorMessage error={error} />
      {entries === undefined && !error && <p className="muted">Loading the log…</p>}
      {entries?.length === 0 && <p className="empty">Nothing in the log matches.</p>}
      {entries && entries.length > 0 && <AuditTable entries={entries} />}
      {nextBeforeId !== null && entries && entries.length > 0 && (
        <button
          type="button"
          className="button button-secondary audit-older"
          aria-disabled={loading !== undefined}
          onClick={() => {
            if (loading === undefined) void load(filter, nextBeforeId);
          }}
        >
          {loading === 'older' ? 'Loading…' : 'Show older'}
        </button>
      )}
    </section>
  );
}

function AuditFilters({
  draft,
  onChange,
  onApply,
  onClear,
  busy,
}: {
  draft: Draft;
  onChange: (draft: Draft) => void;
  onApply: (event: FormEvent) => void;
  onClear: () => void;
  busy: boolean;
}) {
  const { list } = usePeople();
  const set = (changes: Partial<Draft>) => onChange({ ...draft, ...changes });
  return (
    <form className="audit-filters card" onSubmit={onApply} aria-label="Filter the audit log">
      <div className="stack">
        <label htmlFor="audit-person">Person</label>
        <select
          id="audit-person"
          value={draft.actorUserId}
          onChange={(e) => set({ actorUserId: e.target.value })}
        >
          <option value="">Anyone</option>
          {list.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      </div>
      <div className="stack">
        <label htmlFor="audit-action">Action</label>
        <select id="audit-action" value={draft.action} onChange={(e) => set({ action: e.target.value })}>
          <option value="">Any action</option>
          {Object.entries(AUDIT_ACTION_LABELS).map(([action, label]) => (
            <option key={action} value={action}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="stack">
        <label htmlFor="audit-from">From</label>
        <input
          id="audit-from"
          type="date"
          value={draft.from}
          onChange={(e) => set({ from: e.target.value })}
        />
      </div>
      <div className="stack">
        <label htmlFor="audit-to">To (inclusive)</label>
        <input id="audit-to" type="date" value={draft.to} onChange={(e) => set({ to: e.target.value })} />
      </div>
      <div className="audit-filter-buttons">
        <button type="submit" className="button-primary" aria-disabled={busy}>
          Show
        </button>
        <button type="button" className="button button-quiet" onClick={onClear}>
          Clear
        </button>
      </div>
    </form>
  );
}

/** What was changed: a person by name, a case or customer as a link, anything else by the start of its id. */
function AuditSubject({ type, id }: { type: string; id: string }) {
  const { nameOf } = usePeople();
  const short = <code>{id.slice(0, 8)}</code>;
  if (type === 'user') return <>{nameOf(id)}</>;
  if (type === 'case') return <Link to={`/cases/${id}`}>{short}</Link>;
  if (type === 'customer') return <Link to={`/customers/${id}`}>{short}</Link>;
  return short;
}

function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { nameOf } = usePeople();
  return (
    <ScrollTable label="Audit entries">
      <table className="data-table audit-table">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Subject</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} data-testid="audit-entry">
              <td className="audit-when">{formatDateTime(entry.at)}</td>
              <td data-testid="audit-who">{nameOf(entry.actorUserId)}</td>
              <td data-testid="audit-action" data-action={entry.action}>
                {AUDIT_ACTION_LABELS[entry.action] ?? entry.action}
              </td>
              <td>
                <span className="muted">{entry.subjectType.replace('_', ' ')}</span>{' '}
                <AuditSubject type={entry.subjectType} id={entry.subjectId} />
              </td>
              <td className="audit-details">
                {Object.entries(entry.details).map(([key, value]) => (
                  <span key={key} className="block">
                    {key}: {typeof value === 'string' ? value : JSON.stringify(value)}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
