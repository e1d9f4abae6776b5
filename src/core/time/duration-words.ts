/**
 * A length of time as a person says it, to the nearest unit that matters: "45 min", "3 h", "2 h 30 min",
 * "1 day 4 h", "3 days". Under a minute reads "less than a minute".
 * @example durationWords(150) // '2 h 30 min'
 */
export function durationWords(minutes: number): string {
  const total = Math.floor(Math.abs(minutes));
  if (total < 1) return 'less than a minute';
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const mins = total % 60;
  if (days > 0) return hours > 0 && days < 3 ? `${plural(days, 'day')} ${hours} h` : plural(days, 'day');
  if (hours > 0) return mins > 0 && hours < 10 ? `${hours} h ${mins} min` : `${hours} h`;
  return `${mins} min`;
}

/** A policy's allowance in words, spelled out: "2 hours", "1 day", "90 minutes" → "1 hour 30 minutes". */
export function allowanceWords(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts = [
    days > 0 ? plural(days, 'day') : '',
    hours > 0 ? plural(hours, 'hour') : '',
    mins > 0 ? plural(mins, 'minute') : '',
  ].filter(Boolean);
  return parts.join(' ') || '0 minutes';
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
