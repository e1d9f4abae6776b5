import { z } from 'zod';
import { draftCaseMessage } from '../../../app/conversation/draft-case-message.ts';
import { RESOLUTION_PART_MAX } from '../../../core/case/case-resolution.ts';
import { TEMPLATE_KINDS } from '../../../core/message-template/message-template.ts';
import { caseRefParams, type Route } from '../../route.ts';

const querystring = z.strictObject({
  /** Which template: acknowledgement, update, resolution or free. */
  template: z.enum(TEMPLATE_KINDS),
  /** For the resolution template, before resolving: what went wrong (else the case's recorded resolution). */
  whatWentWrong: z.string().max(RESOLUTION_PART_MAX).optional(),
  /** For the resolution template: how it was fixed. */
  howFixed: z.string().max(RESOLUTION_PART_MAX).optional(),
  /** For the resolution template: why it won't happen again. */
  whyNotAgain: z.string().max(RESOLUTION_PART_MAX).optional(),
});

export const getCaseMessageDraftRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/cases/:id/message-draft', {
    schema: {
      summary: 'A template filled for this case, in its customer’s language, to edit before sending',
      tags: ['cases'],
      params: caseRefParams,
      querystring,
      response: {
        200: z
          .object({
            template: z.object({
              kind: z.enum(TEMPLATE_KINDS),
              /** The language picked: the customer's `language` attribute when a template exists in it, else en. */
              language: z.string(),
              /** The business's own version (true) or the default (false). */
              customized: z.boolean(),
            }),
            /** The template's subject, filled; the mail adds the case number. */
            subject: z.string(),
            /** The template's text, filled: the message as it would be sent unedited. */
            text: z.string(),
          })
          .meta({ id: 'CaseMessageDraft' }),
      },
    },
    handler: async (request) => {
      const { template, whatWentWrong, howFixed, whyNotAgain } = request.query;
      const parts =
        whatWentWrong !== undefined || howFixed !== undefined || whyNotAgain !== undefined
          ? { whatWentWrong, howFixed, whyNotAgain }
          : undefined;
      const draft = await draftCaseMessage(ctx, request.params.id, template, parts);
      return {
        template: {
          kind: draft.template.kind,
          language: draft.template.language,
          customized: draft.template.customized,
        },
        subject: draft.subject,
        text: draft.text,
      };
    },
  });
};
