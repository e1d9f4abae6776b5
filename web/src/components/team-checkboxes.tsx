import type { Team } from '../api/types.ts';

/** The teams with a checkbox each (Add a person, and a person's row); `checked` holds team ids. */
export function TeamCheckboxes({
  teams,
  checked,
  onChange,
  legend,
  legendHidden = false,
  disabled = false,
  className,
}: {
  teams: Team[];
  checked: string[];
  onChange: (teamIds: string[]) => void;
  legend: string;
  /** When what is around it says it already (a person's row, under their team names). */
  legendHidden?: boolean;
  disabled?: boolean;
  className?: string;
}) {
  const toggle = (teamId: string, on: boolean) =>
    onChange(on ? [...checked, teamId] : checked.filter((id) => id !== teamId));
  return (
    <fieldset className={className} disabled={disabled}>
      <legend className={legendHidden ? 'visually-hidden' : undefined}>{legend}</legend>
      {teams.map((team) => (
        <label key={team.id} className="check">
          <input
            type="checkbox"
            checked={checked.includes(team.id)}
            onChange={(event) => toggle(team.id, event.target.checked)}
          />
          {team.name}
        </label>
      ))}
    </fieldset>
  );
}
