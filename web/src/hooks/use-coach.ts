import { useEffect, useState } from 'react';
import { amends } from '../api/amends.ts';
import type { CoachChannel, CoachFinding } from '../api/types.ts';

/** How long the agent pauses typing before the coach reads the draft. */
const PAUSE_MS = 250;

/**
 * The message coach's findings on a draft as it is typed: asked once typing pauses, the request in
 * flight cancelled when the text changes, and findings shown only for the text they were found in
 * (never at stale offsets). A coach that fails or is slow shows nothing: it never holds up writing.
 */
export function useCoach(
  text: string,
  caseId: string,
  channel: CoachChannel = 'email',
  /** Changes when the case changed in a way the coach reads (a fault recorded): ask again. */
  caseVersion = 0,
): CoachFinding[] {
  const [answer, setAnswer] = useState<{ text: string; findings: CoachFinding[] }>({
    text: '',
    findings: [],
  });
  useEffect(() => {
    if (text.trim() === '') return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      amends.coach({ text, caseId, channel }, controller.signal).then(
        (findings) => {
          if (!controller.signal.aborted) setAnswer({ text, findings });
        },
        () => {
          // Suggestions only: a failed check leaves the draft as it is.
        },
      );
    }, PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, caseId, channel, caseVersion]);
  return answer.text === text ? answer.findings : [];
}
