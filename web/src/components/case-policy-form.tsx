import { type FormEvent, useRef, useState } from 'react';
import type { CasePolicy, TimeBudget } from '../api/clocks.ts';
import { clocks } from '../api/clocks.ts';
import { messageFor, unplacedError } from '../api/field-errors.ts';
import { SEVERITY_LABELS } from '../format.ts';
import { useAction } from '../hooks/use-action.ts';
import { useFocusOnError } from '../hooks/use-focus-on-error.ts';
import { ErrorMessage } from './error-message.tsx';
import { FieldError, fieldAria } from './field-error.tsx';

const UNITS = { minutes: 1, hours: 60, days: 1440 } as const;
type Unit = keyof typeof UNITS;
type BudgetDraft = { amount: string; unit: Unit; business: boolean };
const CLOCKS = [
  { key: 'acknowledgeWithin', label: 'Acknowledge within' },
  { key: 'updateEvery', label: 'Update every' },
  { key: 'resolveWithin', label: 'Resolve within' },
] as const;
type ClockKey = (typeof CLOCKS)[number]['key'];

/** Minutes shown in the largest unit they fill exactly: 1440 is "1 days", 90 is "90 minutes". */
function toDraft(budget: TimeBudget): BudgetDraft {
  const unit: Unit = budget.minutes % 1440 === 0 ? 'days' : budget.minutes % 60 === 0 ? 'hours' : 'minutes';
  return { amount: String(budget.minutes / UNITS[unit]), unit, business: budget.business };
}

/** The draft as minutes; what is not a number goes as NaN → null, and the server names the field. */
function toBudget(draft: BudgetDraft): TimeBudget {
  const amount = draft.amount.trim() === '' ? Number.NaN : Number(draft.amount);
  return { minutes: Math.round(amount * UNITS[draft.unit] * 1000) / 1000, business: draft.business };
}

/**
 * One severity's clocks: acknowledge within, update every (the cadence), resolve within — each a
 * number and a unit, counted in business hours or round the clock — and whether a holding message
 * goes to the customer when the cadence runs out. The server's rules decide; its sentence sits
 * beside the field it refused.
 */
export function CasePolicyForm({ policy }: { policy: CasePolicy }) {
  const [drafts, setDrafts] = useState<Record<ClockKey, BudgetDraft>>({
    acknowledgeWithin: toDraft(policy.acknowledgeWithin),
    updateEvery: toDraft(policy.updateEvery),
    resolveWithin: toDraft(policy.resolveWithin),
  });
  const [holding, setHolding] = useState(policy.holdingMessage);
  const [done, setDone] = useState(false);
  const { busy, error, run } = useAction();
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);
  const prefix = `policy-${policy.severity}`;
  const change = (key: ClockKey, part: Partial<BudgetDraft>) => {
    setDone(false);
    setDrafts((current) => ({ ...current, [key]: { ...current[key], ...part } }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const saved = await clocks.savePolicy({
        severity: policy.severity,
        acknowledgeWithin: toBudget(drafts.acknowledgeWithin),
        updateEvery: toBudget(drafts.updateEvery),
        resolveWithin: toBudget(drafts.resolveWithin),
        holdingMessage: holding,
      });
      setDrafts({
        acknowledgeWithin: toDraft(saved.acknowledgeWithin),
        updateEvery: toDraft(saved.updateEvery),
        resolveWithin: toDraft(saved.resolveWithin),
      });
      setHolding(saved.holdingMessage);
      setDone(true);
    });
  };
  const shown = CLOCKS.flatMap(({ key }) => [`${key}.minutes`, `${key}.business`]);
  return (
    <form
      ref={form}
      onSubmit={submit}
      className="card policy-form"
      aria-labelledby={`${prefix}-title`}
      noValidate
      data-testid={prefix}
    >
      <h2 id={`${prefix}-title`} className="policy-title">
        {SEVERITY_LABELS[policy.severity]} cases
      </h2>
      <div className="policy-clocks">
        {CLOCKS.map(({ key, label }) => {
          const id = `${prefix}-${key}`;
          const message = messageFor(error, `${key}.minutes`);
          const draft = drafts[key];
          return (
            <fieldset key={key} className="policy-clock">
              <legend>{label}</legend>
              <div className="policy-amount">
                <label htmlFor={id} className="visually-hidden">
                  {label} ({SEVERITY_LABELS[policy.severity]}): amount
                </label>
                <input
                  id={id}
                  type="number"
                  inputMode="decimal"
                  min={0}
                  step="any"
                  value={draft.amount}
                  onChange={(e) => change(key, { amount: e.target.value })}
                  {...fieldAria(id, message)}
                />
                <label htmlFor={`${id}-unit`} className="visually-hidden">
                  {label} ({SEVERITY_LABELS[policy.severity]}): unit
                </label>
                <select
                  id={`${id}-unit`}
                  value={draft.unit}
                  onChange={(e) => change(key, { unit: e.target.value as Unit })}
                >
                  <option value="minutes">minutes</option>
                  <option value="hours">hours</option>
                  <option value="days">days</option>
                </select>
              </div>
              <label className="check">
                <input
                  type="checkbox"
                  checked={draft.business}
                  onChange={(e) => change(key, { business: e.target.checked })}
                />
                in business hours
              </label>
              <FieldError inputId={id} message={message} />
            </fieldset>
          );
        })}
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={holding}
          onChange={(e) => {
            setDone(false);
            setHolding(e.target.checked);
          }}
        />
        Send the customer a holding message when an update is due
      </label>
      <ErrorMessage error={unplacedError(error, shown)} />
      <div className="row">
        <button type="submit" className="button-primary" aria-disabled={busy}>
          {busy ? 'Saving…' : `Save ${SEVERITY_LABELS[policy.severity].toLowerCase()}`}
        </button>
        {done && (
          <span role="status" className="success-message">
            Saved: open cases of this severity follow it now.
          </span>
        )}
      </div>
    </form>
  );
}
