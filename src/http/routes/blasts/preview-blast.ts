import { previewBlast } from '../../../app/blasts/preview-blast.ts';
import { MAX_CSV_BYTES } from '../../../core/blast/recipient-rows.ts';
import { authOf } from '../../plugins/auth.ts';
import { blastPreviewSchema, presentBlastPreview } from '../../presenters/blast-preview.presenter.ts';
import type { Route } from '../../route.ts';
import { blastBody } from '../../schemas/blast-body.ts';

export const previewBlastRoute: Route = (api, { ctx, mailFrom, renderSurveyEmail }) => {
  api.post('/api/v1/blasts/preview', {
    config: { access: 'supervisor', problems: [404] },
    bodyLimit: MAX_CSV_BYTES,
    schema: {
      summary:
        'Dry run of a blast (supervisors): who would get it, who is skipped, and the email; sends nothing',
      tags: ['blasts'],
      body: blastBody,
      response: { 200: blastPreviewSchema },
    },
    handler: async (request) => {
      const { recipients, ...rest } = request.body;
      const preview = await previewBlast(ctx, authOf(request).actor, {
        ...rest,
        recipients: recipients.map((recipient, i) => ({ line: i + 1, ...recipient })),
      });
      if (!renderSurveyEmail) throw new Error('buildApp was not given the survey email template');
      const email = renderSurveyEmail(
        preview.firstEmail,
        { from: mailFrom, messageId: '<preview@amends>' },
        preview.brand,
      );
      return presentBlastPreview(preview, email);
    },
  });
};
