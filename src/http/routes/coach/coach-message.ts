import { z } from 'zod';
import { coachDraft } from '../../../app/coach/coach-draft.ts';
import { COACH_CHANNELS, COACH_KINDS, MAX_COACHED_TEXT } from '../../../core/coach/coach-finding.ts';
import type { Route } from '../../route.ts';

const body = z.strictObject({
  /** The draft to the customer, as the agent has it now (up to 20,000 characters; blank: no findings). */
  text: z
    .string({ error: 'Send the draft as text.' })
    .max(MAX_COACHED_TEXT, { error: 'The text is longer than the coach reads (20,000 characters).' }),
  /** The case the draft is for: the coach reads whether it is the first reply and whether a fault is recorded. */
  caseId: z.uuid({ error: 'The caseId must be a case id (a UUID).' }).optional(),
  /** Where the draft goes: email (the default), status_page, or public (a reply on a public social channel). */
  channel: z.enum(COACH_CHANNELS, { error: 'The channel must be email, status_page or public.' }).optional(),
});

const finding = z
  .object({
    kind: z.enum(COACH_KINDS),
    /** The span, in UTF-16 code units of `text` (as JavaScript and the browser count). */
    start: z.number().int(),
    end: z.number().int(),
    reason: z.string(),
    suggestion: z.string(),
    /** Words that can replace the span as it stands ("Use suggestion"); absent when the span needs rewriting by hand. */
    replacement: z.string().optional(),
  })
  .meta({ id: 'CoachFinding' });

export const coachMessageRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/coach', {
    schema: {
      summary: 'The message coach: what to reconsider in a draft to the customer, before it is sent',
      description: 'Suggestions only: it never blocks sending. Changes nothing; the draft is not stored.',
      tags: ['coach'],
      body,
      response: { 200: z.object({ findings: z.array(finding) }) },
    },
    handler: async (request) => {
      const findings = await coachDraft(ctx, request.body);
      return {
        findings: findings.map((found) => ({
          kind: found.kind,
          start: found.start,
          end: found.end,
          reason: found.reason,
          suggestion: found.suggestion,
          ...(found.replacement !== undefined && { replacement: found.replacement }),
        })),
      };
    },
  });
};
