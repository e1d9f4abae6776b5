import type { CaseStatus, Severity } from '../api/types.ts';
import { SEVERITY_LABELS, STATUS_LABELS } from '../format.ts';

export function SeverityBadge({ severity }: { severity: Severity }) {
  return <span className={`badge severity-${severity}`}>{SEVERITY_LABELS[severity]}</span>;
}

export function StatusBadge({ status }: { status: CaseStatus }) {
  return (
    <span className={`badge status-${status}`} data-testid="case-status">
      {STATUS_LABELS[status]}
    </span>
  );
}
