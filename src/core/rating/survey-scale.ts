/**
 * The answer scales a survey can use. The four-step thermometer (gold, green, amber, red) is the
 * default: one click, no thinking, and the colour says it all. CSAT 1–5 and NPS 0–10 are there for
 * businesses that already report them.
 */
export const SURVEY_KINDS = ['thermometer', 'csat', 'nps'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

/** One answer a customer can click: its score, and how it looks (editable per survey). */
export type ScalePoint = { score: number; label: string; colour: string; icon: string };

/** How an answer feels: `negative` answers get an apology and may open a recovery case. */
export type AnswerMood = 'positive' | 'neutral' | 'negative';

const THERMOMETER: ScalePoint[] = [
  { score: 4, label: 'Excellent', colour: '#C9A227', icon: '★' },
  { score: 3, label: 'Good', colour: '#2E8B57', icon: '✓' },
  { score: 2, label: 'Not great', colour: '#E08A1E', icon: '!' },
  { score: 1, label: 'Poor', colour: '#C0392B', icon: '✕' },
];

const CSAT_LABELS = ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'];
const CSAT_COLOURS = ['#C0392B', '#E08A1E', '#8A8F98', '#5BA55B', '#2E8B57'];

/** The scale a new survey of this kind starts with, best answer first (as it is shown). */
export function defaultScale(kind: SurveyKind): ScalePoint[] {
  switch (kind) {
    case 'thermometer':
      return THERMOMETER.map((point) => ({ ...point }));
    case 'csat':
      return [5, 4, 3, 2, 1].map((score) => ({
        score,
        label: CSAT_LABELS[score - 1] ?? String(score),
        colour: CSAT_COLOURS[score - 1] ?? '#8A8F98',
        icon: String(score),
      }));
    case 'nps':
      return Array.from({ length: 11 }, (_, i) => 10 - i).map((score) => ({
        score,
        label: score === 10 ? 'Extremely likely' : score === 0 ? 'Not at all likely' : String(score),
        colour: score >= 9 ? '#2E8B57' : score >= 7 ? '#8A8F98' : '#C0392B',
        icon: String(score),
      }));
  }
}

const RANGE: Record<SurveyKind, { min: number; max: number }> = {
  thermometer: { min: 1, max: 4 },
  csat: { min: 1, max: 5 },
  nps: { min: 0, max: 10 },
};

export function isValidScore(kind: SurveyKind, score: number): boolean {
  const { min, max } = RANGE[kind];
  return Number.isInteger(score) && score >= min && score <= max;
}

/**
 * The highest score that still counts as negative: thermometer amber and red, CSAT 1–2, NPS
 * detractors (0–6). Stored on each rating request so the hot path can tell without a lookup.
 */
export function negativeAtMost(kind: SurveyKind): number {
  return { thermometer: 2, csat: 2, nps: 6 }[kind];
}

/** The lowest score that counts as happy: thermometer gold and green, CSAT 4–5, NPS promoters. */
export function happyAtLeast(kind: SurveyKind): number {
  return { thermometer: 3, csat: 4, nps: 9 }[kind];
}

/**
 * @example moodOf('thermometer', 2) // 'negative' (amber)
 * @example moodOf('nps', 8)         // 'neutral' (a passive)
 */
export function moodOf(kind: SurveyKind, score: number): AnswerMood {
  if (score <= negativeAtMost(kind)) return 'negative';
  if (score >= happyAtLeast(kind)) return 'positive';
  return 'neutral';
}

/**
 * Checks an edited scale: exactly one point per valid score, with a label, a colour (#RRGGBB) and
 * an icon. Returns the problems as sentences (empty when fine).
 */
export function scaleProblems(kind: SurveyKind, scale: readonly ScalePoint[]): string[] {
  const problems: string[] = [];
  const { min, max } = RANGE[kind];
  const scores = scale.map((p) => p.score).sort((a, b) => a - b);
  const expected = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  if (scores.join() !== expected.join())
    problems.push(`A ${kind} scale has exactly the scores ${min} to ${max}, once each.`);
  for (const point of scale) {
    if (!point.label.trim()) problems.push(`Score ${point.score} needs a label.`);
    if (!/^#[0-9a-fA-F]{6}$/.test(point.colour))
      problems.push(`Score ${point.score}'s colour must look like #2E8B57.`);
    if (!point.icon.trim() || [...point.icon].length > 4)
      problems.push(`Score ${point.score}'s icon must be 1 to 4 characters.`);
  }
  return problems;
}
