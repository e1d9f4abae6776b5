import type { CoachContext, CoachFinding } from './coach-finding.ts';
import { type DraftText, isNegated, matchesIn } from './draft-text.ts';

/**
 * Admitting a fault the case does not record. Acknowledge a mistake only if one was made: when it
 * was, the owner records it on the case (and the coach stops asking); when it was not, an admission
 * in writing commits the business to something untrue.
 */
const ADMISSION =
  /\b(?:(?:this|that|it)\s+(?:was|is)\s+(?:entirely\s+|completely\s+|totally\s+)?(?:our|my)\s+(?:own\s+)?(?:mistake|error|fault)|(?:it\s+was|that\s+was|this\s+was|that['’]s|it['’]s)\s+(?:an?\s+)?(?:mistake|error|fault)\s+on\s+(?:our|my)\s+(?:part|end|side)|(?:our|my)\s+(?:own\s+)?(?:mistake|fault|error|bad)\b|we\s+(?:messed|screwed|mucked|slipped)\s+up|(?:I|we)\s+(?:made|have\s+made|['’]ve\s+made)\s+(?:a|an)\s+(?:mistake|error)|we\s+got\s+(?:it|this|that|your\s+order)\s+wrong|we\s+dropped\s+the\s+ball|(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+on\s+us|(?:the\s+)?(?:mistake|error|fault)\s+(?:is|was)\s+(?:ours|mine)|we\s+(?:are|['’]re)\s+(?:at\s+fault|to\s+blame))/gi;

export function findUnrecordedFault(draft: DraftText, context: CoachContext): CoachFinding[] {
  if (context.recordedFault) return [];
  const findings: CoachFinding[] = [];
  for (const { start, end } of matchesIn(draft, ADMISSION)) {
    if (isNegated(draft, start)) continue;
    findings.push({
      kind: 'unrecorded_fault',
      start,
      end,
      reason: 'This admits a fault, but the case records none. Acknowledge a mistake only when one was made.',
      suggestion:
        'If it was our mistake, record the fault on the case (“It was our mistake: record the fault on the case”) and keep this. If not, say what happened without taking the blame: "I am sorry this happened."',
    });
  }
  return findings;
}
