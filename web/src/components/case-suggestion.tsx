import type { CaseEvent, CaseStatus } from '../api/types.ts';
import { suggestAfterChangeOfMind } from '../rules.ts';
import '../styles/case-suggestion.css';

/**
 * What the owner might do now that the customer changed their mind (red → green: consider
 * resolving). Only a suggestion: the case's status stays theirs to change.
 */
export function CaseSuggestion({ status, events }: { status: CaseStatus; events: readonly CaseEvent[] }) {
  const suggestion = suggestAfterChangeOfMind(status, events);
  if (!suggestion) return null;
  return (
    <aside className="case-suggestion" aria-label="Suggestion" data-testid="case-suggestion">
      <strong>Suggestion</strong> {suggestion}
    </aside>
  );
}
