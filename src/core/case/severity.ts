export const SEVERITIES = ['critical', 'high', 'normal', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** 0 is the most severe; used to order work. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}
