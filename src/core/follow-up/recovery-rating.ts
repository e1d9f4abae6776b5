/**
 * The rating a follow-up carries is an ordinary rating request of touchpoint type `recovery`, linked
 * to the case: "how do you feel about us now?", counted apart from the touchpoint that went wrong.
 */
export const RECOVERY_TOUCHPOINT = 'recovery';

/** Which case and which of its resolutions a recovery rating is about: `case 1042 resolution 1`. */
export const RECOVERY_TOUCHPOINT_REF = 'case {case} resolution {resolution}';

export function recoveryTouchpointRef(caseNumber: number, resolutionNumber: number): string {
  return RECOVERY_TOUCHPOINT_REF.replace('{case}', String(caseNumber)).replace(
    '{resolution}',
    String(resolutionNumber),
  );
}
