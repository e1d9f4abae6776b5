import '../styles/amends.css';
import { type FormEvent, useEffect, useState } from 'react';
import { formatMoney, parseMajorAmount } from '../../../src/core/amends/money.ts';
import { admin } from '../api/admin.ts';
import { type AmendsSettings, gestures } from '../api/gestures.ts';
import type { AmendsLimit, GestureType } from '../api/types.ts';
import { ErrorMessage } from '../components/error-message.tsx';
import { GestureDefaultForm } from '../components/gesture-default-form.tsx';
import { PageHead } from '../components/page-title.tsx';
import { ScrollTable } from '../components/scroll-table.tsx';
import { useAction } from '../hooks/use-action.ts';
import { useResource } from '../hooks/use-resource.ts';

/** Settings → Amends: the catalogue, authority limits, team budgets, the webhook and code pools. */
export function AmendsSettingsScene() {
  const settings = useResource(() => gestures.settings(), []);
  return (
    <section className="settings">
      <PageHead title="Amends" />
      <ErrorMessage error={settings.error} />
      {settings.data && (
        <div className="stack">
          <CataloguePanel settings={settings.data} onSaved={settings.reload} />
          <LimitsPanel settings={settings.data} onSaved={settings.reload} />
          <BudgetsPanel settings={settings.data} onSaved={settings.reload} />
          <WebhookPanel settings={settings.data} onSaved={settings.reload} />
        </div>
      )}
    </section>
  );
}

const money = (minor: number | null, currency: string | null) =>
  minor === null || !currency ? '' : formatMoney({ amountMinor: minor, currency });

/**
 * The amount the case's form starts from for this gesture (the agent may change it). Only an amount
 * of money has one; a catalogue entry that carries money may have none set (the form starts empty).
 */
function GestureDefault({ type }: { type: GestureType }) {
  if (!type.carriesMoney) return '—';
  const amount = money(type.defaultAmountMinor, type.defaultCurrency);
  return amount ? amount : <span className="muted">None</span>;
}

function CataloguePanel({ settings, onSaved }: { settings: AmendsSettings; onSaved: () => void }) {
  const { busy, error, run } = useAction();
  const [name, setName] = useState('');
  const toggle = (type: GestureType) =>
    run(() => gestures.updateType({ ...type, active: !type.active })).then(onSaved);
  const add = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await run(() =>
      gestures.createType({
        kind: 'custom',
        name,
        carriesMoney: false,
        usesCodePool: false,
        defaultAmountMinor: null,
        defaultCurrency: null,
        active: true,
      }),
    );
    if (ok) {
      setName('');
      onSaved();
    }
  };
  return (
    <section className="card" aria-labelledby="catalogue-title">
      <h2 id="catalogue-title">Catalogue</h2>
      <ScrollTable label="Catalogue">
        <table className="settings-table">
          <thead>
            <tr>
              <th scope="col">Gesture</th>
              <th scope="col">Money</th>
              <th scope="col">Default amount</th>
              <th scope="col">Code pool</th>
              <th scope="col">On offer</th>
            </tr>
          </thead>
          <tbody>
            {settings.catalogue.map((type) => {
              const pool = settings.pools.find((entry) => entry.gestureTypeId === type.id);
              return (
                <tr key={type.id}>
                  <td>{type.name}</td>
                  <td>{type.carriesMoney ? 'Yes' : 'No'}</td>
                  <td data-testid="gesture-default">
                    <GestureDefault type={type} />
                  </td>
                  <td>
                    {type.usesCodePool ? (
                      <CodeUpload
                        type={type}
                        unused={pool?.unused ?? 0}
                        total={pool?.total ?? 0}
                        onSaved={onSaved}
                      />
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      checked={type.active}
                      aria-label={`${type.name} on offer`}
                      onChange={() => toggle(type)}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollTable>
      <GestureDefaultForm catalogue={settings.catalogue} onSaved={onSaved} />
      <form className="inline-form" onSubmit={add} noValidate>
        <label htmlFor="new-gesture-name">Add a gesture of your own (e.g. Flowers)</label>
        <input id="new-gesture-name" value={name} onChange={(event) => setName(event.target.value)} />
        <button type="submit" aria-disabled={busy}>
          Add
        </button>
      </form>
      <ErrorMessage error={error} />
    </section>
  );
}

function CodeUpload({
  type,
  unused,
  total,
  onSaved,
}: {
  type: GestureType;
  unused: number;
  total: number;
  onSaved: () => void;
}) {
  const { busy, error, run } = useAction();
  const [result, setResult] = useState<string>();
  const upload = async (file: File | undefined) => {
    if (!file) return;
    const text = await file.text();
    await run(async () => {
      const answer = await gestures.uploadCodes(type.id, text);
      setResult(`${answer.added} added, ${answer.skipped} already there.`);
      onSaved();
    });
  };
  const inputId = `codes-${type.id}`;
  return (
    <div>
      <p className="small">
        {unused} unused of {total}
      </p>
      <label htmlFor={inputId} className="small">
        Upload codes (CSV or one a line)
      </label>
      <input
        id={inputId}
        type="file"
        accept=".csv,.txt,text/plain,text/csv"
        aria-disabled={busy}
        onChange={(event) => upload(event.target.files?.[0])}
      />
      {result && (
        <p className="small" role="status">
          {result}
        </p>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}

type LimitDraft = {
  role: AmendsLimit['role'];
  gestureTypeId: string;
  currency: string;
  perGesture: string;
  perCase: string;
  perMonth: string;
};

function LimitsPanel({ settings, onSaved }: { settings: AmendsSettings; onSaved: () => void }) {
  const toDraft = (limit: AmendsLimit): LimitDraft => {
    const major = (minor: number | null) =>
      minor === null || !limit.currency
        ? ''
        : money(minor, limit.currency)
            .replace(/[^\d.,]/g, '')
            .replace(/,/g, '');
    return {
      role: limit.role,
      gestureTypeId: limit.gestureTypeId,
      currency: limit.currency ?? '',
      perGesture: major(limit.perGestureMinor),
      perCase: major(limit.perCaseMinor),
      perMonth: major(limit.perAgentMonthMinor),
    };
  };
  const [rows, setRows] = useState<LimitDraft[]>(() => settings.limits.map(toDraft));
  useEffect(() => setRows(settings.limits.map(toDraft)), [settings.limits]);
  const { busy, error, run } = useAction();
  const typeOf = (id: string) => settings.catalogue.find((type) => type.id === id);
  const update = (index: number, change: Partial<LimitDraft>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await run(() =>
      gestures.saveLimits(
        rows.map((row) => {
          const carries = typeOf(row.gestureTypeId)?.carriesMoney ?? false;
          const minor = (text: string) => {
            if (!carries || text.trim() === '') return null;
            const parsed = parseMajorAmount(text, row.currency);
            // Refused here: NaN would reach the server as null, "not limited", and lift the limit.
            if (parsed === undefined)
              throw new Error(
                `Write each limit like 50.00, in figures, or leave it empty for none (not “${text}”).`,
              );
            return parsed;
          };
          return {
            role: row.role,
            gestureTypeId: row.gestureTypeId,
            currency: carries ? row.currency : null,
            perGestureMinor: minor(row.perGesture),
            perCaseMinor: minor(row.perCase),
            perAgentMonthMinor: minor(row.perMonth),
          };
        }),
      ),
    );
    if (ok) onSaved();
  };
  const first = settings.catalogue[0];
  return (
    <section className="card" aria-labelledby="limits-title">
      <h2 id="limits-title">Authority limits</h2>
      <p className="muted small">
        What each role may give without asking, per gesture and currency. Empty: not limited. Above a limit, a
        supervisor approves.
      </p>
      <form onSubmit={save} noValidate>
        <ScrollTable label="Authority limits">
          <table className="settings-table limits-table">
            <thead>
              <tr>
                <th scope="col">Role</th>
                <th scope="col">Gesture</th>
                <th scope="col">Currency</th>
                <th scope="col">Per gesture</th>
                <th scope="col">Per case</th>
                <th scope="col">Per person a month</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={index}>
                  <td>
                    <select
                      aria-label="Role"
                      value={row.role}
                      onChange={(event) => update(index, { role: event.target.value as LimitDraft['role'] })}
                    >
                      <option value="agent">Agent</option>
                      <option value="supervisor">Supervisor</option>
                      <option value="admin">Admin</option>
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label="Gesture"
                      value={row.gestureTypeId}
                      onChange={(event) => update(index, { gestureTypeId: event.target.value })}
                    >
                      {settings.catalogue.map((type) => (
                        <option key={type.id} value={type.id}>
                          {type.name}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      aria-label="Currency"
                      size={4}
                      value={row.currency}
                      onChange={(event) => update(index, { currency: event.target.value.toUpperCase() })}
                    />
                  </td>
                  <td>
                    <input
                      aria-label="Per gesture"
                      inputMode="decimal"
                      value={row.perGesture}
                      onChange={(event) => update(index, { perGesture: event.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      aria-label="Per case"
                      inputMode="decimal"
                      value={row.perCase}
                      onChange={(event) => update(index, { perCase: event.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      aria-label="Per person a month"
                      inputMode="decimal"
                      value={row.perMonth}
                      onChange={(event) => update(index, { perMonth: event.target.value })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
        <p className="approval-actions">
          {first && (
            <button
              type="button"
              onClick={() =>
                setRows((current) => [
                  ...current,
                  {
                    role: 'agent',
                    gestureTypeId: first.id,
                    currency: 'EUR',
                    perGesture: '',
                    perCase: '',
                    perMonth: '',
                  },
                ])
              }
            >
              Add a limit
            </button>
          )}
          <button type="submit" className="button-primary" aria-disabled={busy}>
            Save limits
          </button>
        </p>
        <ErrorMessage error={error} />
      </form>
    </section>
  );
}

function BudgetsPanel({ settings, onSaved }: { settings: AmendsSettings; onSaved: () => void }) {
  const teams = useResource(() => admin.teams(), []);
  const spend = useResource(() => gestures.spend(), []);
  const [teamId, setTeamId] = useState('');
  const [currency, setCurrency] = useState('EUR');
  const [amount, setAmount] = useState('');
  const { busy, error, run } = useAction();
  const nameOf = (id: string) => teams.data?.find((team) => team.id === id)?.name ?? 'A team';
  const add = async (event: FormEvent) => {
    event.preventDefault();
    const monthlyMinor = parseMajorAmount(amount, currency) ?? Number.NaN;
    const others = settings.budgets.filter(
      (budget) => !(budget.teamId === teamId && budget.currency === currency),
    );
    if (await run(() => gestures.saveBudgets([...others, { teamId, currency, monthlyMinor }]))) {
      setAmount('');
      onSaved();
      spend.reload();
    }
  };
  return (
    <section className="card" aria-labelledby="budgets-title">
      <h2 id="budgets-title">Team budgets this month</h2>
      <ul>
        {settings.budgets.map((budget) => {
          const spent =
            spend.data?.spend.find(
              (line) =>
                line.scope === 'team' && line.id === budget.teamId && line.currency === budget.currency,
            )?.spentMinor ?? 0;
          return (
            <li key={`${budget.teamId}:${budget.currency}`}>
              {nameOf(budget.teamId)}: {money(spent, budget.currency)} spent of{' '}
              {money(budget.monthlyMinor, budget.currency)}
            </li>
          );
        })}
      </ul>
      <form className="approval-actions" onSubmit={add} noValidate>
        <div>
          <label htmlFor="budget-team">Team</label>
          <select id="budget-team" value={teamId} onChange={(event) => setTeamId(event.target.value)}>
            <option value="">Choose…</option>
            {teams.data?.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="budget-currency">Currency</label>
          <input
            id="budget-currency"
            size={4}
            value={currency}
            onChange={(event) => setCurrency(event.target.value.toUpperCase())}
          />
        </div>
        <div>
          <label htmlFor="budget-amount">A month</label>
          <input
            id="budget-amount"
            inputMode="decimal"
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
          />
        </div>
        <button type="submit" aria-disabled={busy}>
          Set budget
        </button>
      </form>
      <ErrorMessage error={error} />
    </section>
  );
}

function WebhookPanel({ settings, onSaved }: { settings: AmendsSettings; onSaved: () => void }) {
  const [url, setUrl] = useState(settings.webhook?.url ?? '');
  const [secret, setSecret] = useState('');
  const { busy, error, run } = useAction();
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(() => gestures.saveWebhook(url.trim() === '' ? null : url, secret || undefined))) {
      setSecret('');
      onSaved();
    }
  };
  return (
    <section className="card" aria-labelledby="webhook-title">
      <h2 id="webhook-title">Issuing</h2>
      <p className="muted small">
        Approved gestures are sent, signed, to your billing or commerce system (see docs/amends-webhook.md).
        Leave the address empty to issue by hand with a reference.
      </p>
      <form className="inline-form" onSubmit={save} noValidate>
        <label htmlFor="webhook-url">Webhook address</label>
        <input id="webhook-url" value={url} onChange={(event) => setUrl(event.target.value)} />
        <label htmlFor="webhook-secret">
          Shared secret{' '}
          {settings.webhook ? '(set; type a new one to replace it)' : '(at least 24 characters)'}
        </label>
        <input
          id="webhook-secret"
          type="password"
          autoComplete="off"
          value={secret}
          onChange={(event) => setSecret(event.target.value)}
        />
        <button type="submit" className="button-primary" aria-disabled={busy}>
          Save
        </button>
      </form>
      <ErrorMessage error={error} />
    </section>
  );
}
