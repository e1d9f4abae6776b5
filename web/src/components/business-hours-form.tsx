import { type FormEvent, type ReactNode, useMemo, useRef, useState } from 'react';
import type { BusinessHours, DaySpan } from '../api/clocks.ts';
import { messageFor, unplacedError } from '../api/field-errors.ts';
import { useAction } from '../hooks/use-action.ts';
import { useFocusOnError } from '../hooks/use-focus-on-error.ts';
import '../styles/clocks.css';
import { ErrorMessage } from './error-message.tsx';
import { FieldError, fieldAria } from './field-error.tsx';

const DAYS = [
  ['1', 'Monday'],
  ['2', 'Tuesday'],
  ['3', 'Wednesday'],
  ['4', 'Thursday'],
  ['5', 'Friday'],
  ['6', 'Saturday'],
  ['7', 'Sunday'],
] as const;
type Day = (typeof DAYS)[number][0];
type Weekly = Record<Day, DaySpan[]>;

/** Every zone the browser knows, for the picker's search; the server's list (luxon's) decides. */
function zoneNames(): string[] {
  const intl = Intl as { supportedValuesOf?: (key: string) => string[] };
  const zones = intl.supportedValuesOf?.('timeZone') ?? [];
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

/**
 * A set of business hours: the time zone (type to search), the open spans of each weekday ("HH:mm";
 * 24:00 ends a day; a night shift is two spans), the country (and region) whose public holidays close
 * the day, and days off. `children`: more actions beside Save (a team's "use organisation hours").
 */
export function BusinessHoursForm({
  idPrefix,
  label,
  hours,
  save,
  children,
}: {
  idPrefix: string;
  label: string;
  hours: BusinessHours;
  save: (hours: BusinessHours) => Promise<BusinessHours>;
  children?: ReactNode;
}) {
  const [timeZone, setTimeZone] = useState(hours.timeZone);
  const [weekly, setWeekly] = useState<Weekly>(() => weeklyOf(hours));
  const [country, setCountry] = useState(hours.holidayCountry ?? '');
  const [region, setRegion] = useState(hours.holidayRegion ?? '');
  const [daysOff, setDaysOff] = useState<string[]>(hours.daysOff);
  const [done, setDone] = useState(false);
  const { busy, error, run } = useAction();
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);
  const zones = useMemo(zoneNames, []);
  const id = (part: string) => `${idPrefix}-${part}`;
  const touched = () => setDone(false);

  const setSpans = (day: Day, spans: DaySpan[]) => {
    touched();
    setWeekly((current) => ({ ...current, [day]: spans }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const saved = await save({
        timeZone: timeZone.trim(),
        weekly,
        holidayCountry: country.trim() || null,
        holidayRegion: region.trim() || null,
        daysOff,
      });
      setTimeZone(saved.timeZone);
      setWeekly(weeklyOf(saved));
      setCountry(saved.holidayCountry ?? '');
      setRegion(saved.holidayRegion ?? '');
      setDaysOff(saved.daysOff);
      setDone(true);
    });
  };

  const shown = [
    'timeZone',
    'weekly',
    'holidayCountry',
    'holidayRegion',
    'daysOff',
    ...DAYS.flatMap(([day]) =>
      weekly[day].flatMap((_, i) => [`weekly.${day}`, `weekly.${day}.${i}.start`, `weekly.${day}.${i}.end`]),
    ),
    ...daysOff.map((_, i) => `daysOff.${i}`),
  ];
  const zoneError = messageFor(error, 'timeZone');
  const weekError = messageFor(error, 'weekly');
  const countryError = messageFor(error, 'holidayCountry');
  const regionError = messageFor(error, 'holidayRegion');
  const daysOffError = messageFor(error, 'daysOff');

  return (
    <form ref={form} onSubmit={submit} className="stack hours-form" aria-label={label} noValidate>
      <div className="stack">
        <label htmlFor={id('zone')}>Time zone</label>
        <input
          id={id('zone')}
          list={id('zones')}
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          value={timeZone}
          onChange={(e) => {
            touched();
            setTimeZone(e.target.value);
          }}
          {...fieldAria(id('zone'), zoneError, id('zone-hint'))}
        />
        <datalist id={id('zones')}>
          {zones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <FieldError inputId={id('zone')} message={zoneError} />
        <p id={id('zone-hint')} className="hint">
          Type a city to search, e.g. Berlin or New_York. Hours and holidays are counted in this zone.
        </p>
      </div>

      <fieldset className="hours-week" aria-describedby={weekError ? `${id('week')}-error` : id('week-hint')}>
        <legend>Open hours</legend>
        <p id={id('week-hint')} className="hint">
          Times as HH:mm; 24:00 ends a day. A span cannot cross midnight: split a night shift in two.
        </p>
        <FieldError inputId={id('week')} message={weekError} />
        {DAYS.map(([day, name]) => (
          <DayRow
            key={day}
            day={day}
            name={name}
            spans={weekly[day]}
            idOf={(part) => id(`${day}-${part}`)}
            errorOf={(field) => messageFor(error, `weekly.${day}${field}`)}
            onChange={(spans) => setSpans(day, spans)}
          />
        ))}
      </fieldset>

      <div className="field-row hours-holidays">
        <div className="stack">
          <label htmlFor={id('country')}>Public holidays of (country)</label>
          <input
            id={id('country')}
            maxLength={2}
            autoComplete="off"
            placeholder="e.g. DE"
            value={country}
            onChange={(e) => {
              touched();
              setCountry(e.target.value.toUpperCase());
            }}
            {...fieldAria(id('country'), countryError)}
          />
          <FieldError inputId={id('country')} message={countryError} />
        </div>
        <div className="stack">
          <label htmlFor={id('region')}>Region (optional)</label>
          <input
            id={id('region')}
            maxLength={10}
            autoComplete="off"
            placeholder="e.g. BY"
            value={region}
            onChange={(e) => {
              touched();
              setRegion(e.target.value.toUpperCase());
            }}
            {...fieldAria(id('region'), regionError)}
          />
          <FieldError inputId={id('region')} message={regionError} />
        </div>
      </div>

      <fieldset className="hours-days-off">
        <legend>Days off</legend>
        <p className="hint">The team's own closed days, besides public holidays.</p>
        <FieldError inputId={id('days-off')} message={daysOffError} />
        {daysOff.length === 0 && <p className="muted">None.</p>}
        <ul className="hours-list">
          {daysOff.map((date, i) => {
            const fieldId = id(`day-off-${i}`);
            const message = messageFor(error, `daysOff.${i}`);
            return (
              <li key={i} className="hours-day-off">
                <label htmlFor={fieldId} className="visually-hidden">
                  Day off {i + 1}
                </label>
                <input
                  id={fieldId}
                  type="date"
                  value={date}
                  onChange={(e) => {
                    touched();
                    setDaysOff(daysOff.map((d, j) => (j === i ? e.target.value : d)));
                  }}
                  {...fieldAria(fieldId, message)}
                />
                <button
                  type="button"
                  className="button-secondary button"
                  onClick={() => {
                    touched();
                    setDaysOff(daysOff.filter((_, j) => j !== i));
                  }}
                >
                  Remove<span className="visually-hidden"> day off {i + 1}</span>
                </button>
                <FieldError inputId={fieldId} message={message} />
              </li>
            );
          })}
        </ul>
        <button
          type="button"
          className="button-secondary button"
          onClick={() => {
            touched();
            setDaysOff([...daysOff, new Date().toISOString().slice(0, 10)]);
          }}
        >
          Add a day off
        </button>
      </fieldset>

      <ErrorMessage error={unplacedError(error, shown)} />
      <div className="row">
        <button type="submit" className="button-primary" aria-disabled={busy}>
          {busy ? 'Saving…' : 'Save hours'}
        </button>
        {children}
        {done && (
          <span role="status" className="success-message">
            Saved: open cases count in these hours now.
          </span>
        )}
      </div>
    </form>
  );
}

function DayRow({
  day,
  name,
  spans,
  idOf,
  errorOf,
  onChange,
}: {
  day: Day;
  name: string;
  spans: DaySpan[];
  idOf: (part: string) => string;
  errorOf: (field: string) => string | undefined;
  onChange: (spans: DaySpan[]) => void;
}) {
  const set = (i: number, part: Partial<DaySpan>) =>
    onChange(spans.map((span, j) => (j === i ? { ...span, ...part } : span)));
  const dayError = errorOf('');
  return (
    <div className="hours-day" data-testid={`hours-day-${day}`}>
      <span className="hours-day-name" id={idOf('name')}>
        {name}
      </span>
      <div className="stack hours-spans">
        {spans.length === 0 && <span className="muted">Closed</span>}
        {spans.map((span, i) => {
          const startId = idOf(`${i}-start`);
          const endId = idOf(`${i}-end`);
          const startError = errorOf(`.${i}.start`);
          const endError = errorOf(`.${i}.end`);
          return (
            <div key={i} className="hours-span">
              <div className="hours-span-times">
                <label htmlFor={startId} className="visually-hidden">
                  {name} span {i + 1} opens
                </label>
                <input
                  id={startId}
                  className="hours-time"
                  inputMode="numeric"
                  maxLength={5}
                  placeholder="09:00"
                  value={span.start}
                  onChange={(e) => set(i, { start: e.target.value })}
                  {...fieldAria(startId, startError)}
                />
                <span aria-hidden="true">–</span>
                <label htmlFor={endId} className="visually-hidden">
                  {name} span {i + 1} closes
                </label>
                <input
                  id={endId}
                  className="hours-time"
                  inputMode="numeric"
                  maxLength={5}
                  placeholder="17:00"
                  value={span.end}
                  onChange={(e) => set(i, { end: e.target.value })}
                  {...fieldAria(endId, endError)}
                />
                <button
                  type="button"
                  className="button-secondary button hours-remove"
                  onClick={() => onChange(spans.filter((_, j) => j !== i))}
                >
                  Remove
                  <span className="visually-hidden">
                    {' '}
                    {name} span {i + 1}
                  </span>
                </button>
              </div>
              <FieldError inputId={startId} message={startError} />
              <FieldError inputId={endId} message={endError} />
            </div>
          );
        })}
        <FieldError inputId={idOf('day')} message={dayError} />
      </div>
      <button
        type="button"
        className="button-secondary button hours-add"
        onClick={() => onChange([...spans, nextSpan(spans)])}
      >
        Add span<span className="visually-hidden"> on {name}</span>
      </button>
    </div>
  );
}

/** A new span after the day's last one (09:00–17:00 on an empty day). */
function nextSpan(spans: DaySpan[]): DaySpan {
  const last = spans.at(-1);
  if (!last) return { start: '09:00', end: '17:00' };
  const [h] = last.end.split(':').map(Number);
  const start = Math.min((h ?? 17) + 1, 23);
  return {
    start: `${String(start).padStart(2, '0')}:00`,
    end: start + 1 >= 24 ? '24:00' : `${String(start + 1).padStart(2, '0')}:00`,
  };
}

function weeklyOf(hours: BusinessHours): Weekly {
  const week = hours.weekly as Partial<Record<Day, DaySpan[]>>;
  return Object.fromEntries(DAYS.map(([day]) => [day, week[day] ?? []])) as Weekly;
}
