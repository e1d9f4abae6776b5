import '../styles/amends.css';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import {
  formatMajorAmount,
  formatMoney,
  minorUnitDigits,
  parseMajorAmount,
} from '../../../src/core/amends/money.ts';
import { fieldProblem, messageFor, unplacedError } from '../api/field-errors.ts';
import { gestures } from '../api/gestures.ts';
import type { AmendsRoom, Gesture, GestureType } from '../api/types.ts';
import { useAction } from '../hooks/use-action.ts';
import { useResource } from '../hooks/use-resource.ts';
import { useLive } from '../live.tsx';
import { usePeople } from '../people.tsx';
import { ErrorMessage } from './error-message.tsx';
import { FieldError, fieldAria } from './field-error.tsx';

/** Where a gesture is, in words the owner reads; the colour is a second cue only. */
export const GESTURE_STATE_LABELS: Record<Gesture['state'], string> = {
  requested: 'Asked',
  pending_approval: 'Waiting for approval',
  approved: 'Approved: issue it by hand',
  declined: 'Declined',
  issuing: 'Being issued',
  issued: 'Issued',
  failed: 'Failed to issue',
};

export function gestureAmount(gesture: Pick<Gesture, 'amountMinor' | 'currency'>): string | undefined {
  return gesture.amountMinor !== null && gesture.currency
    ? formatMoney({ amountMinor: gesture.amountMinor, currency: gesture.currency })
    : undefined;
}

const DEFAULT_CURRENCY = 'EUR';

/** "12.50": the amount the catalogue sets for the gesture, as the form's field holds it; none when unset. */
export function defaultAmountOf(type: GestureType | undefined): string | undefined {
  return type?.defaultAmountMinor != null && type.defaultCurrency
    ? formatMajorAmount(type.defaultAmountMinor, type.defaultCurrency)
    : undefined;
}

/**
 * Amends on the case: pick a gesture, an amount, and issue it. Within the person's limits it goes at
 * once; above them it waits for a supervisor, live. Every click carries one Idempotency-Key, kept
 * until it succeeds, so a double click (or a retry after a lost answer) makes one gesture.
 */
export function AmendsCard({ caseId, canOffer }: { caseId: string; canOffer: boolean }) {
  const catalogue = useResource(() => gestures.catalogue(), []);
  const list = useResource(() => gestures.onCase(caseId), [caseId]);
  const room = useResource(() => gestures.roomOnCase(caseId), [caseId]);
  const reload = () => {
    list.reload();
    room.reload();
  };
  useLive((message) => {
    if (message.type === 'resync' || (message.type === 'case.changed' && message.caseId === caseId)) reload();
  });
  return (
    <section className="card amends-card" aria-labelledby="amends-title" data-testid="amends-card">
      <h2 id="amends-title">Amends</h2>
      <ErrorMessage error={list.error} />
      {list.data && list.data.length > 0 ? (
        <ul className="gesture-list">
          {list.data.map((gesture) => (
            <GestureRow key={gesture.id} gesture={gesture} onChanged={reload} />
          ))}
        </ul>
      ) : (
        list.data && <p className="muted">No amends yet. What would put this right?</p>
      )}
      {canOffer && catalogue.data && (
        <OfferForm caseId={caseId} catalogue={catalogue.data} room={room.data} onOffered={reload} />
      )}
    </section>
  );
}

function GestureRow({ gesture, onChanged }: { gesture: Gesture; onChanged: () => void }) {
  const { nameOf } = usePeople();
  const amount = gestureAmount(gesture);
  return (
    <li className="gesture" data-testid="gesture" data-state={gesture.state} data-kind={gesture.kind}>
      <p>
        <strong>{gesture.label}</strong>
        {amount && <> · {amount}</>}{' '}
        <span className={`badge gesture-state gesture-${gesture.state}`}>
          {GESTURE_STATE_LABELS[gesture.state]}
        </span>
      </p>
      <p className="muted small">
        by {nameOf(gesture.requestedBy)}
        {gesture.decidedBy && <> · decided by {nameOf(gesture.decidedBy)}</>}
        {gesture.decisionReason && <> · “{gesture.decisionReason}”</>}
        {gesture.code && <> · code {gesture.code}</>}
        {gesture.reference && gesture.reference !== gesture.code && <> · ref {gesture.reference}</>}
      </p>
      {gesture.state === 'issuing' && gesture.lastError && (
        <p className="small" data-testid="gesture-last-error">
          Retrying: {gesture.lastError}
        </p>
      )}
      {(gesture.state === 'approved' || gesture.state === 'failed') && (
        <IssuedByHandForm gesture={gesture} onIssued={onChanged} />
      )}
    </li>
  );
}

function IssuedByHandForm({ gesture, onIssued }: { gesture: Gesture; onIssued: () => void }) {
  const [reference, setReference] = useState('');
  const { busy, error, run } = useAction();
  const inputId = `by-hand-${gesture.id}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(() => gestures.issuedByHand(gesture.id, reference))) onIssued();
  };
  const referenceError = messageFor(error, 'reference');
  return (
    <form className="inline-form" onSubmit={submit} noValidate>
      <label htmlFor={inputId}>Issued by hand: reference</label>
      <input
        id={inputId}
        value={reference}
        onChange={(event) => setReference(event.target.value)}
        {...fieldAria(inputId, referenceError)}
      />
      <FieldError inputId={inputId} message={referenceError} />
      <ErrorMessage error={unplacedError(error, ['reference'])} />
      <button type="submit" aria-disabled={busy}>
        {busy ? 'Saving…' : 'Mark issued'}
      </button>
    </form>
  );
}

/**
 * What the person may still give of the chosen gesture on this case without asking: the spend
 * against their limits and the team's budget, in one sentence before they click.
 */
function RoomLine({ type, currency, room }: { type: GestureType; currency: string; room: AmendsRoom[] }) {
  const entry = room.find(
    (r) => r.gestureTypeId === type.id && (type.carriesMoney ? r.currency === currency : r.currency === null),
  );
  let text: string;
  if (!entry)
    text = `${type.name}${type.carriesMoney ? ` in ${currency}` : ''} is beyond your authority: a supervisor approves it.`;
  else if (entry.leftMinor === null) text = `You may give ${type.name.toLowerCase()} here without approval.`;
  else if (entry.leftMinor === 0)
    text =
      'Nothing left to give here without approval (your limits or the team budget): a supervisor approves it.';
  else
    text = `You can still give up to ${formatMoney({ amountMinor: entry.leftMinor, currency })} here without approval.`;
  return (
    <p className="small muted" data-testid="amends-room">
      {text}
    </p>
  );
}

function OfferForm({
  caseId,
  catalogue,
  room,
  onOffered,
}: {
  caseId: string;
  catalogue: GestureType[];
  room: AmendsRoom[] | undefined;
  onOffered: () => void;
}) {
  const [typeId, setTypeId] = useState(catalogue[0]?.id ?? '');
  const type = catalogue.find((entry) => entry.id === typeId);
  // The form starts from the first gesture's default as it does from any gesture chosen later.
  const [amount, setAmount] = useState(() => defaultAmountOf(catalogue[0]) ?? '');
  const [currency, setCurrency] = useState(catalogue[0]?.defaultCurrency ?? DEFAULT_CURRENCY);
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<string>();
  const { busy, error, run } = useAction();
  // One key per offer, kept across retries of that offer; a new one after it succeeds.
  const key = useRef(crypto.randomUUID());
  const digits = useMemo(() => {
    try {
      return minorUnitDigits(currency);
    } catch {
      return 2;
    }
  }, [currency]);

  const choose = (id: string) => {
    setTypeId(id);
    const chosen = catalogue.find((entry) => entry.id === id);
    if (chosen?.defaultCurrency) setCurrency(chosen.defaultCurrency);
    const amountText = defaultAmountOf(chosen);
    if (amountText) setAmount(amountText);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(undefined);
    const ok = await run(async () => {
      let money = {};
      if (type?.carriesMoney) {
        const amountMinor = parseMajorAmount(amount, currency);
        if (amountMinor === undefined)
          throw fieldProblem(
            'amountMinor',
            digits === 0
              ? `Write the amount as a whole number of ${currency}.`
              : `Write the amount like 12.50 (at most ${digits} decimals).`,
          );
        money = { amountMinor, currency };
      }
      const answer = await gestures.offer(
        caseId,
        { gestureTypeId: typeId, ...money, ...(reason.trim() && { reason }) },
        key.current,
      );
      setOutcome(
        answer.gesture.state === 'pending_approval'
          ? `Asked a supervisor to approve: ${answer.reasons.join(' ')}`
          : `${answer.gesture.label}: ${GESTURE_STATE_LABELS[answer.gesture.state]}.`,
      );
    });
    if (ok) {
      key.current = crypto.randomUUID();
      setAmount('');
      setReason('');
      onOffered();
    }
  };

  const amountError = messageFor(error, 'amountMinor');
  const currencyError = messageFor(error, 'currency');
  return (
    <form className="offer-form" onSubmit={submit} noValidate aria-label="Offer amends">
      <label htmlFor="gesture-type">Gesture</label>
      <select id="gesture-type" value={typeId} onChange={(event) => choose(event.target.value)}>
        {catalogue.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.name}
          </option>
        ))}
      </select>
      {type?.carriesMoney && (
        <div className="money-row">
          <div>
            <label htmlFor="gesture-amount">Amount</label>
            <input
              id="gesture-amount"
              inputMode="decimal"
              value={amount}
              onChange={(event) => setAmount(event.target.value)}
              {...fieldAria('gesture-amount', amountError)}
            />
          </div>
          <div>
            <label htmlFor="gesture-currency">Currency</label>
            <input
              id="gesture-currency"
              value={currency}
              maxLength={3}
              size={4}
              onChange={(event) => setCurrency(event.target.value.toUpperCase())}
              {...fieldAria('gesture-currency', currencyError)}
            />
          </div>
        </div>
      )}
      <FieldError inputId="gesture-amount" message={amountError} />
      <FieldError inputId="gesture-currency" message={currencyError} />
      {type && room && <RoomLine type={type} currency={currency} room={room} />}
      <label htmlFor="gesture-reason">Why (for the approver, optional)</label>
      <input id="gesture-reason" value={reason} onChange={(event) => setReason(event.target.value)} />
      <ErrorMessage error={unplacedError(error, ['amountMinor', 'currency'])} />
      {outcome && (
        <p className="small" role="status" data-testid="offer-outcome">
          {outcome}
        </p>
      )}
      <button type="submit" className="button-primary" aria-disabled={busy}>
        {busy ? 'Issuing…' : 'Issue'}
      </button>
    </form>
  );
}
