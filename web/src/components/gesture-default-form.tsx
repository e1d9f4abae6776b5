import { type FormEvent, useState } from 'react';
import { parseMajorAmount } from '../../../src/core/amends/money.ts';
import { fieldProblem, messageNaming, unplacedError } from '../api/field-errors.ts';
import { gestures } from '../api/gestures.ts';
import type { GestureType } from '../api/types.ts';
import { useAction } from '../hooks/use-action.ts';
import { defaultAmountOf } from './amends-card.tsx';
import { ErrorMessage } from './error-message.tsx';
import { FieldError, fieldAria } from './field-error.tsx';

/**
 * The amount typed, in minor units, sign kept so the server can refuse a negative one in its own words;
 * undefined when it is not a number at all. A code that is not even three letters is read as EUR's
 * digits here: the server then says what is wrong with the code.
 */
function minorOf(text: string, currency: string): number | undefined {
  const trimmed = text.trim();
  const negative = trimmed.startsWith('-');
  const parsed = parseMajorAmount(
    negative ? trimmed.slice(1) : trimmed,
    /^[A-Z]{3}$/.test(currency) ? currency : 'EUR',
  );
  return parsed === undefined ? undefined : negative ? -parsed : parsed;
}

const FIELDS = ['gestureTypeId', 'defaultAmountMinor', 'defaultCurrency'];

/**
 * Sets or clears the amount a gesture of money starts from in a case's amends form, as a team's budget
 * is set: choose, type, save. The server judges the amount and the currency; its refusal shows under
 * the field it is about.
 */
export function GestureDefaultForm({
  catalogue,
  onSaved,
}: {
  catalogue: GestureType[];
  onSaved: () => void;
}) {
  const money = catalogue.filter((type) => type.carriesMoney);
  const [typeId, setTypeId] = useState('');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('EUR');
  const { busy, error, run } = useAction();
  const chosen = money.find((type) => type.id === typeId);

  const choose = (id: string) => {
    setTypeId(id);
    const type = money.find((entry) => entry.id === id);
    setAmount(defaultAmountOf(type) ?? '');
    if (type?.defaultCurrency) setCurrency(type.defaultCurrency);
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await run(async () => {
      if (!chosen) throw fieldProblem('gestureTypeId', 'Choose the gesture first.');
      const minor = minorOf(amount, currency);
      if (minor === undefined)
        throw fieldProblem(
          'defaultAmountMinor',
          amount.trim() === ''
            ? 'Write the amount, e.g. 12.50 (or Clear the default to have none).'
            : 'Write the amount like 12.50, in figures.',
        );
      await gestures.updateType({ ...chosen, defaultAmountMinor: minor, defaultCurrency: currency });
    });
    if (ok) onSaved();
  };
  const clear = async () => {
    if (!chosen) return;
    if (
      await run(() => gestures.updateType({ ...chosen, defaultAmountMinor: null, defaultCurrency: null }))
    ) {
      setAmount('');
      onSaved();
    }
  };

  const typeError = messageNaming(error, 'gestureTypeId', 'The gesture');
  const amountError = messageNaming(error, 'defaultAmountMinor', 'The amount');
  const currencyError = messageNaming(error, 'defaultCurrency', 'The currency');
  return (
    <form className="default-amount-form" onSubmit={save} noValidate aria-labelledby="default-amount-title">
      <h3 id="default-amount-title">Default amount</h3>
      <p className="muted small">
        What a case’s amends form starts from for a gesture of money; the person giving it may change it.
      </p>
      <div className="approval-actions">
        <div>
          <label htmlFor="default-gesture">Gesture</label>
          <select
            id="default-gesture"
            value={typeId}
            onChange={(event) => choose(event.target.value)}
            {...fieldAria('default-gesture', typeError)}
          >
            <option value="">Choose…</option>
            {money.map((type) => (
              <option key={type.id} value={type.id}>
                {type.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="default-amount">Amount</label>
          <input
            id="default-amount"
            inputMode="decimal"
            size={8}
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
            {...fieldAria('default-amount', amountError)}
          />
        </div>
        <div>
          <label htmlFor="default-currency">Currency</label>
          <input
            id="default-currency"
            size={4}
            value={currency}
            onChange={(event) => setCurrency(event.target.value.toUpperCase())}
            {...fieldAria('default-currency', currencyError)}
          />
        </div>
        <button type="submit" aria-disabled={busy}>
          Set default
        </button>
        {chosen?.defaultAmountMinor != null && (
          <button type="button" className="button-quiet" aria-disabled={busy} onClick={() => void clear()}>
            Clear default
          </button>
        )}
      </div>
      <FieldError inputId="default-gesture" message={typeError} />
      <FieldError inputId="default-amount" message={amountError} />
      <FieldError inputId="default-currency" message={currencyError} />
      <ErrorMessage error={unplacedError(error, FIELDS)} />
    </form>
  );
}
