import { useState } from 'react';
import { amends } from '../api/amends.ts';
import type { HappinessGroup, HappinessReport } from '../api/types.ts';
import { useResource } from '../hooks/use-resource.ts';
import { useThrottled } from '../hooks/use-throttled.ts';
import { useLive } from '../live.tsx';
import { ErrorMessage } from './error-message.tsx';

const DAY_MS = 24 * 3600 * 1000;
const WINDOWS = [7, 30] as const;
type WindowDays = (typeof WINDOWS)[number];
/** The trend tile splits a week into days and a month into weeks. */
const PERIOD_OF: Record<WindowDays, 'day' | 'week'> = { 7: 'day', 30: 'week' };

/**
 * The happiness factor (gold and green over all answers, each request once by its latest answer)
 * for the last 7 or 30 days: overall, then per survey, touchpoint type, team and day (or week).
 * Plain bars and numbers: five short lists do not need a chart library.
 */
export function HappinessTiles() {
  const [days, setDays] = useState<WindowDays>(7);
  const reports = useResource(async () => {
    const from = new Date(Date.now() - days * DAY_MS);
    const [survey, touchpointType, team, period] = await Promise.all([
      amends.happiness('survey', from),
      amends.happiness('touchpointType', from),
      amends.happiness('team', from),
      amends.happiness('period', from, PERIOD_OF[days]),
    ]);
    // The window travels with its data: while another window loads, tiles keep saying what they show.
    return { days, survey, touchpointType, team, period };
  }, [days]);
  const refresh = useThrottled(reports.reload, 1000);
  useLive((message) => {
    if (message.type !== 'case.changed') refresh();
  });

  const data = reports.data;
  return (
    <section aria-labelledby="happiness-title" className="happiness">
      <div className="happiness-head">
        <h2 id="happiness-title">Happiness factor</h2>
        <fieldset className="filters window-choice">
          <legend className="visually-hidden">Answers from</legend>
          {WINDOWS.map((n) => (
            <label className="check" key={n}>
              <input type="radio" name="happiness-window" checked={days === n} onChange={() => setDays(n)} />
              Last {n} days
            </label>
          ))}
        </fieldset>
      </div>
      <ErrorMessage error={reports.error} />
      {!data && !reports.error && <p className="muted">Counting answers…</p>}
      {data && (
        <div className="happiness-grid">
          <OverallTile report={data.survey} days={data.days} />
          <GroupTile title="By survey" report={data.survey} />
          <GroupTile title="By touchpoint" report={data.touchpointType} />
          <GroupTile title="By team" report={data.team} />
          <GroupTile title={data.period.period === 'day' ? 'By day' : 'By week'} report={data.period} />
        </div>
      )}
    </section>
  );
}

function percent(factor: number | null): string {
  return factor === null ? '–' : `${Math.round(factor * 100)} %`;
}

function OverallTile({ report, days }: { report: HappinessReport; days: number }) {
  const { overall } = report;
  return (
    <div className="card tile tile-overall" data-testid="happiness-overall">
      <h3>All answers</h3>
      <p className="tile-figure" data-testid="happiness-factor">
        {percent(overall.factor)}
      </p>
      <Bar factor={overall.factor} />
      <p className="muted tile-counts">
        {overall.answers === 0
          ? `No answers in the last ${days} days.`
          : `${overall.happy} of ${overall.answers} happy · ${overall.negative} negative`}
      </p>
    </div>
  );
}

function GroupTile({ title, report }: { title: string; report: HappinessReport }) {
  const id = `tile-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section className="card tile" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {report.groups.length === 0 ? (
        <p className="muted">No answers in this window.</p>
      ) : (
        <ul className="tile-rows">
          {report.groups.map((group) => (
            <GroupRow key={group.key ?? 'none'} group={group} />
          ))}
        </ul>
      )}
    </section>
  );
}

function GroupRow({ group }: { group: HappinessGroup }) {
  return (
    <li className="tile-row" data-testid="happiness-group">
      <span className="tile-row-label">{group.label}</span>
      <span className="tile-row-figure">{percent(group.factor)}</span>
      <Bar factor={group.factor} />
      <span className="muted tile-row-counts">
        {group.happy} of {group.answers} happy · {group.negative} negative
      </span>
    </li>
  );
}

/** The factor as a bar; the number beside it says the same, so the bar is hidden from screen readers. */
function Bar({ factor }: { factor: number | null }) {
  return (
    <span className="bar" aria-hidden="true">
      <span className="bar-fill" style={{ width: `${Math.round((factor ?? 0) * 100)}%` }} />
    </span>
  );
}
